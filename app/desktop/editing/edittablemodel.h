#pragma once

#include "package/edit/editabletable.h"
#include "time/calendar.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

class QUndoStack;

namespace dpa {

// One of the package's tables in a QTableView. Every change the user makes goes onto the undo
// stack as a command (tableeditcommands.h); the commands change the table through the apply…()
// functions, which tell the views. The vertical header gives each row's line in the file as it
// will be saved, the line validation messages name.
class EditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    EditTableModel(EditableTable *table, QUndoStack *undo, QObject *parent = nullptr);

    // headerData(column, Qt::Horizontal, ColumnNameRole): the column's name in the file
    // ("authority"), whatever title the header shows in the interface language ("Authority").
    static constexpr int ColumnNameRole = Qt::UserRole;
    // The title a header shows for a column of the package's tables: "Authority" for authority,
    // "Title (fr)" for title_fr; a column of the user's own keeps its name.
    static QString columnTitle(const QString &name);
    // The interface language changed: the views ask for the headers again.
    void retranslateHeaders();

    EditableTable &table() const { return *m_table; }
    QUndoStack *undoStack() const { return m_undo; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Pushes a command; the cell changes when the stack runs it.
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // Rows in force at `t` are tinted (claims by start and end, events by date); nullopt: none.
    void setInForce(std::optional<TimePoint> t, Calendar calendar);
    bool isInForce(int row) const;
    // Rows validation found wrong, with the message, tinted and shown as their tooltip.
    void setProblems(QHash<int, QString> rowProblems);
    const QHash<int, QString> &problems() const { return m_problems; }

    // For the commands only.
    void applyCell(int row, int column, const QString &text);
    void applyInsert(int at, const QStringList &cells, const QByteArray &raw = {});
    QStringList applyTake(int row, QByteArray *raw = nullptr);
    void applyAppendColumn(const QString &name);
    void applyRemoveLastColumn();

signals:
    // After every change to the table, done or undone.
    void edited();

private:
    void changed();
    const std::vector<int> &rowLines() const;

    EditableTable *m_table;
    QUndoStack *m_undo;
    std::optional<TimePoint> m_inForceAt;
    Calendar m_calendar = Calendar::Gregorian;
    QHash<int, QString> m_problems;
    mutable std::optional<std::vector<int>> m_rowLines;
};

} // namespace dpa
