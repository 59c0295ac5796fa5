#include "dialogs/readingguidedialog.h"
#include "render/legendcontents.h"
#include "style/symbology.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dpa {
namespace {

QPixmap swatch(const FeatureStyle &style)
{
    QPixmap pixmap(44, 28);
    pixmap.fill(Qt::white);
    QPainter p(&pixmap);
    Symbology symbols;
    p.setPen(Qt::NoPen);
    p.setOpacity(Symbology::fillOpacity(style));
    p.setBrush(symbols.fillBrush(style));
    p.drawRect(QRect(0, 0, 44, 28));
    p.setOpacity(1);
    p.setBrush(Qt::NoBrush);
    p.setPen(Symbology::outlineColor());
    p.drawRect(QRect(0, 0, 43, 27));
    return pixmap;
}

} // namespace

ReadingGuideDialog::ReadingGuideDialog(const CaseStudy *study, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("How to read this map"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<p>Each district, place or front is coloured by what the sources say of it on the date "
                                "shown. Authorities of one <i>bloc</i> are one camp: allies never make dual power "
                                "between themselves. Click a feature for its claims and their sources.</p>"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *grid = new QGridLayout;
    const LegendContents all = study ? LegendContents::everything(*study) : LegendContents{};
    const ControlModel empty;
    const ControlModel &model = study ? study->model : empty;
    auto add = [&](const FeatureStyle &style, const QString &title, const QString &text) {
        auto *picture = new QLabel;
        picture->setPixmap(swatch(style));
        auto *words = new QLabel(QStringLiteral("<b>%1</b><br/>%2").arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
        words->setWordWrap(true);
        grid->addWidget(picture, m_entries, 0, Qt::AlignTop);
        grid->addWidget(words, m_entries, 1);
        ++m_entries;
    };
    const QColor a(0xe6, 0x9f, 0x00), b(0x00, 0x72, 0xb2);
    auto example = [&](ControlStatus s) { return study ? all.exampleStyle(model, s) : LegendContents::swatch(s, a, b, b); };
    add(example(ControlStatus::Held), statusTitle(ControlStatus::Held),
        tr("One camp holds or claims it, alone. A pale tint: a title that nobody is recorded enforcing."));
    add(example(ControlStatus::Dual), statusTitle(ControlStatus::Dual),
        tr("Rival camps are each in force over the same whole ground, by control or by claim: the wide bands are "
           "the side that holds it de facto, each narrow band another camp. This is dual power in Lenin's and "
           "Trotsky's sense, not a front line."));
    add(example(ControlStatus::Divided), statusTitle(ControlStatus::Divided),
        tr("Rival camps each control a part: columns in proportion to their shares. The front runs somewhere "
           "inside; the shares are the package's estimate."));
    add(example(ControlStatus::Occupied), statusTitle(ControlStatus::Occupied),
        tr("A foreign force holds it without claiming sovereignty (bars), over the colour of whoever holds the "
           "title."));
    add(example(ControlStatus::Contested), statusTitle(ControlStatus::Contested), tr("Open fighting over it."));
    add(example(ControlStatus::HandOver), statusTitle(ControlStatus::HandOver),
        tr("One camp's claim ends on the day a rival's begins, and the sources give no hour: the day belongs to "
           "the newcomer (its colour), dotted with the colour of the one leaving."));
    add(example(ControlStatus::Unknown), statusTitle(ControlStatus::Unknown), tr("The sources say nothing of it."));
    FeatureStyle paler = LegendContents::swatch(ControlStatus::Held, QColor(0x70, 0x70, 0x70));
    paler.confidence = 0.3;
    add(paler, tr("Paler"), tr("Lower confidence in the claims in force. Dashed outlines: approximate boundaries. "
                               "A small pennant: troops or officials present without governing."));
    layout->addLayout(grid);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 640);
}

} // namespace dpa
