#pragma once

#include "package/casestudy.h"
#include "package/postgis/pgcsvrows.h"
#include "package/postgis/pgfeaturefetch.h"
#include "package/postgis/pgtablerows.h"
#include "core/error.h"

#include <QHash>

#include <functional>
#include <memory>

namespace dpa::postgis {

class PgConnection;

// The pieces every partial read of a case study in PostgreSQL is made of (the state at a date,
// pgstatequery.h; the features in a view, pgviewquery.h), inside one snapshot the caller began
// (pgschema::beginSnapshot), so the two reads cannot drift apart in how they find a table or
// read a manifest.
namespace studytables {

struct Catalog
{
    QHash<QString, PgLayerTable> layers;   // by layer id
    QHash<QString, PgCsvTable> tables;     // "sources", "claims", "events"
};
Result<Catalog> readCatalog(PgConnection &c, const QString &schema);

// A study holding the manifest of `schema` and its authorities in the manifest's order (the
// order precedence compares them by), shown as `displayName`; problems of the manifest go to
// `problems`, an error when it cannot be read at all.
Result<std::shared_ptr<CaseStudy>> beginStudy(PgConnection &c, const QString &schema, const QString &displayName, ErrorList &problems);

// Reads the sources table, if the manifest names one, into the study's model.
std::optional<Error> readSources(PgConnection &c, const QString &schema, const Catalog &catalog, CaseStudy &study, ErrorList &problems);

// The period maps `wanted` picks, written from the package's files into `folder` (each at its
// path in the package; one already there is kept), and listed in the study.
std::optional<Error> writePeriodMaps(PgConnection &c, const QString &schema, CaseStudy &study, const QString &folder,
                                     const std::function<bool(const PeriodMapSpec &)> &wanted);

} // namespace studytables
} // namespace dpa::postgis
