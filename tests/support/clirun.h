#pragma once

// dpatlas-cli run as a program, as a user runs it: its exit code and what it printed.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace dpa::test {

struct CliRun
{
    int exitCode = -1;   // -1: it crashed or did not finish in a minute
    QString out, err;
};

inline CliRun runCli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DPATLAS_CLI), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {-1, {}, QStringLiteral("timed out")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace dpa::test
