#pragma once

#include "package/postgis/pgviewquery.h"
#include "view/mapview.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>
#include <optional>

namespace dpa {

// A case study in PostgreSQL opened "by view": too large to pull whole (pgviewplan.h), so only
// the features meeting the map's view, with a margin, are read (pgviewquery.h). Follows the map:
// a view the last read does not cover (panned or zoomed out beyond its margin, or zoomed in past
// its level of detail) is read again on a worker thread, a moment after the view stops moving,
// and handed over as a new study; the map keeps its old frame meanwhile. One read at a time:
// views asked for during a read are not queued, the latest is read next.
class DatabaseView : public QObject
{
    Q_OBJECT
public:
    // How a pg: case study opens, worked out on the loading thread: by view when it has more
    // feature rows than `openByViewAbove` (the first read made here, in a window of `viewSize`,
    // of `lastView` where the user left it when it meets the study, else of its whole extent),
    // else whole (`read` empty; `note` says why when it is large).
    struct Opening
    {
        std::optional<postgis::ViewQueryResult> read;
        qint64 totalFeatures = 0;
        BoundingBox wholeExtent;
        BoundingBox view;   // the extent the first read was made for
        std::shared_ptr<QTemporaryDir> periodMaps;
        QString note;
    };
    static Result<Opening> open(const postgis::PgUri &uri, qint64 openByViewAbove, QSize viewSize, const BoundingBox &lastView);

    // `opening` has the read the case study was opened with; its folder of period maps is kept
    // as long as this is.
    DatabaseView(postgis::PgUri uri, const Opening &opening, QObject *parent = nullptr);
    ~DatabaseView() override;

    // The settings key under which the view the case study at `uri` was left is kept: a hash of
    // its address without the password. The address itself would not do: its slashes (a URI,
    // a socket's folder) nest QSettings groups, and a password must never reach the settings file.
    static QString lastViewKey(const postgis::PgUri &uri);

    // The read for `view` (what the first one is made with, too).
    static postgis::ViewQuery queryFor(const MapView &view, qint64 totalFeatures, const BoundingBox &wholeExtent);

    const postgis::PgUri &uri() const { return m_uri; }
    qint64 totalFeatures() const { return m_total; }
    const BoundingBox &openedView() const { return m_openedView; }
    qint64 shownFeatures() const { return m_last.features; }
    bool isFetching() const { return m_running; }
    // Reads `view` later unless what was read covers it.
    void follow(const MapView &view);

signals:
    void fetchingStarted();
    void fetched(const dpa::postgis::ViewQueryResult &result);
    void failed(const QString &message);

private:
    void start();
    void finish();

    postgis::PgUri m_uri;
    qint64 m_total = 0;
    BoundingBox m_whole, m_openedView;
    std::shared_ptr<QTemporaryDir> m_periodMaps;
    postgis::ViewQueryResult m_last;   // its box and tolerance: what is shown (study dropped)
    MapView m_wanted;
    bool m_pending = false, m_running = false;
    QTimer m_settle;
    QFutureWatcher<Result<postgis::ViewQueryResult>> m_job;
};

} // namespace dpa
