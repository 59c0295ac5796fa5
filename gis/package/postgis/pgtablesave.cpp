#include "package/postgis/pgtablesave.h"
#include "package/postgis/pgcache.h"
#include "package/postgis/pgcasestudyschema.h"
#include "package/postgis/pgclaimtimes.h"
#include "package/postgis/pgconnection.h"
#include "package/postgis/pgcsvrows.h"
#include "package/postgis/tablerowdiff.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <algorithm>

namespace dpa::postgis {
namespace {

// A row as the columns of both headers give it (an absent column is empty), then its extra cells.
QStringList aligned(const EditableTable &table, int row, const QStringList &columns)
{
    QStringList cells;
    const QStringList &own = table.row(row);
    for (const QString &column : columns) {
        const int at = table.column(column);
        cells << (at >= 0 ? own.value(at) : QString());
    }
    cells += own.mid(table.columnCount());
    return cells;
}

// "districts, vyborg, soviet, control": enough of a row to recognise it.
QString rowSummary(const QStringList &cells)
{
    QStringList shown;
    for (const QString &cell : cells) {
        if (cell.isEmpty())
            continue;
        shown << (cell.size() > 30 ? cell.left(29) + QChar(0x2026) : cell);
        if (shown.size() == 4)
            break;
    }
    return shown.join(QStringLiteral(", "));
}

struct Insert
{
    int edited;
    QString lo, hi;   // dpa_ord of the rows kept before and after it (empty: none)
    int k, n;         // its place among the n rows added between them
};

// One modified table's changes, checked and ready to write.
struct TablePlan
{
    EditableTables::Kind kind;
    QString name;
    QStringList newHeader, dbHeader;
    bool headerChanged = false;
    std::vector<std::pair<int, qint64>> updates;   // edited row, dpa_row
    std::vector<qint64> deletes;
    std::vector<Insert> inserts;
};

} // namespace

Result<PgSaveSummary> PgTableSave::save(EditableTables &tables, const PgUri &uri, const QString &authorName)
{
    auto origin = pgcache::origin(tables.folder());
    if (!origin)
        return origin.error();
    std::vector<EditableTables::Kind> modified;
    for (EditableTables::Kind kind : {EditableTables::Sources, EditableTables::Claims, EditableTables::Events})
        if (tables.has(kind) && tables.table(kind).isModified())
            modified.push_back(kind);
    PgSaveSummary summary;
    summary.revision = origin->revision;
    if (modified.empty())
        return summary;

    auto connection = PgConnection::openWithPostgis(uri.withSchema(origin->schema));
    if (!connection)
        return connection.error();
    PgConnection &c = **connection;
    const QString schema = origin->schema;
    PgTransaction transaction(c);
    if (auto error = transaction.begin())
        return *error;
    // Our own writes set the versions; the trigger leaves them alone in this transaction.
    if (auto error = c.execute(QStringLiteral("SELECT set_config('%1', 'on', true)").arg(QLatin1String(pgschema::kSavingSetting))))
        return *error;
    const QString caseStudy = c.qualified(schema, QLatin1String(pgschema::kCaseStudyTable));
    const QString catalog = c.qualified(schema, QLatin1String(pgschema::kTablesTable));
    // The case study's row is locked first: saves of one case study take turns.
    auto current = c.query(QStringLiteral("SELECT push_id, coalesce(saved_by, pushed_by), to_char(coalesce(saved_at, pushed_at), "
                                          "'YYYY-MM-DD HH24:MI \"UTC\"') FROM %1 FOR UPDATE").arg(caseStudy));
    if (!current)
        return current.error();
    if (current->rowCount() != 1 || current->text(0, 0) != origin->pushId)
        return Error::plain(QObject::tr("nothing was saved: the case study in schema \"%1\" was pushed again (replaced) since you "
                                        "opened it. Open it from the database again to see what it holds now.").arg(schema));
    const QString lastSave = QObject::tr("the case study was last saved by %1 on %2").arg(current->text(0, 1), current->text(0, 2));
    const QString author = authorName.isEmpty() ? pgschema::localAuthor(c) : authorName;

    QStringList conflicts;
    std::vector<TablePlan> plans;
    for (EditableTables::Kind kind : modified) {
        const EditableTable &table = tables.table(kind);
        TablePlan plan{kind, EditableTables::kindName(kind), table.header(), {}, false, {}, {}, {}};
        const auto pulledIt = origin->tables.constFind(plan.name);
        if (pulledIt == origin->tables.constEnd())
            return Error::at(table.fileName(), 0, QObject::tr("the database has no table for %1; nothing was saved").arg(table.fileName()));
        const PulledTable &pulled = *pulledIt;
        EditableTable base;
        if (table.existedOnDisk())
            if (auto error = base.replaceText(table.loadedBytes()))
                return *error;
        if (size_t(base.rowCount()) != pulled.rows.size())
            return Error::at(table.fileName(), 0, QObject::tr("this copy no longer matches the rows it was pulled with; nothing was "
                                                              "saved. Open the case study from the database again."));
        const QStringList baseHeader = table.existedOnDisk() ? base.header() : table.header();
        QStringList columns = baseHeader;
        for (const QString &column : plan.newHeader)
            if (!columns.contains(column))
                columns << column;
        std::vector<QStringList> baseRows, editedRows;
        for (int r = 0; r < base.rowCount(); ++r)
            baseRows.push_back(aligned(base, r, columns));
        for (int r = 0; r < table.rowCount(); ++r)
            editedRows.push_back(aligned(table, r, columns));
        const RowDiff diff = diffRows(baseRows, editedRows);

        auto header = c.query(QStringLiteral("SELECT to_json(header)::text FROM %1 WHERE table_name = $1 FOR UPDATE").arg(catalog),
                              {PgParam::text(plan.name)});
        if (!header)
            return header.error();
        plan.dbHeader = jsonStrings(header->raw(0, 0));
        plan.headerChanged = plan.newHeader != baseHeader;
        if (plan.headerChanged && plan.dbHeader != baseHeader && plan.dbHeader != plan.newHeader)
            conflicts << QObject::tr("%1: its columns were changed by someone else (they are now %2)")
                             .arg(table.fileName(), plan.dbHeader.join(QStringLiteral(", ")));

        // What this save changes, and the versions those rows must still have.
        QList<int> touched;   // base rows
        for (int e = 0; e < table.rowCount(); ++e) {
            const int b = diff.baseOf[size_t(e)];
            if (b >= 0 && baseRows[size_t(b)] != editedRows[size_t(e)]) {
                plan.updates.emplace_back(e, pulled.rows[size_t(b)].id);
                touched << b;
            }
        }
        for (int b : diff.deleted) {
            plan.deletes.push_back(pulled.rows[size_t(b)].id);
            touched << b;
        }
        for (int e = 0; e < table.rowCount(); ++e) {
            if (diff.baseOf[size_t(e)] >= 0)
                continue;
            int before = e - 1, after = e + 1;
            while (before >= 0 && diff.baseOf[size_t(before)] < 0)
                --before;
            while (after < table.rowCount() && diff.baseOf[size_t(after)] < 0)
                ++after;
            Insert insert{e, before >= 0 ? pulled.rows[size_t(diff.baseOf[size_t(before)])].ord : QString(),
                          after < table.rowCount() ? pulled.rows[size_t(diff.baseOf[size_t(after)])].ord : QString(),
                          e - before, after - before - 1};
            plan.inserts.push_back(insert);
        }
        if (!touched.isEmpty()) {
            QStringList ids;
            for (int b : touched)
                ids << QString::number(pulled.rows[size_t(b)].id);
            auto now = c.query(QStringLiteral("SELECT dpa_row, dpa_version, coalesce(dpa_saved_by, ''), "
                                              "coalesce(to_char(dpa_saved_at, 'YYYY-MM-DD HH24:MI \"UTC\"'), '') FROM %1 "
                                              "WHERE dpa_row = ANY($1::bigint[]) FOR UPDATE")
                                   .arg(c.qualified(schema, plan.name)),
                               {PgParam::text(QStringLiteral("{%1}").arg(ids.join(QLatin1Char(','))))});
            if (!now)
                return now.error();
            QHash<qint64, int> found;
            for (int r = 0; r < now->rowCount(); ++r)
                found.insert(now->integer(r, 0), r);
            const EditableTable::Text baseText = base.text();
            std::sort(touched.begin(), touched.end());
            for (int b : std::as_const(touched)) {
                const PulledTable::Row &row = pulled.rows[size_t(b)];
                const QString where = QStringLiteral("%1:%2 (%3)").arg(table.fileName()).arg(baseText.rowLines[size_t(b)])
                                          .arg(rowSummary(baseRows[size_t(b)]));
                const auto it = found.constFind(row.id);
                if (it == found.constEnd())
                    conflicts << QObject::tr("%1: deleted by someone else (%2)").arg(where, lastSave);
                else if (now->integer(*it, 1) != row.version)
                    conflicts << QObject::tr("%1: changed by %2 on %3").arg(where, now->text(*it, 2), now->text(*it, 3));
            }
        }
        plans.push_back(std::move(plan));
    }
    if (!conflicts.isEmpty())
        return Error::plain(QObject::tr("Nothing was saved: since you opened the case study, others saved rows you edited:\n%1\n"
                                        "Open the case study from the database again to see their version, and make your edits to "
                                        "it (note them first: opening again discards them).")
                                .arg(conflicts.join(QLatin1Char('\n'))));

    for (const TablePlan &plan : plans) {
        const EditableTable &table = tables.table(plan.kind);
        const QString q = c.qualified(schema, plan.name);
        const EditableTable::Text text = table.text();
        const csvrows::Split split = csvrows::split(text);
        QStringList dbHeader = plan.dbHeader;
        if (plan.headerChanged) {
            for (const QString &column : plan.newHeader)
                if (!dbHeader.contains(column))
                    if (auto error = c.execute(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 text").arg(q, c.ident(column))))
                        return *error;
            for (const QString &column : plan.dbHeader)
                if (!plan.newHeader.contains(column))
                    if (auto error = c.execute(QStringLiteral("ALTER TABLE %1 DROP COLUMN %2").arg(q, c.ident(column))))
                        return *error;
            dbHeader = plan.newHeader;
            // Every row's bytes had the old columns: each is written from its cells from now on.
            if (auto error = c.execute(QStringLiteral("UPDATE %1 SET dpa_raw = NULL").arg(q)))
                return *error;
            if (auto error = c.execute(QStringLiteral("UPDATE %1 SET header = $2::text[], header_raw = $3 WHERE table_name = $1").arg(catalog),
                                       {PgParam::text(plan.name), PgParam::text(pgTextArray(plan.newHeader)), PgParam::bytes(split.header)}))
                return *error;
        }
        // A row's bytes are kept only when they have the table's columns as the database has them.
        const bool keepBytes = dbHeader == plan.newHeader;
        auto rowParams = [&](int e) {
            QList<PgParam> params;
            const QStringList &cells = table.row(e);
            params << (keepBytes ? PgParam::bytes(split.rows.value(e)) : PgParam::null());
            params << (cells.size() > plan.newHeader.size() ? PgParam::text(pgTextArray(cells.mid(plan.newHeader.size()))) : PgParam::null());
            params << PgParam::text(author);
            for (int col = 0; col < plan.newHeader.size(); ++col)
                params << PgParam::text(cells.value(col));
            return params;
        };
        QStringList assignments;
        QStringList columnNames, placeholders;
        for (int col = 0; col < plan.newHeader.size(); ++col) {
            assignments << QStringLiteral("%1 = $%2").arg(c.ident(plan.newHeader[col])).arg(col + 4);
            columnNames << c.ident(plan.newHeader[col]);
            placeholders << QStringLiteral("$%1").arg(col + 4);
        }
        const QString update = QStringLiteral("UPDATE %1 SET dpa_raw = $1, dpa_extra = $2::text[], dpa_saved_by = $3, dpa_saved_at = now(), "
                                              "dpa_version = dpa_version + 1%2 WHERE dpa_row = $%3")
                                   .arg(q, assignments.isEmpty() ? QString() : QStringLiteral(", ") + assignments.join(QStringLiteral(", ")))
                                   .arg(plan.newHeader.size() + 4);
        std::vector<qint64> written;   // claims rows whose dates may have changed
        for (const auto &[e, id] : plan.updates) {
            QList<PgParam> params = rowParams(e);
            params << PgParam::number(id);
            if (auto error = c.execute(update, params))
                return *error;
            written.push_back(id);
            ++summary.updated;
        }
        if (!plan.deletes.empty()) {
            QStringList ids;
            for (qint64 id : plan.deletes)
                ids << QString::number(id);
            if (auto error = c.execute(QStringLiteral("DELETE FROM %1 WHERE dpa_row = ANY($1::bigint[])").arg(q),
                                       {PgParam::text(QStringLiteral("{%1}").arg(ids.join(QLatin1Char(','))))}))
                return *error;
            summary.deleted += int(plan.deletes.size());
        }
        // A new row goes between the rows kept around it (dpa_ord is numeric: there is always
        // room), or after every row when nothing kept follows it.
        const int n = int(plan.newHeader.size()) + 4;
        const QString insert = QStringLiteral(
            "INSERT INTO %1 (dpa_raw, dpa_extra, dpa_saved_by, dpa_saved_at, dpa_version, dpa_ord%2) VALUES ($1, $2::text[], $3, now(), 1, "
            "CASE WHEN $%4::numeric IS NULL THEN (SELECT coalesce(max(dpa_ord), 0) + 1 FROM %1) "
            "WHEN $%3::numeric IS NULL THEN $%4::numeric - ($%6::numeric + 1 - $%5::numeric) "
            "ELSE $%3::numeric + ($%4::numeric - $%3::numeric) * $%5::numeric / ($%6::numeric + 1) END%7)")
                                   .arg(q, columnNames.isEmpty() ? QString() : QStringLiteral(", ") + columnNames.join(QStringLiteral(", ")))
                                   .arg(n).arg(n + 1).arg(n + 2).arg(n + 3)
                                   .arg(placeholders.isEmpty() ? QString() : QStringLiteral(", ") + placeholders.join(QStringLiteral(", ")));
        for (const Insert &row : plan.inserts) {
            QList<PgParam> params = rowParams(row.edited);
            params << (row.lo.isEmpty() ? PgParam::null() : PgParam::text(row.lo))
                   << (row.hi.isEmpty() ? PgParam::null() : PgParam::text(row.hi)) << PgParam::number(row.k) << PgParam::number(row.n);
            auto inserted = c.query(insert + QStringLiteral(" RETURNING dpa_row"), params);
            if (!inserted)
                return inserted.error();
            written.push_back(inserted->integer(0, 0));
            ++summary.inserted;
        }
        if (plan.kind == EditableTables::Claims)
            if (auto error = claimtimes::updateBounds(c, schema, written))
                return *error;
    }
    if (auto error = c.execute(QStringLiteral("UPDATE %1 SET saved_by = $1, saved_at = now()").arg(caseStudy), {PgParam::text(author)}))
        return *error;
    auto revision = c.query(QStringLiteral("SELECT revision FROM %1").arg(caseStudy));
    if (!revision)
        return revision.error();
    summary.revision = revision->integer(0, 0);
    if (auto error = transaction.commit())
        return *error;
    for (EditableTables::Kind kind : modified)
        tables.table(kind).markSaved(tables.table(kind).text().bytes);
    return summary;
}

} // namespace dpa::postgis
