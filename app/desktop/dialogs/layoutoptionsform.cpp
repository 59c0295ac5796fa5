#include "dialogs/layoutoptionsform.h"
#include "retranslate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace dpa {

LayoutOptionsForm::LayoutOptionsForm(QFormLayout *form, const QString &studyTitle, QObject *parent) : QObject(parent)
{
    m_title = new QLineEdit;
    m_title->setPlaceholderText(studyTitle);
    m_subtitle = new QLineEdit;
    form->addRow(QString(), m_title);   // the rows are labelled by the retranslate() below
    form->addRow(QString(), m_subtitle);
    m_legend = new QComboBox;
    for (LegendPlacement p : {LegendPlacement::Auto, LegendPlacement::TopLeft, LegendPlacement::TopRight,
                              LegendPlacement::BottomLeft, LegendPlacement::BottomRight, LegendPlacement::Beside})
        m_legend->addItem(QString(), maplayout::legendPlacementName(p));
    m_legend->addItem(QString());   // no legend
    form->addRow(QString(), m_legend);
    m_inset = new QCheckBox;
    m_scaleBar = new QCheckBox;
    m_scaleBar->setChecked(true);
    // The dialog passes View > Language's LanguageChange on to this object, its child.
    retranslate(this, [this, form] {
        m_subtitle->setPlaceholderText(tr("none"));
        formLabel(form, m_title)->setText(tr("Title:"));
        formLabel(form, m_subtitle)->setText(tr("Subtitle:"));
        const QStringList placements{tr("Where it covers no feature"), tr("Top left"), tr("Top right"), tr("Bottom left"),
                                     tr("Bottom right"), tr("Beside the map"), tr("No legend")};
        for (int i = 0; i < placements.size(); ++i)
            m_legend->setItemText(i, placements[i]);
        m_legend->setToolTip(tr("Automatic: a corner of the map over no feature, or beside the map when every corner covers some"));
        formLabel(form, m_legend)->setText(tr("Legend:"));
        m_inset->setText(tr("Inset map of the whole case study"));
        m_scaleBar->setText(tr("Scale bar and north arrow"));
    });
    form->addRow(QString(), m_inset);
    form->addRow(QString(), m_scaleBar);
    for (QLineEdit *edit : {m_title, m_subtitle})
        connect(edit, &QLineEdit::textChanged, this, &LayoutOptionsForm::changed);
    connect(m_legend, &QComboBox::currentIndexChanged, this, &LayoutOptionsForm::changed);
    for (QCheckBox *box : {m_inset, m_scaleBar})
        connect(box, &QCheckBox::toggled, this, &LayoutOptionsForm::changed);
}

void LayoutOptionsForm::apply(MapView &view) const
{
    view.layout.title = m_title->text().trimmed();
    view.layout.subtitle = m_subtitle->text().trimmed();
    const auto placement = maplayout::legendPlacementFromName(m_legend->currentData().toString());
    view.showLegend = placement.has_value();
    view.layout.legend = placement.value_or(LegendPlacement::Auto);
    view.layout.inset = m_inset->isChecked();
    view.showScaleBar = m_scaleBar->isChecked();
}

void LayoutOptionsForm::setTitles(const QString &title, const QString &subtitle)
{
    m_title->setText(title);
    m_subtitle->setText(subtitle);
}

void LayoutOptionsForm::setLegendPlacement(std::optional<LegendPlacement> placement)
{
    m_legend->setCurrentIndex(placement ? m_legend->findData(maplayout::legendPlacementName(*placement)) : m_legend->count() - 1);
}

void LayoutOptionsForm::setInset(bool inset)
{
    m_inset->setChecked(inset);
}

} // namespace dpa
