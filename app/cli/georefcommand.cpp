#include "clicommands.h"
#include "clicontext.h"
#include "georef/gcpfile.h"
#include "georef/scanwarper.h"

#include <QFileInfo>

#include <cmath>

namespace dpa::cli {
namespace {

QString fixed(double v, int decimals)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("-");
}

// One row per point, the columns of QGIS's GCP table: where it is on the scan and the map, its
// residual in pixels (x right, y down) and on the ground, and whether it stands out.
void printResiduals(const GcpSet &set, const GeorefResiduals &residuals)
{
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                 .arg(QStringLiteral("id"), -6)
                 .arg(QStringLiteral("pixel"), 10)
                 .arg(QStringLiteral("line"), 10)
                 .arg(QStringLiteral("map x"), 14)
                 .arg(QStringLiteral("map y"), 14)
                 .arg(QStringLiteral("dx px"), 8)
                 .arg(QStringLiteral("dy px"), 8)
                 .arg(QStringLiteral("px"), 8)
                 .arg(QStringLiteral("m"), 9)
          << Qt::endl;
    for (size_t i = 0; i < set.points.size(); ++i) {
        const GroundControlPoint &p = set.points[i];
        const GcpResidual &r = residuals.points[i];
        QString note;
        if (!p.enabled)
            note = QStringLiteral("  disabled (check point)");
        else if (r.outlier)
            note = QStringLiteral("  OUTLIER");
        if (!r.computed)
            note += QStringLiteral("  (outside the transformation)");
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                     .arg(p.id, -6)
                     .arg(fixed(p.pixel, 2), 10)
                     .arg(fixed(p.line, 2), 10)
                     .arg(fixed(p.mapX, 3), 14)
                     .arg(fixed(p.mapY, 3), 14)
                     .arg(fixed(r.pixels.x(), 3), 8)
                     .arg(fixed(r.pixels.y(), 3), 8)
                     .arg(fixed(r.pixelLength, 3), 8)
                     .arg(fixed(r.metres, 3), 9)
              << note << Qt::endl;
    }
}

} // namespace

int runGeoref(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Georeference a scan by its ground control points: fit the transformation, report each point's residual "
        "(pixels and metres) and the RMS, and write the warped map as a compressed, tiled GeoTIFF with overviews, "
        "ready to be a period map. Control points are read from QGIS's .points or a CSV "
        "(id,pixel,line,map_x,map_y,enabled,crs). The output appears only once it is complete."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("SCAN"), QStringLiteral("the scan: any image GDAL reads (JPEG, PNG, TIFF, …)"));
    parser.addOption({QStringLiteral("gcps"), QStringLiteral("the control points, .points (QGIS) or .csv"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("method"),
                      QStringLiteral("helmert (2+ points), poly1 (affine, 3+), poly2 (6+), poly3 (10+) or tps (thin plate "
                                     "spline, 3+); default poly1"),
                      QStringLiteral("METHOD"), QStringLiteral("poly1")});
    parser.addOption({QStringLiteral("crs"),
                      QStringLiteral("CRS of the points' map coordinates, for a file that names none (QGIS's older .points)"),
                      QStringLiteral("CRS")});
    parser.addOption({QStringLiteral("target-crs"), QStringLiteral("CRS of the warped map (default: the points' CRS)"),
                      QStringLiteral("CRS")});
    parser.addOption({QStringLiteral("report-only"), QStringLiteral("print the residuals and write nothing")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("the warped map, a .tif"), QStringLiteral("OUT.tif")});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    const bool reportOnly = parser.isSet(QStringLiteral("report-only"));
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("gcps")) ||
        (!reportOnly && !parser.isSet(QStringLiteral("output"))))
        return fail(QStringLiteral("georef needs one SCAN, --gcps FILE and -o OUT.tif (see dpatlas-cli georef --help)"));
    const auto method = GeorefMethods::fromKey(parser.value(QStringLiteral("method")));
    if (!method)
        return fail(QStringLiteral("unknown --method \"%1\": use one of %2")
                        .arg(parser.value(QStringLiteral("method")), GeorefMethods::keys().join(QStringLiteral(", "))));
    const QString output = parser.value(QStringLiteral("output"));
    if (!reportOnly && !output.endsWith(QLatin1String(".tif"), Qt::CaseInsensitive) &&
        !output.endsWith(QLatin1String(".tiff"), Qt::CaseInsensitive))
        return fail(QStringLiteral("%1: the warped map is written as a GeoTIFF; name it .tif").arg(output));
    Crs pointsCrs, targetCrs;
    for (auto [option, crs] : {std::pair{QStringLiteral("crs"), &pointsCrs}, {QStringLiteral("target-crs"), &targetCrs}}) {
        if (!parser.isSet(option))
            continue;
        auto parsed = Crs::fromUserInput(parser.value(option));
        if (!parsed)
            return fail(QStringLiteral("--%1: %2").arg(option, parsed.error().toString()));
        *crs = *parsed;
    }

    auto gcps = GcpFile::read(parser.value(QStringLiteral("gcps")), pointsCrs);
    if (!gcps) {
        err() << gcps.error().toString() << Qt::endl;
        return Invalid;
    }
    if (!gcps->crs.isValid()) {
        err() << Error::at(gcps->file, 1, QStringLiteral("the file names no CRS for its map coordinates: give it with --crs"))
                     .toString()
              << Qt::endl;
        return Invalid;
    }
    const QString scan = parser.positionalArguments().constFirst();
    out() << "control points: " << gcps->file << " (" << gcps->points.size() << ", " << gcps->enabledPoints().size()
          << " enabled), map coordinates in " << gcps->crs.name() << Qt::endl;
    out() << "method: " << GeorefMethods::displayName(*method) << Qt::endl;

    auto transform = GeorefTransform::fit(*gcps, *method);
    if (!transform) {
        err() << transform.error().toString() << Qt::endl;
        return Invalid;
    }
    const GeorefResiduals residuals = GeorefResiduals::compute(*gcps, *transform);
    printResiduals(*gcps, residuals);
    out() << "RMS: " << fixed(residuals.rmsPixels, 3) << " px, " << fixed(residuals.rmsMetres, 3) << " m over "
          << gcps->enabledPoints().size() << " enabled points";
    if (residuals.outliers > 0)
        out() << "; " << residuals.outliers << " outlier(s): residual over "
              << GeorefResiduals::kOutlierFactor << " times the median";
    out() << Qt::endl;
    if (*method == GeorefMethod::ThinPlateSpline)
        out() << "(a thin plate spline passes through every enabled point: its residuals are zero by construction; "
                 "disable a few points to check it)"
              << Qt::endl;
    if (reportOnly)
        return Ok;

    ScanWarpRequest request;
    request.scanPath = scan;
    request.gcps = *gcps;
    request.method = *method;
    request.targetCrs = targetCrs;
    request.outputPath = output;
    const auto warped = warpScan(request);
    if (!warped) {
        err() << warped.error().toString() << Qt::endl;
        err() << "dpatlas-cli: " << output << ": nothing written" << Qt::endl;
        return Invalid;
    }
    out() << "wrote " << output << ": " << warped->size.width() << " x " << warped->size.height() << " pixels in "
          << warped->crs.name() << Qt::endl;
    return Ok;
}

} // namespace dpa::cli
