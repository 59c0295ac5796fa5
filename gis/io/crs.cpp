#include "io/crs.h"
#include "io/handles.h"
#include "io/projcontext.h"

#include <QObject>
#include <proj.h>

namespace dpa {

Result<Crs> Crs::fromUserInput(const QString &definition)
{
    const QString text = definition.trimmed();
    if (text.isEmpty())
        return Error::plain(QObject::tr("empty CRS definition"));
    // Refuse anything that could make PROJ read a file or the network: a package is untrusted.
    if (text.contains(QLatin1String("init=")) || text.startsWith(QLatin1String("/")) ||
        text.contains(QLatin1String("://")))
        return Error::plain(QObject::tr("CRS definition may not reference files or URLs: %1").arg(text));

    pj_ctx *ctx = ProjContext::current();
    ProjContext::takeMessages();
    ProjHandle pj(proj_create(ctx, text.toUtf8().constData()));
    if (!pj || !proj_is_crs(pj.get())) {
        QStringList causes = ProjContext::takeMessages();
        const QString last = ProjContext::lastError();
        if (!last.isEmpty() && !causes.contains(last))
            causes << last;
        return Error::plain(QObject::tr("unknown or invalid CRS \"%1\"").arg(text)).withCauses(causes);
    }

    Data data;
    data.definition = text;
    data.name = QString::fromUtf8(proj_get_name(pj.get()));
    const char *options[] = {"MULTILINE=NO", nullptr};
    data.wkt = QString::fromUtf8(proj_as_wkt(ctx, pj.get(), PJ_WKT2_2019, options));
    if (const char *auth = proj_get_id_auth_name(pj.get(), 0))
        data.authorityId = QStringLiteral("%1:%2").arg(QString::fromUtf8(auth),
                                                       QString::fromUtf8(proj_get_id_code(pj.get(), 0)));
    const PJ_TYPE type = proj_get_type(pj.get());
    data.geographic = type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS ||
                      type == PJ_TYPE_GEOGRAPHIC_CRS;
    if (data.geographic) {
        data.metresPerUnit = 0;
    } else if (ProjHandle cs{proj_crs_get_coordinate_system(ctx, pj.get())}) {
        double factor = 1;
        if (proj_cs_get_axis_info(ctx, cs.get(), 0, nullptr, nullptr, nullptr, &factor, nullptr,
                                  nullptr, nullptr))
            data.metresPerUnit = factor;
    }
    Crs crs;
    crs.d = std::make_shared<const Data>(std::move(data));
    return crs;
}

Crs Crs::wgs84()
{
    static const Crs crs = *fromUserInput(QStringLiteral("EPSG:4326"));
    return crs;
}

} // namespace dpa
