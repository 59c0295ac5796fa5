#pragma once

#include "package/casestudy.h"
#include "view/mapview.h"

#include <QWidget>

class QSlider;
class QTreeWidget;
class QTreeWidgetItem;

namespace dpa {

// Feature layers, context layers and period maps with visibility, opacity and order. Emits the
// settings as MapView values; the canvas draws them.
class LayersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LayersPanel(QWidget *parent = nullptr);

    void setStudy(const CaseStudy *study);
    QTreeWidget *tree() const { return m_tree; }
    // Bottom to top, as drawn.
    std::vector<int> layerOrder() const;
    std::vector<LayerDisplay> layerDisplay() const;
    std::vector<LayerDisplay> periodMapDisplay() const;
    void setOpacityOfCurrent(int percent);
    void moveCurrent(int delta);   // +1 raises the selected layer one place

signals:
    void layersChanged();
    void periodMapsChanged();
    // The Zoom to button or a double-click, on a layer or period map (by index).
    void zoomToLayerRequested(int layer);
    void zoomToPeriodMapRequested(int periodMap);

private:
    void requestZoom(QTreeWidgetItem *item);
    void syncSlider();
    // The items' texts, in the interface language (the case study's titles in it where given).
    void nameItems();
    static QString kindText(const QString &kind);

    // What the items are named from, kept from setStudy(): the study itself may be replaced
    // (edit mode) without the panel being told.
    struct LayerName
    {
        MultilingualText title;
        QString id, kind;   // kind: a context layer's; empty for a feature layer
    };
    struct MapName
    {
        MultilingualText title;
        DateInterval valid;
    };
    std::vector<LayerName> m_layerNames;   // by layer index
    std::vector<MapName> m_mapNames;       // by period map index
    QTreeWidget *m_tree;
    QSlider *m_opacity;
    QTreeWidgetItem *m_layersRoot = nullptr;
    QTreeWidgetItem *m_mapsRoot = nullptr;
    int m_layerCount = 0;
};

} // namespace dpa
