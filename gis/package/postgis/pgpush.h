#pragma once

#include "package/casestudy.h"
#include "package/postgis/pguri.h"
#include "core/error.h"

namespace dpa::postgis {

struct PushOptions
{
    // An existing case study in the schema is dropped and replaced (in the same transaction);
    // a schema holding anything else is never dropped.
    bool replace = false;
    QString author;   // empty: pgschema::localAuthor()
};

struct PushSummary
{
    QString schema;
    QString database;   // "database "atlas" at host:port", for messages
    int layers = 0, files = 0;
    qint64 features = 0, rows = 0;   // layer features; claims, events and sources rows
    qint64 revision = 0;
};

// The schema a case study goes to when none is named: its id with '-' as '_', so it needs no
// quoting in psql or QGIS.
QString defaultSchema(const QString &packageId);

// Writes the package folder of `study` into the schema `uri` names (else defaultSchema()) in
// one transaction: the schema holds the whole case study, or the database is left as it was.
// See pgschema for the tables. A schema that exists is refused unless `replace`.
Result<PushSummary> push(const CaseStudy &study, const PgUri &uri, const PushOptions &options = {});

} // namespace dpa::postgis
