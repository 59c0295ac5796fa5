#include "io/rasterreader.h"
#include "io/coordinatetransform.h"
#include "io/gdalenvironment.h"
#include "io/gdalerrorcapture.h"
#include "io/handles.h"

#include <QFileInfo>
#include <QObject>

#include <cpl_conv.h>
#include <gdal.h>
#include <gdal_utils.h>
#include <gdalwarper.h>

namespace dpa {
namespace {

// Thin-plate splines need at least a handful of points to be meaningful; below that a
// first-order polynomial (affine fit) is the honest choice.
constexpr int kMinGcpsForThinPlateSpline = 6;

// While a package's raster is opened, GDAL may not look beside it: no external overview
// (.ovr), no .aux.xml, no mask file. Those side files are opened with any driver, so a .ovr
// that is a VRT would draw any file on disk into the map (issue 19, S3). Overviews inside the
// file (a COG's, or gdaladdo without -ro) still work.
class NoSideFiles
{
public:
    explicit NoSideFiles(bool active) : m_active(active)
    {
        if (!m_active)
            return;
        CPLSetThreadLocalConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR");
        CPLSetThreadLocalConfigOption("GDAL_PAM_ENABLED", "NO");
    }
    ~NoSideFiles()
    {
        if (!m_active)
            return;
        CPLSetThreadLocalConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", nullptr);
        CPLSetThreadLocalConfigOption("GDAL_PAM_ENABLED", nullptr);
    }
    NoSideFiles(const NoSideFiles &) = delete;
    NoSideFiles &operator=(const NoSideFiles &) = delete;

private:
    bool m_active;
};

using RasterLimits::kMaxPixels;
using RasterLimits::kMaxPixelsWithoutOverviews;

std::optional<Error> checkPixelCount(GDALDatasetH ds, const QString &name)
{
    const qint64 w = GDALGetRasterXSize(ds), h = GDALGetRasterYSize(ds);
    const qint64 pixels = w * h;
    if (pixels > kMaxPixels)
        return Error::at(name, 0, QObject::tr("raster is %1 x %2 pixels; at most %3 million pixels are allowed")
                                      .arg(w).arg(h).arg(kMaxPixels / 1000000));
    const bool overviews = GDALGetRasterCount(ds) > 0 && GDALGetOverviewCount(GDALGetRasterBand(ds, 1)) > 0;
    if (pixels > kMaxPixelsWithoutOverviews && !overviews)
        return Error::at(name, 0, QObject::tr("raster is %1 x %2 pixels and has no overviews: add them inside the file "
                                              "(gdaladdo FILE) or save it as a Cloud Optimized GeoTIFF (gdal_translate -of COG)")
                                      .arg(w).arg(h));
    return std::nullopt;
}

struct OpenedRaster
{
    GdalDatasetHandle dataset;
    Crs crs;
    int gcpCount = 0;
    bool hasGeoTransform = false;
};

Result<OpenedRaster> openRaster(const QString &path, const RasterWarpRequest &request, GdalErrorCapture &capture)
{
    GdalEnvironment::ensureInitialized();
    const QString name = request.displayName.isEmpty() ? path : request.displayName;
    const QFileInfo info(path);
    if (!request.connectionString && !info.exists())
        return Error::at(name, 0, QObject::tr("file not found"));
    if (!request.connectionString && info.size() > request.maxFileBytes)
        return Error::at(name, 0, QObject::tr("raster is %1 MB; at most %2 MB is allowed")
                                      .arg(info.size() >> 20).arg(request.maxFileBytes >> 20));

    const GdalDriverList drivers(request.allowedDrivers);

    OpenedRaster r;
    r.dataset.reset(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY,
                               drivers.get(), nullptr, nullptr));
    if (!r.dataset)
        return Error::at(name, 0, QObject::tr("cannot open as a raster")).withCauses(capture.errors());

    double gt[6];
    r.hasGeoTransform = GDALGetGeoTransform(r.dataset.get(), gt) == CE_None;
    r.gcpCount = GDALGetGCPCount(r.dataset.get());
    const char *wkt = r.gcpCount > 0 ? GDALGetGCPProjection(r.dataset.get())
                                     : GDALGetProjectionRef(r.dataset.get());
    if (!r.hasGeoTransform && r.gcpCount == 0)
        return Error::at(name, 0, QObject::tr("raster is not georeferenced (no geotransform, no ground control points)"));
    if (!wkt || !*wkt)
        return Error::at(name, 0, QObject::tr("raster has no CRS"));
    auto crs = Crs::fromUserInput(QString::fromUtf8(wkt));
    if (!crs)
        return Error::at(name, 0, QObject::tr("raster CRS not understood")).withCauses(crs.error().causes);
    r.crs = *crs;
    return r;
}

} // namespace

Result<RasterInfo> inspectRaster(const QString &path, const RasterWarpRequest &request)
{
    const NoSideFiles guard(!request.connectionString);
    GdalErrorCapture capture;
    auto opened = openRaster(path, request, capture);
    if (!opened)
        return opened.error();
    RasterInfo info;
    GDALDatasetH ds = opened->dataset.get();
    info.size = QSize(GDALGetRasterXSize(ds), GDALGetRasterYSize(ds));
    info.bandCount = GDALGetRasterCount(ds);
    info.gcpCount = opened->gcpCount;
    info.hasGeoTransform = opened->hasGeoTransform;
    info.crs = opened->crs;
    if (request.targetCrs.isValid()) {
        // The footprint through the same transformer the warp uses.
        void *transformer = GDALCreateGenImgProjTransformer2(ds, nullptr, nullptr);
        if (transformer) {
            double minX, minY, maxX, maxY, gt[6];
            int px, py;
            if (GDALSuggestedWarpOutput(ds, GDALGenImgProjTransform, transformer, gt, &px, &py) == CE_None) {
                minX = gt[0]; maxY = gt[3]; maxX = gt[0] + gt[1] * px; minY = gt[3] + gt[5] * py;
                auto t = CoordinateTransform::create(opened->crs, request.targetCrs);
                if (t)
                    info.boundsInTarget = t->transformBounds({minX, minY, maxX, maxY});
            }
            GDALDestroyGenImgProjTransformer(transformer);
        }
    }
    return info;
}

Result<ArgbImage> warpRaster(const QString &path, const RasterWarpRequest &request)
{
    const QString name = request.displayName.isEmpty() ? path : request.displayName;
    if (!request.targetCrs.isValid() || !request.extent.isValid() || request.size.isEmpty())
        return Error::at(name, 0, QObject::tr("raster warp needs a target CRS, extent and size"));
    const NoSideFiles guard(!request.connectionString);
    GdalErrorCapture capture;
    auto opened = openRaster(path, request, capture);
    if (!opened)
        return opened.error();
    GDALDatasetH src = opened->dataset.get();
    // A tile service is a virtual raster of the whole world, read only where the view is.
    if (!request.connectionString)
        if (auto problem = checkPixelCount(src, name))
            return *problem;

    // Paletted rasters become RGBA first, so every source warps the same way: through a VRT,
    // which expands only the pixels the warp reads (a copy in memory would be the whole scan).
    GdalDatasetHandle expanded;
    const int bands = GDALGetRasterCount(src);
    const bool paletted = bands == 1 && GDALGetRasterColorTable(GDALGetRasterBand(src, 1));
    if (paletted) {
        const char *args[] = {"-of", "VRT", "-expand", "rgba", nullptr};
        GDALTranslateOptions *opts = GDALTranslateOptionsNew(const_cast<char **>(args), nullptr);
        expanded.reset(GDALTranslate("", src, opts, nullptr));
        GDALTranslateOptionsFree(opts);
        if (!expanded)
            return Error::at(name, 0, QObject::tr("cannot expand the colour table")).withCauses(capture.errors());
        src = expanded.get();
    }
    const int srcBands = GDALGetRasterCount(src);
    const bool srcHasAlpha = srcBands == 4 || srcBands == 2;
    const int colourBands = srcHasAlpha ? srcBands - 1 : srcBands;
    if (colourBands != 1 && colourBands != 3)
        return Error::at(name, 0, QObject::tr("raster has %1 bands; grey, RGB or RGBA is expected").arg(srcBands));

    GDALDriverH mem = GDALGetDriverByName("MEM");
    GdalDatasetHandle dst(GDALCreate(mem, "", request.size.width(), request.size.height(),
                                     colourBands + 1, GDT_Byte, nullptr));
    const double gt[6] = {request.extent.xMin, request.extent.width() / request.size.width(), 0,
                          request.extent.yMax, 0, -request.extent.height() / request.size.height()};
    GDALSetGeoTransform(dst.get(), const_cast<double *>(gt));
    GDALSetProjection(dst.get(), request.targetCrs.wkt().toUtf8().constData());

    QList<QByteArray> args{"-r", "bilinear"};
    if (!srcHasAlpha)
        args << "-dstalpha";
    else
        args << "-srcalpha" << "-dstalpha";
    if (opened->gcpCount >= kMinGcpsForThinPlateSpline && request.thinPlateSpline)
        args << "-tps";
    else if (opened->gcpCount > 0)
        args << "-order" << "1";
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    GDALWarpAppOptions *opts = GDALWarpAppOptionsNew(argv.data(), nullptr);
    GDALDatasetH srcList[] = {src};
    int usageError = 0;
    GDALDatasetH out = GDALWarp(nullptr, dst.get(), 1, srcList, opts, &usageError);
    GDALWarpAppOptionsFree(opts);
    if (!out || usageError)
        return Error::at(name, 0, QObject::tr("cannot warp raster to %1").arg(request.targetCrs.name()))
            .withCauses(capture.errors());

    const int w = request.size.width(), h = request.size.height();
    ArgbImage image;
    image.size = request.size;
    image.pixels.resize(qsizetype(w) * h * 4);
    std::vector<uchar> buffer(size_t(w) * h);
    std::vector<std::vector<uchar>> planes;
    for (int b = 1; b <= colourBands + 1; ++b) {
        if (GDALRasterIO(GDALGetRasterBand(dst.get(), b), GF_Read, 0, 0, w, h, buffer.data(), w, h,
                         GDT_Byte, 0, 0) != CE_None)
            return Error::at(name, 0, QObject::tr("cannot read warped pixels")).withCauses(capture.errors());
        planes.push_back(buffer);
    }
    const std::vector<uchar> &alpha = planes.back();
    for (int y = 0; y < h; ++y) {
        quint32 *line = reinterpret_cast<quint32 *>(image.pixels.data()) + qsizetype(y) * w;
        for (int x = 0; x < w; ++x) {
            const size_t i = size_t(y) * w + x;
            const uchar r = planes[0][i];
            const uchar g = colourBands == 3 ? planes[1][i] : r;
            const uchar b = colourBands == 3 ? planes[2][i] : r;
            line[x] = (quint32(alpha[i]) << 24) | (quint32(r) << 16) | (quint32(g) << 8) | b;
        }
    }
    return image;
}

} // namespace dpa
