#pragma once

#include <QSortFilterProxyModel>

namespace dpa {

// Sorting and the filter line of an edit table. The filter keeps rows where any of the words
// appears in one of the searched columns (for claims: feature, authority and role, so
// "arr18 versailles" finds that feature's rows of that authority); sorting orders the view only,
// never the file.
class EditTableFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EditTableFilter(QObject *parent = nullptr);
    // Columns searched, by name; empty: every column.
    void setSearchedColumns(const QStringList &names);
    void setFilterWords(const QString &text);
    // Dates sort by their text, which for EDTF is their order; line numbers as numbers.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_columnNames;
    QStringList m_words;
};

} // namespace dpa
