#pragma once

#include "package/edit/editabletables.h"

#include <QHash>
#include <QObject>

#include <array>
#include <functional>
#include <memory>

class QUndoStack;

namespace dpa {

class EditTableModel;

// One package's tables open for editing: the tables, their models and the one undo stack
// every edit goes through. Lives from Edit > Edit Case Study until another package is opened or
// the window closes, whether or not the editor is shown.
class EditSession : public QObject
{
    Q_OBJECT
public:
    EditSession(EditableTables tables, QObject *parent = nullptr);
    ~EditSession() override;

    EditableTables &tables() { return m_tables; }
    QUndoStack *undoStack() const { return m_undo; }
    // nullptr when the manifest names no such table.
    EditTableModel *model(EditableTables::Kind kind) const { return m_models[kind]; }
    // Unsaved edits (the undo stack is away from where it was last saved).
    bool isModified() const;

    // One claim row per feature, as one undo step. `cells` are by column name, without
    // layer and feature, which come from `features` ("layer", "feature" pairs).
    void appendClaims(const QList<std::pair<QString, QString>> &features, const QHash<QString, QString> &cells);
    void removeRows(EditableTables::Kind kind, QList<int> rows);
    void appendEmptyRow(EditableTables::Kind kind);

    // The tables hold edits not made in this session (recovered from an autosave): they are
    // unsaved, though there is nothing to undo.
    void markUnsaved();

    // Writes the changed tables atomically; nullopt on success.
    std::optional<Error> save();
    // What save() writes with instead of the package's files: a case study opened from
    // PostgreSQL saves into the database (postgis::PgTableSave). It marks the tables saved.
    using Saver = std::function<std::optional<Error>(EditableTables &)>;
    void setSaver(Saver saver) { m_saver = std::move(saver); }

signals:
    // After any edit, done, undone or redone.
    void edited();
    void modifiedChanged(bool modified);

private:
    EditableTables m_tables;
    QUndoStack *m_undo;
    std::array<EditTableModel *, EditableTables::kKinds> m_models{};
    Saver m_saver;
};

} // namespace dpa
