#include "map/mapcanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace dpa {
namespace {
// Metres per screen pixel at the OGC standard pixel size of 0.28 mm.
constexpr double kMetresPerPixel = 0.00028;
// A press that moves less than this is a click, not a drag.
constexpr double kClickSlop = 4.0;
} // namespace

MapCanvas::MapCanvas(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_view.showLegend = false;   // the legend is a panel of its own in the window
    // Labels and title keep their screen size when the window changes; a little under the
    // design size, since the map shares the window with its panels.
    m_view.textScale = 0.85;
    connect(&m_job, &QFutureWatcherBase::finished, this, &MapCanvas::finishViewJob);
}

void MapCanvas::setScene(std::shared_ptr<const MapScene> scene)
{
    m_scene = std::move(scene);
    // A worker still drawing the last scene brings back a renderer of that scene: dropped.
    ++m_sceneGeneration;
    m_renderer = m_scene ? std::make_shared<MapRenderer>(m_scene) : nullptr;
    m_frame = QImage();   // not the last case study's map under the new one
    m_view.layers.clear();
    m_view.periodMaps.clear();
    m_view.layerOrder.clear();
    m_view.highlightAuthority = -1;
    m_view.highlightFeatures.clear();
    zoomToExtent();
}

void MapCanvas::replaceScene(std::shared_ptr<const MapScene> scene)
{
    m_scene = std::move(scene);
    ++m_sceneGeneration;
    m_renderer = m_scene ? std::make_shared<MapRenderer>(m_scene) : nullptr;
    m_view.highlightFeatures.clear();
    m_hovered = -1;
    invalidateView();
}

void MapCanvas::setHighlightAuthority(int authority)
{
    if (m_view.highlightAuthority == authority)
        return;
    m_view.highlightAuthority = authority;
    invalidate();
}

void MapCanvas::showFeatures(const std::vector<int> &modelIndices)
{
    m_view.highlightFeatures = modelIndices;
    BoundingBox box;
    if (m_scene)
        for (const MapScene::Layer &layer : m_scene->layers())
            for (const MapScene::Item &item : layer.items) {
                if (std::find(modelIndices.begin(), modelIndices.end(), item.modelIndex) != modelIndices.end())
                    box.extend(item.bounds());
            }
    if (box.isValid()) {
        // A point or a small district alone would fill the window: keep some of its setting.
        const BoundingBox whole = m_scene->extent();
        const QPointF c = box.center();
        const double w = std::max(box.width(), whole.width() / 12) * 0.75, h = std::max(box.height(), whole.height() / 12) * 0.75;
        setExtent(BoundingBox{c.x() - w, c.y() - h, c.x() + w, c.y() + h});
    } else {
        invalidate();
    }
}

void MapCanvas::setTime(TimePoint t)
{
    if (m_view.time == t)
        return;
    m_view.time = t;
    invalidate();
}

void MapCanvas::setLayerDisplay(std::vector<LayerDisplay> layers, std::vector<int> order)
{
    m_view.layers = std::move(layers);
    m_view.layerOrder = std::move(order);
    invalidateView();
}

void MapCanvas::setPeriodMapDisplay(std::vector<LayerDisplay> maps)
{
    m_view.periodMaps = std::move(maps);
    invalidateView();   // a map shown for the first time in this view is warped: slow
}

void MapCanvas::setFrontLines(std::vector<Ring> lines)
{
    if (lines.empty() && m_view.frontLines.empty())
        return;
    m_view.frontLines = std::move(lines);
    invalidate();
}

void MapCanvas::setLanguage(const QString &language)
{
    m_view.language = language;
    invalidateView();
}

void MapCanvas::setBasemap(const TileBasemap &basemap)
{
    m_view.basemap = basemap;
    invalidateView();
}

void MapCanvas::invalidate()
{
    m_dirty = true;
    update();
}

void MapCanvas::invalidateView()
{
    m_viewStale = true;
    invalidate();
}

void MapCanvas::zoomToExtent()
{
    if (m_scene)
        m_view.extent = m_scene->extent().grown(0.03);
    m_view.extent = m_view.fittedExtent();
    invalidateView();
    emit viewChanged();
}

void MapCanvas::setExtent(const BoundingBox &extent)
{
    if (!extent.isValid())
        return;
    m_view.extent = extent;
    m_view.extent = m_view.fittedExtent();
    invalidateView();
    emit viewChanged();
}

void MapCanvas::zoomBy(double factor)
{
    zoomAt(factor, QPointF(width() / 2.0, height() / 2.0));
}

void MapCanvas::zoomAt(double factor, QPointF widgetPos)
{
    if (!m_view.extent.isValid())
        return;
    // Keep the world point under the cursor where it is.
    const QPointF anchor = toWorld(widgetPos);
    BoundingBox e = m_view.fittedExtent();
    const double w = e.width() / factor, h = e.height() / factor;
    const double fx = widgetPos.x() / std::max(1, width()), fy = widgetPos.y() / std::max(1, height());
    e.xMin = anchor.x() - fx * w;
    e.xMax = e.xMin + w;
    e.yMax = anchor.y() + fy * h;
    e.yMin = e.yMax - h;
    m_view.extent = e;
    invalidateView();
    emit viewChanged();
}

QPointF MapCanvas::toWorld(QPointF widgetPos) const
{
    return m_view.worldToPixel().inverted().map(widgetPos);
}

double MapCanvas::scaleDenominator() const
{
    const double metresPerUnit = m_scene ? m_scene->study().manifest.crs.metresPerUnit() : 1.0;
    return m_view.unitsPerPixel() * (metresPerUnit > 0 ? metresPerUnit : 111320.0) / kMetresPerPixel;
}

int MapCanvas::featureAt(QPointF widgetPos) const
{
    if (!m_scene)
        return -1;
    const QTransform t = m_view.worldToPixel();
    const QPointF world = toWorld(widgetPos);
    const auto &layers = m_scene->layers();
    const std::vector<int> order = m_view.drawOrder(int(layers.size()));
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const MapScene::Layer &layer = layers[size_t(*it)];
        if (layer.source->spec.role != LayerSpec::Role::Features || !m_view.layerDisplay(*it).visible)
            continue;
        for (const MapScene::Item &item : layer.items)
            for (const QPointF &p : item.points)
                if (QLineF(t.map(p), widgetPos).length() <= 9)
                    return item.modelIndex;
    }
    // Areas: one look-up in the renderer's id buffer for the frame on screen, whatever the
    // number of features; before the first frame, test the paths.
    if (m_renderer && !m_dirty)
        return m_renderer->featureAt(widgetPos);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const MapScene::Layer &layer = layers[size_t(*it)];
        if (layer.source->spec.role != LayerSpec::Role::Features || !m_view.layerDisplay(*it).visible)
            continue;
        for (const MapScene::Item &item : layer.items)
            if (item.hasArea() && item.extent.contains(world) && item.feature->geometry.areaContains(world))
                return item.modelIndex;
    }
    return -1;
}

void MapCanvas::renderFrame(bool synchronous)
{
    const qreal dpr = devicePixelRatioF();
    m_view.size = size();
    if (m_jobRunning)
        return;   // drawn when the worker is done
    if (!m_renderer || size().isEmpty()) {
        m_frame = QImage(size() * dpr, QImage::Format_ARGB32_Premultiplied);
        m_frame.setDevicePixelRatio(dpr);
        m_frame.fill(palette().window().color());
        m_frameView = m_view;
        m_dirty = false;
        return;
    }
    if (m_viewStale && !synchronous) {
        startViewJob(dpr);
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const QImage image = m_renderer->renderImage(m_view, dpr);
    m_viewStale = false;
    showFrame(image, m_view, timer.nsecsElapsed() / 1e6, m_renderer->errors());
}

void MapCanvas::startViewJob(qreal dpr)
{
    m_viewStale = false;
    m_dirty = false;
    m_jobRunning = true;
    // The renderer goes with the worker, so nothing on this thread can touch its caches
    // meanwhile; the view and the scene it draws are its own copies.
    m_job.setFuture(QtConcurrent::run([renderer = std::move(m_renderer), view = m_view, dpr, generation = m_sceneGeneration] {
        ViewJob job{renderer, view, {}, 0, {}, generation};
        QElapsedTimer timer;
        timer.start();
        job.image = renderer->renderImage(view, dpr);
        job.milliseconds = timer.nsecsElapsed() / 1e6;
        job.errors = renderer->errors();
        return job;
    }));
    m_renderer.reset();
}

void MapCanvas::finishViewJob()
{
    if (!m_jobRunning)
        return;   // already taken by frame()
    m_jobRunning = false;
    ViewJob job = m_job.result();
    m_job.setFuture(QFuture<ViewJob>());   // the worker's copy of the renderer goes with it
    if (job.sceneGeneration != m_sceneGeneration) {
        update();   // drawn for a scene no longer shown, whose own renderer is already here
        return;
    }
    m_renderer = std::move(job.renderer);
    // Shown even if the view moved on meanwhile: it is nearer the new view than the old frame.
    const bool moreToDo = m_dirty;
    showFrame(job.image, job.view, job.milliseconds, job.errors);
    m_dirty = moreToDo;
    update();
}

void MapCanvas::showFrame(const QImage &image, const MapView &view, double milliseconds, const ErrorList &errors)
{
    m_frame = image;
    m_frameView = view;
    m_lastFrameMs = milliseconds;
    m_dirty = false;
    emit frameRendered(m_lastFrameMs);
    for (const Error &e : errors)
        emit renderProblem(e.toString());
}

QImage MapCanvas::frame()
{
    if (m_jobRunning) {
        m_job.waitForFinished();
        finishViewJob();
    }
    if (m_dirty)
        renderFrame(true);
    return m_frame;
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    if (m_dirty && !m_dragging)
        renderFrame();
    QPainter p(this);
    // The frame as drawn for its own view, moved and scaled to where the current view (and the
    // drag under way) puts it: world -> old pixels, inverted, then world -> new pixels.
    QTransform shown = m_frameView.worldToPixel().inverted() * m_view.worldToPixel();
    if (m_dragging)
        shown *= QTransform::fromTranslate(m_dragOffset.x(), m_dragOffset.y());
    if (m_frame.isNull()) {
        p.fillRect(rect(), palette().window());
        return;
    }
    if (shown.isIdentity() || !m_frameView.extent.isValid() || !m_view.extent.isValid()) {
        p.drawImage(QPointF(0, 0), m_frame);
        return;
    }
    p.fillRect(rect(), QColor(0xf4, 0xf1, 0xea));
    p.setTransform(shown);
    p.drawImage(QPointF(0, 0), m_frame);
}

void MapCanvas::resizeEvent(QResizeEvent *)
{
    if (m_view.extent.isValid()) {
        m_view.size = size();
        m_view.extent = m_view.fittedExtent();
    }
    invalidateView();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    m_moved = false;
    m_pressPos = event->position();
    m_dragOffset = {};
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    emit cursorMoved(toWorld(event->position()));
    if (m_dragging) {
        m_dragOffset = event->position() - m_pressPos;
        m_moved = m_moved || m_dragOffset.manhattanLength() > kClickSlop;
        update();
        return;
    }
    const int hovered = featureAt(event->position());
    if (hovered != m_hovered) {
        m_hovered = hovered;
        emit featureHovered(hovered);
    }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging)
        return;
    m_dragging = false;
    if (!m_moved) {
        emit featureClicked(featureAt(event->position()));
        update();
        return;
    }
    const double units = m_view.unitsPerPixel();
    BoundingBox e = m_view.fittedExtent();
    e.xMin -= m_dragOffset.x() * units;
    e.xMax -= m_dragOffset.x() * units;
    e.yMin += m_dragOffset.y() * units;
    e.yMax += m_dragOffset.y() * units;
    m_view.extent = e;
    m_dragOffset = {};
    invalidateView();
    emit viewChanged();
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomAt(std::pow(1.25, steps), event->position());
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal)
        zoomBy(1.25);
    else if (event->key() == Qt::Key_Minus)
        zoomBy(0.8);
    else
        QWidget::keyPressEvent(event);
}

} // namespace dpa
