#include "clicommands.h"
#include "clicontext.h"
#include "clitext.h"
#include "analysis/layerexport.h"
#include "analysis/qgisproject.h"
#include "analysis/spatialanalysis.h"
#include "io/vectorwriter.h"

#include "io/stagedfile.h"

namespace dpa::cli {
namespace {

int writeTable(const QString &path, const std::vector<analysis::Row> &rows)
{
    StagedFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write \"%1\": %2").arg(path, file.errorString()));
    QTextStream out(&file);
    out << "date,key,status,basis,value,unit\n";
    for (const analysis::Row &r : rows)
        out << r.date << ',' << r.key << ',' << r.status << ',' << r.basis << ',' << QString::number(r.value, 'g', 10)
            << ',' << r.unit << '\n';
    out.flush();
    if (!file.commit())
        return fail(tr("cannot write \"%1\": %2").arg(path, file.errorString()));
    return Ok;
}

int writeGeometry(const QString &path, const CaseStudy &study, const SpatialFacts &facts, TimePoint t,
                  layerexport::AnalysisLayer which)
{
    const VectorLayerToWrite layer = layerexport::analysisLayer(study, facts, t, which);
    std::vector<VectorLayerToWrite> layers{layer};
    const QString driver = vectorwriter::driverForPath(path);
    const auto forQgis = qgisproject::prepareGeoPackage(layers, study, which == layerexport::AnalysisLayer::Territories
                                                                           ? qgisstyle::Content::Territories : qgisstyle::Content::Fronts,
                                                        path, driver);
    if (!forQgis)
        return fail(forQgis.error().toString());
    auto written = vectorwriter::writeLayers(path, driver, layers, {}, nullptr, *forQgis);
    if (!written)
        return fail(written.error().toString());
    out() << path << ": " << layer.records.size() << ' ' << layer.name << Qt::endl;
    return Ok;
}

} // namespace

int runAnalyze(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Numbers and geometry over a case study's time line: area and population per authority (de facto and de "
        "jure) and status, the dual-power index, every status's share, front length, days each feature spent under "
        "dual power (time series, CSV); or the territories and front lines on one date (GeoPackage or GeoJSON)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DATASET"), tr("package id, folder or packed .gpkg"));
    parser.addOption({QStringLiteral("from"), tr("first date of the series"), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), tr("last date of the series"), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("step"), tr("1d, 1w, 1m or 1y (default 1d)"), QStringLiteral("STEP"), QStringLiteral("1d")});
    parser.addOption({QStringLiteral("at"), tr("the date for territories or fronts"), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("metric"), tr("area, population, dual-index, status-share, front-length, dual-days; or territories, fronts"), QStringLiteral("METRIC")});
    parser.addOption({QStringLiteral("calendar"), tr("calendar of the dates given and printed: gregorian (default) or julian"), QStringLiteral("CALENDAR")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("OUT.csv for series; OUT.gpkg or OUT.geojson for geometry"), QStringLiteral("OUT")});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("%1 needs exactly one DATASET").arg(QStringLiteral("analyze")));
    const QString metricName = parser.value(QStringLiteral("metric"));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return fail(tr("%1 needs -o OUT").arg(QStringLiteral("analyze")));
    const auto cal = parseCalendarOption(parser.value(QStringLiteral("calendar")));
    if (!cal)
        return UsageError;
    const bool geometry = metricName == QLatin1String("territories") || metricName == QLatin1String("fronts");
    const auto metric = analysis::metricFromName(metricName);
    if (!geometry && !metric)
        return fail(tr("unknown metric \"%1\": use area, population, dual-index, status-share, front-length, dual-days, territories or fronts").arg(metricName));

    std::optional<HistoricalDate> from, to, at;
    std::optional<analysis::Step> step;
    if (geometry) {
        if (!(at = parseDateOption(parser.value(QStringLiteral("at")), *cal)))
            return UsageError;
        if (vectorwriter::driverForPath(output).isEmpty())
            return fail(tr("\"%1\": write territories and fronts to .gpkg, .geojson, .shp, .kml, .fgb or .csv").arg(output));
    } else {
        if (!(from = parseDateOption(parser.value(QStringLiteral("from")), *cal)) ||
            !(to = parseDateOption(parser.value(QStringLiteral("to")), *cal)))
            return UsageError;
        if (to->queryTime() < from->queryTime())
            return fail(tr("--to is before --from"));
        if (!(step = analysis::stepFromName(parser.value(QStringLiteral("step")))))
            return fail(tr("unknown step \"%1\": use 1d, 1w, 1m or 1y").arg(parser.value(QStringLiteral("step"))));
        if (!output.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            return fail(tr("\"%1\": time series are written as CSV (name it .csv)").arg(output));
    }

    int exitCode = Ok;
    const auto loaded = loadDataset(parser.positionalArguments().first(), exitCode);
    if (!loaded)
        return exitCode;
    const CaseStudy &study = *loaded->result.study;
    ErrorList warnings;
    const SpatialFacts facts = SpatialFacts::build(study, warnings);
    for (const Error &w : warnings)
        err() << tr("warning: %1").arg(problemLine(loaded->path, w)) << Qt::endl;

    if (geometry) {
        const TimePoint t = at->queryTime();
        return metricName == QLatin1String("territories")
                   ? writeGeometry(output, study, facts, t, layerexport::AnalysisLayer::Territories)
                   : writeGeometry(output, study, facts, t, layerexport::AnalysisLayer::Fronts);
    }
    if (*metric == analysis::Metric::Population && !facts.hasPopulation())
        return fail(tr("%1 declares no population (a layer's \"population_field\" in manifest.json)").arg(study.manifest.id));
    const auto rows = analysis::timeSeries(study, facts, *metric, from->queryTime(), to->queryTime(), *step, *cal);
    const int code = writeTable(output, rows);
    if (code == Ok)
        out() << tr("%1: %n rows", nullptr, int(rows.size())).arg(output) << Qt::endl;
    return code;
}

} // namespace dpa::cli
