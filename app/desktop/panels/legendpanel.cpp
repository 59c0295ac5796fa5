#include "panels/legendpanel.h"
#include "render/legendcontents.h"
#include "style/symbology.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace dpa {
namespace {
constexpr int kRow = 22;
constexpr int kSwatch = 16;
constexpr int kTop = 6;
} // namespace

LegendPanel::LegendPanel(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
}

void LegendPanel::setStudy(const CaseStudy *study)
{
    m_study = study;
    m_highlighted = -1;
    m_styles = StyleTable();   // a new study starts its sweep afresh, and its count
    m_tally = InForceTally();
    m_inForce.assign(study ? study->model.authorities().size() : 0, true);
    rebuild();
}

void LegendPanel::setLanguage(const QString &language)
{
    m_language = language;
    rebuild();
}

void LegendPanel::setTime(TimePoint t)
{
    if (!m_study)
        return;
    m_styles.compute(*m_study, t);
    m_tally.update(*m_study, m_styles);
    const LegendContents now = m_tally.contents(m_styles);
    std::vector<bool> inForce(m_study->model.authorities().size(), false);
    for (int a : now.authorities)
        inForce[size_t(a)] = true;
    if (inForce != m_inForce) {
        m_inForce = std::move(inForce);
        update();
    }
}

void LegendPanel::rebuild()
{
    m_rows.clear();
    if (m_study) {
        const LegendContents all = LegendContents::everything(*m_study);
        const ControlModel &model = m_study->model;
        m_rows.push_back({Kind::Heading, tr("What the map shows"), {}, {}, -1});
        for (ControlStatus s : all.statuses) {
            const QString caption = LegendContents::statusCaption(s);
            m_rows.push_back({Kind::Swatch, caption, caption, all.exampleStyle(model, s), -1});
        }
        m_rows.push_back({Kind::Swatch, tr("Pale: a title nobody enforces"),
                          tr("An authority claims it (de jure) and nobody is recorded holding it"), all.titleOnlyStyle(model), -1});
        m_rows.push_back({Kind::Approximate, tr("Approximate boundary (dashed)"),
                          tr("The boundary stands in for the historical one (see the package's SOURCES.md)"), {}, -1});
        FeatureStyle paler = LegendContents::swatch(ControlStatus::Held, QColor(0x70, 0x70, 0x70));
        paler.confidence = 0.3;
        m_rows.push_back({Kind::Swatch, tr("Paler: lower confidence"),
                          tr("The fill is paler the lower the confidence of the claims in force"), paler, -1});
        m_rows.push_back({Kind::Pennant, tr("Pennant: present without governing"),
                          tr("Troops or officials present without governing (role presence)"), {}, -1});
        m_rows.push_back({Kind::Heading, tr("Authorities (click to highlight)"), {}, {}, -1});
        for (int a : all.authorities) {
            const Authority &auth = model.authorities()[size_t(a)];
            const QString name = auth.name.text(m_language);
            const QString bloc = all.sharedBlocName(model, a);
            const QString text = bloc.isEmpty() ? name : QStringLiteral("%1 — %2").arg(name, bloc);
            m_rows.push_back({Kind::Swatch, text, text, LegendContents::swatch(ControlStatus::Held, QColor::fromRgba(auth.color)), a});
        }
    }
    updateGeometry();
    update();
}

QSize LegendPanel::sizeHint() const
{
    return {260, int(m_rows.size()) * kRow + 2 * kTop};
}

QString LegendPanel::rowText(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].text : QString();
}

int LegendPanel::rowAuthority(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].authority : -1;
}

bool LegendPanel::rowInForce(int row) const
{
    const int a = rowAuthority(row);
    return a < 0 || (size_t(a) < m_inForce.size() && m_inForce[size_t(a)]);
}

int LegendPanel::rowAt(QPoint pos) const
{
    const int row = (pos.y() - kTop) / kRow;
    return pos.y() >= kTop && row < rowCount() ? row : -1;
}

void LegendPanel::mousePressEvent(QMouseEvent *event)
{
    const int a = rowAuthority(rowAt(event->position().toPoint()));
    m_highlighted = a == m_highlighted ? -1 : a;
    update();
    emit authorityClicked(m_highlighted);
}

bool LegendPanel::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(e);
        const int row = rowAt(help->pos());
        QString tip = row >= 0 ? m_rows[size_t(row)].tooltip : QString();
        if (!tip.isEmpty() && rowAuthority(row) >= 0 && !rowInForce(row))
            tip += tr(" (no claim in force on this date)");
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(e);
}

void LegendPanel::paintEvent(QPaintEvent *)
{
    if (!m_study)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    Symbology symbols;
    QFont bold = font();
    bold.setBold(true);
    const QColor text = palette().text().color();
    const QColor muted = palette().color(QPalette::Disabled, QPalette::Text);
    int y = kTop;
    for (int i = 0; i < rowCount(); ++i, y += kRow) {
        const Row &r = m_rows[size_t(i)];
        if (r.kind == Kind::Heading) {
            p.setFont(bold);
            p.setPen(text);
            p.drawText(QRect(6, y, width() - 12, kRow), Qt::AlignVCenter, r.text);
            p.setFont(font());
            continue;
        }
        const bool inForce = rowInForce(i);
        if (r.authority >= 0 && r.authority == m_highlighted) {
            p.setPen(Qt::NoPen);
            p.setBrush(palette().highlight());
            p.drawRect(QRect(2, y, width() - 4, kRow));
        }
        const QRect sw(10, y + (kRow - kSwatch) / 2, kSwatch, kSwatch);
        if (r.kind == Kind::Pennant) {
            p.setPen(QPen(text, 1.2));
            p.drawLine(QPointF(sw.left() + 3, sw.bottom()), QPointF(sw.left() + 3, sw.top()));
            p.setBrush(QColor(0x70, 0x70, 0x70));
            p.drawPolygon(QPolygonF({QPointF(sw.left() + 3, sw.top()), QPointF(sw.right(), sw.top() + 4),
                                     QPointF(sw.left() + 3, sw.top() + 8)}));
        } else {
            p.setPen(Qt::NoPen);
            p.setOpacity(r.kind == Kind::Approximate ? 1.0 : Symbology::fillOpacity(r.style) * (inForce ? 1.0 : 0.35));
            p.setBrush(r.kind == Kind::Approximate ? QBrush(Qt::white) : symbols.fillBrush(r.style));
            p.setBrushOrigin(sw.topLeft());
            p.drawRect(sw);
            p.setOpacity(1.0);
            p.setBrush(Qt::NoBrush);
            p.setPen(symbols.outlinePen(r.kind == Kind::Approximate));
            p.drawRect(sw);
        }
        const bool selected = r.authority >= 0 && r.authority == m_highlighted;
        p.setPen(selected ? palette().highlightedText().color() : inForce ? text : muted);
        const QRect label(sw.right() + 8, y, width() - sw.right() - 12, kRow);
        p.drawText(label, Qt::AlignVCenter, fontMetrics().elidedText(r.text, Qt::ElideRight, label.width()));
    }
}

} // namespace dpa
