#pragma once

#include "core/error.h"
#include "package/postgis/pguri.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dpa::postgis {

class PgConnection;
class PgTransaction;

// What a case study is in PostgreSQL: one schema holding
//  - dpatlas_case_study: one row: the format, the package id and title, the manifest byte for
//    byte (and as jsonb for SQL), the revision (raised by every change, by triggers), the id of
//    the push that made it (a schema pushed again with --replace is another case study to every
//    cache and open editor), who saved last and when;
//  - dpatlas_tables: the catalog: one row per table below, with what turns it back into its file
//    (the CSV header's own bytes; a layer file's driver, layer name, CRS and fields as the
//    jsonb `definition`, its SRID and geometry type for SQL users);
//  - sources, claims, events: the CSV tables, a text column per CSV column, plus dpa_row (the
//    row's id), dpa_ord (its place in the file), dpa_version, dpa_saved_by/at, dpa_raw (the
//    row's bytes as read, so a row nobody changed is written back as it was) and dpa_extra
//    (cells beyond the header, which validation reports);
//  - one table per layer, named by its id: a column per attribute, geom in the layer file's own
//    CRS (exact: no reprojection), dpa_fid (the feature's id in the file, its order), dpa_version
//    and dpa_saved_by/at; a GiST index on geom;
//  - dpatlas_files: every other file of the package folder byte for byte (SOURCES.md, period
//    maps, .points), and each layer file as it was, with the digest of its tables when pushed:
//    while the tables are unchanged the file comes back byte for byte, else it is written anew
//    from them.
// A row changed by another program (QGIS, psql) gets a new version from a trigger, so an open
// editor's save still sees it; our own saves set the versions themselves (see PgTableSave).
namespace pgschema {

inline constexpr char kFormat[] = "dpatlas-postgis/1";
inline constexpr char kCaseStudyTable[] = "dpatlas_case_study";
inline constexpr char kFilesTable[] = "dpatlas_files";
inline constexpr char kTablesTable[] = "dpatlas_tables";
// Set (transaction-local) by PgTableSave: the row trigger then leaves versions to it.
inline constexpr char kSavingSetting[] = "dpatlas.saving";

struct CaseStudyInfo
{
    QString schema, packageId, title, pushId, savedBy, savedAt;
    qint64 revision = 0;
};

enum class SchemaState { Missing, NotACaseStudy, CaseStudy };
Result<SchemaState> state(PgConnection &c, const QString &schema);

// The case study in `schema`; an error saying what the schema is instead (missing, other
// tables, a newer format), naming the case studies the database does hold.
Result<CaseStudyInfo> info(PgConnection &c, const QString &schema);
// Begins `transaction` as one read-only snapshot (a save by someone else meanwhile is either
// all in what is read or not at all), then info() of the case study in `schema`.
Result<CaseStudyInfo> beginSnapshot(PgTransaction &transaction, PgConnection &c, const QString &schema);
// Every case study in the database the user may read, by schema name.
Result<QList<CaseStudyInfo>> list(PgConnection &c);
// The same, connecting to `uri` (its schema is not used); an error says why it cannot.
Result<QList<CaseStudyInfo>> list(const PgUri &uri);

// Table names a layer may not take.
bool isReserved(const QString &table);

// The catalog tables and trigger functions of a new case-study schema (which exists).
QStringList createCatalog(PgConnection &c, const QString &schema);
// A CSV table with a text column per header name.
QString createCsvTable(PgConnection &c, const QString &schema, const QString &table, const QStringList &header);
// The triggers that keep versions and the revision, once a data table is filled.
QStringList createTriggers(PgConnection &c, const QString &schema, const QString &table, bool csvTable);
QStringList createRevisionTrigger(PgConnection &c, const QString &schema, const QString &table);

// What a set of layer tables holds now, as one string: equal digests mean equal rows (every
// column, versions included), so a layer file stored with its tables' digest is still theirs.
Result<QString> layerDigest(PgConnection &c, const QString &schema, const QStringList &tables);

// Who saves, for dpa_saved_by: the login name and machine ("ana@laptop"), since one database
// role is often shared by a team; the database role when there is no login name.
QString localAuthor(PgConnection &c);

} // namespace pgschema
} // namespace dpa::postgis
