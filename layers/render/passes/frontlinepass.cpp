#include "render/passes/frontlinepass.h"
#include "render/passes/casedline.h"

#include <QPainter>

namespace dpa {

void FrontLinePass::draw(QPainter &painter) const
{
    const MapView &view = m_frame.view;
    if (view.frontLines.empty())
        return;
    const QTransform t = view.worldToPixel();
    QPainterPath path;
    for (const Ring &line : view.frontLines) {
        if (line.empty())
            continue;
        path.moveTo(t.map(line.front()));
        for (size_t i = 1; i < line.size(); ++i)
            path.lineTo(t.map(line[i]));
    }
    drawCasedLine(painter, path, QColor(0xa5, 0x00, 0x26), 3.2 * m_frame.scale, 6 * m_frame.scale);
}

} // namespace dpa
