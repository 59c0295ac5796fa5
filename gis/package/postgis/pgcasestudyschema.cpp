#include "package/postgis/pgcasestudyschema.h"
#include "package/postgis/pgconnection.h"

#include <QObject>
#include <QSysInfo>

namespace dpa::postgis::pgschema {
namespace {

QString caseStudiesIn(PgConnection &c)
{
    auto all = list(c);
    if (!all || all->isEmpty())
        return QObject::tr("it holds no case study (dpatlas-cli push puts one there)");
    QStringList names;
    for (const CaseStudyInfo &s : *all)
        names << QStringLiteral("%1 (%2)").arg(s.schema, s.title.isEmpty() ? s.packageId : s.title);
    return QObject::tr("its case studies are in schema(s): %1").arg(names.join(QStringLiteral(", ")));
}

} // namespace

bool isReserved(const QString &table)
{
    return table.startsWith(QLatin1String("dpatlas_")) || table.startsWith(QLatin1String("dpa_"))
           || table == QLatin1String("claims") || table == QLatin1String("events") || table == QLatin1String("sources")
           || table.startsWith(QLatin1String("pg_"));
}

Result<SchemaState> state(PgConnection &c, const QString &schema)
{
    auto found = c.query(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1), "
                                        "to_regclass(quote_ident($1) || '.%1') IS NOT NULL")
                             .arg(QLatin1String(kCaseStudyTable)),
                         {PgParam::text(schema)});
    if (!found)
        return found.error();
    if (!found->boolean(0, 0))
        return SchemaState::Missing;
    return found->boolean(0, 1) ? SchemaState::CaseStudy : SchemaState::NotACaseStudy;
}

Result<CaseStudyInfo> info(PgConnection &c, const QString &schema)
{
    if (schema.isEmpty())
        return Error::plain(QObject::tr("no schema named: write the case study's schema after '#' (pg:CONNECTION#SCHEMA); %1: %2")
                                .arg(c.describe(), caseStudiesIn(c)));
    auto s = state(c, schema);
    if (!s)
        return s.error();
    if (*s == SchemaState::Missing)
        return Error::plain(QObject::tr("%1 has no schema \"%2\"; %3").arg(c.describe(), schema, caseStudiesIn(c)));
    if (*s == SchemaState::NotACaseStudy)
        return Error::plain(QObject::tr("schema \"%1\" of %2 is not a case study (it has no %3 table); %4")
                                .arg(schema, c.describe(), QLatin1String(kCaseStudyTable), caseStudiesIn(c)));
    auto row = c.query(QStringLiteral("SELECT format, package_id, title, push_id, revision, coalesce(saved_by, pushed_by), "
                                      "to_char(coalesce(saved_at, pushed_at), 'YYYY-MM-DD HH24:MI \"UTC\"') FROM %1")
                           .arg(c.qualified(schema, QLatin1String(kCaseStudyTable))));
    if (!row)
        return row.error();
    if (row->rowCount() != 1)
        return Error::plain(QObject::tr("schema \"%1\" of %2 is not a case study: its %3 table has %4 rows instead of one")
                                .arg(schema, c.describe(), QLatin1String(kCaseStudyTable)).arg(row->rowCount()));
    if (row->text(0, 0) != QLatin1String(kFormat))
        return Error::plain(QObject::tr("schema \"%1\" holds a case study in format \"%2\", which this version of Dual Power "
                                        "Atlas does not read (it reads %3); a newer version may")
                                .arg(schema, row->text(0, 0), QLatin1String(kFormat)));
    CaseStudyInfo info;
    info.schema = schema;
    info.packageId = row->text(0, 1);
    info.title = row->text(0, 2);
    info.pushId = row->text(0, 3);
    info.revision = row->integer(0, 4);
    info.savedBy = row->text(0, 5);
    info.savedAt = row->text(0, 6);
    return info;
}

Result<CaseStudyInfo> beginSnapshot(PgTransaction &transaction, PgConnection &c, const QString &schema)
{
    if (auto error = transaction.begin(QStringLiteral("ISOLATION LEVEL REPEATABLE READ READ ONLY")))
        return *error;
    return info(c, schema);
}

Result<QList<CaseStudyInfo>> list(PgConnection &c)
{
    auto schemas = c.query(QStringLiteral("SELECT n.nspname FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace "
                                          "WHERE t.relname = '%1' AND t.relkind = 'r' "
                                          "AND has_table_privilege(t.oid, 'SELECT') ORDER BY 1")
                               .arg(QLatin1String(kCaseStudyTable)));
    if (!schemas)
        return schemas.error();
    QList<CaseStudyInfo> out;
    for (int i = 0; i < schemas->rowCount(); ++i) {
        const QString schema = schemas->text(i, 0);
        auto row = c.query(QStringLiteral("SELECT format, package_id, title, push_id, revision, coalesce(saved_by, pushed_by), "
                                          "to_char(coalesce(saved_at, pushed_at), 'YYYY-MM-DD HH24:MI \"UTC\"') FROM %1")
                               .arg(c.qualified(schema, QLatin1String(kCaseStudyTable))));
        // A table of that name that is not ours is skipped: listing is not where to report it.
        if (!row || row->rowCount() != 1 || row->text(0, 0) != QLatin1String(kFormat))
            continue;
        out << CaseStudyInfo{schema, row->text(0, 1), row->text(0, 2), row->text(0, 3), row->text(0, 5), row->text(0, 6),
                             row->integer(0, 4)};
    }
    return out;
}

Result<QList<CaseStudyInfo>> list(const PgUri &uri)
{
    auto c = PgConnection::openWithPostgis(uri);
    if (!c)
        return c.error();
    return list(**c);
}

QStringList createCatalog(PgConnection &c, const QString &schema)
{
    const QString s = c.ident(schema);
    return {
        QStringLiteral("CREATE TABLE %1.%2 (format text NOT NULL, package_id text NOT NULL, title text, push_id text NOT NULL, "
                       "revision bigint NOT NULL, manifest bytea NOT NULL, manifest_json jsonb, crs text, crs_srid integer, "
                       "pushed_by text, pushed_at timestamptz, saved_by text, saved_at timestamptz)")
            .arg(s, QLatin1String(kCaseStudyTable)),
        QStringLiteral("CREATE TABLE %1.%2 (path text PRIMARY KEY, content bytea NOT NULL, layer_tables text[], tables_digest text)")
            .arg(s, QLatin1String(kFilesTable)),
        QStringLiteral("CREATE TABLE %1.%2 (table_name text PRIMARY KEY, kind text NOT NULL, file text NOT NULL, "
                       "position integer NOT NULL, header text[], header_raw bytea, crlf boolean, bom boolean, layer_id text, "
                       "srid integer, geometry_type text, definition jsonb)")
            .arg(s, QLatin1String(kTablesTable)),
        // Every change raises the revision, whoever makes it: caches of pulled copies are keyed
        // by it. The schema is looked up when the trigger runs, so a renamed schema still works.
        QStringLiteral("CREATE FUNCTION %1.dpa_revision() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN "
                       "EXECUTE format('UPDATE %I.%2 SET revision = revision + 1', TG_TABLE_SCHEMA); RETURN NULL; END $f$")
            .arg(s, QLatin1String(kCaseStudyTable)),
        // A row changed by anyone but our save (QGIS, psql) gets a new version, so an editor who
        // opened the older one is told; and a CSV row's bytes as read no longer describe it.
        QStringLiteral("CREATE FUNCTION %1.dpa_row_version() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN "
                       "IF coalesce(current_setting('%2', true), '') <> 'on' THEN "
                       "NEW.dpa_version := OLD.dpa_version + 1; NEW.dpa_saved_by := session_user; NEW.dpa_saved_at := now(); "
                       "IF TG_ARGV[0] = 'csv' THEN NEW.dpa_raw := NULL; END IF; "
                       "END IF; RETURN NEW; END $f$")
            .arg(s, QLatin1String(kSavingSetting)),
    };
}

QString createCsvTable(PgConnection &c, const QString &schema, const QString &table, const QStringList &header)
{
    QStringList columns{QStringLiteral("dpa_row bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"),
                        QStringLiteral("dpa_ord numeric"), QStringLiteral("dpa_version integer NOT NULL DEFAULT 1"),
                        QStringLiteral("dpa_saved_by text DEFAULT session_user"),
                        QStringLiteral("dpa_saved_at timestamptz DEFAULT now()"), QStringLiteral("dpa_raw bytea"),
                        QStringLiteral("dpa_extra text[]")};
    for (const QString &name : header)
        columns << c.ident(name) + QStringLiteral(" text");
    return QStringLiteral("CREATE TABLE %1 (%2)").arg(c.qualified(schema, table), columns.join(QStringLiteral(", ")));
}

QStringList createRevisionTrigger(PgConnection &c, const QString &schema, const QString &table)
{
    return {QStringLiteral("CREATE TRIGGER dpa_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %1 "
                           "FOR EACH STATEMENT EXECUTE FUNCTION %2.dpa_revision()")
                .arg(c.qualified(schema, table), c.ident(schema))};
}

QStringList createTriggers(PgConnection &c, const QString &schema, const QString &table, bool csvTable)
{
    return QStringList{QStringLiteral("CREATE TRIGGER dpa_row_version BEFORE UPDATE ON %1 FOR EACH ROW "
                                      "EXECUTE FUNCTION %2.dpa_row_version('%3')")
                           .arg(c.qualified(schema, table), c.ident(schema),
                                csvTable ? QLatin1String("csv") : QLatin1String("layer"))}
           + createRevisionTrigger(c, schema, table);
}

Result<QString> layerDigest(PgConnection &c, const QString &schema, const QStringList &tables)
{
    QStringList parts;
    for (const QString &table : tables) {
        // Row text in our session's fixed formats (see PgConnection::open), in dpa_fid order.
        auto digest = c.query(QStringLiteral("SELECT md5(coalesce(string_agg(md5(t::text), '' ORDER BY dpa_fid), '')) FROM %1 t")
                                  .arg(c.qualified(schema, table)));
        if (!digest)
            return digest.error();
        parts << digest->text(0, 0);
    }
    return parts.join(QLatin1Char(','));
}

QString localAuthor(PgConnection &c)
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    if (login.isEmpty())
        return c.user();
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? login : QStringLiteral("%1@%2").arg(login, host);
}

} // namespace dpa::postgis::pgschema
