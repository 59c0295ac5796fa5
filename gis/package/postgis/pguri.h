#pragma once

#include "core/error.h"

#include <QString>

namespace dpa::postgis {

// Where a case study lives in PostgreSQL, the way DATASET names it: "pg:CONNINFO#SCHEMA".
// CONNINFO is libpq's connection string, keyword=value ("host=db.example.org dbname=atlas
// user=me") or a URI ("postgresql://me@db.example.org/atlas"); empty means libpq's defaults
// (PGHOST, PGDATABASE, …). A password may be written in it, but belongs in ~/.pgpass or
// PGPASSWORD: displayName() and redacted() never show it, so it stays out of messages, window
// titles and the settings file.
class PgUri
{
public:
    static bool isPgUri(const QString &text);
    // The schema is what follows the last '#'; it may be empty (nothing chosen yet).
    static Result<PgUri> parse(const QString &text);
    // CONNINFO is checked with libpq's own parser, so a typo is named before any connection.
    static Result<PgUri> fromParts(const QString &conninfo, const QString &schema);

    const QString &conninfo() const { return m_conninfo; }
    const QString &schema() const { return m_schema; }
    PgUri withSchema(const QString &schema) const;

    // "pg:CONNINFO#SCHEMA", the password included: what opens it again in this session.
    QString toString() const;
    // The same without the password (as keyword=value), for messages, recent lists and settings.
    QString redacted() const;
    QString redactedConninfo() const;
    // "pg:…#schema" without the password; what messages call it.
    QString displayName() const { return redacted(); }

private:
    QString m_conninfo, m_schema;
};

} // namespace dpa::postgis
