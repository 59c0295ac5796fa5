#pragma once

// A writable copy of the bundled example package, for tests that break it one way at a time.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

namespace dpa::test {

inline bool copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir src(from);
    for (const QFileInfo &info : src.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(info.fileName());
        if (info.isDir() ? !copyFolder(info.filePath(), target) : !QFile::copy(info.filePath(), target))
            return false;
    }
    return true;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Compares every file under `original` (subfolders included) with the file of the same relative
// path under `copy`, as the tests of unpacking and pulling do to show a package came back byte
// for byte: the number of files compared, and in *differing the first copy that differs or is
// missing (empty when none does).
inline int compareFiles(const QString &original, const QString &copy, QString *differing)
{
    int files = 0;
    QDirIterator it(original, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString copied = QDir(copy).filePath(QDir(original).relativeFilePath(file));
        if (readAll(copied) != readAll(file)) {
            *differing = copied;
            return files;
        }
        ++files;
    }
    differing->clear();
    return files;
}

inline bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace dpa::test
