#include "package/postgis/pguri.h"

#include <QObject>

#include <libpq-fe.h>

#include <memory>

namespace dpa::postgis {
namespace {

const QLatin1String kScheme("pg:");

struct ConninfoOptionsDeleter
{
    void operator()(PQconninfoOption *options) const { PQconninfoFree(options); }
};

// A keyword=value value as libpq reads it back: quoted when it holds spaces, quotes or
// backslashes, or is empty.
QString quotedValue(const QString &value)
{
    if (!value.isEmpty() && !value.contains(QLatin1Char(' ')) && !value.contains(QLatin1Char('\''))
        && !value.contains(QLatin1Char('\\')))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

bool PgUri::isPgUri(const QString &text)
{
    return text.startsWith(kScheme);
}

Result<PgUri> PgUri::parse(const QString &text)
{
    if (!isPgUri(text))
        return Error::plain(QObject::tr("\"%1\" is not a database address: write pg:CONNECTION#SCHEMA").arg(text));
    const QString rest = text.mid(kScheme.size());
    const qsizetype hash = rest.lastIndexOf(QLatin1Char('#'));
    return fromParts(hash < 0 ? rest : rest.left(hash), hash < 0 ? QString() : rest.mid(hash + 1));
}

Result<PgUri> PgUri::fromParts(const QString &conninfo, const QString &schema)
{
    char *message = nullptr;
    std::unique_ptr<PQconninfoOption, ConninfoOptionsDeleter> options(PQconninfoParse(conninfo.toUtf8().constData(), &message));
    if (!options) {
        const QString why = message ? QString::fromUtf8(message).trimmed() : QString();
        PQfreemem(message);
        return Error::plain(QObject::tr("the database connection \"%1\" cannot be read: %2").arg(conninfo, why));
    }
    // PostgreSQL names are at most 63 bytes (NAMEDATALEN - 1); a longer one would be cut, and
    // then name another schema than the one asked for.
    if (schema.toUtf8().size() > 63)
        return Error::plain(QObject::tr("schema name \"%1\" is longer than PostgreSQL's 63 bytes").arg(schema));
    if (schema.contains(QChar(0)))
        return Error::plain(QObject::tr("schema name \"%1\" holds a NUL character").arg(schema));
    PgUri uri;
    uri.m_conninfo = conninfo.trimmed();
    uri.m_schema = schema;
    return uri;
}

PgUri PgUri::withSchema(const QString &schema) const
{
    PgUri uri = *this;
    uri.m_schema = schema;
    return uri;
}

QString PgUri::toString() const
{
    return kScheme + m_conninfo + QLatin1Char('#') + m_schema;
}

QString PgUri::redactedConninfo() const
{
    std::unique_ptr<PQconninfoOption, ConninfoOptionsDeleter> options(PQconninfoParse(m_conninfo.toUtf8().constData(), nullptr));
    if (!options)
        return {};
    // Where first (host, port, database, user), then the rest in libpq's order.
    static const QStringList first{QStringLiteral("host"), QStringLiteral("hostaddr"), QStringLiteral("port"),
                                   QStringLiteral("dbname"), QStringLiteral("user")};
    QStringList parts(first.size()), rest;
    for (const PQconninfoOption *o = options.get(); o->keyword; ++o) {
        if (!o->val || !*o->val || qstrcmp(o->keyword, "password") == 0)
            continue;
        const QString keyword = QString::fromUtf8(o->keyword);
        const QString part = QStringLiteral("%1=%2").arg(keyword, quotedValue(QString::fromUtf8(o->val)));
        if (const qsizetype at = first.indexOf(keyword); at >= 0)
            parts[at] = part;
        else
            rest << part;
    }
    parts += rest;
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

QString PgUri::redacted() const
{
    return kScheme + redactedConninfo() + QLatin1Char('#') + m_schema;
}

} // namespace dpa::postgis
