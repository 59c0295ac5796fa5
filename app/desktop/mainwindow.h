#pragma once

#include "view/mapview.h"
#include "model/controltimeline.h"
#include "package/datasetpackage.h"
#include "dialogs/problemsdialog.h"
#include "analysis/spatialfacts.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <atomic>
#include <memory>
#include <optional>

class QDockWidget;
class QLabel;
class QMenu;
class QEventLoop;
class QTimer;

namespace dpa {

class ChartPanel;
class DatabaseView;
class EditMode;
class ExportJobDialog;
class EventsPanel;
class InspectorPanel;
class LayersPanel;
class LegendPanel;
class SearchField;
class MapCanvas;
class MapScene;
class TimelinePanel;

// The window: builds the widgets and connects them. The map, the time and the package logic
// live in layers/ and gis/; each action here is a few lines that call them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads a package folder off the UI thread with a progress dialog that can cancel it.
    // Returns once loading has finished; false when nothing could be loaded or it was cancelled.
    bool openPackage(const QString &path, std::optional<TimePoint> at = std::nullopt);

    const CaseStudy *study() const { return m_study.get(); }
    ControlTimeline *timeline() const { return m_timeline; }
    MapCanvas *canvas() const { return m_canvas; }
    TimelinePanel *timelinePanel() const { return m_timelinePanel; }
    LayersPanel *layersPanel() const { return m_layers; }
    InspectorPanel *inspector() const { return m_inspector; }
    LegendPanel *legend() const { return m_legend; }
    SearchField *searchField() const { return m_search; }
    EventsPanel *eventsPanel() const { return m_events; }
    ProblemsDialog *problemsDialog() const { return m_problems; }
    ChartPanel *chartPanel() const { return m_chart; }
    // The areas, neighbours and borders the chart and the front lines are computed from: built
    // with the load for a study of up to kFactsWithLoadUpTo features, after its first frame for a
    // larger one (see openPackage); null until then.
    const SpatialFacts *spatialFacts() const { return m_facts.get(); }
    static constexpr size_t kFactsWithLoadUpTo = 20000;
    void setFrontLinesVisible(bool visible);
    // View > Basemap…'s choice: applied to the map and saved (an empty url turns it off).
    void setBasemap(const TileBasemap &basemap);
    // Brings a side panel to the front: "events", "inspector" or "chart". False if unknown.
    bool raisePanel(const QString &name);

    static QString lastPackagePath();
    // The package folder (or .gpkg) shown, as opened.
    QString packagePath() const { return m_path; }
    // Edit mode: shows a newly checked version of the open case study (the same layers, edited
    // tables) keeping the view, the time, the layer settings and the inspected feature.
    void replaceStudy(std::shared_ptr<const CaseStudy> study);
    EditMode *editMode() const { return m_editMode; }
    // A case study in PostgreSQL larger than openByViewAbove() feature rows is opened by view:
    // only the features in the map's view are read, again as the view moves (DatabaseView).
    bool openedByView() const { return m_byView != nullptr; }
    DatabaseView *databaseView() const { return m_byView; }
    qint64 openByViewAbove() const { return m_openByViewAbove; }
    void setOpenByViewAbove(qint64 featureRows) { m_openByViewAbove = featureRows; }

    // File > Export…: opens the dialog (non-modal, deleted on close) and returns it, or nullptr
    // when no case study is open.
    enum class ExportKind { Layer, Timeline, Image, Animation, Package };
    ExportJobDialog *openExportDialog(ExportKind kind);
    MapView exportView() const;

    // Installs code's translations (see Language), sets the locale and, for Arabic, the
    // right-to-left layout of the whole application. Every window retranslates at once.
    static bool applyLanguage(const QString &code);
    QMenu *languageMenu() const { return m_languageMenu; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void reportRenderProblem(const QString &message);
    void zoomToPeriodMap(int index);
    void restoreWindowPlacement();
    void saveWindowSettings();
    void buildMenus();
    void buildDocks();
    void buildShortcuts();
    void showStudy(std::shared_ptr<const CaseStudy> study, std::shared_ptr<const SpatialFacts> facts,
                   const QString &path, std::optional<TimePoint> at);
    void openCaseStudyDialog();
    void openFolderDialog();
    void openPackedDialog();
    void openDatabaseDialog();
    void updateRecentMenu();
    void rememberRecent(const QString &path);
    void onTimeChanged(TimePoint t);
    void showCursor(QPointF world);
    void showHover(int feature);
    // Moves to an event's day and frames and outlines the features it touches.
    void goToEvent(int eventIndex);
    void showReadingGuide();
    void saveStudySettings();

    void updateFrontLines();
    // Shows another study of the same layers: an edit's (keepFrame false) or a new read of a
    // study opened by view (keepFrame true: the old frame stays until the new one is drawn).
    // The view, the time, the layer settings and the inspected feature (by its layer and id) stay.
    void swapStudy(std::shared_ptr<const CaseStudy> study, bool keepFrame);
    void followView();
    void updateViewNote(const QString &problem = {});
    DatabaseView *m_byView = nullptr;
    qint64 m_openByViewAbove;
    QLabel *m_viewNote = nullptr;
    // Texts set in code, set again in the new language by retranslateUi().
    void retranslateUi();
    template <class T> T *keepText(T *target, const char *source);   // a QAction or a QMenu
    QList<QPair<QPointer<QAction>, const char *>> m_keptTexts;
    QList<QPair<QPointer<QWidget>, const char *>> m_keptTitles;
    QMenu *m_languageMenu = nullptr;

    std::shared_ptr<const CaseStudy> m_study;
    std::shared_ptr<const SpatialFacts> m_facts;
    // Builds the facts on a worker, then shows `note` in the status bar if any (its "Computing…"
    // message would hide a note shown before it).
    void buildSpatialFactsLater(const QString &path, const QString &note = {});
    int m_studyGeneration = 0;   // counts showStudy(): late facts of a study no longer shown are dropped
    bool m_showFronts = false;
    QAction *m_frontsAction = nullptr;
    ChartPanel *m_chart = nullptr;
    std::shared_ptr<const MapScene> m_scene;
    QString m_path;
    // The load under way in openPackage(), which closing the window cancels.
    struct LoadInProgress
    {
        std::shared_ptr<std::atomic<bool>> cancel;
        QEventLoop *loop = nullptr;
    };
    std::optional<LoadInProgress> m_loading;
    bool m_quitAfterLoad = false;
    QTimer *m_forceQuit = nullptr;   // exits if a closed window's load will not stop
    TileBasemap m_basemap;                 // as chosen (the map may have dropped it this session)
    QSet<QString> m_reportedProblems;      // render problems already shown in the status bar
    ControlTimeline *m_timeline;
    MapCanvas *m_canvas;
    TimelinePanel *m_timelinePanel;
    LayersPanel *m_layers;
    LegendPanel *m_legend;
    SearchField *m_search = nullptr;
    EventsPanel *m_events;
    InspectorPanel *m_inspector;
    QDockWidget *m_inspectorDock = nullptr;
    QPointer<ProblemsDialog> m_problems;
    EditMode *m_editMode = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_exportActions;   // enabled once a case study is open
    QLabel *m_coordinates;
    QLabel *m_scale;
    QLabel *m_hover;
    QLabel *m_frameTime;
};

} // namespace dpa
