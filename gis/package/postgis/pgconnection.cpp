#include "package/postgis/pgconnection.h"

#include <QObject>

#include <libpq-fe.h>

#include <vector>

namespace dpa::postgis {
namespace {

QString whereOf(PGconn *conn)
{
    const QString host = QString::fromUtf8(PQhost(conn));
    const QString port = QString::fromUtf8(PQport(conn));
    return host.isEmpty() ? QObject::tr("the default server") : QStringLiteral("%1:%2").arg(host, port);
}

// libpq's message, one line per problem, without its trailing newline.
QStringList libpqLines(const char *message)
{
    QStringList lines;
    for (const QString &line : QString::fromUtf8(message).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines << line.trimmed();
    return lines;
}

Error connectionError(PGconn *conn)
{
    const QStringList causes = libpqLines(PQerrorMessage(conn));
    const QString all = causes.join(QLatin1Char(' '));
    const QString where = whereOf(conn);
    const QString user = QString::fromUtf8(PQuser(conn));
    const QString db = QString::fromUtf8(PQdb(conn));
    QString message;
    // libpq says why in words only (no SQLSTATE before a session exists); its English words are
    // matched where it has no function to ask, and anything else keeps libpq's text.
    if (PQconnectionNeedsPassword(conn))
        message = QObject::tr("the PostgreSQL server at %1 asks for a password for user \"%2\" and none was given: put it in "
                              "~/.pgpass (or PGPASSWORD), or add password=… to the connection").arg(where, user);
    else if (PQconnectionUsedPassword(conn) && (all.contains(QLatin1String("password")) || all.contains(QLatin1String("28P01"))))
        message = QObject::tr("the PostgreSQL server at %1 refused the password for user \"%2\" (or there is no such user): "
                              "check the password in the connection, ~/.pgpass or PGPASSWORD").arg(where, user);
    else if (all.contains(QLatin1String("Connection refused")) || all.contains(QLatin1String("No such file or directory")))
        message = QObject::tr("no PostgreSQL server answers at %1: is it running, and are host and port right?").arg(where);
    else if (all.contains(QLatin1String("database \"")) && all.contains(QLatin1String("does not exist")))
        message = QObject::tr("the PostgreSQL server at %1 has no database \"%2\": create it (createdb %2) or correct dbname")
                      .arg(where, db);
    else if (all.contains(QLatin1String("timeout")))
        message = QObject::tr("the PostgreSQL server at %1 did not answer in time").arg(where);
    else
        message = QObject::tr("cannot connect to the PostgreSQL server at %1").arg(where);
    return Error::plain(message).withCauses(causes);
}

} // namespace

PgParam PgParam::text(const QString &text)
{
    return PgParam::text(text.toUtf8());
}

PgParam PgParam::text(const QByteArray &utf8)
{
    PgParam p;
    p.value = utf8;
    return p;
}

PgParam PgParam::bytes(const QByteArray &bytes)
{
    PgParam p;
    p.value = bytes;
    p.isBinary = true;
    return p;
}

PgParam PgParam::number(qint64 n)
{
    return PgParam::text(QByteArray::number(n));
}

PgParam PgParam::null()
{
    PgParam p;
    p.isNull = true;
    return p;
}

int PgResult::rowCount() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

int PgResult::column(const char *name) const
{
    return m_result ? PQfnumber(m_result.get(), name) : -1;
}

bool PgResult::isNull(int row, int column) const
{
    return !m_result || column < 0 || PQgetisnull(m_result.get(), row, column);
}

QByteArray PgResult::raw(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QByteArray(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

QByteArray PgResult::bytea(int row, int column) const
{
    if (isNull(row, column))
        return {};
    size_t length = 0;
    unsigned char *bytes = PQunescapeBytea(reinterpret_cast<const unsigned char *>(PQgetvalue(m_result.get(), row, column)), &length);
    if (!bytes)
        return {};
    QByteArray out(reinterpret_cast<const char *>(bytes), qsizetype(length));
    PQfreemem(bytes);
    return out;
}

Result<std::unique_ptr<PgConnection>> PgConnection::open(const PgUri &uri)
{
    std::unique_ptr<PgConnection> c(new PgConnection);
    c->m_uri = uri;
    const QByteArray conninfo = uri.conninfo().toUtf8();
    // Ours first, then the user's string (expanded from "dbname"): libpq keeps the last value of
    // a keyword, so the user may override these.
    const char *keywords[] = {"connect_timeout", "application_name", "client_encoding", "dbname", nullptr};
    const char *values[] = {"10", "dpatlas", "UTF8", conninfo.constData(), nullptr};
    c->m_conn = PQconnectdbParams(keywords, values, 1);
    if (!c->m_conn)
        return Error::plain(QObject::tr("cannot connect to PostgreSQL: out of memory"));
    if (PQstatus(c->m_conn) != CONNECTION_OK)
        return connectionError(c->m_conn);
    // Text that reads back to the same value, whoever set up the server: floats printed exactly
    // (shortest exact form from PostgreSQL 12, 17 digits before), dates and times unambiguous and
    // in UTC, bytea in hex. Digests of tables (see PgPush) depend on these staying fixed.
    if (auto error = c->execute(QStringLiteral("SET extra_float_digits = 3; SET DateStyle = 'ISO, YMD'; SET TimeZone = 'UTC'; "
                                               "SET bytea_output = 'hex'; SET client_min_messages = warning; "
                                               "SET standard_conforming_strings = on")))
        return *error;
    return c;
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

QString PgConnection::database() const
{
    return QString::fromUtf8(PQdb(m_conn));
}

QString PgConnection::user() const
{
    return QString::fromUtf8(PQuser(m_conn));
}

QString PgConnection::describe() const
{
    return QObject::tr("database \"%1\" at %2").arg(database(), whereOf(m_conn));
}

QString PgConnection::serverId() const
{
    return QStringLiteral("%1:%2/%3").arg(QString::fromUtf8(PQhost(m_conn)), QString::fromUtf8(PQport(m_conn)), database());
}

QString PgConnection::ident(const QString &name) const
{
    const QByteArray utf8 = name.toUtf8();
    char *quoted = PQescapeIdentifier(m_conn, utf8.constData(), size_t(utf8.size()));
    if (!quoted)   // only on an encoding error; quoting by hand is then still safe
        return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    const QString out = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return out;
}

Error PgConnection::errorOf(PGresult *result, const QString &sql)
{
    m_sqlState = result ? QString::fromUtf8(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QString();
    if (PQstatus(m_conn) != CONNECTION_OK)
        return Error::plain(QObject::tr("the connection to the PostgreSQL server at %1 was lost").arg(whereOf(m_conn)))
            .withCauses(libpqLines(PQerrorMessage(m_conn)));
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    QString message = primary ? QString::fromUtf8(primary) : libpqLines(PQerrorMessage(m_conn)).join(QLatin1Char(' '));
    if (m_sqlState == QLatin1String("42501"))
        message = QObject::tr("user \"%1\" lacks the privilege for this in %2: %3").arg(user(), describe(), message);
    QStringList causes;
    for (int field : {PG_DIAG_MESSAGE_DETAIL, PG_DIAG_MESSAGE_HINT})
        if (const char *text = result ? PQresultErrorField(result, field) : nullptr)
            causes << QString::fromUtf8(text);
    if (!m_sqlState.isEmpty())
        causes << QStringLiteral("SQLSTATE %1").arg(m_sqlState);
    Error e = Error::plain(message).withCauses(causes);
    Q_UNUSED(sql)
    return e;
}

Result<PgResult> PgConnection::query(const QString &sql, const QList<PgParam> &params)
{
    const QByteArray text = sql.toUtf8();
    std::vector<const char *> values;
    std::vector<int> lengths, formats;
    for (const PgParam &p : params) {
        values.push_back(p.isNull ? nullptr : p.value.constData());
        lengths.push_back(int(p.value.size()));
        formats.push_back(p.isBinary ? 1 : 0);
    }
    PGresult *raw = params.isEmpty() ? PQexec(m_conn, text.constData())
                                     : PQexecParams(m_conn, text.constData(), int(params.size()), nullptr, values.data(),
                                                    lengths.data(), formats.data(), 0);
    std::shared_ptr<pg_result> result(raw, PQclear);
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return errorOf(raw, sql);
    m_sqlState.clear();
    PgResult out;
    out.m_result = std::move(result);
    return out;
}

std::optional<Error> PgConnection::execute(const QString &sql, const QList<PgParam> &params)
{
    auto result = query(sql, params);
    if (!result)
        return result.error();
    return std::nullopt;
}

std::optional<Error> PgConnection::beginCopy(const QString &sql)
{
    std::shared_ptr<pg_result> result(PQexec(m_conn, sql.toUtf8().constData()), PQclear);
    if (!result || PQresultStatus(result.get()) != PGRES_COPY_IN)
        return errorOf(result.get(), sql);
    return std::nullopt;
}

bool PgConnection::putCopyData(const QByteArray &data)
{
    return data.isEmpty() || PQputCopyData(m_conn, data.constData(), int(data.size())) == 1;
}

std::optional<Error> PgConnection::endCopy()
{
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return errorOf(nullptr, {});
    std::optional<Error> error;
    // The COPY's own result, then nothing: every result is read so the connection is usable again.
    while (PGresult *raw = PQgetResult(m_conn)) {
        std::shared_ptr<pg_result> result(raw, PQclear);
        if (PQresultStatus(raw) != PGRES_COMMAND_OK && !error)
            error = errorOf(raw, {});
    }
    return error;
}

std::optional<Error> PgConnection::requirePostgis()
{
    auto found = query(QStringLiteral(
        "SELECT (SELECT extversion FROM pg_extension WHERE extname = 'postgis'), "
        "EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'), "
        "(SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'postgis'), "
        "current_setting('server_version_num')::int / 10000"));
    if (!found)
        return found.error();
    if (found->isNull(0, 0)) {
        if (!found->boolean(0, 1))
            return Error::plain(QObject::tr("the PostgreSQL server of %1 has no PostGIS installed: install it on the server "
                                            "(on Debian: apt install postgresql-%2-postgis-3), then run CREATE EXTENSION postgis; "
                                            "in database \"%3\"")
                                    .arg(describe(), found->text(0, 3), database()));
        return Error::plain(QObject::tr("%1 has no PostGIS extension: connect to it as its owner or a superuser and run "
                                        "CREATE EXTENSION postgis; (psql -d %2 -c 'CREATE EXTENSION postgis')")
                                .arg(describe(), database()));
    }
    // PostGIS's functions are called by their bare names, so its schema is the one searched
    // (every table of ours is written with its schema).
    return execute(QStringLiteral("SELECT set_config('search_path', %1, false)").arg(QStringLiteral("$1")),
                   {PgParam::text(ident(found->text(0, 2)))});
}

Result<std::unique_ptr<PgConnection>> PgConnection::openWithPostgis(const PgUri &uri)
{
    auto connection = open(uri);
    if (!connection)
        return connection.error();
    if (auto error = (*connection)->requirePostgis())
        return *error;
    return connection;
}

PgTransaction::~PgTransaction()
{
    if (m_open)
        m_connection.execute(QStringLiteral("ROLLBACK"));
}

std::optional<Error> PgTransaction::begin(const QString &mode)
{
    if (auto error = m_connection.execute(QStringLiteral("BEGIN ") + mode))
        return error;
    m_open = true;
    return std::nullopt;
}

std::optional<Error> PgTransaction::commit()
{
    if (auto error = m_connection.execute(QStringLiteral("COMMIT"))) {
        m_open = false;   // a failed COMMIT has ended the transaction already
        return error;
    }
    m_open = false;
    return std::nullopt;
}

void appendCopyNull(QByteArray &line, bool first)
{
    if (!first)
        line += '\t';
    line += "\\N";
}

void appendCopyField(QByteArray &line, const QByteArray &value, bool first)
{
    if (!first)
        line += '\t';
    line.reserve(line.size() + value.size());
    for (const char c : value) {
        switch (c) {
        case '\\': line += "\\\\"; break;
        case '\t': line += "\\t"; break;
        case '\n': line += "\\n"; break;
        case '\r': line += "\\r"; break;
        default: line += c;
        }
    }
}

QByteArray byteaText(const QByteArray &bytes)
{
    return QByteArrayLiteral("\\x") + bytes.toHex();
}

} // namespace dpa::postgis
