#include "package/edit/tableautosave.h"
#include "io/stagedfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace dpa {
namespace {

const QLatin1String kIndexFile("autosave.json");
constexpr int kFormat = 1;

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The hash a table was based on: of its bytes on disk, or empty for a table that did not exist.
QString baseHash(const EditableTable &table)
{
    return table.existedOnDisk() ? sha256(table.loadedBytes()) : QString();
}

std::optional<EditableTables::Kind> kindNamed(const QString &name)
{
    for (int k = 0; k < EditableTables::kKinds; ++k)
        if (EditableTables::kindName(EditableTables::Kind(k)) == name)
            return EditableTables::Kind(k);
    return std::nullopt;
}

struct Entry
{
    EditableTables::Kind kind;
    QString file, base, autosaved;
};

struct Index
{
    QDateTime time;
    std::vector<Entry> entries;
};

std::optional<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

// The index, if it is ours, for this package, and every table it names is there with the bytes
// it was written with. Anything else (a half-written autosave from a disk that filled up, a
// folder edited by hand) is not offered: recovering wrong rows would be worse than none.
std::optional<Index> readIndex(const QString &folder, const QString &package)
{
    const auto bytes = readFile(QDir(folder).filePath(kIndexFile));
    if (!bytes)
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(*bytes).object();
    if (json.value(QLatin1String("format")).toInt() != kFormat || json.value(QLatin1String("package")).toString() != package)
        return std::nullopt;
    Index index;
    index.time = QDateTime::fromString(json.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    if (!index.time.isValid())
        return std::nullopt;
    for (const QJsonValue &value : json.value(QLatin1String("tables")).toArray()) {
        const QJsonObject o = value.toObject();
        const auto kind = kindNamed(o.value(QLatin1String("kind")).toString());
        if (!kind)
            return std::nullopt;
        Entry entry{*kind, o.value(QLatin1String("file")).toString(), o.value(QLatin1String("base")).toString(),
                    o.value(QLatin1String("autosave")).toString()};
        if (!entry.autosaved.isEmpty()) {
            // A bare file name: the index may not point outside its folder.
            if (entry.autosaved.contains(QLatin1Char('/')) || entry.autosaved.startsWith(QLatin1Char('.')))
                return std::nullopt;
            const auto saved = readFile(QDir(folder).filePath(entry.autosaved));
            if (!saved || sha256(*saved) != o.value(QLatin1String("sha256")).toString())
                return std::nullopt;
        }
        index.entries.push_back(std::move(entry));
    }
    return index;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    StagedFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error = file.errorString();
    return false;
}

} // namespace

TableAutosave::TableAutosave(const QString &packageFolder) : m_package(QDir(packageFolder).absolutePath())
{
    // A hash, not the path itself: one flat folder per package, whatever characters its path has.
    const QString key = sha256(m_package.toUtf8()).left(32);
    m_folder = QDir(root()).filePath(key);
    m_keepPath = QDir(root()).filePath(QStringLiteral("../kept/%1-%2").arg(
        QDir(m_package).dirName(), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    m_keepPath = QDir::cleanPath(m_keepPath);
}

QString TableAutosave::root()
{
    // QStandardPaths::GenericStateLocation is Qt 6.7; the XDG rule it follows is this one.
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty() || QDir::isRelativePath(state))
        state = QDir::home().filePath(QStringLiteral(".local/state"));
    return QDir(state).filePath(QStringLiteral("dpatlas/autosave"));
}

bool TableAutosave::exists() const
{
    return QFile::exists(QDir(m_folder).filePath(kIndexFile));
}

std::optional<Error> TableAutosave::write(const EditableTables &tables, const QDateTime &at) const
{
    if (!tables.isModified()) {
        remove();
        return std::nullopt;
    }
    if (!QDir().mkpath(m_folder))
        return Error::at(m_folder, 0, QObject::tr("cannot create the autosave folder"));
    // Each write gets new file names, and the index is replaced last: until then the previous
    // index still names the previous files, whole.
    const QString stamp = QString::number(at.toMSecsSinceEpoch());
    QJsonArray entries;
    QStringList written{kIndexFile};
    for (int k = 0; k < EditableTables::kKinds; ++k) {
        const auto kind = EditableTables::Kind(k);
        if (!tables.has(kind))
            continue;
        const EditableTable &table = tables.table(kind);
        QJsonObject entry{{QLatin1String("kind"), EditableTables::kindName(kind)},
                          {QLatin1String("file"), table.fileName()},
                          {QLatin1String("base"), baseHash(table)}};
        if (table.isModified()) {
            const QString name = EditableTables::kindName(kind) + QLatin1Char('-') + stamp + QLatin1String(".csv");
            const QByteArray bytes = table.text().bytes;
            QString error;
            if (!writeFile(QDir(m_folder).filePath(name), bytes, &error))
                return Error::at(QDir(m_folder).filePath(name), 0, QObject::tr("cannot autosave: %1").arg(error));
            entry.insert(QLatin1String("autosave"), name);
            entry.insert(QLatin1String("sha256"), sha256(bytes));
            written << name;
        }
        entries.append(entry);
    }
    const QJsonObject index{{QLatin1String("format"), kFormat},
                            {QLatin1String("package"), m_package},
                            {QLatin1String("time"), at.toUTC().toString(Qt::ISODateWithMs)},
                            {QLatin1String("tables"), entries}};
    QString error;
    if (!writeFile(QDir(m_folder).filePath(kIndexFile), QJsonDocument(index).toJson(), &error))
        return Error::at(QDir(m_folder).filePath(kIndexFile), 0, QObject::tr("cannot autosave: %1").arg(error));
    // The previous write's tables are no longer named by the index.
    for (const QString &name : QDir(m_folder).entryList({QStringLiteral("*.csv")}, QDir::Files))
        if (!written.contains(name))
            QFile::remove(QDir(m_folder).filePath(name));
    return std::nullopt;
}

std::optional<TableAutosave::Found> TableAutosave::find(const EditableTables &tables) const
{
    const auto index = readIndex(m_folder, m_package);
    if (!index)
        return std::nullopt;
    Found found{index->time, {}};
    for (const Entry &entry : index->entries)
        if (!tables.has(entry.kind) || tables.table(entry.kind).fileName() != entry.file
            || baseHash(tables.table(entry.kind)) != entry.base)
            found.changedOnDisk << entry.file;
    return found;
}

std::optional<Error> TableAutosave::apply(EditableTables &tables) const
{
    const auto index = readIndex(m_folder, m_package);
    if (!index)
        return Error::at(m_folder, 0, QObject::tr("the autosave cannot be read"));
    for (const Entry &entry : index->entries) {
        if (entry.autosaved.isEmpty())
            continue;
        if (!tables.has(entry.kind))
            return Error::at(entry.file, 0, QObject::tr("the manifest no longer names this table"));
        const auto bytes = readFile(QDir(m_folder).filePath(entry.autosaved));
        if (!bytes)
            return Error::at(QDir(m_folder).filePath(entry.autosaved), 0, QObject::tr("cannot read the autosaved table"));
        if (auto error = tables.table(entry.kind).replaceText(*bytes))
            return error;
    }
    return std::nullopt;
}

bool TableAutosave::remove() const
{
    QDir folder(m_folder);
    return !folder.exists() || folder.removeRecursively();
}

std::optional<Error> TableAutosave::keep() const
{
    if (!QDir().mkpath(QFileInfo(m_keepPath).absolutePath()) || !QDir().rename(m_folder, m_keepPath))
        return Error::at(m_keepPath, 0, QObject::tr("cannot move the autosave here"));
    return std::nullopt;
}

} // namespace dpa
