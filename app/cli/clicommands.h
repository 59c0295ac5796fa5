#pragma once

#include <QStringList>

namespace dpa::cli {

// Each takes the arguments after the command name (argv[0] first, for QCommandLineParser).
int runList(const QStringList &args);
int runValidate(const QStringList &args);
int runState(const QStringList &args);
int runRender(const QStringList &args);
int runAnalyze(const QStringList &args);
int runExport(const QStringList &args);
int runAnimate(const QStringList &args);
int runUnpack(const QStringList &args);
int runNew(const QStringList &args);
int runRepair(const QStringList &args);
int runImport(const QStringList &args);
int runGeoref(const QStringList &args);
int runPush(const QStringList &args);
int runPull(const QStringList &args);

} // namespace dpa::cli
