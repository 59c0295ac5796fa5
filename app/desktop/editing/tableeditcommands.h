#pragma once

#include <QList>
#include <QStringList>
#include <QUndoCommand>

namespace dpa {

class EditTableModel;

// The edits of edit mode, each undoable as one step however many rows it touches.

struct CellChange
{
    int row = 0, column = 0;
    QString before, after;
};

class SetCellsCommand : public QUndoCommand
{
public:
    SetCellsCommand(EditTableModel *model, QList<CellChange> changes, const QString &text);
    void redo() override;
    void undo() override;

private:
    EditTableModel *m_model;
    QList<CellChange> m_changes;
};

// Rows added at the end of the table (where a diff shows them best). `rows` name their cells by
// column; a column the table lacks (a first "share") is added with them and removed on undo.
class AppendRowsCommand : public QUndoCommand
{
public:
    AppendRowsCommand(EditTableModel *model, QList<QHash<QString, QString>> rows, const QString &text);
    void redo() override;
    void undo() override;
    int firstRow() const { return m_firstRow; }

private:
    EditTableModel *m_model;
    QList<QHash<QString, QString>> m_rows;
    QStringList m_addedColumns;
    int m_firstRow = -1;
};

class RemoveRowsCommand : public QUndoCommand
{
public:
    RemoveRowsCommand(EditTableModel *model, QList<int> rows, const QString &text);
    void redo() override;
    void undo() override;

private:
    EditTableModel *m_model;
    QList<int> m_rows;   // ascending
    QList<QStringList> m_removed;
    QList<QByteArray> m_removedRaw;
};

} // namespace dpa
