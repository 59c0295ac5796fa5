#include "editing/autosave.h"
#include "editing/editsession.h"

namespace dpa {

Autosave::Autosave(EditSession *session, const QString &packageFolder, QObject *parent)
    : QObject(parent), m_session(session), m_store(packageFolder)
{
    m_timer.setInterval(defaultIntervalMs());
    connect(&m_timer, &QTimer::timeout, this, &Autosave::write);
    connect(session, &EditSession::edited, this, [this] {
        m_pending = true;
        // Counted from the first unsaved edit, not restarted by each one: typing steadily for
        // an hour must still be autosaved every interval.
        if (!m_timer.isActive())
            m_timer.start();
    });
    connect(session, &EditSession::modifiedChanged, this, [this](bool modified) {
        if (modified)
            return;
        // Saved, or undone back to what is on disk: nothing left to recover.
        m_timer.stop();
        m_pending = false;
        m_store.remove();
    });
}

int Autosave::defaultIntervalMs()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("DPATLAS_AUTOSAVE_INTERVAL_MS", &ok);
    return ok && ms > 0 ? ms : 60 * 1000;
}

void Autosave::discard()
{
    m_timer.stop();
    m_pending = false;
    m_store.remove();
}

void Autosave::write()
{
    if (!m_session->isModified()) {
        discard();
        return;
    }
    if (!m_pending)
        return;
    if (const auto error = m_store.write(m_session->tables())) {
        // Tried again at the next tick; the edits themselves are untouched.
        emit failed(error->toString());
        return;
    }
    m_pending = false;
}

} // namespace dpa
