#pragma once

#include "package/casestudy.h"
#include "package/postgis/pgcasestudyschema.h"
#include "package/postgis/pgconnection.h"
#include "package/postgis/pgcsvrows.h"
#include "package/postgis/pgfeaturefetch.h"
#include "package/postgis/pgtablerows.h"
#include "core/error.h"

#include <QHash>

#include <QSet>

#include <functional>
#include <memory>

namespace dpa::postgis {

class PgConnection;

// The pieces every partial read of a case study in PostgreSQL is made of (the state at a date,
// pgstatequery.h; the features in a view, pgviewquery.h), inside one snapshot the caller began
// (pgschema::beginSnapshot), so the two reads cannot drift apart in how they find a table or
// read a manifest.
namespace studytables {

// A read-only snapshot of the case study at `uri`: its connection, the transaction holding the
// snapshot (declared after the connection, so it ends first) and what the schema holds.
struct Snapshot
{
    std::unique_ptr<PgConnection> connection;
    std::unique_ptr<PgTransaction> transaction;
    pgschema::CaseStudyInfo info;
};
Result<Snapshot> openSnapshot(const PgUri &uri);

struct Catalog
{
    QHash<QString, PgLayerTable> layers;   // by layer id
    QHash<QString, PgCsvTable> tables;     // "sources", "claims", "events"
};
Result<Catalog> readCatalog(PgConnection &c, const QString &schema);

// How every partial read begins: a snapshot, a study holding the manifest and authorities
// (beginStudy), whether the claims have their time index in its calendar (claimtimes::available:
// a schema pushed before it is read whole instead) and the catalog.
struct Reading
{
    Snapshot snapshot;
    std::shared_ptr<CaseStudy> study;
    bool indexed = false;
    Catalog catalog;
    PgConnection &connection() const { return *snapshot.connection; }
};
Result<Reading> beginReading(const PgUri &uri, ErrorList &problems);

// A study holding the manifest of `schema` and its authorities in the manifest's order (the
// order precedence compares them by), shown as `displayName`; problems of the manifest go to
// `problems`, an error when it cannot be read at all.
Result<std::shared_ptr<CaseStudy>> beginStudy(PgConnection &c, const QString &schema, const QString &displayName, ErrorList &problems);

// The features of a layer read in part join the study's model, in the layer's order, as the
// loader adds them; their keys are added to `keys`, to find their claims by (pgclaimfeatures.h).
struct FeatureKeys
{
    QStringList layers, features;
};
void addFeatures(CaseStudy &study, CaseLayer &layer, FeatureKeys &keys);

// Reads the claims rows `where` selects (see readTableRows; empty: all) into the study's model,
// as the loader reads claims.csv, and with `only` just those of these features (a claims table
// without layer and feature columns is not narrowed: the loader's message says what it lacks).
// Claims of `unreadLayers` are summed up, not each reported. Returns the rows read.
Result<int> readClaims(PgConnection &c, const QString &schema, const Catalog &catalog, CaseStudy &study, QString where,
                       QList<PgParam> params, const FeatureKeys *only, const QSet<QString> &unreadLayers, ErrorList &problems);

// The whole layer's extent in the study's CRS, from the statistics the push's ANALYZE left
// (ST_EstimatedExtent reads no row: a million features cost nothing); invalid when there are none.
BoundingBox estimatedExtent(PgConnection &c, const QString &schema, const PgLayerTable &table, const Crs &fileCrs, const Crs &studyCrs);

// Reads the sources table, if the manifest names one, into the study's model.
std::optional<Error> readSources(PgConnection &c, const QString &schema, const Catalog &catalog, CaseStudy &study, ErrorList &problems);

// The period maps `wanted` picks, written from the package's files into `folder` (each at its
// path in the package; one already there is kept), and listed in the study.
std::optional<Error> writePeriodMaps(PgConnection &c, const QString &schema, CaseStudy &study, const QString &folder,
                                     const std::function<bool(const PeriodMapSpec &)> &wanted);

} // namespace studytables
} // namespace dpa::postgis
