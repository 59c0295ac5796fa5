#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace dpa {

// Edits a cell with a combo box of the values its column takes (authorities from the manifest,
// the roles, confidence words), for the columns `choices` knows; others get a line edit. The
// box stays editable: a value not in the list (a new authority about to be added to the
// manifest) can be typed, and validation names it.
class CellChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // Column name -> its values; an empty list means a plain line edit.
    using Choices = std::function<QStringList(const QString &column)>;
    CellChoiceDelegate(Choices choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    Choices m_choices;
};

} // namespace dpa
