#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QRectF>

#include <span>
#include <vector>

namespace dpa {

// One feature's rings in the pixels of a view: a view into a PixelRingStore (valid while the
// store is unchanged), cheap to copy. Filled even-odd, as the feature's holes require.
class PixelRings
{
public:
    PixelRings() = default;
    PixelRings(const QPointF *points, const quint32 *ringStarts, int ringCount)
        : m_points(points), m_ringStarts(ringStarts), m_ringCount(ringCount) {}

    bool isEmpty() const { return m_ringCount == 0; }
    int ringCount() const { return m_ringCount; }
    std::span<const QPointF> ring(int k) const
    {
        return {m_points + m_ringStarts[k], m_points + m_ringStarts[k + 1]};
    }
    // Every ring's points, one ring after the other.
    std::span<const QPointF> points() const
    {
        if (isEmpty())
            return {};
        return {m_points + m_ringStarts[0], m_points + m_ringStarts[m_ringCount]};
    }
    QRectF bounds() const;
    bool contains(const QPointF &p) const;
    // For what needs a path (hatching on a vector device, the highlight's union): made on demand.
    QPainterPath toPath() const;

private:
    const QPointF *m_points = nullptr;
    const quint32 *m_ringStarts = nullptr;   // m_ringCount + 1 entries: ring k is [k], [k + 1]
    int m_ringCount = 0;
};

// The rings of many features in one flat array of points, in item order: a view of 100,000
// villages held each as a QPainterPath cost 24 bytes a vertex plus a private block per path
// (about 200 MB); here a vertex costs 16 bytes and a ring 4.
//
// Built item by item: addPoint, closeRing, closeItem.
class PixelRingStore
{
public:
    void clear();
    size_t itemCount() const { return m_itemRings.size() - 1; }
    PixelRings item(size_t i) const
    {
        const quint32 first = m_itemRings[i];
        return {m_points.data(), m_ringStarts.data() + first, int(m_itemRings[i + 1] - first)};
    }

    void addPoint(const QPointF &p) { m_points.push_back(p); }
    // Ends the ring being added (nothing if it has no point).
    void closeRing();
    // Ends the item being added; an item with no ring is empty (not drawn).
    void closeItem() { m_itemRings.push_back(quint32(m_ringStarts.size() - 1)); }
    // The points of the item being added (its closed rings and the open one).
    std::span<const QPointF> openItemPoints() const;
    // Replaces the item being added by one ring.
    void replaceOpenItem(std::span<const QPointF> ring);

private:
    std::vector<QPointF> m_points;
    std::vector<quint32> m_ringStarts{0};   // one per ring, and the end of the last
    std::vector<quint32> m_itemRings{0};    // one per item, and the end of the last
};

} // namespace dpa
