#include "package/import/placesimport.h"
#include "io/stagedfile.h"
#include "package/datasetpackage.h"
#include "package/import/linkedplacesfile.h"
#include "core/jsontextedit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

namespace dpa {
namespace {

const QString kManifest = QString::fromLatin1(PackageManifest::kFileName);

bool writeFile(const QString &path, const QByteArray &bytes, QString *why)
{
    StagedFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *why = file.errorString();
        return false;
    }
    return true;
}

// The package's files into `to`, for loading it as it would be. Hidden folders (version
// control, our own staging folders) are left out; a linked file is copied as its content.
bool copyPackage(const QString &from, const QString &to, QString *why)
{
    const QDir source(from);
    if (!QDir().mkpath(to)) {
        *why = QObject::tr("cannot create %1").arg(to);
        return false;
    }
    for (const QFileInfo &info : source.entryInfoList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(info.fileName());
        if (info.isDir()) {
            if (info.isSymLink() || info.fileName().startsWith(QLatin1Char('.')))
                continue;
            if (!copyPackage(info.filePath(), target, why))
                return false;
        } else if (!QFile::copy(info.filePath(), target)) {
            *why = QObject::tr("cannot copy %1").arg(info.filePath());
            return false;
        }
    }
    return true;
}

// The manifest's "layers" as written, to find the entry a replacement takes the place of.
int rawLayerIndex(const QJsonObject &manifest, const QString &id)
{
    const QJsonArray layers = manifest.value(QStringLiteral("layers")).toArray();
    for (int i = 0; i < int(layers.size()); ++i)
        if (layers[i].toObject().value(QStringLiteral("id")).toString() == id)
            return i;
    return -1;
}

} // namespace

namespace placesimport {

QString defaultLayerId(const QString &file)
{
    QString base = QFileInfo(file).fileName();
    for (const QString &suffix : {QStringLiteral(".json"), QStringLiteral(".jsonld"), QStringLiteral(".geojson"), QStringLiteral(".lpf")})
        if (base.endsWith(suffix, Qt::CaseInsensitive))
            base.chop(suffix.size());
    QString plain;
    for (const QChar c : base.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            plain += c;
    QString id = plain.toLower();
    id.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    id.remove(QRegularExpression(QStringLiteral("^_+|_+$")));
    return id.isEmpty() ? QStringLiteral("places") : id;
}

bool isValidLayerId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

} // namespace placesimport

PlacesImportReport importPlacesIntoPackage(const QString &packageFolder, const QString &file, const PlacesImportOptions &options)
{
    PlacesImportReport report;
    const QString userFile = QFileInfo(file).fileName();
    if (!QFileInfo(packageFolder).isDir()) {
        report.problems << Error::plain(QObject::tr("%1 is not a package folder: import into a folder (a packed .gpkg can be "
                                                    "unpacked with `dpatlas-cli unpack`)").arg(packageFolder));
        return report;
    }
    report.layerId = options.layerId.isEmpty() ? placesimport::defaultLayerId(file) : options.layerId;
    if (!placesimport::isValidLayerId(report.layerId)) {
        report.problems << Error::plain(QObject::tr("layer id \"%1\": letters, digits, _ and -, as places_1871").arg(report.layerId));
        return report;
    }
    report.layerFile = QStringLiteral("layers/%1.geojson").arg(report.layerId);

    const DatasetPackage::LoadResult before = DatasetPackage::load(packageFolder);
    if (!before.study) {
        report.problems << before.problems;
        return report;
    }
    const QDir root(packageFolder);
    const QString manifestPath = root.filePath(kManifest);
    QFile manifestFile(manifestPath);
    if (!manifestFile.open(QIODevice::ReadOnly)) {
        report.problems << Error::at(kManifest, 0, QObject::tr("cannot read (%1)").arg(manifestFile.errorString()));
        return report;
    }
    const QByteArray manifestText = manifestFile.readAll();
    manifestFile.close();
    const QJsonObject manifestJson = QJsonDocument::fromJson(manifestText).object();

    // The layer's id and file: new, or the one --replace names.
    const LayerSpec *existing = nullptr;
    for (const LayerSpec &spec : before.study->manifest.layers)
        if (spec.id == report.layerId)
            existing = &spec;
    const int replaceIndex = existing ? rawLayerIndex(manifestJson, report.layerId) : -1;
    if (existing && !options.replace) {
        report.problems << Error::at(kManifest, existing->line, QObject::tr("the package has a layer \"%1\" already: choose another id "
                                                                            "with --layer, or replace it with --replace").arg(report.layerId));
        return report;
    }
    if (existing && replaceIndex < 0) {
        report.problems << Error::at(kManifest, existing->line, QObject::tr("cannot find layer \"%1\" in the manifest's text to replace it")
                                                                    .arg(report.layerId));
        return report;
    }
    const QString target = root.filePath(report.layerFile);
    const bool replacesSameFile = existing && QDir::cleanPath(existing->file) == report.layerFile;
    if (QFileInfo::exists(target) && !replacesSameFile) {
        QString user;
        for (const LayerSpec &spec : before.study->manifest.layers)
            if (QDir::cleanPath(spec.file) == report.layerFile)
                user = spec.id;
        report.problems << Error::at(report.layerFile, 0,
                                     user.isEmpty() ? QObject::tr("the file is there already, named by no layer: move it away, or choose "
                                                                  "another layer id with --layer")
                                                    : QObject::tr("the file is layer \"%1\"'s: choose another layer id with --layer").arg(user));
        return report;
    }

    // The places, every feature checked.
    const LinkedPlacesFile places = linkedplacesfile::read(file, userFile);
    report.notes = places.notes;
    if (!places.problems.isEmpty()) {
        report.problems << places.problems;
        return report;
    }
    report.fileDescription = QObject::tr("Linked Places, %1").arg(places.describe());
    report.languages = places.languages;
    report.featureCount = int(places.places.size());
    const QByteArray layerBytes = linkedplacesfile::layerGeoJson(places, report.layerId, &report.fields);

    // Its entry in the manifest, in the order the package format lists the members.
    QJsonValue title = QJsonObject{{QStringLiteral("en"), options.title.trimmed().isEmpty()
                                                              ? QObject::tr("Places from %1").arg(userFile) : options.title.trimmed()}};
    if (existing && options.title.trimmed().isEmpty()) {
        const QJsonValue old = manifestJson.value(QStringLiteral("layers")).toArray().at(replaceIndex).toObject().value(QStringLiteral("title"));
        if (old.isObject())
            title = old;
    }
    QJsonObject names;
    for (const QString &language : places.languages)
        if (language != QLatin1String("en"))
            names.insert(language, linkedplacesfile::nameField(language));
    std::vector<std::pair<QString, QJsonValue>> entry{{QStringLiteral("id"), report.layerId},
                                                      {QStringLiteral("file"), report.layerFile},
                                                      {QStringLiteral("role"), QStringLiteral("features")},
                                                      {QStringLiteral("title"), title},
                                                      {QStringLiteral("id_field"), QStringLiteral("id")},
                                                      {QStringLiteral("name_field"), QStringLiteral("name_en")}};
    if (!names.isEmpty())
        entry.emplace_back(QStringLiteral("names"), names);
    entry.emplace_back(QStringLiteral("approx_field"), QStringLiteral("approx"));
    if (report.fields.contains(QStringLiteral("kind")))
        entry.emplace_back(QStringLiteral("kind_field"), QStringLiteral("kind"));
    auto newManifest = jsontextedit::withArrayEntry(manifestText, "layers", jsontextedit::orderedObject(entry), replaceIndex,
                                                    &report.manifestRewritten);
    if (!newManifest) {
        report.problems << Error::at(kManifest, 0, newManifest.error().message);
        return report;
    }

    // The package as it would be, loaded from a scratch copy: no problem it did not have.
    QTemporaryDir scratch;
    QString why;
    const QString copy = scratch.filePath(QStringLiteral("package"));
    if (!scratch.isValid() || !copyPackage(packageFolder, copy, &why) || !QDir(copy).mkpath(QStringLiteral("layers"))
        || !writeFile(QDir(copy).filePath(report.layerFile), layerBytes, &why)
        || !writeFile(QDir(copy).filePath(kManifest), *newManifest, &why)) {
        report.problems << Error::plain(QObject::tr("cannot write a scratch copy of the package to check the layer in it: %1").arg(why));
        return report;
    }
    const DatasetPackage::LoadResult after = DatasetPackage::load(copy);
    const QString canonicalCopy = QFileInfo(copy).canonicalFilePath(), canonicalPackage = QFileInfo(packageFolder).canonicalFilePath();
    QSet<QString> known;
    for (const Error &e : before.problems)
        known.insert(e.toString());
    for (const Error &e : after.problems) {
        QString said = e.toString();
        said.replace(canonicalCopy, canonicalPackage).replace(copy, packageFolder);
        if (!known.contains(said))
            report.problems << e;
    }
    if (!after.study)
        report.problems << Error::plain(QObject::tr("the package does not load with the new layer"));
    if (!report.problems.isEmpty())
        return report;

    // Into the package: the layer file, then the manifest naming it.
    const bool madeLayersFolder = !root.exists(QStringLiteral("layers"));
    if (madeLayersFolder && !root.mkpath(QStringLiteral("layers"))) {
        report.problems << Error::at(report.layerFile, 0, QObject::tr("cannot create the folder layers (nothing was changed)"));
        return report;
    }
    QByteArray previous;
    if (replacesSameFile) {
        QFile old(target);
        if (old.open(QIODevice::ReadOnly))
            previous = old.readAll();
    }
    if (!writeFile(target, layerBytes, &why)) {
        if (madeLayersFolder)
            root.rmdir(QStringLiteral("layers"));
        report.problems << Error::at(report.layerFile, 0, QObject::tr("cannot write: %1 (nothing was changed)").arg(why));
        return report;
    }
    if (!writeFile(manifestPath, *newManifest, &why)) {
        QString undo;
        if (replacesSameFile ? !writeFile(target, previous, &undo) : !QFile::remove(target))
            report.problems << Error::at(kManifest, 0, QObject::tr("cannot write: %1; and %2 could not be put back as it was").arg(why, report.layerFile));
        else
            report.problems << Error::at(kManifest, 0, QObject::tr("cannot write: %1 (nothing was changed)").arg(why));
        if (madeLayersFolder)
            root.rmdir(QStringLiteral("layers"));
        return report;
    }
    if (existing && !replacesSameFile)
        report.notes << QObject::tr("%1, the replaced layer's file, is named by the manifest no more: delete it when you no longer need it")
                            .arg(existing->file);
    report.replaced = existing != nullptr;
    report.written = true;
    return report;
}

} // namespace dpa
