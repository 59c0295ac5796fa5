#pragma once

#include "package/edit/editabletable.h"

#include <QHash>

#include <array>
#include <memory>
#include <optional>

namespace dpa {

// A package's three tables open for editing: sources, claims and events, as its manifest
// names them. The layers and the manifest are not edited here. Saving writes each changed table
// whole or not at all (see TableSave), sources first, so a reader never finds a claim citing a
// source the saved sources table lacks.
class EditableTables
{
public:
    enum Kind { Sources, Claims, Events };
    static constexpr int kKinds = 3;
    static QString kindName(Kind kind);   // "sources", "claims", "events": DatasetPackage's keys

    static Result<EditableTables> load(const QString &packageFolder);

    const QString &folder() const { return m_folder; }
    // False when the manifest names no such table: there is nothing to edit.
    bool has(Kind kind) const { return bool(m_tables[kind]); }
    EditableTable &table(Kind kind) { return *m_tables[kind]; }
    const EditableTable &table(Kind kind) const { return *m_tables[kind]; }
    // The table a message's file names ("claims.csv"), or nullopt.
    std::optional<Kind> kindOfFile(const QString &fileName) const;
    bool isModified() const;

    // Writes every table into `folder` (which must exist) under its kind's name, for a
    // validating load with DatasetPackage::LoadControl::tableOverrides; returns those overrides
    // and each table's text, whose line numbers are the ones validation messages give.
    struct Scratch
    {
        QHash<QString, QString> overrides;
        std::array<EditableTable::Text, kKinds> texts;
    };
    Result<Scratch> writeScratch(const QString &folder) const;

    // Saves every modified table (TableSave::prepare, then commit). The error names the file.
    std::optional<Error> save();

private:
    QString m_folder;
    std::array<std::shared_ptr<EditableTable>, kKinds> m_tables;
};

} // namespace dpa
