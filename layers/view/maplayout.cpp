#include "view/maplayout.h"

#include <QCoreApplication>

#include <cmath>

namespace dpa {
namespace {

struct PlacementName
{
    LegendPlacement placement;
    const char *name;
};

constexpr PlacementName kPlacements[] = {
    {LegendPlacement::Auto, "auto"},           {LegendPlacement::TopLeft, "top-left"},
    {LegendPlacement::TopRight, "top-right"},  {LegendPlacement::BottomLeft, "bottom-left"},
    {LegendPlacement::BottomRight, "bottom-right"}, {LegendPlacement::Beside, "beside"},
};

} // namespace

QStringList maplayout::legendPlacementNames()
{
    QStringList names;
    for (const PlacementName &p : kPlacements)
        names << QString::fromLatin1(p.name);
    return names;
}

QString maplayout::legendPlacementName(LegendPlacement placement)
{
    for (const PlacementName &p : kPlacements)
        if (p.placement == placement)
            return QString::fromLatin1(p.name);
    return {};
}

std::optional<LegendPlacement> maplayout::legendPlacementFromName(const QString &name)
{
    for (const PlacementName &p : kPlacements)
        if (name.compare(QLatin1String(p.name), Qt::CaseInsensitive) == 0)
            return p.placement;
    return std::nullopt;
}

QSize PagePreset::sizeAt(int dpi) const
{
    if (!pixels.isEmpty())
        return pixels;
    return QSize(int(std::lround(widthMm / 25.4 * dpi)), int(std::lround(heightMm / 25.4 * dpi)));
}

QList<PagePreset> PagePreset::all()
{
    // Named on every call, in the interface language of the moment (View > Language changes it),
    // in the context lupdate gives this function's tr() calls.
    auto tr = [](const char *text) { return QCoreApplication::translate("dpa::PagePreset", text); };
    return {
        {QStringLiteral("a4"), tr("A4 portrait"), 210, 297, {}},
        {QStringLiteral("a4-landscape"), tr("A4 landscape"), 297, 210, {}},
        {QStringLiteral("slide"), tr("16:9 slide (1920 × 1080)"), 0, 0, QSize(1920, 1080)},
    };
}

std::optional<PagePreset> PagePreset::byId(const QString &id)
{
    for (const PagePreset &p : all())
        if (p.id.compare(id, Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

} // namespace dpa
