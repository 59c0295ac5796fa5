#pragma once

// A vector file converted by GDAL into another format, as a user's own tools would make it:
// the input of tests that read files in every format we accept.

#include "io/gdalenvironment.h"

#include <QStringList>

#include <gdal.h>
#include <gdal_utils.h>

#include <vector>

namespace dpa::test {

// `extra` are ogr2ogr options ("-lco", "GEOMETRY=AS_WKT"); `openOptions` are the source's.
inline bool translateVector(const QString &from, const QString &to, const char *driver, const QStringList &extra = {},
                            const QStringList &openOptions = {})
{
    GdalEnvironment::ensureInitialized();
    QList<QByteArray> openBytes;
    for (const QString &o : openOptions)
        openBytes << o.toUtf8();
    std::vector<char *> open;
    for (QByteArray &b : openBytes)
        open.push_back(b.data());
    open.push_back(nullptr);
    GDALDatasetH source = GDALOpenEx(from.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, open.data(), nullptr);
    if (!source)
        return false;
    QList<QByteArray> bytes{"-f", driver};
    for (const QString &e : extra)
        bytes << e.toUtf8();
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    GDALVectorTranslateOptions *options = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
    GDALDatasetH made = GDALVectorTranslate(to.toUtf8().constData(), nullptr, 1, &source, options, nullptr);
    GDALVectorTranslateOptionsFree(options);
    GDALClose(source);
    if (made)
        GDALClose(made);
    return made != nullptr;
}

} // namespace dpa::test
