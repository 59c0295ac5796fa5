#include "editing/edittablefilter.h"
#include "editing/edittablemodel.h"

namespace dpa {

EditTableFilter::EditTableFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Rows come and go by undo and redo: the filter and sort follow them.
    setDynamicSortFilter(true);
}

void EditTableFilter::setSearchedColumns(const QStringList &names)
{
    m_columnNames = names;
    invalidateFilter();
}

void EditTableFilter::setFilterWords(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool EditTableFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return QString::localeAwareCompare(left.data().toString(), right.data().toString()) < 0;
}

bool EditTableFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    QList<int> columns;
    for (int c = 0; c < model->columnCount(sourceParent); ++c)
        if (m_columnNames.isEmpty() || m_columnNames.contains(model->headerData(c, Qt::Horizontal, EditTableModel::ColumnNameRole).toString()))
            columns << c;
    for (const QString &word : m_words) {
        bool found = false;
        for (int c : std::as_const(columns))
            found = found || model->index(sourceRow, c, sourceParent).data().toString().contains(word, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

} // namespace dpa
