#include "panels/claimhistoryview.h"
#include "statesummary.h"
#include "style/featurestyle.h"
#include "style/symbology.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace dpa {
namespace {
constexpr int kRow = 18;
constexpr int kLabelWidth = 170;
} // namespace

ClaimHistoryView::ClaimHistoryView(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ClaimHistoryView::setFeature(const CaseStudy *study, int modelIndex)
{
    m_study = study;
    m_claims = study && modelIndex >= 0 ? study->model.claimsOf(modelIndex) : QList<int>();
    std::stable_sort(m_claims.begin(), m_claims.end(), [&](int a, int b) {
        return study->model.claims()[size_t(a)].interval.from() < study->model.claims()[size_t(b)].interval.from();
    });
    setFixedHeight(sizeHint().height());
    update();
}

QSize ClaimHistoryView::sizeHint() const
{
    return {320, std::max(1, int(m_claims.size())) * kRow + 8};
}

QString ClaimHistoryView::rowText(int row) const
{
    if (!m_study || row < 0 || row >= m_claims.size())
        return {};
    const Claim &claim = m_study->model.claims()[size_t(m_claims[row])];
    const Authority &a = m_study->model.authorities()[size_t(claim.authority)];
    return tr("%1 — %2, %3 (confidence %4)")
        .arg(a.name.text(), StateSummary::role(claim.role), claim.interval.toDisplayString())
        .arg(claim.confidence, 0, 'g', 2);
}

bool ClaimHistoryView::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(e);
        const int row = (help->pos().y() - 4) / kRow;
        const QString text = rowText(row);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(e);
}

void ClaimHistoryView::paintEvent(QPaintEvent *)
{
    if (!m_study || m_claims.isEmpty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const TimePoint start = m_study->manifest.period.from(), end = m_study->manifest.period.to();
    const double left = kLabelWidth, width = std::max(20, this->width() - kLabelWidth - 6);
    auto xOf = [&](TimePoint t) {
        return left + width * std::clamp(double(t - start) / double(end - start), 0.0, 1.0);
    };
    Symbology symbols;
    int y = 4;
    for (int c : m_claims) {
        const Claim &claim = m_study->model.claims()[size_t(c)];
        const Authority &a = m_study->model.authorities()[size_t(claim.authority)];
        const QColor colour = QColor::fromRgba(a.color);
        p.setPen(palette().text().color());
        // The authority's name, elided from the right so that its start (what tells bodies
        // apart) stays; the whole name and the interval are in the row's tooltip.
        const QString label = QStringLiteral("%1 · %2").arg(a.name.text(), StateSummary::role(claim.role));
        p.drawText(QRect(2, y, kLabelWidth - 6, kRow), Qt::AlignVCenter | Qt::AlignRight,
                   fontMetrics().elidedText(label, Qt::ElideMiddle, kLabelWidth - 8));
        // The bar wears its role: solid for control, stripes for a title, hatching for fighting,
        // bars for an occupation, dots for a presence.
        FeatureStyle style;
        style.confidence = claim.confidence;
        switch (claim.role) {
        case Role::Control: style.status = ControlStatus::Held; style.addSide(colour); break;
        case Role::Claim: style.status = ControlStatus::Dual; style.addSide(colour); style.addSide(QColor(Qt::white)); break;
        case Role::Contested: style.status = ControlStatus::Contested; style.addSide(colour); style.addSide(colour); break;
        case Role::Occupation: style.status = ControlStatus::Occupied; style.addSide(QColor(Qt::white)); style.setMark(colour); break;
        case Role::Presence: style.status = ControlStatus::HandOver; style.addSide(QColor(Qt::white)); style.setMark(colour); break;
        }
        const QRectF bar(QPointF(xOf(claim.interval.from()), y + 3), QPointF(xOf(claim.interval.to()), y + kRow - 3));
        p.setOpacity(Symbology::fillOpacity(style));
        p.setPen(Qt::NoPen);
        p.setBrush(symbols.fillBrush(style));
        p.drawRect(bar.width() < 2 ? bar.adjusted(-1, 0, 1, 0) : bar);
        p.setOpacity(1);
        // A dashed border when an end of the interval is approximate or uncertain.
        QPen border(colour.darker(140), 1, claim.interval.hasUncertainBound() ? Qt::DashLine : Qt::SolidLine);
        p.setPen(border);
        p.setBrush(Qt::NoBrush);
        p.drawRect(bar);
        y += kRow;
    }
    p.setPen(QPen(QColor(0x8a, 0x1c, 0x1c), 1.5));
    p.drawLine(QPointF(xOf(m_time), 0), QPointF(xOf(m_time), height()));
}

} // namespace dpa
