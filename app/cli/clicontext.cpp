#include "clicontext.h"
#include "packagediscovery.h"

#include <QCoreApplication>
#include <QDir>

namespace dpa::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
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

std::optional<LoadedDataset> loadDataset(const QString &dataset, int &exitCode)
{
    const QString path = PackageDiscovery::resolve(dataset);
    if (path.isEmpty()) {
        exitCode = fail(QCoreApplication::translate("cli", "unknown dataset \"%1\": not a package folder "
                                                           "and not the id of a discovered package (see `dpatlas-cli list`)")
                            .arg(dataset));
        return std::nullopt;
    }
    LoadedDataset loaded{DatasetPackage::load(path), dataset};
    if (!loaded.result.study) {
        for (const Error &e : loaded.result.problems)
            err() << problemLine(dataset, e) << Qt::endl;
        exitCode = Invalid;
        return std::nullopt;
    }
    // A package with problems still loads what is sound; say what was left out.
    for (const Error &e : loaded.result.problems)
        err() << "warning: " << problemLine(dataset, e) << Qt::endl;
    return loaded;
}

std::optional<Calendar> parseCalendarOption(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("gregorian"))
        return Calendar::Gregorian;
    if (text == QLatin1String("julian"))
        return Calendar::Julian;
    fail(QCoreApplication::translate("cli", "unknown calendar \"%1\": use gregorian or julian").arg(text));
    return std::nullopt;
}

std::optional<HistoricalDate> parseDateOption(const QString &text, Calendar calendar)
{
    if (text.isEmpty()) {
        fail(QCoreApplication::translate("cli", "--at DATE is required (YYYY-MM-DD or YYYY-MM-DDTHH:MM)"));
        return std::nullopt;
    }
    auto date = HistoricalDate::parse(text, calendar);
    if (!date || date->precision() < HistoricalDate::Precision::Day || date->isApproximate() || date->isUncertain()) {
        fail(QCoreApplication::translate("cli", "bad date \"%1\": write YYYY-MM-DD or YYYY-MM-DDTHH:MM%2")
                 .arg(text, date ? QString() : QStringLiteral(" (") + date.error().message + QLatin1Char(')')));
        return std::nullopt;
    }
    return *date;
}

} // namespace dpa::cli
