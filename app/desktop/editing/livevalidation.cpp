#include "editing/livevalidation.h"
#include "editing/editsession.h"

#include <QtConcurrent>

namespace dpa {

LiveValidation::LiveValidation(EditSession *session, const QString &packagePath, QObject *parent)
    : QObject(parent), m_session(session), m_packagePath(packagePath)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &LiveValidation::check);
    connect(session, &EditSession::edited, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &LiveValidation::finished);
}

LiveValidation::~LiveValidation()
{
    // The worker reads the scratch folder, which goes with this object.
    m_watcher.waitForFinished();
}

bool LiveValidation::isIdle() const
{
    return !m_running && !m_again && !m_debounce.isActive();
}

void LiveValidation::check()
{
    m_debounce.stop();
    if (m_running) {
        m_again = true;
        return;
    }
    Outcome outcome;
    // Written here, on the UI thread, while no check reads the folder: the tables are small next
    // to the layers the load reads, and the worker then never touches the editable tables.
    auto scratch = m_scratch.isValid() ? m_session->tables().writeScratch(m_scratch.path())
                                       : Result<EditableTables::Scratch>(Error::plain(m_scratch.errorString()));
    if (!scratch) {
        outcome.problems << scratch.error();
        m_last = outcome;
        emit checked(m_last);
        return;
    }
    outcome.texts = scratch->texts;
    m_running = true;
    DatasetPackage::LoadControl control;
    control.tableOverrides = scratch->overrides;
    m_watcher.setFuture(QtConcurrent::run([path = m_packagePath, control, outcome]() mutable {
        auto result = DatasetPackage::load(path, control);
        outcome.study = std::move(result.study);
        outcome.problems = std::move(result.problems);
        return outcome;
    }));
}

void LiveValidation::finished()
{
    m_running = false;
    m_last = m_watcher.result();
    if (m_again) {
        // The result is already stale: check the newest tables before showing anything, so the
        // map never steps back to an older edit.
        m_again = false;
        check();
        return;
    }
    emit checked(m_last);
}

} // namespace dpa
