#include "package/edit/tablesave.h"
#include "io/stagedfile.h"

#include <QFile>
#include <QObject>

namespace dpa {
namespace {

// What is on disk now: nullopt when the file is missing.
std::optional<QByteArray> bytesOnDisk(const QString &path, bool *unreadable)
{
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        *unreadable = true;
        return QByteArray();
    }
    return file.readAll();
}

} // namespace

TableSave::~TableSave() = default;

Result<std::shared_ptr<TableSave>> TableSave::prepare(EditableTables &tables)
{
    std::shared_ptr<TableSave> save(new TableSave(tables));
    // Sources first: see EditableTables.
    for (EditableTables::Kind kind : {EditableTables::Sources, EditableTables::Claims, EditableTables::Events}) {
        if (!tables.has(kind) || !tables.table(kind).isModified())
            continue;
        const EditableTable &table = tables.table(kind);
        bool unreadable = false;
        const auto now = bytesOnDisk(table.path(), &unreadable);
        // Bytes, not modification times: a file copied back or touched by a backup tool keeps its
        // meaning, and a time's resolution can miss a second edit within it.
        const bool same = !unreadable && (now ? table.existedOnDisk() && *now == table.loadedBytes() : !table.existedOnDisk());
        if (!same)
            return Error::at(table.fileName(), 0,
                             QObject::tr("the table changed on disk since it was opened for editing (another program "
                                         "saved it?); nothing was saved. Reopen the case study to see that version."));
        File file{kind, std::make_unique<StagedFile>(table.path()), table.text().bytes};
        if (!file.staged->open(QIODevice::WriteOnly) || file.staged->write(file.bytes) != file.bytes.size())
            return Error::at(table.fileName(), 0, QObject::tr("cannot save: %1; nothing was saved").arg(file.staged->errorString()));
        save->m_files.push_back(std::move(file));
    }
    return save;
}

std::optional<Error> TableSave::commit()
{
    std::vector<const File *> done;
    for (const File &file : m_files) {
        if (file.staged->commit()) {
            done.push_back(&file);
            continue;
        }
        const EditableTable &failed = m_tables.table(file.kind);
        Error error = Error::at(failed.fileName(), 0, QObject::tr("cannot save: %1").arg(file.staged->errorString()));
        // Put back what was renamed already, from the bytes read when editing began (they were
        // checked against the disk in prepare()).
        QStringList notRestored;
        for (const File *back : done) {
            const EditableTable &table = m_tables.table(back->kind);
            bool restored = false;
            if (table.existedOnDisk()) {
                StagedFile old(table.path());
                restored = old.open(QIODevice::WriteOnly) && old.write(table.loadedBytes()) == table.loadedBytes().size()
                           && old.commit();
            } else {
                restored = QFile::remove(table.path());
            }
            if (!restored)
                notRestored << table.fileName();
        }
        if (notRestored.isEmpty())
            error.message += QObject::tr("; nothing was changed");
        else
            error.message += QObject::tr("; %1 could not be put back as it was and hold(s) the edits").arg(notRestored.join(QStringLiteral(", ")));
        return error;
    }
    for (const File &file : m_files)
        m_tables.table(file.kind).markSaved(file.bytes);
    return std::nullopt;
}

} // namespace dpa
