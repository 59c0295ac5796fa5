#include "georef/periodmapmanifest.h"
#include "core/jsontextedit.h"
#include "io/stagedfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace dpa {
namespace {

QJsonObject entryObject(const PeriodMapEntry &e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("file"), e.file},
                       {QStringLiteral("title"), QJsonObject{{e.language, e.title}}},
                       {QStringLiteral("valid"), QJsonObject{{QStringLiteral("start"), e.validStart}, {QStringLiteral("end"), e.validEnd}}},
                       {QStringLiteral("opacity"), e.opacity}};
}

} // namespace

std::optional<Error> addPeriodMapToManifest(const QString &manifestPath, const PeriodMapEntry &entry)
{
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::at(manifestPath, 0, QObject::tr("cannot read (%1)").arg(file.errorString()));
    const QByteArray text = file.readAll();
    file.close();
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error::at(manifestPath, 0, QObject::tr("not valid JSON (%1); fix it before adding a period map").arg(parseError.errorString()));

    QJsonObject root = doc.object();
    QJsonArray maps = root.value(QStringLiteral("period_maps")).toArray();
    bool replaced = false;
    for (qsizetype i = 0; i < maps.size(); ++i)
        if (maps[i].toObject().value(QStringLiteral("id")).toString() == entry.id) {
            maps[i] = entryObject(entry);
            replaced = true;
        }

    QByteArray updated;
    if (!replaced) {
        // Into the text, as the package's other manifest entries are added (jsontextedit checks
        // the edit and rewrites the document itself when the text cannot be edited in place).
        const QByteArray compact = QJsonDocument(entryObject(entry)).toJson(QJsonDocument::Compact);
        if (auto added = jsontextedit::withArrayEntry(text, "period_maps", compact))
            updated = *added;
    }
    if (updated.isEmpty()) {
        if (!replaced)
            maps.append(entryObject(entry));
        root.insert(QStringLiteral("period_maps"), maps);
        updated = QJsonDocument(root).toJson(QJsonDocument::Indented);
    }

    StagedFile out(manifestPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(updated) != updated.size()) {
        out.cancelWriting();
        return Error::at(manifestPath, 0, QObject::tr("cannot write (%1)").arg(out.errorString()));
    }
    if (!out.commit())
        return Error::at(manifestPath, 0, QObject::tr("cannot write (%1)").arg(out.errorString()));
    return std::nullopt;
}

} // namespace dpa
