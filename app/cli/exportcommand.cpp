#include "clicommands.h"
#include "clicontext.h"
#include "clitext.h"
#include "analysis/layerexport.h"
#include "analysis/linkedplaces.h"
#include "analysis/qgisproject.h"
#include "io/coordinatetransform.h"
#include "io/osmxmlwriter.h"
#include "io/stagedfile.h"
#include "package/packagearchive.h"

namespace dpa::cli {
namespace {

int exportPackage(const QCommandLineParser &parser, const QString &output)
{
    for (const char *other : {"at", "timeline", "layer", "crs", "format"})
        if (parser.isSet(QString::fromLatin1(other)))
            return fail(tr("--package exports everything: it takes no --%1").arg(QLatin1String(other)));
    int exitCode = Ok;
    const auto loaded = loadDataset(parser.positionalArguments().first(), exitCode);
    if (!loaded)
        return exitCode;
    // With the claims as timeline layers and a QGIS project, so QGIS opens the file ready to play.
    auto forQgis = qgisproject::packExtras(*loaded->result.study, output);
    if (!forQgis)
        return fail(forQgis.error().toString());
    const auto written = packagearchive::pack(*loaded->result.study, output, {}, std::move(*forQgis));
    if (!written)
        return fail(written.error().toString());
    out() << tr("%1: %2 packed").arg(output, loaded->result.study->manifest.id) << Qt::endl;
    return Ok;
}

// The timeline as OpenStreetMap XML for OpenHistoricalMap: a tagged element per claim, its
// dates in OHM's start_date/end_date (and start_date:edtf/end_date:edtf where they say more).
int exportOsm(const CaseStudy &study, bool timeline, const QString &onlyLayer, const QString &output)
{
    if (!timeline)
        return fail(tr("%1: OpenStreetMap XML is for the timeline (--timeline), each claim an element with "
                       "its start_date and end_date as OpenHistoricalMap reads them").arg(output));
    auto toLonLat = CoordinateTransform::create(study.manifest.crs, Crs::wgs84());
    if (!toLonLat)
        return fail(toLonLat.error().toString());
    std::vector<osmxml::Element> elements;
    for (const VectorLayerToWrite &layer : layerexport::timelineLayers(study, false, onlyLayer)) {
        for (const VectorRecord &r : layer.records) {
            osmxml::Element e{r.geometry, {}};
            toLonLat->transformInPlace(e.lonLat);
            auto text = [&](const char *field) { return r.attributes.value(QLatin1String(field)).toString(); };
            e.tags = {{QStringLiteral("name"), text("name")},
                      {QStringLiteral("start_date"), text("start_date")},
                      {QStringLiteral("end_date"), text("end_date")},
                      {QStringLiteral("dpatlas:feature"), text("layer") + QLatin1Char('/') + text("id")},
                      {QStringLiteral("dpatlas:authority"), text("authority")},
                      {QStringLiteral("dpatlas:role"), text("role")},
                      {QStringLiteral("source"), text("sources")},
                      {QStringLiteral("note"), text("note")}};
            // The full EDTF where the plain date leaves something out (a mark, a season, an open end).
            if (text("start_edtf") != text("start_date") && text("start_edtf") != QLatin1String(".."))
                e.tags.insert(QStringLiteral("start_date:edtf"), text("start_edtf"));
            if (text("end_edtf") != text("end_date") && text("end_edtf") != QLatin1String(".."))
                e.tags.insert(QStringLiteral("end_date:edtf"), text("end_edtf"));
            elements.push_back(std::move(e));
        }
    }
    const auto written = osmxml::write(output, elements);
    if (!written)
        return fail(written.error().toString());
    out() << tr("%1: %n claims as OpenStreetMap elements (for OpenHistoricalMap)", nullptr, int(*written)).arg(output) << Qt::endl;
    return Ok;
}

int exportLinkedPlaces(const QCommandLineParser &parser, const QString &output)
{
    for (const char *other : {"at", "timeline", "layer", "crs", "format", "package"})
        if (parser.isSet(QString::fromLatin1(other)))
            return fail(tr("--linked-places exports every feature with its whole history: it takes no --%1").arg(QLatin1String(other)));
    int exitCode = Ok;
    const auto loaded = loadDataset(parser.positionalArguments().first(), exitCode);
    if (!loaded)
        return exitCode;
    const auto document = linkedplaces::collection(*loaded->result.study);
    if (!document)
        return fail(document.error().toString());
    StagedFile file(output);
    const QByteArray json = document->toJson(QJsonDocument::Compact);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return fail(tr("%1: cannot write: %2").arg(output, file.errorString()));
    //: %2 is "12 places", %3 "40 claims"
    out() << tr("%1: %2, %3 as relations (Linked Places Format)")
                 .arg(output, tr("%n places", nullptr, int(loaded->result.study->model.features().size())),
                      tr("%n claims", nullptr, int(loaded->result.study->model.claims().size())))
          << Qt::endl;
    return Ok;
}

} // namespace

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Export a case study's control state on a date (--at), or its whole timeline of claims (--timeline), as a "
        "layer for QGIS, ArcGIS or Google Earth: .gpkg, .geojson, .shp, .kml, .fgb or .csv (WKT). --package puts the "
        "whole case study in one GeoPackage, which the app opens and `dpatlas-cli unpack` turns back into a folder."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DATASET"), tr("package id, folder or packed .gpkg"));
    parser.addOption({QStringLiteral("at"), tr("the date of the state to export"), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("timeline"), tr("export every claim with its start and end instead")});
    parser.addOption({QStringLiteral("package"), tr("the whole case study (layers, claims, events, sources, manifest, period maps) as one .gpkg")});
    parser.addOption({QStringLiteral("linked-places"), tr("every feature as a place of the Linked Places Format (World Historical Gazetteer), "
                                                          "its names, geometry and control history with sources, as .json")});
    parser.addOption({QStringLiteral("layer"), tr("only this layer of the package (a shapefile holds one geometry type)"), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("crs"), tr("write in this CRS (default: the case study's; GeoJSON and KML are always WGS 84)"), QStringLiteral("CRS")});
    parser.addOption({QStringLiteral("format"), tr("GDAL driver name, when the extension does not say"), QStringLiteral("DRIVER")});
    parser.addOption({QStringLiteral("calendar"), tr("calendar of --at: gregorian (default) or julian"), QStringLiteral("CALENDAR")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("output file"), QStringLiteral("OUT")});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("%1 needs exactly one DATASET").arg(QStringLiteral("export")));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return fail(tr("%1 needs -o OUT").arg(QStringLiteral("export")));
    if (parser.isSet(QStringLiteral("package")))
        return exportPackage(parser, output);
    if (parser.isSet(QStringLiteral("linked-places")))
        return exportLinkedPlaces(parser, output);
    const bool osm = output.endsWith(QLatin1String(".osm"), Qt::CaseInsensitive);
    const QString driver = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                           : osm                                  ? QStringLiteral("OSM")
                                                                  : vectorwriter::driverForPath(output);
    if (driver.isEmpty())
        return fail(tr("\"%1\": name the file .gpkg, .geojson, .shp, .kml, .fgb, .csv or .osm, or give --format").arg(output));
    const bool timeline = parser.isSet(QStringLiteral("timeline"));
    if (timeline == parser.isSet(QStringLiteral("at")))
        return fail(tr("export needs either --at DATE or --timeline"));
    const auto cal = parseCalendarOption(parser.value(QStringLiteral("calendar")));
    if (!cal)
        return UsageError;
    std::optional<HistoricalDate> at;
    if (!timeline && !(at = parseDateOption(parser.value(QStringLiteral("at")), *cal)))
        return UsageError;
    Crs target;
    if (parser.isSet(QStringLiteral("crs"))) {
        auto crs = Crs::fromUserInput(parser.value(QStringLiteral("crs")));
        if (!crs)
            return fail(crs.error().toString());
        target = *crs;
    }

    int exitCode = Ok;
    const auto loaded = loadDataset(parser.positionalArguments().first(), exitCode);
    if (!loaded)
        return exitCode;
    const CaseStudy &study = *loaded->result.study;
    const QString onlyLayer = parser.value(QStringLiteral("layer"));
    if (!onlyLayer.isEmpty() && !study.layer(onlyLayer))
        return fail(tr("%1 has no layer \"%2\"").arg(study.manifest.id, onlyLayer));

    if (osm)
        return exportOsm(study, timeline, onlyLayer, output);
    // One layer per feature layer (and kind of geometry), as QGIS expects; a format that holds
    // one layer a file gets a file for each.
    std::vector<VectorLayerToWrite> layers = timeline ? layerexport::timelineLayers(study, driver.endsWith(QLatin1String("KML")), onlyLayer)
                                                      : layerexport::stateLayers(study, at->queryTime(), at->toEdtf(), onlyLayer);
    for (VectorLayerToWrite &layer : layers)
        layer.targetCrs = target;
    size_t records = 0;
    for (const VectorLayerToWrite &layer : layers)
        records += layer.records.size();
    // A GeoPackage opens in QGIS in our colours, and a timeline plays in its Temporal Controller.
    const auto forQgis = qgisproject::prepareGeoPackage(layers, study, timeline ? qgisstyle::Content::Timeline : qgisstyle::Content::State,
                                                        output, driver);
    if (!forQgis)
        return fail(forQgis.error().toString());
    QStringList files;
    const auto result = vectorwriter::writeLayers(output, driver, layers, {}, &files, *forQgis);
    if (!result)
        return fail(result.error().toString());
    const QString written = timeline ? tr("%n claims", nullptr, int(records)) : tr("%n features", nullptr, int(records));
    if (files.size() > 1) {
        //: %1 is "40 claims" or "12 features"
        out() << tr("%1 in %n files, one per layer:", nullptr, int(files.size())).arg(written) << Qt::endl;
        for (const QString &file : files)
            out() << "  " << file << Qt::endl;
        return Ok;
    }
    out() << output << ": " << written << Qt::endl;
    return Ok;
}

} // namespace dpa::cli
