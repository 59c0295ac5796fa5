#pragma once

#include "render/framegeometry.h"
#include "style/featurestyle.h"
#include "view/mapscene.h"
#include "view/mapview.h"

namespace dpa {

// What every pass of one frame reads: the scene, the view, the frame's styles, the geometry in
// pixels and the text and line scale (1 at 1080 pixels). Passes draw; they own no frame state.
struct FrameContext
{
    const MapScene &scene;
    const MapView &view;
    const StyleTable &styles;
    const FrameGeometry &geometry;
    double scale = 1.0;

    bool isFeatureLayer(int layer) const
    {
        return scene.layers()[size_t(layer)].source->spec.role == LayerSpec::Role::Features;
    }
};

} // namespace dpa
