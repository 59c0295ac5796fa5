#include "dialogs/layoutoptionsform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace dpa {

LayoutOptionsForm::LayoutOptionsForm(QFormLayout *form, const QString &studyTitle, QObject *parent) : QObject(parent)
{
    m_title = new QLineEdit;
    m_title->setPlaceholderText(studyTitle);
    m_subtitle = new QLineEdit;
    m_subtitle->setPlaceholderText(tr("none"));
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Subtitle:"), m_subtitle);
    m_legend = new QComboBox;
    m_legend->addItem(tr("Where it covers no feature"), maplayout::legendPlacementName(LegendPlacement::Auto));
    m_legend->addItem(tr("Top left"), maplayout::legendPlacementName(LegendPlacement::TopLeft));
    m_legend->addItem(tr("Top right"), maplayout::legendPlacementName(LegendPlacement::TopRight));
    m_legend->addItem(tr("Bottom left"), maplayout::legendPlacementName(LegendPlacement::BottomLeft));
    m_legend->addItem(tr("Bottom right"), maplayout::legendPlacementName(LegendPlacement::BottomRight));
    m_legend->addItem(tr("Beside the map"), maplayout::legendPlacementName(LegendPlacement::Beside));
    m_legend->addItem(tr("No legend"));
    m_legend->setToolTip(tr("Automatic: a corner of the map over no feature, or beside the map when every corner covers some"));
    form->addRow(tr("Legend:"), m_legend);
    m_inset = new QCheckBox(tr("Inset map of the whole case study"));
    m_scaleBar = new QCheckBox(tr("Scale bar and north arrow"));
    m_scaleBar->setChecked(true);
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
