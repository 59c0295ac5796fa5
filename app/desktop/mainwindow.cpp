#include "mainwindow.h"
#include "keyboardshortcuts.h"
#include "databaseview.h"
#include "package/postgis/pgviewplan.h"
#include "statesummary.h"
#include "searchfield.h"
#include "dialogs/readingguidedialog.h"
#include "dialogs/userguidedialog.h"
#include "view/actionextent.h"
#include "dialogs/exportanimationdialog.h"
#include "dialogs/exportimagedialog.h"
#include "dialogs/exportlayerdialog.h"
#include "dialogs/exportpackagedialog.h"
#include "panels/chartpanel.h"
#include "io/coordinatetransform.h"
#include "analysis/spatialanalysis.h"
#include "panels/eventspanel.h"
#include "panels/inspectorpanel.h"
#include "panels/layerspanel.h"
#include "panels/legendpanel.h"
#include "map/mapcanvas.h"
#include "dialogs/newcasestudywizard.h"
#include "dialogs/opencasestudydialog.h"
#include "dialogs/opendatabasedialog.h"
#include "package/postgis/pguri.h"
#include "dialogs/problemsdialog.h"
#include "panels/timelinepanel.h"
#include "editing/editmode.h"
#include "language.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScrollArea>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <cstdlib>
#include "dialogs/basemapdialog.h"
#include "georef/georefdialog.h"
#include "io/gdalenvironment.h"
#include "io/rasterreader.h"
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <atomic>

namespace dpa {
namespace {
constexpr int kMaxRecent = 8;
// How long a note on how a case study was opened stays in the status bar: long enough to read.
constexpr int kNoteMs = 20000;
QString timeKey(const QString &id) { return QStringLiteral("time/") + id; }
QString mapOpacityKey(const QString &id) { return QStringLiteral("periodMapOpacity/") + id; }
// Where a case study opened by view was left, by its address (known before anything is read):
// it opens there again, reading that part only. Empty for a path that is no database address.
QString byViewKey(const QString &path)
{
    const auto uri = postgis::PgUri::isPgUri(path) ? postgis::PgUri::parse(path) : Result<postgis::PgUri>(Error());
    return uri ? DatabaseView::lastViewKey(*uri) : QString();
}
// How a package is written into the settings and shown: a database address without its password
// (libpq finds it in ~/.pgpass when the address is opened again).
QString storedPath(const QString &path)
{
    const auto uri = postgis::PgUri::isPgUri(path) ? postgis::PgUri::parse(path) : Result<postgis::PgUri>(Error());
    return uri ? uri->redacted() : path;
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_openByViewAbove(postgis::viewplan::kOpenByViewAbove)
{
    setWindowTitle(tr("Dual Power Atlas"));
    m_timeline = new ControlTimeline(this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_canvas = new MapCanvas(central);
    layout->addWidget(m_canvas, 1);
    m_timelinePanel = new TimelinePanel(m_timeline, central);
    layout->addWidget(m_timelinePanel);
    setCentralWidget(central);

    m_coordinates = new QLabel(this);
    m_scale = new QLabel(this);
    m_hover = new QLabel(this);
    m_frameTime = new QLabel(this);
    // The hover text gives way to the coordinates: it is elided to its room, whole in the tooltip.
    m_hover->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_hover, 1);
    // What a case study opened by view shows: the part read from the database, of how much.
    m_viewNote = new QLabel(this);
    m_viewNote->setObjectName(QStringLiteral("viewNote"));
    m_viewNote->setVisible(false);
    statusBar()->addPermanentWidget(m_viewNote);
    statusBar()->addPermanentWidget(m_coordinates);
    statusBar()->addPermanentWidget(m_scale);
    // Frame times are for whoever tunes the renderer, not for readers of the map.
    statusBar()->addPermanentWidget(m_frameTime);
    m_frameTime->setVisible(qEnvironmentVariableIsSet("DPATLAS_SHOW_FRAME_TIME"));

    buildDocks();
    m_editMode = new EditMode(this);
    buildMenus();
    buildShortcuts();

    connect(m_timeline, &ControlTimeline::timeChanged, this, &MainWindow::onTimeChanged);
    connect(m_canvas, &MapCanvas::cursorMoved, this, &MainWindow::showCursor);
    connect(m_canvas, &MapCanvas::featureHovered, this, &MainWindow::showHover);
    connect(m_canvas, &MapCanvas::featureClicked, m_inspector, &InspectorPanel::setFeature);
    connect(m_canvas, &MapCanvas::featureClicked, this, [this](int f) {
        if (f >= 0)
            m_inspectorDock->raise();
    });
    connect(m_canvas, &MapCanvas::viewChanged, this, [this] {
        m_scale->setText(tr("1:%L1").arg(qint64(std::lround(m_canvas->scaleDenominator()))));
    });
    connect(m_canvas, &MapCanvas::frameRendered, this,
            [this](double ms) { m_frameTime->setText(tr("frame %1 ms").arg(ms, 0, 'f', 1)); });
    // A study opened by view reads what a new view shows; a frame also follows a resize.
    connect(m_canvas, &MapCanvas::viewChanged, this, &MainWindow::followView);
    connect(m_canvas, &MapCanvas::frameRendered, this, &MainWindow::followView);
    connect(m_canvas, &MapCanvas::renderProblem, this, &MainWindow::reportRenderProblem);
    connect(m_layers, &LayersPanel::zoomToLayerRequested, this, [this](int layer) {
        if (m_scene && layer >= 0 && size_t(layer) < m_scene->layers().size())
            m_canvas->setExtent(m_scene->layers()[size_t(layer)].bounds().grown(0.05));
    });
    connect(m_layers, &LayersPanel::zoomToPeriodMapRequested, this, &MainWindow::zoomToPeriodMap);
    m_basemap = BasemapDialog::saved();
    m_canvas->setBasemap(m_basemap);
    connect(m_events, &EventsPanel::jumpRequested, m_timeline, &ControlTimeline::setTime);
    connect(m_chart, &ChartPanel::timeRequested, m_timeline, &ControlTimeline::setTime);
    connect(m_layers, &LayersPanel::layersChanged, this,
            [this] { m_canvas->setLayerDisplay(m_layers->layerDisplay(), m_layers->layerOrder()); });
    connect(m_layers, &LayersPanel::periodMapsChanged, this,
            [this] { m_canvas->setPeriodMapDisplay(m_layers->periodMapDisplay()); });

    QSettings settings;
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    restoreWindowPlacement();
}

void MainWindow::restoreWindowPlacement()
{
    // The window's frame position and size, as pos() and size() give them, rather than
    // restoreGeometry(): that one guesses the window manager's frame before the window is
    // shown and, with none (a kiosk, Xvfb), put the window 20 pixels lower on every start (B14).
    QSettings settings;
    const QScreen *screen = QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1400, 930);
    const QRect saved = settings.value(QStringLiteral("window/placement")).toRect();
    if (saved.isValid()) {
        // Never larger than the screen, never off it (a screen unplugged since).
        const QSize size = saved.size().boundedTo(available.size());
        QPoint at = saved.topLeft();
        at.setX(std::max(available.left(), std::min(at.x(), available.right() - size.width() + 1)));
        at.setY(std::max(available.top(), std::min(at.y(), available.bottom() - size.height() + 1)));
        resize(size);
        move(at);
        if (settings.value(QStringLiteral("window/maximized")).toBool())
            setWindowState(windowState() | Qt::WindowMaximized);
        return;
    }
    // First run: most of the screen (a 1920x1080 screen gets room for the panels' names and a
    // large map), never past it (a 1280x800 laptop must show the timeline, not hide it under
    // the screen's edge), centred.
    const QSize size = (QSizeF(available.size()) * 0.94).toSize().boundedTo(available.size() - QSize(0, 30));
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2));
}

MainWindow::~MainWindow() = default;

void MainWindow::buildDocks()
{
    auto dock = [&](const char *title, const QString &name, QWidget *widget, Qt::DockWidgetArea area) {
        // Side panels need room for names and dates; the user can widen them further.
        widget->setMinimumWidth(area == Qt::LeftDockWidgetArea ? 260 : 330);
        auto *d = new QDockWidget(tr(title), this);
        m_keptTitles.append({d, title});   // retranslateUi() sets it again
        d->setObjectName(name);   // restoreState() finds docks by name
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    m_layers = new LayersPanel(this);
    auto *layersDock = dock(QT_TR_NOOP("Layers"), QStringLiteral("layersDock"), m_layers, Qt::LeftDockWidgetArea);
    m_legend = new LegendPanel(this);
    connect(m_legend, &LegendPanel::authorityClicked, this, [this](int authority) { m_canvas->setHighlightAuthority(authority); });
    auto *legendScroll = new QScrollArea(this);
    legendScroll->setWidget(m_legend);
    legendScroll->setWidgetResizable(true);
    dock(QT_TR_NOOP("Legend"), QStringLiteral("legendDock"), legendScroll, Qt::LeftDockWidgetArea);
    m_inspector = new InspectorPanel(this);
    m_inspectorDock = dock(QT_TR_NOOP("Inspector"), QStringLiteral("inspectorDock"), m_inspector, Qt::RightDockWidgetArea);
    m_events = new EventsPanel(this);
    auto *eventsDock = dock(QT_TR_NOOP("Events"), QStringLiteral("eventsDock"), m_events, Qt::RightDockWidgetArea);
    tabifyDockWidget(eventsDock, m_inspectorDock);
    m_chart = new ChartPanel(this);
    auto *chartDock = dock(QT_TR_NOOP("Chart"), QStringLiteral("chartDock"), m_chart, Qt::RightDockWidgetArea);
    tabifyDockWidget(m_inspectorDock, chartDock);
    eventsDock->raise();
    // First-run widths, once the window has its size; afterwards restoreState() brings back
    // the user's own.
    if (!QSettings().contains(QStringLiteral("window/state")))
        QTimer::singleShot(0, this, [this, layersDock, eventsDock] {
            // A fifth of a wide window for the layers and legend, a quarter for the events, so
            // their names read whole on a 1920-pixel screen; the minimum on a laptop.
            const int w = width();
            resizeDocks({layersDock, eventsDock}, {std::max(260, w / 5), std::max(330, w / 4)}, Qt::Horizontal);
        });
}

void MainWindow::buildMenus()
{
    QMenu *file = keepText(menuBar()->addMenu(QString()), QT_TR_NOOP("&File"));
    keepText(file->addAction(QString(), QKeySequence::New, this, [this] {
        // Window-modal and deleted on close; the package it writes is opened at once.
        auto *wizard = new NewCaseStudyWizard(this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &QWizard::accepted, this, [this, wizard] { openPackage(wizard->createdPath()); });
        wizard->open();
    }), QT_TR_NOOP("&New Case Study…"));
    keepText(file->addAction(QString(), QKeySequence::Open, this, &MainWindow::openCaseStudyDialog), QT_TR_NOOP("&Open Case Study…"));
    keepText(file->addAction(QString(), this, &MainWindow::openFolderDialog), QT_TR_NOOP("Open &Folder…"));
    keepText(file->addAction(QString(), this, &MainWindow::openPackedDialog), QT_TR_NOOP("Open &GeoPackage…"));
    keepText(file->addAction(QString(), this, &MainWindow::openDatabaseDialog), QT_TR_NOOP("Open from &Database…"))
        ->setObjectName(QStringLiteral("openDatabaseAction"));
    m_recentMenu = keepText(file->addMenu(QString()), QT_TR_NOOP("&Recent Case Studies"));
    updateRecentMenu();
    file->addAction(m_editMode->saveAction());
    file->addSeparator();
    const struct { const char *text; ExportKind kind; QKeySequence shortcut; } exports[] = {
        {QT_TR_NOOP("Export &Layer…"), ExportKind::Layer, {}},
        {QT_TR_NOOP("Export &Timeline…"), ExportKind::Timeline, {}},
        {QT_TR_NOOP("Export &Image…"), ExportKind::Image, QKeySequence(Qt::CTRL | Qt::Key_E)},
        {QT_TR_NOOP("Export &Animation…"), ExportKind::Animation, {}},
        {QT_TR_NOOP("Export Case Study as Geo&Package…"), ExportKind::Package, {}},
    };
    for (const auto &e : exports) {
        QAction *action = keepText(file->addAction(QString(), this, [this, kind = e.kind] { openExportDialog(kind); }), e.text);
        action->setShortcut(e.shortcut);
        action->setEnabled(false);
        m_exportActions << action;
    }
    file->addSeparator();
    keepText(file->addAction(QString(), QKeySequence::Quit, this, &QWidget::close), QT_TR_NOOP("&Quit"));

    menuBar()->addMenu(m_editMode->buildMenu(this));
    QMenu *view = keepText(menuBar()->addMenu(QString()), QT_TR_NOOP("&View"));
    keepText(view->addAction(QString(), QKeySequence::ZoomIn, m_canvas, [this] { m_canvas->zoomBy(1.25); }), QT_TR_NOOP("Zoom &In"));
    keepText(view->addAction(QString(), QKeySequence::ZoomOut, m_canvas, [this] { m_canvas->zoomBy(0.8); }), QT_TR_NOOP("Zoom &Out"));
    keepText(view->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_0), m_canvas, &MapCanvas::zoomToExtent), QT_TR_NOOP("Zoom to &Case Study"));
    view->addSeparator();
    m_frontsAction = keepText(view->addAction(QString(), this, &MainWindow::setFrontLinesVisible), QT_TR_NOOP("Show &Front Lines"));
    m_frontsAction->setCheckable(true);
    m_frontsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));

    keepText(view->addAction(QString(), this, [this] {
        auto *dialog = new BasemapDialog(m_basemap, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { setBasemap(dialog->basemap()); });
        dialog->open();
    }), QT_TR_NOOP("&Basemap…"));

    view->addSeparator();
    // Docks closed by their X come back from here.
    QMenu *panels = keepText(view->addMenu(QString()), QT_TR_NOOP("&Panels"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        panels->addAction(dock->toggleViewAction());
    // View > Language: each language named in itself; applied at once and remembered.
    m_languageMenu = keepText(view->addMenu(QString()), QT_TR_NOOP("&Language"));
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(this);
    for (const Language::Choice &choice : Language::available()) {
        QAction *action = m_languageMenu->addAction(choice.nativeName);
        action->setObjectName(QStringLiteral("language_") + choice.code);
        action->setData(choice.code);
        action->setCheckable(true);
        action->setChecked(choice.code == Language::current());
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = choice.code] {
            if (!applyLanguage(code))
                statusBar()->showMessage(tr("No translation found for %1; the interface stays in English.").arg(code), 10000);
            Language::save(code);
        });
    }

    // Search, in the menu bar's corner: Ctrl+K puts the cursor in it.
    m_search = new SearchField(this);
    menuBar()->setCornerWidget(m_search);
    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(focusSearch, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(focusSearch);
    connect(m_search, &SearchField::featureChosen, this, [this](int f) {
        m_canvas->showFeatures({f});
        m_inspector->setFeature(f);
        m_inspectorDock->raise();
    });
    connect(m_search, &SearchField::eventChosen, this, &MainWindow::goToEvent);

    // Tools > Georeference a Scan…: a plain scan becomes a period map of the open case study,
    // which is reloaded once the map is saved into it.
    QMenu *tools = keepText(menuBar()->addMenu(QString()), QT_TR_NOOP("&Tools"));
    QAction *georef = keepText(tools->addAction(QString(), this, [this] {
        if (!m_study)
            return;
        auto *dialog = new GeorefDialog(m_study, m_timeline->time(), this);
        dialog->setBasemap(m_canvas->view().basemap);   // as the main map has it (none when dropped)
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &GeorefDialog::saved, this, [this](const QString &path) { openPackage(path, m_timeline->time()); });
        dialog->show();
    }), QT_TR_NOOP("&Georeference a Scan…"));
    georef->setObjectName(QStringLiteral("georeferenceScanAction"));
    georef->setEnabled(false);
    m_exportActions << georef;   // enabled once a case study is open, as the exports are

    QMenu *help = keepText(menuBar()->addMenu(QString()), QT_TR_NOOP("&Help"));
    keepText(help->addAction(QString(), QKeySequence::HelpContents, this, &MainWindow::showReadingGuide), QT_TR_NOOP("How to &Read This Map"));
    keepText(help->addAction(QString(), this, [this] {
        auto *guide = new UserGuideDialog(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->show();
    }), QT_TR_NOOP("&User Guide"));
    keepText(help->addAction(QString(), this, [this] {
        QMessageBox::information(this, tr("Keyboard shortcuts"), KeyboardShortcuts::tableHtml(layoutDirection()));
    }), QT_TR_NOOP("&Keyboard Shortcuts"));
    keepText(help->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Dual Power Atlas"),
                           tr("<p><b>Dual Power Atlas</b> %1</p><p>Who controlled what, when: control maps of "
                              "episodes of dual power, with their sources.</p><p>Data credits of the open case "
                              "study are printed on its map and listed in its SOURCES.md.</p>")
                               .arg(QApplication::applicationVersion()));
    }), QT_TR_NOOP("&About Dual Power Atlas"));
}

void MainWindow::buildShortcuts()
{
    struct Key { QKeySequence key; std::function<void()> action; };
    auto toward = [this](Qt::Key arrow) { return arrow == KeyboardShortcuts::forwardArrow(layoutDirection()) ? 1 : -1; };
    const QList<Key> keys{
        {Qt::Key_Space, [this] { m_timeline->togglePlay(); }},
        // The arrows move the handle the way they point: in Arabic, where the timeline runs right
        // to left, Left is forward in time.
        {Qt::Key_Right, [this, toward] { m_timeline->step(ControlTimeline::Step::Day, toward(Qt::Key_Right)); }},
        {Qt::Key_Left, [this, toward] { m_timeline->step(ControlTimeline::Step::Day, toward(Qt::Key_Left)); }},
        {Qt::SHIFT | Qt::Key_Right, [this, toward] { m_timeline->step(ControlTimeline::Step::Week, toward(Qt::Key_Right)); }},
        {Qt::SHIFT | Qt::Key_Left, [this, toward] { m_timeline->step(ControlTimeline::Step::Week, toward(Qt::Key_Left)); }},
        {Qt::CTRL | Qt::Key_Right, [this, toward] { m_timeline->step(ControlTimeline::Step::Month, toward(Qt::Key_Right)); }},
        {Qt::CTRL | Qt::Key_Left, [this, toward] { m_timeline->step(ControlTimeline::Step::Month, toward(Qt::Key_Left)); }},
        {Qt::ALT | Qt::Key_Right, [this, toward] { m_timeline->step(ControlTimeline::Step::Hour, toward(Qt::Key_Right)); }},
        {Qt::ALT | Qt::Key_Left, [this, toward] { m_timeline->step(ControlTimeline::Step::Hour, toward(Qt::Key_Left)); }},
        {Qt::Key_PageDown, [this] { m_timeline->nextChange(); }},
        {Qt::Key_PageUp, [this] { m_timeline->previousChange(); }},
        {Qt::Key_Home, [this] { m_timeline->goToStart(); }},
        {Qt::Key_End, [this] { m_timeline->goToEnd(); }},
    };
    for (const Key &k : keys) {
        auto *action = new QAction(this);
        action->setShortcut(k.key);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, k.action);
        addAction(action);
    }
}

void MainWindow::setBasemap(const TileBasemap &basemap)
{
    BasemapDialog::save(basemap);
    m_basemap = basemap;
    m_reportedProblems.clear();
    m_canvas->setBasemap(basemap);
}

void MainWindow::zoomToPeriodMap(int index)
{
    if (!m_study || index < 0 || size_t(index) >= m_study->periodMaps.size())
        return;
    const CasePeriodMap &map = m_study->periodMaps[size_t(index)];
    RasterWarpRequest request;
    request.targetCrs = m_study->manifest.crs;
    request.allowedDrivers = GdalEnvironment::packageRasterDrivers();
    request.displayName = map.spec.file;
    const auto info = inspectRaster(map.path, request);
    if (!info || !info->boundsInTarget.isValid()) {
        statusBar()->showMessage(info ? tr("%1: no footprint to zoom to").arg(map.spec.file) : info.error().toString(), 10000);
        return;
    }
    m_canvas->setExtent(info->boundsInTarget.grown(0.05));
    // A scan is drawn only on its dates: say so when the map's date is outside them.
    if (!map.spec.valid.contains(m_timeline->time()))
        statusBar()->showMessage(tr("%1 is shown from %2; move the time there to see it.")
                                     .arg(map.spec.title.text(), map.spec.valid.toDisplayString()), 10000);
}

void MainWindow::reportRenderProblem(const QString &message)
{
    // Each problem once: a frame is drawn many times a second while scrubbing.
    if (m_reportedProblems.contains(message))
        return;
    m_reportedProblems.insert(message);
    if (m_canvas->view().basemap.isSet() && message.contains(m_canvas->view().basemap.url)) {
        // Off for this session, so no frame waits on it again; the saved choice stays, and
        // View > Basemap… tries again.
        m_canvas->setBasemap({});
        statusBar()->showMessage(tr("No basemap: %1. The map is drawn without it; View > Basemap… tries again.").arg(message), 20000);
        return;
    }
    statusBar()->showMessage(message, 20000);
}

MapView MainWindow::exportView() const
{
    // The picture of what is on screen, but sized like a picture: text, lines and patterns
    // follow the output's size and DPI rather than the window's, and the legend is drawn on it.
    MapView view = m_canvas->view();
    view.textScale = 0;
    view.showLegend = true;
    return view;
}

ExportJobDialog *MainWindow::openExportDialog(ExportKind kind)
{
    if (!m_study)
        return nullptr;
    ExportJobDialog *dialog = nullptr;
    const TimePoint now = m_timeline->time();
    switch (kind) {
    case ExportKind::Layer:
        dialog = new ExportLayerDialog(ExportLayerDialog::Mode::State, m_study, m_facts, now, this);
        break;
    case ExportKind::Timeline:
        dialog = new ExportLayerDialog(ExportLayerDialog::Mode::Timeline, m_study, m_facts, now, this);
        break;
    case ExportKind::Image:
        dialog = new ExportImageDialog(m_scene, exportView(), this);
        break;
    case ExportKind::Animation:
        // The whole period as a first suggestion: an animation tells the story from its start.
        dialog = new ExportAnimationDialog(m_scene, exportView(), m_timeline->start(), m_timeline->end(), this);
        break;
    case ExportKind::Package:
        dialog = new ExportPackageDialog(m_study, this);
        break;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::openDatabaseDialog()
{
    OpenDatabaseDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedAddress().isEmpty())
        openPackage(dialog.selectedAddress());
}

void MainWindow::openPackedDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Case Study GeoPackage"), QString(),
                                                      tr("Packed case studies (*.gpkg)"));
    if (!path.isEmpty())
        openPackage(path);
}

bool MainWindow::openPackage(const QString &path, std::optional<TimePoint> at)
{
    if (!m_editMode->confirmLeave())
        return false;
    // Load off the UI thread: a large package takes seconds, and the window must stay alive.
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto progress = std::make_shared<std::atomic<int>>(0);
    // A database address is named by its schema (never with its password).
    const auto address = postgis::PgUri::isPgUri(path) ? postgis::PgUri::parse(path) : Result<postgis::PgUri>(Error());
    QProgressDialog dialog(tr("Loading %1…").arg(address ? address->schema() : QDir(path).dirName()), tr("Cancel"), 0, 100, this);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    // The dialog is modal, so the window's own Quit shortcut cannot reach it: Ctrl+Q quits here too.
    auto *quit = new QShortcut(QKeySequence::Quit, &dialog);
    connect(quit, &QShortcut::activated, this, &QWidget::close);
    struct Loaded
    {
        DatasetPackage::LoadResult result;
        std::shared_ptr<const SpatialFacts> facts;
        ErrorList analysisWarnings;
        std::optional<DatabaseView::Opening> database;   // a pg: study: how it opened
    };
    QFutureWatcher<Loaded> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    // Cancel gives the window back at once: the load is told to stop (the layer reader polls it
    // every few hundred features) and ends on its own thread, its result dropped.
    connect(&dialog, &QProgressDialog::canceled, this, [cancel, &loop] {
        *cancel = true;
        loop.quit();
    });
    QTimer poll;
    connect(&poll, &QTimer::timeout, &dialog, [&] { dialog.setValue(progress->load()); });
    poll.start(50);
    DatasetPackage::LoadControl control;
    control.progress = [progress](int done, int total) { *progress = done * 100 / std::max(1, total); };
    control.cancelled = [cancel] { return cancel->load(); };
    saveStudySettings();   // the view of a study opened by view, if it is opened again now
    const qint64 byViewAbove = m_openByViewAbove;
    const QSize viewSize = m_canvas->size();
    const QVariantList saved = address ? QSettings().value(byViewKey(path)).toList() : QVariantList();
    const BoundingBox lastView = saved.size() == 4 ? BoundingBox{saved[0].toDouble(), saved[1].toDouble(), saved[2].toDouble(), saved[3].toDouble()}
                                                   : BoundingBox();
    watcher.setFuture(QtConcurrent::run([path, control, byViewAbove, viewSize, lastView] {
        Loaded loaded;
        // A large case study in a database is read by view (its size asked first); a small one
        // is pulled whole into the cache and loaded from there, as every package is.
        if (const auto uri = postgis::PgUri::isPgUri(path) ? postgis::PgUri::parse(path) : Result<postgis::PgUri>(Error()); uri) {
            auto opening = DatabaseView::open(*uri, byViewAbove, viewSize, lastView);
            if (!opening) {
                loaded.result.problems << opening.error();
                return loaded;
            }
            loaded.database = std::move(*opening);
            if (loaded.database->read) {
                loaded.result.study = loaded.database->read->study;
                loaded.result.problems = loaded.database->read->problems;
                return loaded;   // the facts follow the first frame, for the part read
            }
        }
        loaded.result = DatasetPackage::load(path, control);
        // What does not change with time, for the chart and the front lines: once, here, for a
        // study small enough that it costs less than the wait is noticed (milliseconds for the
        // bundled ones), so its analysis warnings join the load's problems. A larger one is shown
        // first and gets them after (buildSpatialFactsLater): 100,000 features take seconds.
        if (loaded.result.study && !control.cancelled() && loaded.result.study->model.features().size() <= kFactsWithLoadUpTo)
            loaded.facts = std::make_shared<const SpatialFacts>(SpatialFacts::build(*loaded.result.study, loaded.analysisWarnings));
        return loaded;
    }));
    m_loading = LoadInProgress{cancel, &loop};
    loop.exec();
    m_loading.reset();
    poll.stop();
    dialog.reset();
    if (cancel->load() && !m_quitAfterLoad) {
        statusBar()->showMessage(tr("Loading cancelled"), 5000);
        return false;
    }
    Loaded loaded = watcher.result();
    DatasetPackage::LoadResult &result = loaded.result;

    if (m_quitAfterLoad) {   // the window was closed while loading: nothing more to show
        if (m_forceQuit)
            m_forceQuit->stop();   // the load stopped in time: quit the ordinary way
        QCoreApplication::quit();
        return false;
    }
    // Geometry the analyses had to leave out (an outline crossing itself) is listed with the
    // package's problems: the map draws it, but areas and the index do not count it.
    const ErrorList problems = result.problems + loaded.analysisWarnings;
    if (!problems.isEmpty()) {
        if (m_problems)
            m_problems->close();
        m_problems = new ProblemsDialog(storedPath(path), problems, this);
        m_problems->setAttribute(Qt::WA_DeleteOnClose);
        m_problems->show();
    }
    if (!result.study)
        return false;
    delete m_byView;
    m_byView = nullptr;
    if (loaded.database && loaded.database->read) {
        m_byView = new DatabaseView(*address, *loaded.database, this);
        connect(m_byView, &DatabaseView::fetchingStarted, this, [this] { updateViewNote(); });
        connect(m_byView, &DatabaseView::fetched, this, [this](const postgis::ViewQueryResult &read) {
            swapStudy(read.study, true);
            updateViewNote();
        });
        connect(m_byView, &DatabaseView::failed, this, [this](const QString &message) { updateViewNote(message); });
    }
    showStudy(result.study, loaded.facts, path, at);
    updateViewNote();
    // Why a large case study was read whole. Said after the areas are computed when they are:
    // their own status message would replace it at once.
    const QString note = loaded.database ? loaded.database->note : QString();
    if (!m_facts)
        buildSpatialFactsLater(path, note);
    else if (!note.isEmpty())
        statusBar()->showMessage(note, kNoteMs);
    return true;
}

void MainWindow::buildSpatialFactsLater(const QString &path, const QString &note)
{
    struct Built
    {
        std::shared_ptr<const SpatialFacts> facts;
        ErrorList warnings;
    };
    const int generation = m_studyGeneration;
    statusBar()->showMessage(tr("Computing areas and borders for the chart and the front lines…"));
    auto *watcher = new QFutureWatcher<Built>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, path, note] {
        watcher->deleteLater();
        if (generation != m_studyGeneration)
            return;   // another case study was opened meanwhile
        Built built = watcher->result();
        m_facts = std::move(built.facts);
        m_chart->setStudy(m_study.get(), m_facts.get());
        updateFrontLines();
        if (note.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(note, kNoteMs);
        if (!built.warnings.isEmpty()) {
            if (m_problems)
                m_problems->close();
            m_problems = new ProblemsDialog(storedPath(path), built.warnings, this);
            m_problems->setAttribute(Qt::WA_DeleteOnClose);
            m_problems->show();
        }
    });
    watcher->setFuture(QtConcurrent::run([study = m_study] {
        Built built;
        built.facts = std::make_shared<const SpatialFacts>(SpatialFacts::build(*study, built.warnings));
        return built;
    }));
}

void MainWindow::showStudy(std::shared_ptr<const CaseStudy> study, std::shared_ptr<const SpatialFacts> facts,
                           const QString &path, std::optional<TimePoint> at)
{
    saveStudySettings();
    m_reportedProblems.clear();
    m_study = std::move(study);
    m_facts = std::move(facts);
    ++m_studyGeneration;
    // A database address is kept whole (its password too, for saving edits) while it is open.
    m_path = postgis::PgUri::isPgUri(path) ? path : QFileInfo(path).absoluteFilePath();
    m_scene = std::make_shared<MapScene>(m_study);
    const PackageManifest &m = m_study->manifest;
    // [*]: a star while edit mode has unsaved edits.
    setWindowTitle(tr("%1[*] — Dual Power Atlas").arg(m.title.text()));

    m_canvas->setScene(m_scene);
    for (QAction *action : std::as_const(m_exportActions))
        action->setEnabled(true);
    m_layers->setStudy(m_study.get());
    m_legend->setStudy(m_study.get());
    m_search->setStudy(m_study.get());
    m_events->setStudy(m_study.get());
    m_inspector->setStudy(m_study.get());
    m_chart->setStudy(m_study.get(), m_facts.get());

    QSettings settings;
    const QVariant savedOpacity = settings.value(mapOpacityKey(m.id));
    if (savedOpacity.isValid() && !m_study->periodMaps.empty()) {
        m_layers->tree()->setCurrentItem(m_layers->tree()->topLevelItem(1)->child(0));
        m_layers->setOpacityOfCurrent(savedOpacity.toInt());
    }
    m_canvas->setLayerDisplay(m_layers->layerDisplay(), m_layers->layerOrder());
    m_canvas->setPeriodMapDisplay(m_layers->periodMapDisplay());

    // The timeline is moved to the new period with its signals blocked: clamping the old time
    // into the new period would otherwise announce a time to panels that still hold the old,
    // freed study (the crash on switching between case studies with disjoint periods). Every
    // panel gets the new study first, then hears the new time once.
    const QVariant saved = settings.value(timeKey(m.id));
    const TimePoint t = at ? *at : saved.isValid() ? saved.toLongLong() : m_study->defaultTime();
    m_timeline->pause();   // heard: the play button must show it
    {
        const QSignalBlocker quiet(m_timeline);
        m_timeline->setCalendar(m.displayCalendars.first());
        m_timeline->setPeriod(m.period.from() + 12 * 60, m.period.to() - 12 * 60);
        m_timeline->setChangePoints(m_study->index.changePoints());
        m_timeline->setTime(t);
    }
    m_timelinePanel->setStudy(m_study.get());   // shows the new time
    // A study opened by view shows the view it was read for (where it was left, or whole).
    m_canvas->setExtent(m_byView ? m_byView->openedView() : actionExtent(*m_scene, m_timeline->time()));
    onTimeChanged(m_timeline->time());
    rememberRecent(storedPath(m_path));
    settings.setValue(QStringLiteral("lastPackage"), storedPath(m_path));
    m_editMode->packageOpened();
}

void MainWindow::replaceStudy(std::shared_ptr<const CaseStudy> study)
{
    // The layers are the ones already shown (only the tables were edited), so the spatial facts
    // and the layer panel's settings still hold.
    swapStudy(std::move(study), false);
}

void MainWindow::swapStudy(std::shared_ptr<const CaseStudy> study, bool keepFrame)
{
    // Every panel that reads claims or events gets the new study before the old one is freed.
    const BoundingBox extent = m_canvas->view().extent;
    const int inspected = m_inspector->feature();
    const std::optional<FeatureKey> inspectedKey = m_study && inspected >= 0 && size_t(inspected) < m_study->model.features().size()
                                                       ? std::optional<FeatureKey>(m_study->model.features()[size_t(inspected)])
                                                       : std::nullopt;
    const std::shared_ptr<const CaseStudy> old = std::exchange(m_study, std::move(study));
    m_scene = std::make_shared<MapScene>(m_study);
    if (keepFrame) {
        // Other features: the facts of the old read no longer hold (ones still being worked out
        // for it are dropped by the generation), and are worked out for this one.
        ++m_studyGeneration;
        m_facts.reset();
        m_canvas->replaceScene(m_scene);
    } else {
        m_canvas->setScene(m_scene);
        m_canvas->setLayerDisplay(m_layers->layerDisplay(), m_layers->layerOrder());
        m_canvas->setPeriodMapDisplay(m_layers->periodMapDisplay());
        if (extent.isValid())
            m_canvas->setExtent(extent);
    }
    m_legend->setStudy(m_study.get());
    m_search->setStudy(m_study.get());
    m_events->setStudy(m_study.get());
    m_inspector->setStudy(m_study.get());
    m_inspector->setFeature(inspectedKey ? m_study->model.featureIndex(*inspectedKey) : -1);
    m_chart->setStudy(m_study.get(), m_facts.get());
    {
        const QSignalBlocker quiet(m_timeline);
        m_timeline->setChangePoints(m_study->index.changePoints());
    }
    m_timelinePanel->setStudy(m_study.get());
    onTimeChanged(m_timeline->time());
    if (keepFrame)
        buildSpatialFactsLater(m_path);
}

void MainWindow::followView()
{
    if (!m_byView)
        return;
    MapView view = m_canvas->view();
    view.size = m_canvas->size();   // the view's own is set when it is next drawn
    m_byView->follow(view);
}

void MainWindow::updateViewNote(const QString &problem)
{
    m_viewNote->setVisible(m_byView);
    if (!m_byView)
        return;
    QString text = tr("Showing the %L1 features in view of about %L2, read from the database").arg(m_byView->shownFeatures()).arg(m_byView->totalFeatures());
    if (m_byView->isFetching())
        text = tr("Reading the features in view from the database…");
    if (!problem.isEmpty()) {
        text = tr("Cannot read the features in view from the database: %1").arg(problem);
        statusBar()->showMessage(text, 15000);
    }
    m_viewNote->setText(text);
    m_viewNote->setToolTip(tr("This case study has more than %L1 features, so only those in and around the view are read from the "
                              "database, again as the view moves. The legend, the chart, the search, the events' features and "
                              "the timeline speak of these features only.").arg(m_openByViewAbove));
}

bool MainWindow::raisePanel(const QString &name)
{
    const QString object = name + QStringLiteral("Dock");
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        if (dock->objectName() == object) {
            dock->show();
            dock->raise();
            return true;
        }
    }
    return false;
}

void MainWindow::setFrontLinesVisible(bool visible)
{
    m_showFronts = visible;
    if (m_frontsAction && m_frontsAction->isChecked() != visible)
        m_frontsAction->setChecked(visible);
    updateFrontLines();
}

void MainWindow::updateFrontLines()
{
    std::vector<Ring> lines;
    if (m_showFronts && m_study && m_facts)
        for (const auto &front : analysis::fronts(*m_study, *m_facts, m_timeline->time()))
            lines.insert(lines.end(), front.geometry.lines.begin(), front.geometry.lines.end());
    m_canvas->setFrontLines(std::move(lines));
}

void MainWindow::onTimeChanged(TimePoint t)
{
    m_canvas->setTime(t);
    m_chart->setTime(t);
    updateFrontLines();
    m_inspector->setTime(t);
    m_events->followTime(t);
    m_legend->setTime(t);
}

void MainWindow::showCursor(QPointF world)
{
    if (!m_study)
        return;
    static thread_local std::optional<CoordinateTransform> toLonLat;
    if (!toLonLat || !(toLonLat->source() == m_study->manifest.crs)) {
        auto t = CoordinateTransform::create(m_study->manifest.crs, Crs::wgs84());
        if (!t)
            return;
        toLonLat.emplace(std::move(*t));
    }
    const QPointF ll = toLonLat->transform(world);
    m_coordinates->setText(tr("%1° %2, %3° %4  |  %5: %6, %7")
                               .arg(std::abs(ll.y()), 0, 'f', 5).arg(ll.y() >= 0 ? tr("N") : tr("S"))
                               .arg(std::abs(ll.x()), 0, 'f', 5).arg(ll.x() >= 0 ? tr("E") : tr("W"))
                               .arg(m_study->manifest.crs.authorityId().isEmpty() ? m_study->manifest.crs.name()
                                                                                   : m_study->manifest.crs.authorityId())
                               .arg(world.x(), 0, 'f', 0).arg(world.y(), 0, 'f', 0));
}

void MainWindow::goToEvent(int eventIndex)
{
    if (!m_study || eventIndex < 0 || size_t(eventIndex) >= m_study->model.events().size())
        return;
    const Event &e = m_study->model.events()[size_t(eventIndex)];
    const TimePoint from = e.when.from();
    m_timeline->setTime(calendar::minuteOfDay(from) == 0 ? calendar::timePoint(calendar::julianDayOf(from), 12 * 60) : from);
    std::vector<int> features;
    for (const FeatureKey &key : e.features)
        if (const int f = m_study->model.featureIndex(key); f >= 0)
            features.push_back(f);
    m_canvas->showFeatures(features);
}

void MainWindow::showReadingGuide()
{
    ReadingGuideDialog guide(m_study.get(), this);
    guide.exec();
}

void MainWindow::showHover(int feature)
{
    if (!m_study || feature < 0) {
        m_hover->clear();
        return;
    }
    const CaseFeature *f = m_study->feature(feature);
    const FeatureState s = m_study->index.stateOf(feature, m_timeline->time());
    const QString language = MultilingualText::preferredLanguage();
    const QString present = StateSummary::presence(*m_study, s, language);
    const QString text = QStringLiteral("%1 — %2%3").arg(f->name.text(), StateSummary::sentence(*m_study, s, language),
                                                         present.isEmpty() ? QString() : QStringLiteral("; ") + present);
    m_hover->setText(m_hover->fontMetrics().elidedText(text, Qt::ElideRight, std::max(40, m_hover->width())));
    m_hover->setToolTip(text);
}

void MainWindow::openCaseStudyDialog()
{
    OpenCaseStudyDialog dialog(m_path, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedPath().isEmpty())
        openPackage(dialog.selectedPath());
}

void MainWindow::openFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Case Study Folder"));
    if (!dir.isEmpty())
        openPackage(dir);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recent"), recent);
    // Titles beside the paths, so the menu names case studies as people know them.
    QVariantMap titles = settings.value(QStringLiteral("recentTitles")).toMap();
    if (m_study && path == storedPath(m_path))
        titles.insert(path, m_study->manifest.title.text());
    for (const QString &known : titles.keys())
        if (!recent.contains(known))
            titles.remove(known);
    settings.setValue(QStringLiteral("recentTitles"), titles);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recent")).toStringList();
    const QVariantMap titles = QSettings().value(QStringLiteral("recentTitles")).toMap();
    for (const QString &path : recent) {
        const QString title = titles.value(path).toString();
        QString text = title.isEmpty() ? path : tr("%1 (%2)").arg(title, QFileInfo(path).fileName());
        text.replace(QLatin1Char('&'), QLatin1String("&&"));   // not a shortcut marker
        QAction *action = m_recentMenu->addAction(text, this, [this, path] { openPackage(path); });
        action->setToolTip(path);
    }
    m_recentMenu->setToolTipsVisible(true);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

QString MainWindow::lastPackagePath()
{
    return QSettings().value(QStringLiteral("lastPackage")).toString();
}

void MainWindow::saveStudySettings()
{
    if (!m_study)
        return;
    // A thumbnail of the map as left, for File > Open Case Study.
    const QString thumbnail = OpenCaseStudyDialog::thumbnailPath(m_path);
    if (QDir().mkpath(QFileInfo(thumbnail).absolutePath()) && !m_canvas->size().isEmpty())
        m_canvas->frame().scaled(OpenCaseStudyDialog::thumbnailSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation).save(thumbnail);
    QSettings settings;
    settings.setValue(timeKey(m_study->manifest.id), m_timeline->time());
    // Only for the study shown by view: while another opens, m_byView is already the new one's.
    if (m_byView && byViewKey(m_path) == DatabaseView::lastViewKey(m_byView->uri())) {
        const BoundingBox e = m_canvas->view().extent;
        settings.setValue(byViewKey(m_path), QVariantList{e.xMin, e.yMin, e.xMax, e.yMax});
    }
    const auto maps = m_layers->periodMapDisplay();
    if (!maps.empty())
        settings.setValue(mapOpacityKey(m_study->manifest.id), int(std::lround(maps.front().opacity * 100)));
}

bool MainWindow::applyLanguage(const QString &code)
{
    const bool ok = Language::install(code);
    const QString installed = Language::current();
    // Numbers Qt formats itself (the scale's "1:%L1", spin boxes) as our own are written.
    QLocale::setDefault(datetext::numberLocale());
    // Arabic lays out the whole application right to left: menus, docks, dialogs.
    QGuiApplication::setLayoutDirection(Language::isRightToLeft(installed) ? Qt::RightToLeft : Qt::LeftToRight);
    return ok;
}

template <class T>
T *MainWindow::keepText(T *target, const char *source)
{
    QAction *action = nullptr;
    if constexpr (std::is_same_v<T, QMenu>)
        action = target->menuAction();
    else
        action = target;
    m_keptTexts.append({action, source});
    action->setText(tr(source));
    return target;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    for (const auto &[action, source] : std::as_const(m_keptTexts))
        if (action)
            action->setText(tr(source));
    for (const auto &[dock, source] : std::as_const(m_keptTitles))
        if (dock)
            dock->setWindowTitle(tr(source));
    if (m_languageMenu)
        for (QAction *action : m_languageMenu->actions())
            action->setChecked(action->data().toString() == Language::current());
    // The case study's names and titles in the chosen language where the package has them.
    m_canvas->setLanguage(MultilingualText::preferredLanguage());
    m_legend->setLanguage(MultilingualText::preferredLanguage());
    if (m_study)
        setWindowTitle(tr("%1[*] — Dual Power Atlas").arg(m_study->manifest.title.text()));
    else
        setWindowTitle(tr("Dual Power Atlas"));
    if (m_recentMenu)
        updateRecentMenu();
    // The scale's digits grouped the new language's way (1:25,000, 1:25 000); the hover and
    // cursor texts follow at the pointer's next move.
    if (!m_scale->text().isEmpty())
        m_scale->setText(tr("1:%L1").arg(qint64(std::lround(m_canvas->scaleDenominator()))));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_loading && !m_editMode->confirmLeave(EditMode::Leaving::Closing)) {
        event->ignore();
        return;
    }
    if (m_loading) {
        // Quitting while a case study loads: the load is told to stop, and the app quits when
        // it has; a load stuck in a single long step (a huge layer) does not hold the app
        // hostage: after a few seconds it exits anyway, settings saved (the load only reads).
        *m_loading->cancel = true;
        m_quitAfterLoad = true;
        saveWindowSettings();
        m_forceQuit = new QTimer(this);
        m_forceQuit->setSingleShot(true);
        connect(m_forceQuit, &QTimer::timeout, qApp, [] {
            QSettings().sync();
            std::_Exit(0);
        });
        m_forceQuit->start(4000);
        event->accept();
        return;
    }
    saveStudySettings();
    saveWindowSettings();
    event->accept();
}

void MainWindow::saveWindowSettings()
{
    QSettings settings;
    // The placement of the normal (not maximized) window, so un-maximizing later restores it.
    const QRect normal = isMaximized() ? normalGeometry() : QRect(pos(), size());
    settings.setValue(QStringLiteral("window/placement"), normal);
    settings.setValue(QStringLiteral("window/maximized"), isMaximized());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

} // namespace dpa
