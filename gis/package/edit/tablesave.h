#pragma once

#include "package/edit/editabletables.h"
#include "io/stagedfile.h"

#include <memory>
#include <vector>

namespace dpa {



// Saving a package's edited tables as one step: prepare() checks that no table changed on disk
// since it was read (someone else's edit, or a spreadsheet's save, must not be overwritten) and
// writes every new table beside its target; commit() renames them into place, sources first.
// If a rename fails, the tables already renamed get their old bytes back, so the package on disk
// is the old one whole, never half old and half new.
class TableSave
{
public:
    static Result<std::shared_ptr<TableSave>> prepare(EditableTables &tables);
    ~TableSave();
    // nullopt on success (the tables are then marked saved); else the error, naming the file,
    // with the old files restored.
    std::optional<Error> commit();
    int fileCount() const { return int(m_files.size()); }

private:
    struct File
    {
        EditableTables::Kind kind;
        std::unique_ptr<StagedFile> staged;
        QByteArray bytes;
    };
    explicit TableSave(EditableTables &tables) : m_tables(tables) {}
    EditableTables &m_tables;
    std::vector<File> m_files;
};

} // namespace dpa
