#include "render/pixelrings.h"

#include <algorithm>

namespace dpa {

QRectF PixelRings::bounds() const
{
    const std::span<const QPointF> all = points();
    if (all.empty())
        return {};
    double x0 = all[0].x(), x1 = x0, y0 = all[0].y(), y1 = y0;
    for (const QPointF &p : all) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

bool PixelRings::contains(const QPointF &p) const
{
    // Even-odd crossing count over every ring, each closed back to its first vertex.
    bool inside = false;
    for (int k = 0; k < m_ringCount; ++k) {
        const std::span<const QPointF> r = ring(k);
        for (size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) {
            const QPointF &a = r[i], &b = r[j];
            if ((a.y() > p.y()) != (b.y() > p.y()) && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
    }
    return inside;
}

QPainterPath PixelRings::toPath() const
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (int k = 0; k < m_ringCount; ++k) {
        const std::span<const QPointF> r = ring(k);
        path.moveTo(r[0]);
        for (size_t i = 1; i < r.size(); ++i)
            path.lineTo(r[i]);
    }
    return path;
}

void PixelRingStore::clear()
{
    m_points.clear();
    m_ringStarts.assign(1, 0);
    m_itemRings.assign(1, 0);
}

void PixelRingStore::closeRing()
{
    if (m_points.size() > m_ringStarts.back())
        m_ringStarts.push_back(quint32(m_points.size()));
}

std::span<const QPointF> PixelRingStore::openItemPoints() const
{
    return {m_points.data() + m_ringStarts[m_itemRings.back()], m_points.data() + m_points.size()};
}

void PixelRingStore::replaceOpenItem(std::span<const QPointF> ring)
{
    const std::vector<QPointF> copy(ring.begin(), ring.end());   // ring may lie in m_points
    m_points.resize(m_ringStarts[m_itemRings.back()]);
    m_ringStarts.resize(m_itemRings.back() + 1);
    m_points.insert(m_points.end(), copy.begin(), copy.end());
    closeRing();
}

} // namespace dpa
