#include "georef/georeftransform.h"
#include "io/gdalenvironment.h"
#include "io/gdalerrorcapture.h"

#include <QObject>

#include <gdal_alg.h>

#include <cmath>

namespace dpa {
namespace {

// Points closer than this (pixels, or map units) are one spot given twice.
constexpr double kSameSpot = 1e-6;
// Points whose spread across their best line is under a thousandth of their spread along it
// are treated as collinear: the fit could only guess how the scan stretches across the line.
constexpr double kCollinearRatio = 1e-3;

QString pointName(const GroundControlPoint &p) { return QObject::tr("point %1").arg(GcpSet::describe(p)); }

std::optional<Error> sameSpot(const GcpSet &set, const std::vector<GroundControlPoint> &pts, bool onScan)
{
    for (size_t i = 0; i < pts.size(); ++i)
        for (size_t j = i + 1; j < pts.size(); ++j) {
            const double d = onScan ? std::hypot(pts[i].pixel - pts[j].pixel, pts[i].line - pts[j].line)
                                    : std::hypot(pts[i].mapX - pts[j].mapX, pts[i].mapY - pts[j].mapY);
            if (d < kSameSpot)
                return Error::at(set.file, pts[j].fileLine,
                                 onScan ? QObject::tr("%1 and %2 are on the same spot of the scan; delete or disable one")
                                              .arg(pointName(pts[i]), pointName(pts[j]))
                                        : QObject::tr("%1 and %2 are on the same spot of the map; delete or disable one")
                                              .arg(pointName(pts[i]), pointName(pts[j])));
        }
    return std::nullopt;
}

// The smaller and larger spreads of the points around their centroid (square roots of the
// eigenvalues of their 2x2 covariance matrix).
std::pair<double, double> spreads(const std::vector<QPointF> &pts)
{
    double mx = 0, my = 0;
    for (const QPointF &p : pts) {
        mx += p.x();
        my += p.y();
    }
    mx /= pts.size();
    my /= pts.size();
    double sxx = 0, syy = 0, sxy = 0;
    for (const QPointF &p : pts) {
        sxx += (p.x() - mx) * (p.x() - mx);
        syy += (p.y() - my) * (p.y() - my);
        sxy += (p.x() - mx) * (p.y() - my);
    }
    const double mean = (sxx + syy) / 2, root = std::sqrt(std::max(0.0, (sxx - syy) * (sxx - syy) / 4 + sxy * sxy));
    return {std::sqrt(std::max(0.0, mean - root)), std::sqrt(mean + root)};
}

bool collinear(const std::vector<QPointF> &pts)
{
    const auto [across, along] = spreads(pts);
    return across <= kCollinearRatio * along;
}

struct TransformerDeleter
{
    void operator()(void *t) const
    {
        if (t)
            GDALDestroyTransformer(t);
    }
};

} // namespace

Result<GeorefTransform> GeorefTransform::fit(const GcpSet &set, GeorefMethod method)
{
    const std::vector<GroundControlPoint> pts = set.enabledPoints();
    const int needed = GeorefMethods::minimumPoints(method);
    if (int(pts.size()) < needed)
        return Error::at(set.file, 0, QObject::tr("%1 needs at least %2 enabled control points; there are %3")
                                          .arg(GeorefMethods::displayName(method)).arg(needed).arg(pts.size()));
    if (auto e = sameSpot(set, pts, true))
        return *e;
    if (auto e = sameSpot(set, pts, false))
        return *e;

    std::vector<QPointF> pixels, map;
    QStringList names;
    for (const GroundControlPoint &p : pts) {
        pixels.emplace_back(p.pixel, p.line);
        map.emplace_back(p.mapX, p.mapY);
        names << GcpSet::describe(p);
    }
    if (method != GeorefMethod::Helmert && (collinear(pixels) || collinear(map)))
        return Error::at(set.file, 0, QObject::tr("the enabled control points (%1) lie on one line on the %2, so %3 cannot tell "
                                                  "how the scan stretches across it; add a point away from that line")
                                          .arg(names.join(QStringLiteral(", ")),
                                               collinear(pixels) ? QObject::tr("scan") : QObject::tr("map"),
                                               GeorefMethods::displayName(method)));

    GeorefTransform t;
    t.m_method = method;
    if (method == GeorefMethod::Helmert) {
        t.m_similarity = SimilarityTransform::fit(pixels, map);
        if (!t.m_similarity)
            return Error::at(set.file, 0, QObject::tr("the control points do not determine a Helmert transformation"));
        return t;
    }

    GdalEnvironment::ensureInitialized();
    GdalErrorCapture capture;
    std::vector<GDAL_GCP> gcps(pts.size());
    for (size_t i = 0; i < pts.size(); ++i) {
        gcps[i].pszId = const_cast<char *>("");
        gcps[i].pszInfo = const_cast<char *>("");
        gcps[i].dfGCPPixel = pts[i].pixel;
        gcps[i].dfGCPLine = pts[i].line;
        gcps[i].dfGCPX = pts[i].mapX;
        gcps[i].dfGCPY = pts[i].mapY;
        gcps[i].dfGCPZ = 0;
    }
    void *raw = nullptr;
    if (method == GeorefMethod::ThinPlateSpline) {
        raw = GDALCreateTPSTransformer(int(gcps.size()), gcps.data(), FALSE);
        t.m_tps = true;
    } else {
        const int order = method == GeorefMethod::Polynomial1 ? 1 : method == GeorefMethod::Polynomial2 ? 2 : 3;
        raw = GDALCreateGCPTransformer(int(gcps.size()), gcps.data(), order, FALSE);
    }
    if (!raw)
        return Error::at(set.file, 0, QObject::tr("the control points (%1) do not determine a %2: too many of them may lie on "
                                                  "one line or curve")
                                          .arg(names.join(QStringLiteral(", ")), GeorefMethods::displayName(method)))
            .withCauses(capture.errors());
    t.m_gdal = std::shared_ptr<void>(raw, TransformerDeleter());
    return t;
}

std::optional<QPointF> GeorefTransform::toMap(QPointF pixel) const
{
    if (m_similarity)
        return m_similarity->toMap(pixel);
    double x = pixel.x(), y = pixel.y(), z = 0;
    int ok = 0;
    const int done = m_tps ? GDALTPSTransform(m_gdal.get(), FALSE, 1, &x, &y, &z, &ok)
                           : GDALGCPTransform(m_gdal.get(), FALSE, 1, &x, &y, &z, &ok);
    if (!done || !ok || !std::isfinite(x) || !std::isfinite(y))
        return std::nullopt;
    return QPointF(x, y);
}

std::optional<QPointF> GeorefTransform::toPixel(QPointF map) const
{
    if (m_similarity)
        return m_similarity->toPixel(map);
    double x = map.x(), y = map.y(), z = 0;
    int ok = 0;
    const int done = m_tps ? GDALTPSTransform(m_gdal.get(), TRUE, 1, &x, &y, &z, &ok)
                           : GDALGCPTransform(m_gdal.get(), TRUE, 1, &x, &y, &z, &ok);
    if (!done || !ok || !std::isfinite(x) || !std::isfinite(y))
        return std::nullopt;
    return QPointF(x, y);
}

} // namespace dpa
