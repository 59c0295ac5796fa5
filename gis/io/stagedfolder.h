#pragma once

#include "core/error.h"

#include <QTemporaryDir>

#include <memory>

namespace dpa {

// A new folder that appears whole or not at all: files are written into a hidden temporary
// folder beside the target, and commit() renames it onto the target in one step. The target
// must not exist yet or be empty, so nothing of the user's is mixed in or replaced; until
// commit(), destroying the object removes everything written.
class StagedFolder
{
public:
    // `what` names the operation in messages: "cannot write frames: …".
    static Result<std::shared_ptr<StagedFolder>> create(const QString &target, const QString &what);
    QString path() const { return m_staging->path(); }
    QString filePath(const QString &relative) const { return m_staging->filePath(relative); }
    // Moves the folder into place with ordinary permissions; returns its absolute path.
    Result<QString> commit();

private:
    StagedFolder(QString target, QString what);
    QString m_target, m_what;
    std::unique_ptr<QTemporaryDir> m_staging;
};

} // namespace dpa
