#pragma once

#include "style/featurestyle.h"
#include "style/fillpattern.h"
#include "view/mapscene.h"
#include "view/mapview.h"
#include "render/framegeometry.h"

#include <QImage>

#include <vector>

namespace dpa {

// The fast path for filling feature areas. Once per view (pan, zoom, layer settings), every
// visible feature area is drawn into an image whose pixels hold feature slot numbers; each frame
// then colours that image by looking every pixel up in the frame's style table, with stripes and
// hatching computed from the pixel's position. A frame's cost depends on pixels, not vertices,
// so scrubbing time costs the same for 50 districts or 100,000. And a frame after another
// recolours only the runs of pixels of the features whose style changed (a new date rarely
// changes them all): the view's runs are listed per slot once, when the view is built. Edges are not antialiased here;
// the antialiased outlines drawn over them hide that.
class FeatureIdBuffer
{
public:
    // pixels: the scene's areas in the view's logical pixels.
    void build(const MapScene &scene, const FrameGeometry &pixels, const MapView &view, qreal devicePixelRatio);
    // The fills for this frame, premultiplied ARGB, transparent where there is no feature.
    const QImage &colourise(const StyleTable &styles, double scale);
    // Model index of the feature drawn at a device pixel, or -1.
    int featureAt(QPoint devicePixel) const;

private:
    // What each slot looks like this frame: its pattern and colours, already premultiplied.
    struct SlotPaint
    {
        FillPattern pattern;
        FillPattern::Premultiplied colours;
    };
    void paintSlot(size_t slot, const StyleTable &styles, double scale);
    // A horizontal run of device pixels of one slot.
    struct Run
    {
        int y, x0, x1;
    };
    void collectRuns();
    bool hasPixels(size_t slot) const { return m_runStart[slot] != m_runStart[slot + 1]; }
    void colouriseAll();

    QImage m_ids;                    // RGB32: 0 = nothing, else slot + 1
    QImage m_fill;
    std::vector<int> m_slotModel;    // slot -> model index
    std::vector<float> m_slotOpacity;
    std::vector<std::vector<int>> m_modelSlots;   // model index -> its slots
    std::vector<Run> m_runs;         // slot s's runs: [m_runStart[s], m_runStart[s + 1])
    std::vector<size_t> m_runStart;
    // Paints are kept between frames and redone only for the features whose style changed.
    std::vector<SlotPaint> m_paints;
    quint64 m_paintGeneration = 0;
    double m_paintScale = 0;
};

} // namespace dpa
