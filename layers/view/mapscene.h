#pragma once

#include "package/casestudy.h"

#include <QPainterPath>
#include <QPointF>

#include <memory>
#include <vector>

namespace dpa {

// A case study's geometry in the case study's CRS as the frames draw it, with what is worked
// out once at load (label anchors, extents). A frame only restyles: scrubbing time never
// touches geometry.
class MapScene
{
public:
    struct Item
    {
        int modelIndex = -1;          // -1 for context features
        QPainterPath lines;
        std::vector<QPointF> points;
        QPointF labelAnchor;          // inside the largest polygon where possible
        double labelArea = 0;         // area of that polygon, in CRS units²
        bool approximate = false;
        QString kind;
        const CaseFeature *feature = nullptr;
        // bounds(), worked out once: a view maps only the items it shows.
        BoundingBox extent;

        // The extent of its area, lines and points, in the case study's CRS (invalid if none).
        BoundingBox bounds() const;
        // The area is the feature's own polygons (feature->geometry, in the case study's CRS),
        // not a copy: a national case study's outlines are held once.
        bool hasArea() const { return feature && feature->geometry.hasPolygons(); }
        const std::vector<Polygon> &polygons() const { return feature->geometry.polygons; }
        // The polygons as one path (odd-even fill for holes), made when asked.
        QPainterPath areaPath() const;
    };
    struct Layer
    {
        const CaseLayer *source = nullptr;
        std::vector<Item> items;
        // What the per-frame passes visit, listed once: walking a million items every frame to
        // find the few with a point symbol or a presence mark read 136 MB a pass.
        std::vector<size_t> withPoints;     // items with points
        std::vector<size_t> withPresence;   // items of features with a presence claim at some time

        BoundingBox bounds() const
        {
            BoundingBox b;
            for (const Item &item : items)
                b.extend(item.bounds());
            return b;
        }
    };

    explicit MapScene(std::shared_ptr<const CaseStudy> study);

    const CaseStudy &study() const { return *m_study; }
    std::shared_ptr<const CaseStudy> studyPointer() const { return m_study; }
    const std::vector<Layer> &layers() const { return m_layers; }
    BoundingBox extent() const { return m_study->featureBounds(); }
    // Whether any feature's geometry is approximate (the title's note says what dashes mean).
    bool anyApproximate() const { return m_anyApproximate; }

private:
    std::shared_ptr<const CaseStudy> m_study;
    std::vector<Layer> m_layers;
    bool m_anyApproximate = false;
};

} // namespace dpa
