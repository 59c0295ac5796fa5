#pragma once

#include "core/error.h"
#include "package/postgis/pguri.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

struct pg_conn;
struct pg_result;

namespace dpa::postgis {

// One SQL parameter ($1, $2, …): UTF-8 text, binary bytes (sent as bytea without escaping), or
// NULL.
struct PgParam
{
    QByteArray value;
    bool isNull = false;
    bool isBinary = false;

    static PgParam text(const QString &text);
    static PgParam text(const QByteArray &utf8);
    static PgParam bytes(const QByteArray &bytes);
    static PgParam number(qint64 n);
    static PgParam null();
};

// A query's rows, in libpq's text format (what the server prints, exact for numbers: see
// PgConnection's session settings).
class PgResult
{
public:
    PgResult() = default;
    int rowCount() const;
    int column(const char *name) const;
    bool isNull(int row, int column) const;
    QByteArray raw(int row, int column) const;
    QString text(int row, int column) const { return QString::fromUtf8(raw(row, column)); }
    qint64 integer(int row, int column) const { return raw(row, column).toLongLong(); }
    bool boolean(int row, int column) const { return raw(row, column) == "t"; }
    // A bytea column, decoded from the server's hex text.
    QByteArray bytea(int row, int column) const;

private:
    friend class PgConnection;
    std::shared_ptr<pg_result> m_result;
};

// One libpq connection, closed with the object. Every failure comes back as an Error in words a
// user can act on (server not running, password refused, no PostGIS), with libpq's or the
// server's own text among its causes.
//
// Why libpq and not GDAL's "PG:" driver: saving needs transactions spanning many tables, row
// locks and per-row version checks, COPY for speed, and libpq's own account of a failed
// connection (a password asked for or refused) and the server's SQLSTATE and hints; GDAL's
// driver hides all of these behind its layer API. GDAL still reads and writes the package's layer files; geometry crosses as WKB, which
// keeps every coordinate's bits.
class PgConnection
{
public:
    static Result<std::unique_ptr<PgConnection>> open(const PgUri &uri);
    // open(), then requirePostgis(): how every push, pull, listing and save connects, so each
    // refuses a database without PostGIS with the same message before it reads anything.
    static Result<std::unique_ptr<PgConnection>> openWithPostgis(const PgUri &uri);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    Result<PgResult> query(const QString &sql, const QList<PgParam> &params = {});
    std::optional<Error> execute(const QString &sql, const QList<PgParam> &params = {});

    // COPY … FROM STDIN in text format: begin, put rows (each ending in '\n', fields made with
    // appendCopyField), end. A failed put is reported by endCopy().
    std::optional<Error> beginCopy(const QString &sql);
    bool putCopyData(const QByteArray &data);
    std::optional<Error> endCopy();

    // A "quoted" identifier (schema, table, column), safe for any name.
    QString ident(const QString &name) const;
    // `schema`.`name`, both quoted.
    QString qualified(const QString &schema, const QString &name) const { return ident(schema) + QLatin1Char('.') + ident(name); }

    // Refuses a database without the PostGIS extension, saying how to add it.
    std::optional<Error> requirePostgis();

    const PgUri &uri() const { return m_uri; }
    QString database() const;
    QString user() const;
    // "database "atlas" at /run/postgresql:5432", for messages.
    QString describe() const;
    // "/run/postgresql:5432/atlas": which server and database, for cache keys.
    QString serverId() const;
    // The SQLSTATE of the last failed query ("42P01"), empty when it succeeded.
    const QString &lastSqlState() const { return m_sqlState; }

private:
    PgConnection() = default;
    Error errorOf(pg_result *result, const QString &sql);
    PgUri m_uri;
    pg_conn *m_conn = nullptr;
    QString m_sqlState;
};

// BEGIN now, ROLLBACK when destroyed unless commit() succeeded: whatever returns early leaves
// the database as it was.
class PgTransaction
{
public:
    explicit PgTransaction(PgConnection &connection) : m_connection(connection) {}
    ~PgTransaction();
    // `mode`: e.g. "ISOLATION LEVEL REPEATABLE READ READ ONLY" for one snapshot of every table.
    std::optional<Error> begin(const QString &mode = {});
    std::optional<Error> commit();

private:
    PgConnection &m_connection;
    bool m_open = false;
};

// COPY's text format: fields separated by tabs, NULL as \N, and backslash, tab, newline and
// carriage return escaped.
void appendCopyField(QByteArray &line, const QByteArray &value, bool first);
void appendCopyNull(QByteArray &line, bool first);
// A bytea value in the form COPY's text format reads ("\x" and hex, before escaping).
QByteArray byteaText(const QByteArray &bytes);

} // namespace dpa::postgis
