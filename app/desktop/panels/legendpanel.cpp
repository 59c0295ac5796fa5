#include "panels/legendpanel.h"
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
    return m_study ? int(m_study->model.authorities().size()) + 8 : 0;
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
    heading(tr("Authorities"));
    const auto &authorities = m_study->model.authorities();
    for (const Authority &a : authorities) {
        const QString text = a.bloc.isEmpty() ? a.name.text(m_language) : QStringLiteral("%1 — %2").arg(a.name.text(m_language), a.bloc);
        row({ControlStatus::Held, QColor::fromRgba(a.color), {}, 1.0}, false, text);
    }
    const QColor first = authorities.empty() ? Symbology::unknownColor() : QColor::fromRgba(authorities.front().color);
    const QColor second = authorities.size() < 2 ? Symbology::outlineColor() : QColor::fromRgba(authorities[1].color);
    heading(tr("Status"));
    row({ControlStatus::Held, first, {}, 1.0}, false, tr("Held: one authority"));
    row({ControlStatus::Dual, second, first, 1.0}, false, tr("Dual power: wide bands de facto, narrow de jure"));
    row({ControlStatus::Contested, first, second, 1.0}, false, tr("Contested: open fighting"));
    row({ControlStatus::Unknown, {}, {}, 1.0}, false, tr("Unknown: no claim in the sources"));
    row({ControlStatus::Unknown, {}, {}, 1.0}, true, tr("Approximate boundary (dashed)"));
    row({ControlStatus::Held, first, {}, 0.3}, false, tr("Paler: lower confidence"));
}

} // namespace dpa
