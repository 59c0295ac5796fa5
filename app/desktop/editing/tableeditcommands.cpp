#include "editing/tableeditcommands.h"
#include "editing/edittablemodel.h"

#include <algorithm>

namespace dpa {

SetCellsCommand::SetCellsCommand(EditTableModel *model, QList<CellChange> changes, const QString &text)
    : QUndoCommand(text), m_model(model), m_changes(std::move(changes))
{
}

void SetCellsCommand::redo()
{
    for (const CellChange &c : std::as_const(m_changes))
        m_model->applyCell(c.row, c.column, c.after);
}

void SetCellsCommand::undo()
{
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
        m_model->applyCell(it->row, it->column, it->before);
}

AppendRowsCommand::AppendRowsCommand(EditTableModel *model, QList<QHash<QString, QString>> rows, const QString &text)
    : QUndoCommand(text), m_model(model), m_rows(std::move(rows))
{
}

void AppendRowsCommand::redo()
{
    m_addedColumns.clear();
    for (const auto &row : std::as_const(m_rows))
        for (auto it = row.cbegin(); it != row.cend(); ++it)
            if (!it.value().isEmpty() && m_model->table().column(it.key()) < 0 && !m_addedColumns.contains(it.key()))
                m_addedColumns << it.key();
    for (const QString &column : std::as_const(m_addedColumns))
        m_model->applyAppendColumn(column);
    m_firstRow = m_model->table().rowCount();
    const QStringList header = m_model->table().header();
    for (const auto &row : std::as_const(m_rows)) {
        QStringList cells;
        for (const QString &column : header)
            cells << row.value(column);
        m_model->applyInsert(m_model->table().rowCount(), cells);
    }
}

void AppendRowsCommand::undo()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_model->applyTake(m_model->table().rowCount() - 1);
    for (qsizetype i = 0; i < m_addedColumns.size(); ++i)
        m_model->applyRemoveLastColumn();
}

RemoveRowsCommand::RemoveRowsCommand(EditTableModel *model, QList<int> rows, const QString &text)
    : QUndoCommand(text), m_model(model), m_rows(std::move(rows))
{
    std::sort(m_rows.begin(), m_rows.end());
    m_rows.erase(std::unique(m_rows.begin(), m_rows.end()), m_rows.end());
}

void RemoveRowsCommand::redo()
{
    // From the bottom up, so the rows still to remove keep their numbers.
    m_removed.clear();
    m_removedRaw.clear();
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it) {
        QByteArray raw;
        m_removed.prepend(m_model->applyTake(*it, &raw));
        m_removedRaw.prepend(raw);
    }
}

void RemoveRowsCommand::undo()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_model->applyInsert(m_rows[i], m_removed[i], m_removedRaw[i]);
}

} // namespace dpa
