#include "editing/edittablemodel.h"
#include "editing/tableeditcommands.h"
#include "time/dateinterval.h"

#include <QBrush>
#include <QCoreApplication>
#include <QColor>
#include <QFont>
#include <QUndoStack>

namespace dpa {
namespace {
// Pale enough that black text keeps its contrast (above 12:1 on both).
const QColor kInForce(0xfff1c2);
const QColor kProblem(0xf9d6d5);

// The columns of claims.csv, events.csv and sources.csv (datasets/README.md), as headers name them.
struct ColumnTitle
{
    const char *name;
    struct { const char *source, *comment; } title;   // QT_TRANSLATE_NOOP3's pair
};
constexpr ColumnTitle kColumnTitles[] = {
    {"layer", QT_TRANSLATE_NOOP3("dpa::EditTableModel", "Layer", "column of claims.csv: the feature's layer")},
    {"feature", QT_TRANSLATE_NOOP3("dpa::EditTableModel", "Feature", "column of claims.csv: the feature's id")},
    {"authority", QT_TRANSLATE_NOOP3("dpa::EditTableModel", "Authority", "column of claims.csv")},
    {"role", QT_TRANSLATE_NOOP3("dpa::EditTableModel", "Role", "column of claims.csv: control, claim, contested…")},
    {"start", QT_TRANSLATE_NOOP3("dpa::EditTableModel", "Start", "column of claims.csv: the date a claim begins")},
    {"end", QT_TRANSLATE_NOOP3("dpa::EditTableModel", "End", "column of claims.csv: the date a claim ends")},
    {"confidence", QT_TRANSLATE_NOOP3("dpa::EditTableModel", "Confidence", "column of claims.csv: high, medium, low")},
    {"sources", QT_TRANSLATE_NOOP3("dpa::EditTableModel", "Sources", "column of claims.csv and events.csv: the ids of the sources cited")},
    {"note", QT_TRANSLATE_NOOP3("dpa::EditTableModel", "Note", "column of claims.csv")},
    {"share", QT_TRANSLATE_NOOP3("dpa::EditTableModel", "Share", "column of claims.csv: the part of a divided feature a camp controls")},
    {"id", QT_TRANSLATE_NOOP3("dpa::EditTableModel", "Id", "column of events.csv and sources.csv: the row's identifier")},
    {"date", QT_TRANSLATE_NOOP3("dpa::EditTableModel", "Date", "column of events.csv")},
    {"title", QT_TRANSLATE_NOOP3("dpa::EditTableModel", "Title", "column of events.csv: the event's title")},
    {"text", QT_TRANSLATE_NOOP3("dpa::EditTableModel", "Text", "column of events.csv: what happened")},
    {"features", QT_TRANSLATE_NOOP3("dpa::EditTableModel", "Features", "column of events.csv: the features an event touches")},
    {"citation", QT_TRANSLATE_NOOP3("dpa::EditTableModel", "Citation", "column of sources.csv: the bibliographic reference")},
    {"url", QT_TRANSLATE_NOOP3("dpa::EditTableModel", "Link", "column of sources.csv: the source's web address")},
};
} // namespace

QString EditTableModel::columnTitle(const QString &name)
{
    for (const ColumnTitle &c : kColumnTitles)
        if (name == QLatin1String(c.name))
            return QCoreApplication::translate("dpa::EditTableModel", c.title.source, c.title.comment);
    // A column in another language of the case study: title_fr, text_ru.
    const qsizetype underscore = name.lastIndexOf(QLatin1Char('_'));
    if (underscore > 0) {
        const QString base = name.left(underscore), language = name.mid(underscore + 1);
        if ((base == QLatin1String("title") || base == QLatin1String("text")) && language.size() >= 2 && language.size() <= 3)
            return tr("%1 (%2)", "a column's title and the code of its language: Title (fr)").arg(columnTitle(base), language);
    }
    return name;
}

void EditTableModel::retranslateHeaders()
{
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

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
    if (orientation == Qt::Horizontal) {
        const QString name = m_table->header().value(section);
        switch (role) {
        case Qt::DisplayRole:
            return columnTitle(name);
        case ColumnNameRole:
            return name;
        case Qt::ToolTipRole:
            return tr("Column \"%1\" of %2").arg(name, m_table->fileName());
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
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
