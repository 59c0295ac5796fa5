#include "boxoption.h"
#include "clicontext.h"
#include "clitext.h"
#include "io/coordinatetransform.h"
#include "package/postgis/pgstudysize.h"
#include "package/postgis/pguri.h"

#include <QCommandLineParser>

#include <cmath>

namespace dpa::cli {
namespace {

std::optional<BoundingBox> parseBox(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    auto bad = [&](const QString &why) {
        //: %1 is what was typed after --bbox, %2 what is wrong with it
        fail(tr("bad --bbox \"%1\": %2").arg(text, why));
        return std::nullopt;
    };
    if (parts.size() != 4)
        return bad(tr("write four numbers XMIN,YMIN,XMAX,YMAX in the case study's CRS (or the one --bbox-crs names), "
                      "separated by commas"));
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v[i]))
            return bad(tr("\"%1\" is not a number (write XMIN,YMIN,XMAX,YMAX)").arg(parts[i].trimmed()));
    }
    if (v[0] > v[2])
        return bad(tr("XMIN %1 is greater than XMAX %2").arg(parts[0].trimmed(), parts[2].trimmed()));
    if (v[1] > v[3])
        return bad(tr("YMIN %1 is greater than YMAX %2").arg(parts[1].trimmed(), parts[3].trimmed()));
    BoundingBox box;
    box.xMin = v[0];
    box.yMin = v[1];
    box.xMax = v[2];
    box.yMax = v[3];
    return box;
}

} // namespace

void addBoxOptions(QCommandLineParser &parser, const QString &bboxHelp)
{
    parser.addOption({QStringLiteral("bbox"), bboxHelp, QStringLiteral("XMIN,YMIN,XMAX,YMAX")});
    parser.addOption({QStringLiteral("bbox-crs"),
                      tr("the CRS --bbox is written in (default: the case study's): EPSG:4326 for longitude and "
                         "latitude, in that order, or any CRS PROJ knows"),
                      QStringLiteral("CRS")});
}

bool takeBoxOptions(const QCommandLineParser &parser, std::optional<BoxOption> &box)
{
    box.reset();
    const bool hasCrs = parser.isSet(QStringLiteral("bbox-crs"));
    if (!parser.isSet(QStringLiteral("bbox"))) {
        if (hasCrs)
            fail(tr("--bbox-crs says what --bbox is written in: give --bbox too"));
        return !hasCrs;
    }
    const auto parsed = parseBox(parser.value(QStringLiteral("bbox")));
    if (!parsed)
        return false;
    BoxOption option{*parsed, std::nullopt};
    if (hasCrs) {
        const QString text = parser.value(QStringLiteral("bbox-crs"));
        auto crs = Crs::fromUserInput(text);
        if (!crs) {
            //: %1 is what was typed after --bbox-crs, %2 PROJ's reason
            fail(tr("bad --bbox-crs \"%1\": %2 (write EPSG:4326 for longitude and latitude, or another EPSG code)")
                     .arg(text, crs.error().toString()));
            return false;
        }
        option.crs = *crs;
    }
    box = option;
    return true;
}

std::optional<BoundingBox> boxInStudyCrs(const BoxOption &box, const Crs &studyCrs)
{
    if (!box.crs)
        return box.box;
    auto transform = CoordinateTransform::create(*box.crs, studyCrs);
    const BoundingBox out = transform ? transform->transformBounds(box.box) : BoundingBox();
    if (!transform || !out.isValid() || !std::isfinite(out.xMin) || !std::isfinite(out.yMin) || !std::isfinite(out.xMax) ||
        !std::isfinite(out.yMax)) {
        //: %1 is the CRS of --bbox, %2 the case study's CRS
        fail(tr("--bbox cannot be turned from %1 into the case study's CRS, %2: is it in the area both CRSs cover, "
                "with longitude first for EPSG:4326?")
                 .arg(box.crs->name(), studyCrs.name()));
        return std::nullopt;
    }
    return out;
}

std::optional<BoundingBox> boxInDatabaseStudyCrs(const BoxOption &box, const QString &dataset, int &exitCode)
{
    exitCode = Ok;
    if (!box.crs)
        return box.box;
    auto uri = postgis::PgUri::parse(dataset);
    auto size = uri ? postgis::studySize(*uri) : Result<postgis::StudySize>(uri.error());
    if (!size) {
        err() << problemLine(uri ? uri->redacted() : dataset, size.error()) << Qt::endl;
        exitCode = Invalid;
        return std::nullopt;
    }
    const auto out = boxInStudyCrs(box, size->crs);
    if (!out)
        exitCode = UsageError;
    return out;
}

void warnIfBoxMissesStudy(const BoundingBox &box, const CaseStudy &study, const QString &dataset, bool queried)
{
    auto meetsBox = [&](const BoundingBox &e) {
        return e.isValid() && box.xMin <= e.xMax && e.xMin <= box.xMax && box.yMin <= e.yMax && e.yMin <= box.yMax;
    };
    BoundingBox extent = study.featureBounds();
    if (meetsBox(extent))
        return;
    if (queried) {   // what was read lies near the box at most: the whole study's extent is the database's
        const auto uri = postgis::PgUri::parse(dataset);
        const auto size = uri ? postgis::studySize(*uri) : Result<postgis::StudySize>(uri.error());
        extent = size ? size->extent : BoundingBox();
        if (!extent.isValid() || meetsBox(extent))
            return;
    }
    if (!extent.isValid())
        return;
    auto toLonLat = CoordinateTransform::create(study.manifest.crs, Crs::wgs84());
    const BoundingBox lonLat = toLonLat ? toLonLat->transformBounds(extent) : BoundingBox();
    if (!lonLat.isValid()) {
        err() << tr("warning: --bbox meets none of the case study's features") << Qt::endl;
        return;
    }
    //: %1 to %4: the case study's extent in longitude and latitude, written as --bbox takes it
    err() << tr("warning: --bbox meets none of the case study's features, which lie within %1,%2,%3,%4 in longitude and "
                "latitude (--bbox-crs EPSG:4326, longitude first)")
                 .arg(lonLat.xMin, 0, 'f', 4)
                 .arg(lonLat.yMin, 0, 'f', 4)
                 .arg(lonLat.xMax, 0, 'f', 4)
                 .arg(lonLat.yMax, 0, 'f', 4)
          << Qt::endl;
}

} // namespace dpa::cli
