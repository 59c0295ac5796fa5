#include "view/mapscene.h"

#include <algorithm>
#include <cmath>

namespace dpa {
namespace {

double signedArea(const Ring &r)
{
    double a = 0;
    for (size_t i = 0, j = r.size() - 1; i < r.size(); j = i++)
        a += (r[j].x() + r[i].x()) * (r[j].y() - r[i].y());
    return a / 2;
}

QPointF centroid(const Ring &r)
{
    double a = 0, cx = 0, cy = 0;
    for (size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) {
        const double cross = r[j].x() * r[i].y() - r[i].x() * r[j].y();
        a += cross;
        cx += (r[j].x() + r[i].x()) * cross;
        cy += (r[j].y() + r[i].y()) * cross;
    }
    if (std::abs(a) < 1e-12)
        return r.empty() ? QPointF() : r.front();
    return {cx / (3 * a), cy / (3 * a)};
}

// A label point inside the polygon: the centroid when it falls inside (most districts), else
// the middle of the widest horizontal run through the ring's vertical middle.
QPointF interiorPoint(const Polygon &polygon)
{
    const Ring &outer = polygon.rings.front();
    const QPointF c = centroid(outer);
    if (evenOddContains(polygon, c))
        return c;
    const auto [low, high] = std::minmax_element(outer.begin(), outer.end(), [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
    const double y = (low->y() + high->y()) / 2;
    std::vector<double> xs;
    for (size_t i = 0, j = outer.size() - 1; i < outer.size(); j = i++) {
        const QPointF a = outer[j], b = outer[i];
        if ((a.y() > y) != (b.y() > y))
            xs.push_back(a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
    }
    std::sort(xs.begin(), xs.end());
    double best = -1;
    QPointF point = c;
    for (size_t i = 0; i + 1 < xs.size(); i += 2) {
        if (xs[i + 1] - xs[i] > best) {
            best = xs[i + 1] - xs[i];
            point = QPointF((xs[i] + xs[i + 1]) / 2, y);
        }
    }
    return point;
}

void addRing(QPainterPath &path, const Ring &ring)
{
    if (ring.empty())
        return;
    path.moveTo(ring.front());
    for (size_t i = 1; i < ring.size(); ++i)
        path.lineTo(ring[i]);
    path.closeSubpath();
}

} // namespace

MapScene::MapScene(std::shared_ptr<const CaseStudy> study) : m_study(std::move(study))
{
    const ControlModel &model = m_study->model;
    std::vector<bool> presence(model.features().size(), false);
    for (const Claim &c : model.claims())
        if (c.role == Role::Presence)
            presence[size_t(c.feature)] = true;
    for (const CaseLayer &layer : m_study->layers) {
        Layer out;
        out.source = &layer;
        out.items.reserve(layer.features.size());
        for (const CaseFeature &f : layer.features) {
            Item item;
            item.modelIndex = f.modelIndex;
            item.approximate = f.approximate;
            item.kind = f.kind;
            item.feature = &f;
            for (const Polygon &p : f.geometry.polygons) {
                if (p.rings.empty())
                    continue;
                const double area = std::abs(signedArea(p.rings.front()));
                if (area > item.labelArea) {
                    item.labelArea = area;
                    item.labelAnchor = interiorPoint(p);
                }
            }
            for (const Ring &l : f.geometry.lines) {
                if (l.empty())
                    continue;
                item.lines.moveTo(l.front());
                for (size_t i = 1; i < l.size(); ++i)
                    item.lines.lineTo(l[i]);
            }
            item.points = f.geometry.points;
            if (item.labelArea == 0 && !item.points.empty())
                item.labelAnchor = item.points.front();
            item.extent = item.bounds();
            if (!item.points.empty())
                out.withPoints.push_back(out.items.size());
            if (item.modelIndex >= 0 && presence[size_t(item.modelIndex)])
                out.withPresence.push_back(out.items.size());
            m_anyApproximate = m_anyApproximate || item.approximate;
            out.items.push_back(std::move(item));
        }
        m_layers.push_back(std::move(out));
    }
}

QPainterPath MapScene::Item::areaPath() const
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    if (hasArea())
        for (const Polygon &p : polygons())
            for (const Ring &r : p.rings)
                addRing(path, r);
    return path;
}

BoundingBox MapScene::Item::bounds() const
{
    BoundingBox box;
    if (hasArea())
        for (const Polygon &p : polygons())
            if (!p.rings.empty())
                for (const QPointF &v : p.rings.front())   // holes lie inside the outer ring
                    box.extend(v);
    if (!lines.isEmpty()) {
        const QRectF r = lines.boundingRect();
        box.extend(r.topLeft());
        box.extend(r.bottomRight());
    }
    for (const QPointF &p : points)
        box.extend(p);
    return box;
}

} // namespace dpa
