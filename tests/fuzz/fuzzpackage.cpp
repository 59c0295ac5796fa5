// libFuzzer: the whole loader on a package whose claims.csv is the input (the example's
// manifest, layers, events and sources around it): a study or problems, never a crash.
#include "io/gdalenvironment.h"
#include "package/datasetpackage.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

namespace {

const QString &packageFolder()
{
    static QTemporaryDir dir;
    static const QString folder = [] {
        const QString to = dir.filePath(QStringLiteral("example"));
        const QDir from(QStringLiteral(DPATLAS_EXAMPLE_PACKAGE));
        QDir().mkpath(to + QStringLiteral("/layers"));
        for (const QString &name : from.entryList(QDir::Files))
            QFile::copy(from.filePath(name), to + QLatin1Char('/') + name);
        for (const QString &name : QDir(from.filePath(QStringLiteral("layers"))).entryList(QDir::Files))
            QFile::copy(from.filePath(QStringLiteral("layers/") + name), to + QStringLiteral("/layers/") + name);
        return to;
    }();
    return folder;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QFile claims(packageFolder() + QStringLiteral("/claims.csv"));
    if (!claims.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    claims.write(reinterpret_cast<const char *>(data), qint64(size));
    claims.close();
    const auto result = dpa::DatasetPackage::load(packageFolder());
    if (!result.study && result.problems.isEmpty())
        std::abort();   // nothing loaded and nothing said
    return 0;
}
