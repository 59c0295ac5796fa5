#include "clicommands.h"
#include "clicontext.h"
#include "clitext.h"
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
                 .arg(tr("pixel", "column header: a control point's column on the scan"), 10)
                 .arg(tr("line", "column header: a control point's row on the scan"), 10)
                 .arg(tr("map x", "column header"), 14)
                 .arg(tr("map y", "column header"), 14)
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
            note = QStringLiteral("  ") + tr("disabled (check point)");
        else if (r.outlier)
            note = QStringLiteral("  ") + tr("OUTLIER");
        if (!r.computed)
            note += QStringLiteral("  ") + tr("(outside the transformation)");
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
    parser.setApplicationDescription(tr(
        "Georeference a scan by its ground control points: fit the transformation, report each point's residual "
        "(pixels and metres) and the RMS, and write the warped map as a compressed, tiled GeoTIFF with overviews, "
        "ready to be a period map. Control points are read from QGIS's .points or a CSV "
        "(id,pixel,line,map_x,map_y,enabled,crs). The output appears only once it is complete."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("SCAN"), tr("the scan: any image GDAL reads (JPEG, PNG, TIFF, …)"));
    parser.addOption({QStringLiteral("gcps"), tr("the control points, .points (QGIS) or .csv"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("method"),
                      tr("helmert (2+ points), poly1 (affine, 3+), poly2 (6+), poly3 (10+) or tps (thin plate "
                         "spline, 3+); default poly1"),
                      QStringLiteral("METHOD"), QStringLiteral("poly1")});
    parser.addOption({QStringLiteral("crs"),
                      tr("CRS of the points' map coordinates, for a file that names none (QGIS's older .points)"),
                      QStringLiteral("CRS")});
    parser.addOption({QStringLiteral("target-crs"), tr("CRS of the warped map (default: the points' CRS)"),
                      QStringLiteral("CRS")});
    parser.addOption({QStringLiteral("report-only"), tr("print the residuals and write nothing")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("the warped map, a .tif"), QStringLiteral("OUT.tif")});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    const bool reportOnly = parser.isSet(QStringLiteral("report-only"));
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("gcps")) ||
        (!reportOnly && !parser.isSet(QStringLiteral("output"))))
        return fail(tr("georef needs one SCAN, --gcps FILE and -o OUT.tif (see dpatlas-cli georef --help)"));
    const auto method = GeorefMethods::fromKey(parser.value(QStringLiteral("method")));
    if (!method)
        return fail(tr("unknown --method \"%1\": use one of %2")
                        .arg(parser.value(QStringLiteral("method")), GeorefMethods::keys().join(QStringLiteral(", "))));
    const QString output = parser.value(QStringLiteral("output"));
    if (!reportOnly && !output.endsWith(QLatin1String(".tif"), Qt::CaseInsensitive) &&
        !output.endsWith(QLatin1String(".tiff"), Qt::CaseInsensitive))
        return fail(tr("%1: the warped map is written as a GeoTIFF; name it .tif").arg(output));
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
        err() << Error::at(gcps->file, 1, tr("the file names no CRS for its map coordinates: give it with --crs"))
                     .toString()
              << Qt::endl;
        return Invalid;
    }
    const QString scan = parser.positionalArguments().constFirst();
    //: %1 is the file, %2 the number of points in it, %3 the CRS's name
    out() << tr("control points: %1 (%2, %n enabled), map coordinates in %3", nullptr, int(gcps->enabledPoints().size()))
                 .arg(gcps->file, QString::number(gcps->points.size()), gcps->crs.name())
          << Qt::endl;
    out() << tr("method: %1").arg(GeorefMethods::displayName(*method)) << Qt::endl;

    auto transform = GeorefTransform::fit(*gcps, *method);
    if (!transform) {
        err() << transform.error().toString() << Qt::endl;
        return Invalid;
    }
    const GeorefResiduals residuals = GeorefResiduals::compute(*gcps, *transform);
    printResiduals(*gcps, residuals);
    out() << tr("RMS: %1 px, %2 m over %n enabled points", nullptr, int(gcps->enabledPoints().size()))
                 .arg(fixed(residuals.rmsPixels, 3), fixed(residuals.rmsMetres, 3));
    if (residuals.outliers > 0)
        out() << "; "
              << tr("%n outlier(s): residual over %1 times the median", nullptr, residuals.outliers)
                     .arg(GeorefResiduals::kOutlierFactor);
    out() << Qt::endl;
    if (*method == GeorefMethod::ThinPlateSpline)
        out() << tr("(a thin plate spline passes through every enabled point: its residuals are zero by construction; "
                    "disable a few points to check it)")
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
        err() << "dpatlas-cli: " << tr("%1: nothing written").arg(output) << Qt::endl;
        return Invalid;
    }
    out() << tr("wrote %1: %2 x %3 pixels in %4")
                 .arg(output, QString::number(warped->size.width()), QString::number(warped->size.height()), warped->crs.name())
          << Qt::endl;
    return Ok;
}

} // namespace dpa::cli
