#include "georef/scanimage.h"
#include "io/gdalenvironment.h"
#include "io/gdalerrorcapture.h"
#include "io/handles.h"

#include <QFileInfo>
#include <QObject>

#include <gdal.h>

#include <cmath>

namespace dpa {

Result<ScanImage> readScanImage(const QString &path, int maxSide)
{
    GdalEnvironment::ensureInitialized();
    GdalErrorCapture capture;
    if (!QFileInfo::exists(path))
        return Error::at(path, 0, QObject::tr("scan not found"));
    GdalDatasetHandle ds(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds)
        return Error::at(path, 0, QObject::tr("GDAL cannot read this file as an image")).withCauses(capture.errors());
    ScanImage out;
    out.scanSize = QSize(GDALGetRasterXSize(ds.get()), GDALGetRasterYSize(ds.get()));
    const int longer = std::max(out.scanSize.width(), out.scanSize.height());
    out.scale = longer > maxSide ? double(longer) / maxSide : 1.0;
    const int w = std::max(1, int(std::lround(out.scanSize.width() / out.scale)));
    const int h = std::max(1, int(std::lround(out.scanSize.height() / out.scale)));
    out.image.size = QSize(w, h);
    out.image.pixels.resize(qsizetype(w) * h * 4);

    const int bands = GDALGetRasterCount(ds.get());
    GDALRasterBandH first = GDALGetRasterBand(ds.get(), 1);
    GDALColorTableH palette = bands == 1 ? GDALGetRasterColorTable(first) : nullptr;
    std::vector<std::vector<quint8>> planes;
    for (int b = 1; b <= std::min(bands, 4); ++b) {
        std::vector<quint8> plane(size_t(w) * h);
        // Averaging while shrinking keeps thin engraved lines visible instead of dropping them.
        GDALRasterIOExtraArg extra;
        INIT_RASTERIO_EXTRA_ARG(extra);
        extra.eResampleAlg = palette ? GRIORA_NearestNeighbour : GRIORA_Average;
        if (GDALRasterIOEx(GDALGetRasterBand(ds.get(), b), GF_Read, 0, 0, out.scanSize.width(), out.scanSize.height(), plane.data(),
                           w, h, GDT_Byte, 0, 0, &extra) != CE_None)
            return Error::at(path, 0, QObject::tr("cannot read the scan's pixels")).withCauses(capture.errors());
        planes.push_back(std::move(plane));
    }
    quint32 *px = reinterpret_cast<quint32 *>(out.image.pixels.data());
    for (size_t i = 0; i < size_t(w) * h; ++i) {
        quint32 r, g, b, a = 255;
        if (palette) {
            const GDALColorEntry *e = GDALGetColorEntry(palette, planes[0][i]);
            r = e ? e->c1 : 0; g = e ? e->c2 : 0; b = e ? e->c3 : 0; a = e ? e->c4 : 255;
        } else if (planes.size() >= 3) {
            r = planes[0][i]; g = planes[1][i]; b = planes[2][i];
            if (planes.size() == 4)
                a = planes[3][i];
        } else {
            r = g = b = planes[0][i];
            if (planes.size() == 2)
                a = planes[1][i];
        }
        px[i] = (a << 24) | (r << 16) | (g << 8) | b;
    }
    return out;
}

} // namespace dpa
