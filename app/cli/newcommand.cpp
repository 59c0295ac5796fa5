#include "clicommands.h"
#include "clicontext.h"
#include "clitext.h"
#include "io/crssuggestion.h"
#include "package/newcasestudy.h"
#include "time/historicaldate.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace dpa::cli {
namespace {

// "id=Name[,#colour][,bloc]"; the colour defaults to the palette's next one.
std::optional<NewCaseStudyAuthority> parseAuthority(const QString &text, int index)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return std::nullopt;
    NewCaseStudyAuthority a;
    a.id = text.left(eq).trimmed();
    QStringList parts = text.mid(eq + 1).split(QLatin1Char(','));
    a.name = parts.takeFirst().trimmed();
    if (a.name.isEmpty() || !newcasestudy::isValidAuthorityId(a.id))
        return std::nullopt;
    a.color = newcasestudy::palette()[index % newcasestudy::palette().size()];
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    for (const QString &part : parts) {
        const QString p = part.trimmed();
        if (colour.match(p).hasMatch())
            a.color = p.toLower();
        else if (!p.isEmpty())
            a.bloc = p;
    }
    return a;
}

} // namespace

int runNew(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Start a case-study package from vector files (GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf, CSV): "
        "the manifest, the layers as GeoJSON, empty claims, events and sources tables, and SOURCES.md, "
        "checked by the validator before anything is written."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ID"), tr("the package id: lower case, digits and -"));
    parser.addOption({QStringLiteral("layer"), tr("a vector file of features (repeat for more)"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("title"), tr("the case study's title"), QStringLiteral("T")});
    parser.addOption({QStringLiteral("period"), tr("first and last date, as 1917-02-23..1917-11-15"), QStringLiteral("A..B")});
    parser.addOption({QStringLiteral("calendar"), tr("calendar of the dates: gregorian (default) or julian"), QStringLiteral("C"), QStringLiteral("gregorian")});
    parser.addOption({QStringLiteral("crs"), tr("projected CRS to draw and measure in (default: the grid in PROJ's database with the smallest area of use over the layers; the others are listed)"), QStringLiteral("CRS")});
    parser.addOption({QStringLiteral("authority"), tr("an authority: id=Name[,#rrggbb][,bloc] (repeat; colours default to a colour-blind-safe set)"), QStringLiteral("A")});
    parser.addOption({QStringLiteral("id-field"), tr("the field that identifies features (default: id, code… when unique)"), QStringLiteral("F")});
    parser.addOption({QStringLiteral("name-field"), tr("the field that names features (default: name, nom…)"), QStringLiteral("F")});
    parser.addOption({QStringLiteral("approximate"), tr("every feature of the layers is approximate (modern boundaries standing in for the period's): drawn with dashed outlines")});
    parser.addOption({QStringLiteral("attribution"), tr("the data credits printed on every map"), QStringLiteral("TEXT")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("the new package folder (must not exist, or be empty)"), QStringLiteral("DIR")});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;

    if (parser.positionalArguments().size() != 1)
        return fail(tr("new needs exactly one ID"));
    NewCaseStudyRequest request;
    request.id = parser.positionalArguments().first();
    if (!newcasestudy::isValidPackageId(request.id))
        return fail(tr("\"%1\": an id is lower-case letters, digits and -, as petrograd-1917").arg(request.id));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return fail(tr("new needs -o DIR, the new package's folder"));
    if (QFileInfo::exists(output) && !QDir(output).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
        return fail(tr("%1 is not empty: give a new folder").arg(output));
    request.title = parser.value(QStringLiteral("title")).trimmed();
    if (request.title.isEmpty())
        return fail(tr("new needs --title"));
    const auto cal = parseCalendarOption(parser.value(QStringLiteral("calendar")));
    if (!cal)
        return UsageError;
    request.calendar = *cal;
    const QStringList period = parser.value(QStringLiteral("period")).split(QStringLiteral(".."));
    if (period.size() != 2)
        return fail(tr("new needs --period FIRST..LAST, as 1917-02-23..1917-11-15"));
    request.periodStart = period[0].trimmed();
    request.periodEnd = period[1].trimmed();
    const auto from = HistoricalDate::parse(request.periodStart, *cal), to = HistoricalDate::parse(request.periodEnd, *cal);
    if (!from || !to)
        return fail(tr("bad --period \"%1\": %2").arg(parser.value(QStringLiteral("period")), !from ? from.error().message : to.error().message));
    if (to->latestExclusive() <= from->earliest())
        return fail(tr("bad --period: %1 ends before it starts").arg(parser.value(QStringLiteral("period"))));
    for (const QString &a : parser.values(QStringLiteral("authority"))) {
        const auto authority = parseAuthority(a, int(request.authorities.size()));
        if (!authority)
            return fail(tr("bad --authority \"%1\": write id=Name[,#rrggbb][,bloc], the id in lower case (a-z, 0-9 and _)").arg(a));
        request.authorities.push_back(*authority);
    }
    if (request.authorities.empty())
        return fail(tr("new needs at least one --authority id=Name (every claim names one)"));
    const QStringList files = parser.values(QStringLiteral("layer"));
    if (files.isEmpty())
        return fail(tr("new needs at least one --layer FILE"));
    request.attribution = parser.value(QStringLiteral("attribution"));

    // Read every layer, and find its id and name fields, before writing anything.
    const QString askedId = parser.value(QStringLiteral("id-field")), askedName = parser.value(QStringLiteral("name-field"));
    for (const QString &file : files) {
        auto data = newcasestudy::readLayer(file);
        if (!data)
            return fail(data.error().toString());
        NewCaseStudyLayer layer;
        layer.source = file;
        const QString fields = data->fieldNames.join(QStringLiteral(", "));
        layer.idField = askedId.isEmpty() ? newcasestudy::guessIdField(*data) : askedId;
        if (askedId.isEmpty() && layer.idField.isEmpty())
            return fail(tr("%1: no field identifies every feature uniquely; say which with --id-field (fields: %2)").arg(file, fields));
        if (!newcasestudy::identifiesEveryFeature(*data, layer.idField))
            return fail(tr("%1: field \"%2\" is missing, empty or repeated in some features (fields: %3)").arg(file, askedId, fields));
        if (!askedName.isEmpty() && !data->fieldNames.contains(askedName))
            return fail(tr("%1: no field \"%2\" (fields: %3)").arg(file, askedName, fields));
        layer.nameField = askedName.isEmpty() ? newcasestudy::guessNameField(*data) : askedName;
        if (layer.nameField.isEmpty())
            layer.nameField = layer.idField;
        layer.approximate = parser.isSet(QStringLiteral("approximate"));
        layer.data = std::move(*data);
        request.layers.push_back(std::move(layer));
    }

    // Without --crs, the best of PROJ's grids over the layers, and the others named so that the
    // historian can choose one with --crs instead.
    QString crsText;   // the CRS as the report names it
    request.crs = parser.value(QStringLiteral("crs"));
    if (request.crs.isEmpty()) {
        const BoundingBox extent = newcasestudy::lonLatExtent(request.layers);
        if (!extent.isValid())
            return fail(tr("cannot suggest a CRS for these layers: give --crs"));
        const auto suggestions = suggestProjectedCrs(extent);
        if (suggestions.empty()) {
            request.crs = utmZoneCrs(extent);
            crsText = tr("%1, the UTM zone of the layers").arg(request.crs);
        } else {
            request.crs = suggestions.front().id;
            QStringList others;
            for (size_t i = 1; i < suggestions.size(); ++i)
                others << suggestions[i].label();
            crsText = others.isEmpty()
                          ? tr("%1 = %2, the projected CRS with the smallest area of use over the layers")
                                .arg(request.crs, suggestions.front().name)
                          : tr("%1 = %2, the projected CRS with the smallest area of use over the layers; others that "
                               "suit them, for --crs: %3")
                                .arg(request.crs, suggestions.front().name, others.join(QStringLiteral(", ")));
        }
    }

    const auto written = newcasestudy::write(request, output);
    if (written.refusedByValidator) {
        for (const Error &e : written.problems)
            err() << problemLine(output, e) << Qt::endl;
        return fail(tr("the new package would not be valid; nothing written"));
    }
    if (!written.problems.isEmpty()) {
        for (qsizetype i = 1; i < written.problems.size(); ++i)
            err() << written.problems[i].toString() << Qt::endl;
        return fail(written.problems.first().toString());
    }
    //: %1 is the new folder, %2 the package id, %3 "2 layer(s)", %4 "48 features", %5 the CRS
    out() << tr("%1: new case study %2 (%3, %4, %5). Next: add claims to claims.csv (datasets/README.md explains the "
                "columns), then dpatlas-cli validate %1")
                 .arg(written.path, request.id, tr("%n layer(s)", nullptr, int(request.layers.size())),
                      tr("%n features", nullptr, int(written.featureCount)), crsText.isEmpty() ? request.crs : crsText)
          << Qt::endl;
    return Ok;
}

} // namespace dpa::cli
