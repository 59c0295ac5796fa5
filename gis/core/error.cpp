#include "core/error.h"

namespace dpa {

Error Error::at(QString file, int line, QString message, std::source_location where)
{
    Error e;
    e.file = std::move(file);
    e.line = line;
    e.message = std::move(message);
    e.where = where;
    return e;
}

Error Error::inFeature(QString file, QString featureId, QString message, std::source_location where)
{
    Error e;
    e.file = std::move(file);
    e.featureId = std::move(featureId);
    e.message = std::move(message);
    e.where = where;
    return e;
}

Error Error::plain(QString message, std::source_location where)
{
    Error e;
    e.message = std::move(message);
    e.where = where;
    return e;
}

Error &Error::withCauses(QStringList more)
{
    causes += more;
    return *this;
}

QString Error::toString() const
{
    QString text;
    if (!file.isEmpty()) {
        text = file;
        if (line > 0)
            text += QLatin1Char(':') + QString::number(line);
        text += QStringLiteral(": ");
        if (!featureId.isEmpty())
            text += QStringLiteral("feature %1: ").arg(featureId);
    }
    text += message;
    if (!causes.isEmpty())
        text += QStringLiteral(" (%1)").arg(causes.join(QStringLiteral("; ")));
    return text;
}

} // namespace dpa
