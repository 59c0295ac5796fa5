#pragma once

#include "time/calendar.h"
#include "package/datasetpackage.h"
#include "package/postgis/pgstatequery.h"
#include "time/historicaldate.h"

#include <QCommandLineParser>
#include <QSize>
#include <QTextStream>

#include <optional>

namespace dpa::cli {

// Exit codes, as the README documents them.
enum ExitCode { Ok = 0, Invalid = 1, UsageError = 2 };

QTextStream &out();
QTextStream &err();

// Prints "dpatlas-cli: message" on stderr and returns UsageError, for one-line failures.
int fail(const QString &message);

// "file:line: message" with the file shown relative to how the user named the package.
QString problemLine(const QString &packagePath, const Error &problem);

// DATASET as typed (id or folder) -> a loaded case study; on failure prints and sets exitCode.
struct LoadedDataset
{
    DatasetPackage::LoadResult result;
    QString path;
};
// A package with problems is refused (its problems printed, exit 1), since what loads of it is
// not the case study; with --allow-errors (any command) what is sound is used, with warnings.
std::optional<LoadedDataset> loadDataset(const QString &dataset, int &exitCode);
// The same refusal and warnings for a case study loaded another way (a pg: dataset's state read
// with SQL): `shown` names it in messages.
std::optional<LoadedDataset> acceptLoaded(DatasetPackage::LoadResult result, const QString &shown, int &exitCode);
void setAllowErrors(bool allow);
// A pg: dataset read with SQL alone: what `query` asks for, its date and box
// (postgis::queryState). Nothing, with exitCode Ok, when the case study was pushed before claims
// carried their times: it is then to be read whole (loadDataset), as stderr says, with how to
// avoid it. Other failures are printed, with exitCode set.
std::optional<LoadedDataset> queryDatabase(const QString &dataset, const postgis::StateQuery &query, int &exitCode);

// --at DATE (YYYY-MM-DD or YYYY-MM-DDTHH:MM) in the given calendar; prints and returns nullopt
// when malformed.
std::optional<HistoricalDate> parseDateOption(const QString &text, Calendar calendar);
std::optional<Calendar> parseCalendarOption(const QString &text);
// --size WxH, each side from 64 to `largest`; prints and returns nullopt when malformed.
std::optional<QSize> parseSizeOption(const QString &text, int largest);

// Parses a command's options; handles --help. Returns the exit code when the command should
// stop here (help shown: Ok; bad option: UsageError, after printing why), else nothing.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &args);

// The options every "DATASET on a DATE" command shares: a positional DATASET, --at and
// --calendar. add...() declares them; take...() reads them, loads the dataset and prints
// any failure, setting exitCode.
struct DatasetAtDate
{
    LoadedDataset dataset;
    HistoricalDate date;
    Calendar calendar;
};
void addDatasetAtDateOptions(QCommandLineParser &parser);
std::optional<DatasetAtDate> takeDatasetAtDate(const QCommandLineParser &parser, const QString &command,
                                               int &exitCode);
// The DATASET as typed, --at and --calendar, checked but nothing loaded yet (a command that may
// read a pg: dataset with SQL decides how to load it).
struct DateRequest
{
    QString dataset;
    HistoricalDate date;
    Calendar calendar;
};
std::optional<DateRequest> takeDateRequest(const QCommandLineParser &parser, const QString &command, int &exitCode);

} // namespace dpa::cli
