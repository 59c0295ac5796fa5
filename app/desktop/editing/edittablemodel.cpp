#include "editing/edittablemodel.h"
#include "editing/tableeditcommands.h"
#include "time/dateinterval.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QUndoStack>

namespace dpa {
namespace {
// Pale enough that black text keeps its contrast (above 12:1 on both).
const QColor kInForce(0xfff1c2);
const QColor kProblem(0xf9d6d5);
} // namespace

EditTableModel::EditTableModel(EditableTable *table, QUndoStack *undo, QObject *parent)
    : QAbstractTableModel(parent), m_table(table), m_undo(undo)
{
}

int EditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table->rowCount();
}

int EditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table->columnCount();
}

QVariant EditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return m_table->cell(row, index.column());
    case Qt::BackgroundRole:
        if (m_problems.contains(row))
            return QBrush(kProblem);
        if (isInForce(row))
            return QBrush(kInForce);
        return {};
    case Qt::ForegroundRole:
        if (m_problems.contains(row) || isInForce(row))
            return QBrush(Qt::black);   // the tints are light whatever the palette
        return {};
    case Qt::ToolTipRole:
        if (m_problems.contains(row))
            return m_problems.value(row);
        return {};
    default:
        return {};
    }
}

QVariant EditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_table->header().value(section);
    const std::vector<int> &lines = rowLines();
    return section >= 0 && size_t(section) < lines.size() ? QVariant(lines[size_t(section)]) : QVariant();
}

Qt::ItemFlags EditTableModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool EditTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const QString before = m_table->cell(index.row(), index.column());
    const QString after = value.toString();
    if (before == after)
        return false;
    m_undo->push(new SetCellsCommand(this, {{index.row(), index.column(), before, after}},
                                     tr("Edit %1 in %2").arg(m_table->header().value(index.column()), m_table->fileName())));
    return true;
}

void EditTableModel::setInForce(std::optional<TimePoint> t, Calendar calendar)
{
    if (t == m_inForceAt && calendar == m_calendar)
        return;
    m_inForceAt = t;
    m_calendar = calendar;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole, Qt::ForegroundRole});
}

bool EditTableModel::isInForce(int row) const
{
    if (!m_inForceAt)
        return false;
    // The same reading of the cells as the package's loader, so a tinted row is one the map
    // counts on that date (a row whose dates do not parse is never tinted: validation names it).
    if (m_table->column(QStringLiteral("start")) >= 0) {
        const auto interval = DateInterval::parse(m_table->cell(row, QStringLiteral("start")).trimmed(),
                                                  m_table->cell(row, QStringLiteral("end")).trimmed(), m_calendar);
        return interval && interval->contains(*m_inForceAt);
    }
    if (m_table->column(QStringLiteral("date")) >= 0) {
        const auto interval = DateInterval::parse(m_table->cell(row, QStringLiteral("date")).trimmed(), m_calendar);
        return interval && interval->contains(*m_inForceAt);
    }
    return false;
}

void EditTableModel::setProblems(QHash<int, QString> rowProblems)
{
    if (rowProblems == m_problems)
        return;
    m_problems = std::move(rowProblems);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole, Qt::ToolTipRole});
}

void EditTableModel::applyCell(int row, int column, const QString &text)
{
    m_table->setCell(row, column, text);
    const QModelIndex i = index(row, column);
    emit dataChanged(i, i, {Qt::DisplayRole, Qt::EditRole});
    changed();
}

void EditTableModel::applyInsert(int at, const QStringList &cells, const QByteArray &raw)
{
    beginInsertRows({}, at, at);
    m_table->insertRow(at, cells, raw);
    endInsertRows();
    changed();
}

QStringList EditTableModel::applyTake(int row, QByteArray *raw)
{
    beginRemoveRows({}, row, row);
    QStringList cells = m_table->takeRow(row, raw);
    endRemoveRows();
    changed();
    return cells;
}

void EditTableModel::applyAppendColumn(const QString &name)
{
    beginInsertColumns({}, columnCount(), columnCount());
    m_table->appendColumn(name);
    endInsertColumns();
    changed();
}

void EditTableModel::applyRemoveLastColumn()
{
    beginRemoveColumns({}, columnCount() - 1, columnCount() - 1);
    m_table->removeLastColumn();
    endRemoveColumns();
    changed();
}

void EditTableModel::changed()
{
    m_rowLines.reset();
    // Problems name rows as they were when checked; the next check names them again.
    emit edited();
}

const std::vector<int> &EditTableModel::rowLines() const
{
    if (!m_rowLines)
        m_rowLines = m_table->text().rowLines;
    return *m_rowLines;
}

} // namespace dpa
