#include "render/passes/highlightpass.h"
#include "render/passes/casedline.h"

#include <QPainter>

#include <algorithm>

namespace dpa {

void HighlightPass::draw(QPainter &painter) const
{
    const int authority = m_frame.view.highlightAuthority;
    const std::vector<int> &features = m_frame.view.highlightFeatures;
    if (authority < 0 && features.empty())
        return;
    const ControlModel &model = m_frame.scene.study().model;
    QPainterPath territory;
    const auto &layers = m_frame.scene.layers();
    for (size_t l = 0; l < layers.size(); ++l) {
        if (!m_frame.isFeatureLayer(int(l)) || !m_frame.view.layerDisplay(int(l)).visible)
            continue;
        for (size_t i = 0; i < layers[l].items.size(); ++i) {
            const MapScene::Item &item = layers[l].items[i];
            if (item.modelIndex < 0)
                continue;
            bool holds = std::find(features.begin(), features.end(), item.modelIndex) != features.end();
            for (int c : authority < 0 ? std::span<const int>() : m_frame.styles.state(item.modelIndex).claims) {
                const Claim &claim = model.claims()[size_t(c)];
                holds = holds || (claim.authority == authority && claim.role != Role::Presence);
            }
            if (!holds)
                continue;
            territory.addPath(m_frame.geometry.area(int(l), i).toPath());
            for (const QPointF &p : item.points)
                territory.addEllipse(m_frame.view.worldToPixel().map(p), 9 * m_frame.scale, 9 * m_frame.scale);
        }
    }
    if (territory.isEmpty())
        return;
    drawCasedLine(painter, territory, QColor(0x10, 0x10, 0x10), 2.6 * m_frame.scale, 6 * m_frame.scale, 230);
}

} // namespace dpa
