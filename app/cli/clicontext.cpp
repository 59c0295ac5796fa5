#include "clicontext.h"
#include "clitext.h"
#include "terminalsafedevice.h"
#include "package/packagediscovery.h"
#include "package/postgis/pguri.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <cmath>

namespace dpa::cli {

QTextStream &out()
{
    static TerminalSafeDevice device(stdout);
    static QTextStream stream(&device);
    return stream;
}

QTextStream &err()
{
    static TerminalSafeDevice device(stderr);
    static QTextStream stream(&device);
    return stream;
}

int fail(const QString &message)
{
    err() << "dpatlas-cli: " << message << Qt::endl;
    return UsageError;
}

QString problemLine(const QString &packagePath, const Error &problem)
{
    Error shown = problem;
    if (!shown.file.isEmpty() && QDir::isRelativePath(shown.file))
        shown.file = QDir(packagePath).filePath(shown.file);
    return shown.toString();
}

namespace {
bool g_allowErrors = false;
} // namespace

void setAllowErrors(bool allow)
{
    g_allowErrors = allow;
}

std::optional<LoadedDataset> loadDataset(const QString &dataset, int &exitCode)
{
    const QString path = PackageDiscovery::resolve(dataset);
    if (path.isEmpty()) {
        exitCode = fail(tr("unknown dataset \"%1\": not a package folder "
                           "and not the id of a discovered package (see `dpatlas-cli list`)")
                            .arg(dataset));
        return std::nullopt;
    }
    // A database address is shown without its password.
    const auto address = postgis::PgUri::isPgUri(dataset) ? postgis::PgUri::parse(dataset) : Result<postgis::PgUri>(Error());
    const QString shown = address ? address->redacted() : dataset;
    return acceptLoaded(DatasetPackage::load(path), shown, exitCode);
}

std::optional<LoadedDataset> acceptLoaded(DatasetPackage::LoadResult result, const QString &shown, int &exitCode)
{
    LoadedDataset loaded{std::move(result), shown};
    if (!loaded.result.study) {
        for (const Error &e : loaded.result.problems)
            err() << problemLine(shown, e) << Qt::endl;
        exitCode = Invalid;
        return std::nullopt;
    }
    // A package with problems still loads what is sound; used only when asked, and then with
    // what was left out said.
    if (!loaded.result.problems.isEmpty() && !g_allowErrors) {
        for (const Error &e : loaded.result.problems)
            err() << problemLine(shown, e) << Qt::endl;
        exitCode = fail(tr("%1 has %n problem(s), so its features and claims are incomplete: "
                           "fix them (dpatlas-cli validate) or add --allow-errors to use what loads",
                           nullptr, int(loaded.result.problems.size()))
                            .arg(shown));
        exitCode = Invalid;
        return std::nullopt;
    }
    for (const Error &e : loaded.result.problems)
        err() << tr("warning: %1").arg(problemLine(shown, e)) << Qt::endl;
    return loaded;
}

std::optional<LoadedDataset> queryDatabase(const QString &dataset, const postgis::StateQuery &query, int &exitCode)
{
    exitCode = Ok;
    auto uri = postgis::PgUri::parse(dataset);
    if (!uri) {
        err() << uri.error().toString() << Qt::endl;
        exitCode = Invalid;
        return std::nullopt;
    }
    auto state = postgis::queryState(*uri, query);
    if (!state) {
        err() << problemLine(uri->redacted(), state.error()) << Qt::endl;
        exitCode = Invalid;
        return std::nullopt;
    }
    if (!state->indexed) {
        err() << tr("note: %1 was pushed before claims carried their times in the database (or its calendar was changed "
                    "since), so the whole case study is read; push it again with --replace to read only what a date "
                    "and a box need")
                     .arg(uri->redacted())
              << Qt::endl;
        return std::nullopt;
    }
    DatasetPackage::LoadResult result;
    result.study = std::move(state->study);
    result.problems = std::move(state->problems);
    return acceptLoaded(std::move(result), uri->redacted(), exitCode);
}

std::optional<Calendar> parseCalendarOption(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("gregorian"))
        return Calendar::Gregorian;
    if (text == QLatin1String("julian"))
        return Calendar::Julian;
    fail(tr("unknown calendar \"%1\": use gregorian or julian").arg(text));
    return std::nullopt;
}

std::optional<QSize> parseSizeOption(const QString &text, int largest)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto match = pattern.match(text);
    const QSize size = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
    if (size.width() < 64 || size.height() < 64 || size.width() > largest || size.height() > largest) {
        fail(tr("bad size \"%1\": write WxH, each from 64 to %2").arg(text, QString::number(largest)));
        return std::nullopt;
    }
    return size;
}

std::optional<HistoricalDate> parseDateOption(const QString &text, Calendar calendar)
{
    if (text.isEmpty()) {
        fail(tr("--at DATE is required (YYYY-MM-DD or YYYY-MM-DDTHH:MM)"));
        return std::nullopt;
    }
    auto date = HistoricalDate::parse(text, calendar);
    if (!date || date->precision() < HistoricalDate::Precision::Day || date->isApproximate() || date->isUncertain()) {
        fail(tr("bad date \"%1\": write YYYY-MM-DD or YYYY-MM-DDTHH:MM%2")
                 .arg(text, date ? QString() : QStringLiteral(" (") + date.error().message + QLatin1Char(')')));
        return std::nullopt;
    }
    return *date;
}

} // namespace dpa::cli

namespace dpa::cli {

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &args)
{
    if (!parser.parse(args))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the program from argv[0] on the first line ("Usage: ./dpatlas-cli [options]",
        // in any language); the user typed "dpatlas-cli COMMAND".
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program);
        if (at >= 0 && at < help.indexOf(QLatin1Char('\n')))
            help.replace(at, program.size(), args.value(0));
        out() << help;
        return int(Ok);
    }
    return std::nullopt;
}

void addDatasetAtDateOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("DATASET"), tr("package id, folder or packed .gpkg"));
    parser.addOption({QStringLiteral("at"), tr("date: YYYY-MM-DD or YYYY-MM-DDTHH:MM"), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("calendar"),
                      tr("calendar of DATE and of printed dates: gregorian (default) or julian"),
                      QStringLiteral("CALENDAR")});
}

std::optional<DateRequest> takeDateRequest(const QCommandLineParser &parser, const QString &command, int &exitCode)
{
    exitCode = UsageError;
    if (parser.positionalArguments().size() != 1) {
        //: %1 is the command: state, render, analyze…
        fail(tr("%1 needs exactly one DATASET").arg(command));
        return std::nullopt;
    }
    const auto cal = parseCalendarOption(parser.value(QStringLiteral("calendar")));
    if (!cal)
        return std::nullopt;
    const auto date = parseDateOption(parser.value(QStringLiteral("at")), *cal);
    if (!date)
        return std::nullopt;
    exitCode = Ok;
    return DateRequest{parser.positionalArguments().first(), *date, *cal};
}

std::optional<DatasetAtDate> takeDatasetAtDate(const QCommandLineParser &parser, const QString &command, int &exitCode)
{
    const auto request = takeDateRequest(parser, command, exitCode);
    if (!request)
        return std::nullopt;
    auto loaded = loadDataset(request->dataset, exitCode);
    if (!loaded)
        return std::nullopt;
    exitCode = Ok;
    return DatasetAtDate{std::move(*loaded), request->date, request->calendar};
}

} // namespace dpa::cli
