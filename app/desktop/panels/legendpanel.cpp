#include "panels/legendpanel.h"
#include "render/legendcontents.h"
#include "style/featurestyle.h"
#include "style/symbology.h"

#include <QPainter>

namespace dpa {
namespace {
constexpr int kRow = 22;
constexpr int kSwatch = 16;
} // namespace

LegendPanel::LegendPanel(QWidget *parent) : QWidget(parent) {}

void LegendPanel::setStudy(const CaseStudy *study)
{
    m_study = study;
    updateGeometry();
    update();
}

int LegendPanel::rowCount() const
{
    // Headings (3), statuses, and the title-only, approximate, confidence and presence rows.
    return m_study ? int(m_study->model.authorities().size()) + 3 + int(LegendContents::statusOrder().size()) + 4 : 0;
}

QSize LegendPanel::sizeHint() const
{
    return {260, rowCount() * kRow + 12};
}

void LegendPanel::paintEvent(QPaintEvent *)
{
    if (!m_study)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    Symbology symbols;
    int y = 6;
    QFont bold = font();
    bold.setBold(true);
    auto heading = [&](const QString &text) {
        p.setFont(bold);
        p.setPen(palette().text().color());
        p.drawText(QRect(6, y, width() - 12, kRow), Qt::AlignVCenter, text);
        y += kRow;
        p.setFont(font());
    };
    auto row = [&](const FeatureStyle &style, bool approximate, const QString &text) {
        const QRect sw(10, y + (kRow - kSwatch) / 2, kSwatch, kSwatch);
        p.setPen(Qt::NoPen);
        p.setOpacity(approximate ? 1.0 : Symbology::fillOpacity(style));
        p.setBrush(approximate ? QBrush(Qt::white) : symbols.fillBrush(style));
        p.setBrushOrigin(sw.topLeft());
        p.drawRect(sw);
        p.setOpacity(1.0);
        p.setBrush(Qt::NoBrush);
        p.setPen(symbols.outlinePen(approximate));
        p.drawRect(sw);
        p.setPen(palette().text().color());
        p.drawText(QRect(sw.right() + 8, y, width() - sw.right() - 12, kRow), Qt::AlignVCenter, text);
        y += kRow;
    };
    const LegendContents contents = LegendContents::everything(*m_study);
    heading(tr("Authorities"));
    const auto &authorities = m_study->model.authorities();
    for (int a : contents.authorities) {
        const QString name = authorities[size_t(a)].name.text(m_language);
        const QString bloc = contents.sharedBlocName(m_study->model, a);
        row(LegendContents::swatch(ControlStatus::Held, QColor::fromRgba(authorities[size_t(a)].color)), false,
            bloc.isEmpty() ? name : QStringLiteral("%1 — %2").arg(name, bloc));
    }
    heading(tr("Status"));
    for (ControlStatus s : contents.statuses)
        row(contents.exampleStyle(m_study->model, s), false, LegendContents::statusCaption(s));
    row(contents.titleOnlyStyle(m_study->model), false, tr("Pale: a title nobody enforces"));
    row(LegendContents::swatch(ControlStatus::Unknown, {}), true, tr("Approximate boundary (dashed)"));
    FeatureStyle paler = LegendContents::swatch(ControlStatus::Held, QColor(0x70, 0x70, 0x70));
    paler.confidence = 0.3;
    row(paler, false, tr("Paler: lower confidence"));
    heading(tr("Marks"));
    p.setPen(QPen(palette().text().color(), 1.2));
    p.drawLine(QPointF(12, y + 18), QPointF(12, y + 5));
    p.setBrush(QColor(0x70, 0x70, 0x70));
    p.drawPolygon(QPolygonF({QPointF(12, y + 5), QPointF(22, y + 8), QPointF(12, y + 11)}));
    p.drawText(QRect(10 + kSwatch + 8, y, width() - kSwatch - 22, kRow), Qt::AlignVCenter,
               tr("Pennant: present without governing"));
}

} // namespace dpa
