#include "package/postgis/pgclaimtimes.h"
#include "package/postgis/pgcasestudyschema.h"
#include "package/postgis/pgconnection.h"

namespace dpa::postgis::claimtimes {

Bounds bounds(const QString &start, const QString &end, Calendar calendar, HistoricalDateCache &cache)
{
    const Result<DateInterval> interval = DateInterval::parse(start.trimmed(), end.trimmed(), calendar, cache);
    if (!interval)
        return {};
    Bounds b;
    // kTimeMin and kTimeMax are the model's open ends: NULL, an unbounded end of the range.
    if (interval->from() != kTimeMin)
        b.from = interval->from();
    if (interval->to() != kTimeMax)
        b.until = interval->to();
    return b;
}

QStringList createIndex(PgConnection &c, const QString &schema, Calendar calendar)
{
    const QString claims = c.qualified(schema, QStringLiteral("claims"));
    const QString s = c.ident(schema);
    return {
        QStringLiteral("CREATE INDEX %1 ON %2 USING gist (%3)").arg(QLatin1String(kIndex), claims, QLatin1String(kRange)),
        QStringLiteral("CREATE TABLE %1.%2 (calendar text NOT NULL)").arg(s, QLatin1String(kTable)),
        QStringLiteral("INSERT INTO %1.%2 (calendar) VALUES ('%3')").arg(s, QLatin1String(kTable), calendar::name(calendar)),
        // The row is read as jsonb so that the trigger still compiles when an edit renames or
        // drops a column (a table without start then has no bounds to keep anyway).
        QStringLiteral("CREATE FUNCTION %1.dpa_claim_times() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN "
                       "IF TG_OP = 'INSERT' OR to_jsonb(NEW)->'start' IS DISTINCT FROM to_jsonb(OLD)->'start' "
                       "OR to_jsonb(NEW)->'end' IS DISTINCT FROM to_jsonb(OLD)->'end' THEN "
                       "NEW.%2 := NULL; NEW.%3 := NULL; END IF; RETURN NEW; END $f$")
            .arg(s, QLatin1String(kFromColumn), QLatin1String(kUntilColumn)),
        QStringLiteral("CREATE TRIGGER dpa_claim_times BEFORE INSERT OR UPDATE ON %1 FOR EACH ROW EXECUTE FUNCTION %2.dpa_claim_times()")
            .arg(claims, s),
    };
}

std::optional<Error> updateBounds(PgConnection &c, const QString &schema, const std::vector<qint64> &rows)
{
    if (rows.empty())
        return std::nullopt;
    auto found = c.query(QStringLiteral("SELECT to_regclass(quote_ident($1) || '.%1') IS NOT NULL, "
                                        "(SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass(quote_ident($1) || '.claims') "
                                        "AND attname IN ('start', 'end', '%2', '%3') AND NOT attisdropped)")
                             .arg(QLatin1String(kTable), QLatin1String(kFromColumn), QLatin1String(kUntilColumn)),
                         {PgParam::text(schema)});
    if (!found)
        return found.error();
    if (!found->boolean(0, 0) || found->integer(0, 1) != 4)
        return std::nullopt;
    auto stored = c.query(QStringLiteral("SELECT calendar FROM %1").arg(c.qualified(schema, QLatin1String(kTable))));
    if (!stored)
        return stored.error();
    const std::optional<Calendar> calendar = stored->rowCount() == 1 ? calendar::fromName(stored->text(0, 0)) : std::nullopt;
    if (!calendar)
        return std::nullopt;
    QStringList ids;
    for (qint64 id : rows)
        ids << QString::number(id);
    const QString claims = c.qualified(schema, QStringLiteral("claims"));
    auto cells = c.query(QStringLiteral("SELECT dpa_row, \"start\", \"end\" FROM %1 WHERE dpa_row = ANY($1::bigint[])").arg(claims),
                         {PgParam::text(QStringLiteral("{%1}").arg(ids.join(QLatin1Char(','))))});
    if (!cells)
        return cells.error();
    HistoricalDateCache dates;
    QStringList id, from, until;
    auto number = [](const std::optional<qint64> &v) { return v ? QString::number(*v) : QStringLiteral("NULL"); };
    for (int r = 0; r < cells->rowCount(); ++r) {
        const Bounds b = bounds(cells->text(r, 1), cells->text(r, 2), *calendar, dates);
        id << cells->text(r, 0);
        from << number(b.from);
        until << number(b.until);
    }
    // Only the time columns change, so the row keeps its version and the trigger its bounds.
    return c.execute(QStringLiteral("UPDATE %1 t SET %2 = v.f, %3 = v.u FROM unnest($1::bigint[], $2::bigint[], $3::bigint[]) AS v(id, f, u) "
                                    "WHERE t.dpa_row = v.id")
                         .arg(claims, QLatin1String(kFromColumn), QLatin1String(kUntilColumn)),
                     {PgParam::text(QStringLiteral("{%1}").arg(id.join(QLatin1Char(',')))),
                      PgParam::text(QStringLiteral("{%1}").arg(from.join(QLatin1Char(',')))),
                      PgParam::text(QStringLiteral("{%1}").arg(until.join(QLatin1Char(','))))});
}

Result<bool> available(PgConnection &c, const QString &schema, Calendar calendar)
{
    auto found = c.query(QStringLiteral("SELECT to_regclass(quote_ident($1) || '.%1') IS NOT NULL, "
                                        "EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(quote_ident($1) || '.claims') "
                                        "AND attname = '%2' AND NOT attisdropped)")
                             .arg(QLatin1String(kTable), QLatin1String(kUntilColumn)),
                         {PgParam::text(schema)});
    if (!found)
        return found.error();
    if (!found->boolean(0, 0) || !found->boolean(0, 1))
        return false;
    auto stored = c.query(QStringLiteral("SELECT calendar FROM %1").arg(c.qualified(schema, QLatin1String(kTable))));
    if (!stored)
        return stored.error();
    return stored->rowCount() == 1 && stored->text(0, 0) == calendar::name(calendar);
}

} // namespace dpa::postgis::claimtimes
