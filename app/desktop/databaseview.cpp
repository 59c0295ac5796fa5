#include "databaseview.h"
#include "package/postgis/pgstudysize.h"
#include "package/postgis/pgviewplan.h"

#include <QCryptographicHash>
#include <QtConcurrent>

namespace dpa {
namespace {
// A drag or a wheel sends views every few milliseconds: the read waits for the view to rest
// this long, so a pan across the study is one query, not fifty.
constexpr int kSettleMs = 250;

double pixelSizeOf(const MapView &view)
{
    return view.size.width() > 0 ? view.fittedExtent().width() / view.size.width() : 0;
}
} // namespace

DatabaseView::DatabaseView(postgis::PgUri uri, const Opening &opening, QObject *parent)
    : QObject(parent), m_uri(std::move(uri)), m_total(opening.totalFeatures), m_whole(opening.wholeExtent),
      m_openedView(opening.view), m_periodMaps(opening.periodMaps)
{
    if (opening.read) {
        m_last.box = opening.read->box;
        m_last.tolerance = opening.read->tolerance;
        m_last.features = opening.read->features;
    }
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &DatabaseView::start);
    connect(&m_job, &QFutureWatcherBase::finished, this, &DatabaseView::finish);
}

DatabaseView::~DatabaseView()
{
    // The worker writes period maps into the folder this owns: it ends before the folder goes.
    m_job.waitForFinished();
}

Result<DatabaseView::Opening> DatabaseView::open(const postgis::PgUri &uri, qint64 openByViewAbove, QSize viewSize,
                                                 const BoundingBox &lastView)
{
    auto size = postgis::studySize(uri);
    if (!size)
        return size.error();
    Opening opening;
    opening.totalFeatures = size->featureRows;
    opening.wholeExtent = size->extent;
    if (size->featureRows <= openByViewAbove)
        return opening;
    const QString readWhole = tr("%1 has %L2 features, but was pushed before the database kept the look-ups a view is read with: "
                                 "it is read whole. Push it again (dpatlas-cli push --replace) to open it by view.")
                                  .arg(uri.schema()).arg(size->featureRows);
    if (!size->timeIndexed || !size->extent.isValid()) {
        opening.note = readWhole;
        return opening;
    }
    MapView whole;
    whole.size = viewSize.isEmpty() ? QSize(1920, 1080) : viewSize;
    const BoundingBox &e = size->extent;
    const bool meets = lastView.isValid() && lastView.xMin < e.xMax && e.xMin < lastView.xMax && lastView.yMin < e.yMax && e.yMin < lastView.yMax;
    whole.extent = meets ? lastView : e.grown(0.03);   // as the map frames a whole case study
    whole.extent = whole.fittedExtent();
    opening.view = whole.extent;
    postgis::ViewQuery query = queryFor(whole, size->featureRows, size->extent);
    opening.periodMaps = std::make_shared<QTemporaryDir>();
    if (!opening.periodMaps->isValid())
        return Error::plain(tr("cannot make a temporary folder for the period maps: %1").arg(opening.periodMaps->errorString()));
    query.periodMapFolder = opening.periodMaps->path();
    auto read = postgis::queryView(uri, query);
    if (!read)
        return read.error();
    if (read->indexed)
        opening.read = std::move(*read);
    else
        opening.note = readWhole;   // pushed again by an older version between the two reads
    return opening;
}

QString DatabaseView::lastViewKey(const postgis::PgUri &uri)
{
    const QByteArray hash = QCryptographicHash::hash(uri.redacted().toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("byViewExtent/") + QString::fromLatin1(hash.left(24));
}

postgis::ViewQuery DatabaseView::queryFor(const MapView &view, qint64 totalFeatures, const BoundingBox &wholeExtent)
{
    return postgis::viewplan::queryFor(view.fittedExtent(), pixelSizeOf(view), totalFeatures, wholeExtent);
}

void DatabaseView::follow(const MapView &view)
{
    m_wanted = view;
    m_pending = !postgis::viewplan::covers(m_last, view.fittedExtent(), pixelSizeOf(view));
    if (m_pending && !m_running)
        m_settle.start();
}

void DatabaseView::start()
{
    if (m_running || !m_pending)
        return;
    m_pending = false;
    m_running = true;
    postgis::ViewQuery query = queryFor(m_wanted, m_total, m_whole);
    query.periodMapFolder = m_periodMaps ? m_periodMaps->path() : QString();
    emit fetchingStarted();
    m_job.setFuture(QtConcurrent::run([uri = m_uri, query] { return postgis::queryView(uri, query); }));
}

void DatabaseView::finish()
{
    if (!m_running)
        return;   // the empty future set below reports itself finished too
    m_running = false;
    Result<postgis::ViewQueryResult> read = m_job.result();
    m_job.setFuture(QFuture<Result<postgis::ViewQueryResult>>());
    if (!read) {
        emit failed(read.error().toString());
    } else if (!read->indexed) {
        emit failed(tr("the case study in the database no longer has its time index (it was pushed again with an older "
                       "version?): open it again to read it whole"));
    } else {
        m_last.box = read->box;
        m_last.tolerance = read->tolerance;
        m_last.features = read->features;
        emit fetched(*read);
    }
    // The view moved on during the read: read where it is now, if that is still not covered. A
    // failed read is not tried again until the view moves (a server that is down would
    // otherwise be asked four times a second).
    if (m_pending)
        follow(m_wanted);
}

} // namespace dpa
