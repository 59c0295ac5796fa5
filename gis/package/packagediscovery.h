#pragma once

#include "time/dateinterval.h"
#include "core/multilingualtext.h"

#include <QList>
#include <QStringList>

namespace dpa {

// Finds case-study packages without loading their layers: the source tree's datasets/, the
// installed share folder, the user's data folder and every folder in DPATLAS_DATASETS.
class PackageDiscovery
{
public:
    struct Entry
    {
        QString id;
        MultilingualText title;
        MultilingualText description;
        DateInterval period;
        QString path;
    };

    // Folders searched, in order; later duplicates of an id are ignored (the first wins).
    static QStringList searchFolders();
    static QList<Entry> discover();
    static QList<Entry> discover(const QStringList &folders);

    // DATASET as a user types it: a folder path (if it holds a manifest.json), a packed .gpkg,
    // pg:CONNINFO#SCHEMA (returned as it is) or a discovered id. Empty when none.
    static QString resolve(const QString &idOrPath);
};

} // namespace dpa
