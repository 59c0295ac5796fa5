#pragma once

#include <QFile>

#include <memory>

class QTemporaryDir;

namespace dpa {

// A file that replaces its target whole or not at all, as QSaveFile does, but written in a
// hidden staging folder beside the target whose name carries our process id
// (StagingFolders): if the process is killed, what it leaves is that folder, which the next
// write there removes, never a stray "map.png.AbCdEf" beside the user's files.
// Use as QSaveFile: open(WriteOnly), write…, commit(); cancelWriting() or destruction before
// commit() leaves the target untouched and removes the staged bytes.
class StagedFile : public QFile
{
    Q_OBJECT
public:
    explicit StagedFile(const QString &target);
    ~StagedFile() override;

    bool open(OpenMode mode) override;
    // Flushes, syncs to disk and renames onto the target; false (errorString() says why) when
    // anything failed, writing was cancelled, or the rename did.
    bool commit();
    void cancelWriting() { m_cancelled = true; }
    QString target() const { return m_target; }

private:
    QString m_target;
    std::unique_ptr<QTemporaryDir> m_staging;
    bool m_cancelled = false;
};

} // namespace dpa
