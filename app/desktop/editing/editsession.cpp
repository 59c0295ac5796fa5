#include "editing/editsession.h"
#include "editing/edittablemodel.h"
#include "editing/tableeditcommands.h"

#include <QUndoStack>

namespace dpa {

EditSession::EditSession(EditableTables tables, QObject *parent)
    : QObject(parent), m_tables(std::move(tables)), m_undo(new QUndoStack(this))
{
    for (int k = 0; k < EditableTables::kKinds; ++k) {
        const auto kind = EditableTables::Kind(k);
        if (!m_tables.has(kind))
            continue;
        m_models[k] = new EditTableModel(&m_tables.table(kind), m_undo, this);
        connect(m_models[k], &EditTableModel::edited, this, &EditSession::edited);
    }
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

EditSession::~EditSession()
{
    // Clearing returns the stack to clean, which is no save: nobody may hear modifiedChanged(false)
    // from it (the autosave would take it for one and remove itself, though the edits are lost).
    blockSignals(true);
    // The commands refer to the models: they go first.
    m_undo->clear();
}

bool EditSession::isModified() const
{
    return !m_undo->isClean();
}

void EditSession::appendClaims(const QList<std::pair<QString, QString>> &features, const QHash<QString, QString> &cells)
{
    EditTableModel *claims = m_models[EditableTables::Claims];
    if (!claims || features.isEmpty())
        return;
    QList<QHash<QString, QString>> rows;
    for (const auto &[layer, feature] : features) {
        QHash<QString, QString> row = cells;
        row.insert(QStringLiteral("layer"), layer);
        row.insert(QStringLiteral("feature"), feature);
        rows << row;
    }
    m_undo->push(new AppendRowsCommand(claims, rows, tr("Apply claim to %n feature(s)", nullptr, int(features.size()))));
}

void EditSession::removeRows(EditableTables::Kind kind, QList<int> rows)
{
    if (!m_models[kind] || rows.isEmpty())
        return;
    m_undo->push(new RemoveRowsCommand(m_models[kind], rows,
                                       tr("Delete %n row(s) of %1", nullptr, int(rows.size())).arg(m_tables.table(kind).fileName())));
}

void EditSession::appendEmptyRow(EditableTables::Kind kind)
{
    if (!m_models[kind])
        return;
    // Written as its commas alone, it stays a row of the file; validation names what it lacks
    // until it is filled.
    m_undo->push(new AppendRowsCommand(m_models[kind], {QHash<QString, QString>{}},
                                       tr("Add a row to %1").arg(m_tables.table(kind).fileName())));
}

void EditSession::markUnsaved()
{
    // No index of the stack is clean until the next save.
    m_undo->resetClean();
}

std::optional<Error> EditSession::save()
{
    auto error = m_saver ? m_saver(m_tables) : m_tables.save();
    if (!error)
        m_undo->setClean();
    return error;
}

} // namespace dpa
