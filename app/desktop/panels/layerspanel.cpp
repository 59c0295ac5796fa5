#include "panels/layerspanel.h"
#include "retranslate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dpa {
namespace {
constexpr int kIndexRole = Qt::UserRole;
constexpr int kOpacityRole = Qt::UserRole + 1;
} // namespace

LayersPanel::LayersPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    layout->addWidget(m_tree);

    auto *row = new QHBoxLayout;
    auto *opacity = new QLabel(this);
    row->addWidget(opacity);
    m_opacity = new QSlider(Qt::Horizontal, this);
    m_opacity->setRange(0, 100);
    m_opacity->setObjectName(QStringLiteral("opacitySlider"));
    row->addWidget(m_opacity, 1);
    // The buttons on a row of their own: "Непрозрачность" or "Zoom to" in a longer language
    // must not squeeze the slider out of a narrow panel.
    auto *buttons = new QHBoxLayout;
    auto *up = new QToolButton(this);
    up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    auto *down = new QToolButton(this);
    down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    buttons->addWidget(up);
    buttons->addWidget(down);
    auto *zoom = new QToolButton(this);
    zoom->setObjectName(QStringLiteral("zoomToButton"));
    buttons->addWidget(zoom);
    buttons->addStretch();
    retranslate(this, [this, opacity, up, down, zoom] {
        opacity->setText(tr("Opacity"));
        up->setToolTip(tr("Draw above the layer over it"));
        down->setToolTip(tr("Draw below the layer under it"));
        zoom->setText(tr("Zoom to"));
        zoom->setToolTip(tr("Frame the map on the selected layer or period map (or double-click it)"));
        nameItems();
    });
    layout->addLayout(row);
    layout->addLayout(buttons);
    connect(zoom, &QToolButton::clicked, this, [this] { requestZoom(m_tree->currentItem()); });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) { requestZoom(item); });

    connect(up, &QToolButton::clicked, this, [this] { moveCurrent(+1); });
    connect(down, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_opacity, &QSlider::valueChanged, this, &LayersPanel::setOpacityOfCurrent);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &LayersPanel::syncSlider);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        if (item->parent() == m_mapsRoot)
            emit periodMapsChanged();
        else if (item->parent() == m_layersRoot)
            emit layersChanged();
    });
}

void LayersPanel::setStudy(const CaseStudy *study)
{
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    m_layersRoot = m_mapsRoot = nullptr;
    m_layerNames.clear();
    m_mapNames.clear();
    m_layerCount = 0;
    if (!study)
        return;
    m_layersRoot = new QTreeWidgetItem(m_tree);
    m_mapsRoot = new QTreeWidgetItem(m_tree);
    m_layerCount = int(study->layers.size());
    for (const CaseLayer &l : study->layers)
        m_layerNames.push_back({l.spec.title, l.spec.id, l.spec.role == LayerSpec::Role::Features ? QString() : l.spec.kind});
    // The tree lists the top layer first, as GIS users expect.
    for (int i = m_layerCount - 1; i >= 0; --i) {
        auto *item = new QTreeWidgetItem(m_layersRoot);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
        item->setData(0, kIndexRole, i);
        item->setData(0, kOpacityRole, 100);
    }
    for (size_t m = 0; m < study->periodMaps.size(); ++m) {
        const CasePeriodMap &map = study->periodMaps[m];
        m_mapNames.push_back({map.spec.title, map.spec.valid});
        auto *item = new QTreeWidgetItem(m_mapsRoot);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
        item->setData(0, kIndexRole, int(m));
        item->setData(0, kOpacityRole, int(std::lround(map.spec.opacity * 100)));
    }
    if (study->periodMaps.empty()) {
        auto *none = new QTreeWidgetItem(m_mapsRoot);
        none->setFlags(Qt::NoItemFlags);
    }
    nameItems();
    m_tree->expandAll();
    m_tree->setCurrentItem(m_layersRoot->child(0));
    syncSlider();
}

QString LayersPanel::kindText(const QString &kind)
{
    // The manifest's context kinds (datasets/README.md) are keywords; a reader sees words.
    if (kind.isEmpty())
        return tr("features");
    if (kind == QLatin1String("water"))
        return tr("water", "layer kind: filled blue");
    if (kind == QLatin1String("river"))
        return tr("river", "layer kind: a blue line");
    if (kind == QLatin1String("land"))
        return tr("land", "layer kind: pale fill");
    if (kind == QLatin1String("boundary"))
        return tr("boundary", "layer kind: a grey line");
    return kind;
}

void LayersPanel::nameItems()
{
    if (!m_layersRoot || !m_mapsRoot)
        return;
    // Renaming is not a change of what is shown: no itemChanged, no redraw.
    const QSignalBlocker block(m_tree);
    m_layersRoot->setText(0, tr("Layers (upper over lower; symbols and labels always on top)"));
    m_mapsRoot->setText(0, tr("Period maps"));
    for (int i = 0; i < m_layersRoot->childCount(); ++i) {
        QTreeWidgetItem *item = m_layersRoot->child(i);
        const LayerName &l = m_layerNames[size_t(item->data(0, kIndexRole).toInt())];
        const QString title = l.title.text();
        item->setText(0, QStringLiteral("%1 (%2)").arg(title.isEmpty() ? l.id : title, kindText(l.kind)));
        item->setToolTip(0, item->text(0));
    }
    for (int i = 0; i < m_mapsRoot->childCount(); ++i) {
        QTreeWidgetItem *item = m_mapsRoot->child(i);
        if (item->flags() == Qt::NoItemFlags) {
            item->setText(0, tr("none in this package"));
            continue;
        }
        const MapName &map = m_mapNames[size_t(item->data(0, kIndexRole).toInt())];
        item->setText(0, QStringLiteral("%1 (%2)").arg(map.title.text(), map.valid.toDisplayString()));
        // A scan lies under the districts and shows only on its dates: say how to see it.
        item->setToolTip(0, tr("%1\nShown from %2, under the districts: lower their opacity or hide them to read it. "
                               "Double-click to zoom to it.")
                                .arg(item->text(0), map.valid.toDisplayString()));
    }
}

std::vector<int> LayersPanel::layerOrder() const
{
    std::vector<int> order;
    if (!m_layersRoot)
        return order;
    for (int i = m_layersRoot->childCount() - 1; i >= 0; --i)
        order.push_back(m_layersRoot->child(i)->data(0, kIndexRole).toInt());
    return order;
}

std::vector<LayerDisplay> LayersPanel::layerDisplay() const
{
    std::vector<LayerDisplay> display(static_cast<size_t>(m_layerCount));
    if (!m_layersRoot)
        return display;
    for (int i = 0; i < m_layersRoot->childCount(); ++i) {
        const QTreeWidgetItem *item = m_layersRoot->child(i);
        display[size_t(item->data(0, kIndexRole).toInt())] = {item->checkState(0) == Qt::Checked,
                                                              item->data(0, kOpacityRole).toInt() / 100.0};
    }
    return display;
}

std::vector<LayerDisplay> LayersPanel::periodMapDisplay() const
{
    std::vector<LayerDisplay> display;
    if (!m_mapsRoot)
        return display;
    for (int i = 0; i < m_mapsRoot->childCount(); ++i) {
        const QTreeWidgetItem *item = m_mapsRoot->child(i);
        if (item->flags() == Qt::NoItemFlags)
            continue;
        display.push_back({item->checkState(0) == Qt::Checked, item->data(0, kOpacityRole).toInt() / 100.0});
    }
    return display;
}

void LayersPanel::syncSlider()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const bool layer = item && item->parent() && item->flags() != Qt::NoItemFlags;
    m_opacity->setEnabled(layer);
    const QSignalBlocker block(m_opacity);
    m_opacity->setValue(layer ? item->data(0, kOpacityRole).toInt() : 100);
}

void LayersPanel::setOpacityOfCurrent(int percent)
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->parent() || item->flags() == Qt::NoItemFlags)
        return;
    item->setData(0, kOpacityRole, percent);
    if (m_opacity->value() != percent) {
        const QSignalBlocker block(m_opacity);
        m_opacity->setValue(percent);
    }
    item->parent() == m_mapsRoot ? emit periodMapsChanged() : emit layersChanged();
}

void LayersPanel::requestZoom(QTreeWidgetItem *item)
{
    if (!item || !item->parent() || item->flags() == Qt::NoItemFlags)
        return;
    const int index = item->data(0, kIndexRole).toInt();
    if (item->parent() == m_mapsRoot)
        emit zoomToPeriodMapRequested(index);
    else
        emit zoomToLayerRequested(index);
}

void LayersPanel::moveCurrent(int delta)
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || item->parent() != m_layersRoot)
        return;
    const int row = m_layersRoot->indexOfChild(item);
    const int target = row - delta;   // the tree lists the top first
    if (target < 0 || target >= m_layersRoot->childCount())
        return;
    const QSignalBlocker block(m_tree);
    m_layersRoot->takeChild(row);
    m_layersRoot->insertChild(target, item);
    m_tree->setCurrentItem(item);
    emit layersChanged();
}

} // namespace dpa
