#include "view/mapview.h"

#include <algorithm>

namespace dpa {

BoundingBox MapView::fittedExtent() const
{
    if (!extent.isValid() || size.isEmpty())
        return extent;
    BoundingBox e = extent;
    const double w = std::max(e.width(), 1e-9), h = std::max(e.height(), 1e-9);
    const double target = double(size.width()) / size.height();
    if (w / h < target) {
        const double grow = (h * target - w) / 2;
        e.xMin -= grow;
        e.xMax += grow;
    } else {
        const double grow = (w / target - h) / 2;
        e.yMin -= grow;
        e.yMax += grow;
    }
    return e;
}

std::vector<int> MapView::drawOrder(int layerCount) const
{
    std::vector<int> order;
    for (int i : layerOrder)
        if (i >= 0 && i < layerCount && std::find(order.begin(), order.end(), i) == order.end())
            order.push_back(i);
    for (int i = 0; i < layerCount; ++i)   // layers the order does not name keep their place last
        if (std::find(order.begin(), order.end(), i) == order.end())
            order.push_back(i);
    return order;
}

double MapView::pixelScale() const
{
    if (textScale > 0)
        return textScale;
    return std::max(0.5, std::min(size.width(), size.height()) / 1080.0);
}

double MapView::unitsPerPixel() const
{
    const BoundingBox e = fittedExtent();
    return size.width() > 0 ? e.width() / size.width() : 1;
}

QTransform MapView::worldToPixel() const
{
    const BoundingBox e = fittedExtent();
    const double s = 1.0 / unitsPerPixel();
    return QTransform(s, 0, 0, -s, -e.xMin * s, e.yMax * s);
}

} // namespace dpa
