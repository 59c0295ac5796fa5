#pragma once

#include "package/edit/editabletables.h"

#include <QDateTime>

#include <optional>

namespace dpa {

// The unsaved edits of one package's tables, kept outside the package so that a crash loses at
// most the last minute of work: the changed tables and an autosave.json naming the package
// folder, when they were written, and the SHA-256 of every table's bytes on disk they were based
// on. It lives in the XDG state folder ($XDG_STATE_HOME, else ~/.local/state), under
// dpatlas/autosave/<hash of the package's absolute path>/: never inside the package, which may
// be under version control or read-only. Nothing here decides when to write or whether to
// recover; edit mode does.
class TableAutosave
{
public:
    explicit TableAutosave(const QString &packageFolder);

    // $XDG_STATE_HOME/dpatlas/autosave, or ~/.local/state/dpatlas/autosave.
    static QString root();
    const QString &folder() const { return m_folder; }
    bool exists() const;

    // Writes the modified tables (each whole, then autosave.json naming them, so a crash
    // mid-write leaves the previous autosave readable); with none modified there is nothing to
    // recover and the folder is removed. nullopt on success.
    std::optional<Error> write(const EditableTables &tables, const QDateTime &at = QDateTime::currentDateTimeUtc()) const;

    struct Found
    {
        QDateTime time;
        // The tables' files (as the manifest names them) whose bytes on disk are not the ones
        // the autosave was based on; empty when it can be applied.
        QStringList changedOnDisk;
    };
    // What the folder holds, compared with `tables` as just read from disk; nullopt when there
    // is no autosave for this package (or only an unreadable one, which is ignored).
    std::optional<Found> find(const EditableTables &tables) const;
    // Puts the autosaved tables' rows into `tables` as edits (see EditableTable::replaceText).
    // Only after find() said nothing changed on disk.
    std::optional<Error> apply(EditableTables &tables) const;

    // Removes the folder (after a save or a discard); true when none is left.
    bool remove() const;
    // Moves the folder aside to keepPath(), where it is no longer offered for recovery, for the
    // user to compare with the package by hand. nullopt on success.
    std::optional<Error> keep() const;
    QString keepPath() const { return m_keepPath; }

private:
    QString m_package, m_folder, m_keepPath;
};

} // namespace dpa
