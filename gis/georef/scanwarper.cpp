#include "georef/scanwarper.h"
#include "io/gdalenvironment.h"
#include "io/gdalerrorcapture.h"
#include "io/handles.h"
#include "io/stagingfolders.h"

#include <QFileInfo>
#include <QObject>
#include <QTemporaryDir>

#include <cpl_conv.h>
#include <gdal.h>
#include <gdal_utils.h>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace dpa {
namespace {

// GDALWarp's working memory: it warps the scan in chunks of this size whatever the scan's.
constexpr const char *kWarpMemoryMB = "256";
// Quality 90 keeps the engraved lines of a 19th-century sheet crisp; 85 (GDAL's COG default)
// smears hairlines and small lettering.
constexpr const char *kJpegQuality = "90";

struct OptionList
{
    QList<QByteArray> args;
    std::vector<char *> argv;
    char **get()
    {
        argv.clear();
        for (QByteArray &a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        return argv.data();
    }
};

struct Scan
{
    GdalDatasetHandle dataset;
    QSize size;
};

Result<Scan> openScan(const QString &path, qint64 maxPixels, GdalErrorCapture &capture)
{
    GdalEnvironment::ensureInitialized();
    if (!QFileInfo::exists(path))
        return Error::at(path, 0, QObject::tr("scan not found"));
    Scan scan;
    scan.dataset.reset(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!scan.dataset)
        return Error::at(path, 0, QObject::tr("GDAL cannot read this file as an image")).withCauses(capture.errors());
    scan.size = QSize(GDALGetRasterXSize(scan.dataset.get()), GDALGetRasterYSize(scan.dataset.get()));
    if (qint64(scan.size.width()) * scan.size.height() > maxPixels)
        return Error::at(path, 0, QObject::tr("the scan is %1 x %2 pixels; at most %3 million pixels can be georeferenced: "
                                              "scale it down or cut it into sheets")
                                      .arg(scan.size.width()).arg(scan.size.height()).arg(maxPixels / 1000000));
    const int bands = GDALGetRasterCount(scan.dataset.get());
    if (bands < 1 || bands > 4)
        return Error::at(path, 0, QObject::tr("the scan has %1 bands; grey, RGB or RGBA is expected").arg(bands));
    return scan;
}

bool isPaletted(GDALDatasetH ds)
{
    return GDALGetRasterCount(ds) == 1 && GDALGetRasterColorTable(GDALGetRasterBand(ds, 1));
}

bool hasAlpha(GDALDatasetH ds)
{
    const int n = GDALGetRasterCount(ds);
    return n == 2 || n == 4 || GDALGetRasterColorInterpretation(GDALGetRasterBand(ds, n)) == GCI_AlphaBand;
}

// A virtual copy of the scan carrying the control points (or the Helmert fit as a
// geotransform), so the scan itself is never touched and GDALWarp reads it through the VRT.
// Paletted scans are expanded to RGBA first: interpolating palette indices would mix unrelated
// colours.
Result<GdalDatasetHandle> georeferencedVrt(GDALDatasetH scan, const QString &scanPath, const GcpSet &gcps,
                                           const GeorefTransform &transform, GdalErrorCapture &capture)
{
    OptionList args;
    args.args = {"-of", "VRT"};
    if (isPaletted(scan))
        args.args << "-expand" << "rgba";
    GDALTranslateOptions *opts = GDALTranslateOptionsNew(args.get(), nullptr);
    GdalDatasetHandle vrt(GDALTranslate("", scan, opts, nullptr));
    GDALTranslateOptionsFree(opts);
    if (!vrt)
        return Error::at(scanPath, 0, QObject::tr("GDAL cannot read this file as an image")).withCauses(capture.errors());
    const QByteArray wkt = gcps.crs.wkt().toUtf8();
    if (const auto &similarity = transform.similarity()) {
        double gt[6];
        similarity->geoTransform(gt);
        GDALSetGCPs(vrt.get(), 0, nullptr, "");
        GDALSetGeoTransform(vrt.get(), gt);
        GDALSetProjection(vrt.get(), wkt.constData());
        return vrt;
    }
    const std::vector<GroundControlPoint> pts = gcps.enabledPoints();
    std::vector<GDAL_GCP> list(pts.size());
    std::vector<QByteArray> ids;
    ids.reserve(pts.size());
    for (size_t i = 0; i < pts.size(); ++i) {
        ids.push_back(pts[i].id.toUtf8());
        list[i].pszId = ids.back().data();
        list[i].pszInfo = const_cast<char *>("");
        list[i].dfGCPPixel = pts[i].pixel;
        list[i].dfGCPLine = pts[i].line;
        list[i].dfGCPX = pts[i].mapX;
        list[i].dfGCPY = pts[i].mapY;
        list[i].dfGCPZ = 0;
    }
    if (GDALSetGCPs(vrt.get(), int(list.size()), list.data(), wkt.constData()) != CE_None)
        return Error::at(gcps.file, 0, QObject::tr("cannot attach the control points to the scan")).withCauses(capture.errors());
    return vrt;
}

// gdalwarp's arguments for the method. METHOD= is explicit because a scan that already has a
// geotransform would otherwise be warped by it, not by the control points.
QList<QByteArray> methodArguments(GeorefMethod method)
{
    switch (method) {
    case GeorefMethod::Helmert: return {"-to", "METHOD=GEOTRANSFORM"};
    case GeorefMethod::Polynomial1: return {"-to", "METHOD=GCP_POLYNOMIAL", "-order", "1"};
    case GeorefMethod::Polynomial2: return {"-to", "METHOD=GCP_POLYNOMIAL", "-order", "2"};
    case GeorefMethod::Polynomial3: return {"-to", "METHOD=GCP_POLYNOMIAL", "-order", "3"};
    case GeorefMethod::ThinPlateSpline: return {"-to", "METHOD=GCP_TPS", "-tps"};
    }
    return {};
}

struct Prepared
{
    GdalDatasetHandle scan, vrt;
    GeorefTransform transform;
    GeorefResiduals residuals;
    Crs targetCrs;
    bool alpha = false;
};

Result<Prepared> prepare(const QString &scanPath, const GcpSet &gcps, GeorefMethod method, const Crs &targetCrs,
                         qint64 maxPixels, GdalErrorCapture &capture)
{
    if (!gcps.crs.isValid())
        return Error::at(gcps.file, 0, QObject::tr("the control points state no CRS for their map coordinates"));
    auto transform = GeorefTransform::fit(gcps, method);
    if (!transform)
        return transform.error();
    auto scan = openScan(scanPath, maxPixels, capture);
    if (!scan)
        return scan.error();
    Prepared p;
    p.transform = *transform;
    p.residuals = GeorefResiduals::compute(gcps, *transform);
    p.targetCrs = targetCrs.isValid() ? targetCrs : gcps.crs;
    p.alpha = hasAlpha(scan->dataset.get()) || isPaletted(scan->dataset.get());
    auto vrt = georeferencedVrt(scan->dataset.get(), scanPath, gcps, *transform, capture);
    if (!vrt)
        return vrt.error();
    p.scan = std::move(scan->dataset);
    p.vrt = std::move(*vrt);
    return p;
}

QList<QByteArray> warpArguments(const Prepared &p, GeorefMethod method)
{
    QList<QByteArray> args{"-t_srs", p.targetCrs.wkt().toUtf8(), "-r", "bilinear", "-wm", kWarpMemoryMB};
    args << methodArguments(method);
    if (p.alpha)
        args << "-srcalpha";
    args << "-dstalpha";
    return args;
}

bool syncToDisk(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

struct ProgressState
{
    const std::function<bool(double)> *progress;
    bool cancelled = false;
};

int CPL_STDCALL progressThunk(double done, const char *, void *data)
{
    auto *state = static_cast<ProgressState *>(data);
    if (!(*state->progress)(done))
        state->cancelled = true;
    return state->cancelled ? FALSE : TRUE;
}

} // namespace

Result<ScanWarpResult> warpScan(const ScanWarpRequest &request)
{
    const QString out = QFileInfo(request.outputPath).absoluteFilePath();
    GdalErrorCapture capture;
    auto prepared = prepare(request.scanPath, request.gcps, request.method, request.targetCrs, request.maxPixels, capture);
    if (!prepared)
        return prepared.error();

    // A warped VRT: the geometry of the result (its size and geotransform) without a pixel read.
    OptionList warpArgs;
    warpArgs.args = warpArguments(*prepared, request.method);
    warpArgs.args << "-of" << "VRT";
    GDALWarpAppOptions *warpOpts = GDALWarpAppOptionsNew(warpArgs.get(), nullptr);
    GDALDatasetH sources[] = {prepared->vrt.get()};
    int usageError = 0;
    GdalDatasetHandle warped(GDALWarp("", nullptr, 1, sources, warpOpts, &usageError));
    GDALWarpAppOptionsFree(warpOpts);
    if (!warped || usageError)
        return Error::at(request.scanPath, 0, QObject::tr("cannot warp the scan into %1").arg(prepared->targetCrs.name()))
            .withCauses(capture.errors());
    const QSize size(GDALGetRasterXSize(warped.get()), GDALGetRasterYSize(warped.get()));
    if (qint64(size.width()) * size.height() > request.maxPixels)
        return Error::at(request.scanPath, 0, QObject::tr("the warped map would be %1 x %2 pixels; at most %3 million are allowed "
                                                          "(a transformation that bends far outside the points makes it huge: check "
                                                          "the residuals, or scale the scan down)")
                                                  .arg(size.width()).arg(size.height()).arg(request.maxPixels / 1000000));

    // Written in a staging folder beside the target, then renamed onto it in one step.
    const QFileInfo target(out);
    if (!target.absoluteDir().exists())
        return Error::at(out, 0, QObject::tr("folder %1 does not exist").arg(target.absolutePath()));
    StagingFolders::removeStale(target.absolutePath());
    QTemporaryDir staging(StagingFolders::pattern(target.absolutePath()));
    if (!staging.isValid())
        return Error::at(out, 0, QObject::tr("cannot write in %1 (%2)").arg(target.absolutePath(), staging.errorString()));
    const QString staged = staging.filePath(target.fileName());

    const bool eightBit = GDALGetRasterDataType(GDALGetRasterBand(warped.get(), 1)) == GDT_Byte;
    const int colourBands = GDALGetRasterCount(warped.get()) - 1;   // the last is -dstalpha's
    const bool jpeg = eightBit && (colourBands == 1 || colourBands == 3);
    OptionList cogArgs;
    cogArgs.args = {"-of", "COG", "-co", "BLOCKSIZE=512", "-co", "OVERVIEWS=AUTO", "-co", "BIGTIFF=IF_SAFER"};
    if (jpeg)
        cogArgs.args << "-co" << "COMPRESS=JPEG" << "-co" << QByteArray("QUALITY=") + kJpegQuality;
    else
        cogArgs.args << "-co" << "COMPRESS=DEFLATE" << "-co" << "PREDICTOR=YES";
    GDALTranslateOptions *cogOpts = GDALTranslateOptionsNew(cogArgs.get(), nullptr);
    ProgressState progress{&request.progress};
    if (request.progress)
        GDALTranslateOptionsSetProgress(cogOpts, progressThunk, &progress);
    GdalDatasetHandle written(GDALTranslate(staged.toUtf8().constData(), warped.get(), cogOpts, &usageError));
    GDALTranslateOptionsFree(cogOpts);
    if (!written || usageError) {
        if (progress.cancelled)
            return Error::at(out, 0, QObject::tr("cancelled; nothing was written"));
        return Error::at(out, 0, QObject::tr("cannot write the warped map")).withCauses(capture.errors());
    }
    double gt[6];
    GDALGetGeoTransform(written.get(), gt);
    written.reset();   // flushed and closed before it is measured and moved
    if (!capture.errors().isEmpty())
        return Error::at(out, 0, QObject::tr("cannot write the warped map")).withCauses(capture.errors());
    const qint64 bytes = QFileInfo(staged).size();
    if (bytes > RasterLimits::kMaxFileBytes)
        return Error::at(out, 0, QObject::tr("the warped map is %1 MB; a package's period map may be at most %2 MB: "
                                             "scale the scan down")
                                     .arg(bytes >> 20).arg(RasterLimits::kMaxFileBytes >> 20));
    if (!syncToDisk(staged))
        return Error::at(out, 0, QObject::tr("cannot write to disk (full?)"));
    if (std::rename(QFile::encodeName(staged).constData(), QFile::encodeName(out).constData()) != 0)
        return Error::at(out, 0, QObject::tr("cannot move the finished file into place"));
    QFile::setPermissions(out, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);

    ScanWarpResult result;
    result.path = out;
    result.size = size;
    result.crs = prepared->targetCrs;
    result.extent = {gt[0], gt[3] + gt[5] * size.height(), gt[0] + gt[1] * size.width(), gt[3]};
    result.residuals = prepared->residuals;
    return result;
}

Result<ArgbImage> warpScanToImage(const QString &scanPath, const GcpSet &gcps, GeorefMethod method, const Crs &targetCrs,
                                  const BoundingBox &extent, QSize size)
{
    if (!targetCrs.isValid() || !extent.isValid() || size.isEmpty())
        return Error::at(scanPath, 0, QObject::tr("the preview needs a CRS, an extent and a size"));
    GdalErrorCapture capture;
    auto prepared = prepare(scanPath, gcps, method, targetCrs, RasterLimits::kMaxPixels, capture);
    if (!prepared)
        return prepared.error();
    const int colourBands = GDALGetRasterCount(prepared->vrt.get()) - (prepared->alpha ? 1 : 0);
    GdalDatasetHandle dst(GDALCreate(GDALGetDriverByName("MEM"), "", size.width(), size.height(), colourBands + 1,
                                     GDT_Byte, nullptr));
    double gt[6] = {extent.xMin, extent.width() / size.width(), 0, extent.yMax, 0, -extent.height() / size.height()};
    GDALSetGeoTransform(dst.get(), gt);
    GDALSetProjection(dst.get(), targetCrs.wkt().toUtf8().constData());
    OptionList args;
    args.args = warpArguments(*prepared, method);
    args.args.removeAt(0);   // -t_srs and its value: the destination dataset has its CRS
    args.args.removeAt(0);
    GDALWarpAppOptions *opts = GDALWarpAppOptionsNew(args.get(), nullptr);
    GDALDatasetH sources[] = {prepared->vrt.get()};
    int usageError = 0;
    GDALDatasetH out = GDALWarp(nullptr, dst.get(), 1, sources, opts, &usageError);
    GDALWarpAppOptionsFree(opts);
    if (!out || usageError)
        return Error::at(scanPath, 0, QObject::tr("cannot warp the scan into %1").arg(targetCrs.name())).withCauses(capture.errors());

    const int w = size.width(), h = size.height();
    std::vector<std::vector<uchar>> planes(colourBands + 1, std::vector<uchar>(size_t(w) * h));
    for (int b = 0; b <= colourBands; ++b)
        if (GDALRasterIO(GDALGetRasterBand(dst.get(), b + 1), GF_Read, 0, 0, w, h, planes[b].data(), w, h, GDT_Byte, 0, 0) != CE_None)
            return Error::at(scanPath, 0, QObject::tr("cannot read the warped pixels")).withCauses(capture.errors());
    ArgbImage image;
    image.size = size;
    image.pixels.resize(qsizetype(w) * h * 4);
    quint32 *px = reinterpret_cast<quint32 *>(image.pixels.data());
    const bool grey = colourBands < 3;
    for (size_t i = 0; i < size_t(w) * h; ++i) {
        const uchar r = planes[0][i], g = grey ? r : planes[1][i], b = grey ? r : planes[2][i];
        px[i] = (quint32(planes[colourBands][i]) << 24) | (quint32(r) << 16) | (quint32(g) << 8) | b;
    }
    return image;
}

} // namespace dpa
