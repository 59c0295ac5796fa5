#pragma once

#include "package/edit/tableautosave.h"

#include <QObject>
#include <QTimer>

namespace dpa {

class EditSession;

// Autosaves an EditSession's unsaved edits every interval (60 s, or DPATLAS_AUTOSAVE_INTERVAL_MS)
// into its TableAutosave, so a crash or a killed process loses at most that much. Nothing is
// written while there is nothing unsaved, or nothing new since the last write; when the edits
// are saved (or undone back to the saved tables) the autosave is removed. Leaving the edits on
// purpose (Discard) calls discard(); the window being destroyed any other way leaves the autosave
// for the next opening of the package to offer.
class Autosave : public QObject
{
    Q_OBJECT
public:
    Autosave(EditSession *session, const QString &packageFolder, QObject *parent = nullptr);

    static int defaultIntervalMs();
    void setInterval(int ms) { m_timer.setInterval(ms); }
    int interval() const { return m_timer.interval(); }
    const TableAutosave &store() const { return m_store; }
    // The edits are thrown away: so is their autosave.
    void discard();

signals:
    // A write failed (a full disk, say); the message names the file. Edit mode shows it.
    void failed(const QString &message);

private:
    void write();

    EditSession *m_session;
    TableAutosave m_store;
    QTimer m_timer;
    bool m_pending = false;   // edits since the last write
};

} // namespace dpa
