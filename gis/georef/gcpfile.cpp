#include "georef/gcpfile.h"
#include "io/stagedfile.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QObject>

#include <cmath>

namespace dpa::GcpFile {
namespace {

// GCP files are small; anything past this is not one.
constexpr qint64 kMaxBytes = 16 * 1024 * 1024;

// Shortest text that reads back as the same double, so a round trip is exact.
QString number(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

Result<QList<QByteArray>> readLines(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error::at(path, 0, QObject::tr("file not found"));
    if (file.size() > kMaxBytes)
        return Error::at(path, 0, QObject::tr("%1 MB is too large for a file of control points").arg(file.size() >> 20));
    if (!file.open(QIODevice::ReadOnly))
        return Error::at(path, 0, QObject::tr("cannot read (%1)").arg(file.errorString()));
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QList<QByteArray> lines = bytes.split('\n');
    for (QByteArray &l : lines)
        if (l.endsWith('\r'))
            l.chop(1);
    return lines;
}

// RFC 4180 fields of one line (quotes doubled inside quoted fields; no line breaks in a field).
QStringList splitCsv(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

QString quoteCsv(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')))
        return text;
    QString doubled = text;
    doubled.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + doubled + QLatin1Char('"');
}

std::optional<double> toNumber(const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

std::optional<bool> toEnabled(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("yes"))
        return true;
    if (t == QLatin1String("0") || t == QLatin1String("false") || t == QLatin1String("no"))
        return false;
    return std::nullopt;
}

Result<Crs> crsAt(const QString &path, int line, const QString &definition)
{
    auto crs = Crs::fromUserInput(definition);
    if (!crs)
        return Error::at(path, line, QObject::tr("PROJ does not know the CRS of the map coordinates")).withCauses(crs.error().causes);
    return *crs;
}

// QGIS writes the WKT of the CRS; an authority id is shorter and reads the same.
QString crsText(const Crs &crs)
{
    return crs.authorityId().isEmpty() ? crs.wkt() : crs.authorityId();
}

} // namespace

Result<GcpSet> read(const QString &path, const Crs &fallbackCrs)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return readCsv(path, fallbackCrs);
    return readPoints(path, fallbackCrs);
}

Result<GcpSet> readPoints(const QString &path, const Crs &fallbackCrs)
{
    auto lines = readLines(path);
    if (!lines)
        return lines.error();
    GcpSet set;
    set.file = path;
    set.crs = fallbackCrs;
    for (int i = 0; i < lines->size(); ++i) {
        const int lineNo = i + 1;
        const QString line = QString::fromUtf8(lines->at(i)).trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("#CRS:"))) {
            const QString definition = line.mid(5).trimmed();
            if (definition.isEmpty())
                continue;   // QGIS writes "#CRS: " when its CRS was not valid
            auto crs = crsAt(path, lineNo, definition);
            if (!crs)
                return crs.error();
            set.crs = *crs;
            continue;
        }
        if (line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1String("mapX"), Qt::CaseInsensitive))
            continue;
        const QStringList fields = line.contains(QLatin1Char(',')) ? line.split(QLatin1Char(','))
                                                                    : line.split(QLatin1Char('\t'));
        if (fields.size() < 4)
            return Error::at(path, lineNo, QObject::tr("a point needs mapX, mapY, sourceX and sourceY; this line has %1 field(s)")
                                               .arg(fields.size()));
        double v[4];
        static const char *names[] = {"mapX", "mapY", "sourceX", "sourceY"};
        for (int c = 0; c < 4; ++c) {
            const auto n = toNumber(fields[c]);
            if (!n)
                return Error::at(path, lineNo, QObject::tr("%1 is not a number: \"%2\"").arg(QLatin1String(names[c]), fields[c].trimmed()));
            v[c] = *n;
        }
        GroundControlPoint p;
        p.id = QString::number(set.points.size() + 1);   // QGIS keeps no ids: the row's number
        p.mapX = v[0];
        p.mapY = v[1];
        p.pixel = v[2];
        p.line = -v[3];   // QGIS's source y points up: the row is its negation
        if (p.line == 0)
            p.line = 0;   // no "-0" in the CSV after a round trip
        if (fields.size() > 4) {
            const auto enabled = toEnabled(fields[4]);
            if (!enabled)
                return Error::at(path, lineNo, QObject::tr("enable is 1 or 0, not \"%1\"").arg(fields[4].trimmed()));
            p.enabled = *enabled;
        }
        p.fileLine = lineNo;
        set.points.push_back(p);
    }
    return set;
}

Result<GcpSet> readCsv(const QString &path, const Crs &fallbackCrs)
{
    auto lines = readLines(path);
    if (!lines)
        return lines.error();
    GcpSet set;
    set.file = path;
    set.crs = fallbackCrs;
    QStringList header;
    QString crsDefinition;
    int idCol = -1, pixelCol = -1, lineCol = -1, xCol = -1, yCol = -1, enabledCol = -1, crsCol = -1;
    for (int i = 0; i < lines->size(); ++i) {
        const int lineNo = i + 1;
        const QString line = QString::fromUtf8(lines->at(i));
        if (line.trimmed().isEmpty())
            continue;
        const QStringList fields = splitCsv(line);
        if (header.isEmpty()) {
            for (const QString &f : fields)
                header << f.trimmed().toLower();
            idCol = int(header.indexOf(QLatin1String("id")));
            pixelCol = int(header.indexOf(QLatin1String("pixel")));
            lineCol = int(header.indexOf(QLatin1String("line")));
            xCol = int(header.indexOf(QLatin1String("map_x")));
            yCol = int(header.indexOf(QLatin1String("map_y")));
            enabledCol = int(header.indexOf(QLatin1String("enabled")));
            crsCol = int(header.indexOf(QLatin1String("crs")));
            QStringList missing;
            for (auto [col, name] : {std::pair{pixelCol, "pixel"}, {lineCol, "line"}, {xCol, "map_x"}, {yCol, "map_y"}})
                if (col < 0)
                    missing << QLatin1String(name);
            if (!missing.isEmpty())
                return Error::at(path, lineNo, QObject::tr("the header lacks the column(s) %1 (expected id,pixel,line,map_x,map_y,enabled,crs)")
                                                   .arg(missing.join(QStringLiteral(", "))));
            continue;
        }
        auto field = [&](int col) { return col >= 0 && col < fields.size() ? fields[col].trimmed() : QString(); };
        GroundControlPoint p;
        p.fileLine = lineNo;
        p.id = field(idCol).isEmpty() ? QString::number(set.points.size() + 1) : field(idCol);
        for (auto [col, target] : {std::pair{pixelCol, &p.pixel}, {lineCol, &p.line}, {xCol, &p.mapX}, {yCol, &p.mapY}}) {
            const auto n = toNumber(field(col));
            if (!n)
                return Error::at(path, lineNo, QObject::tr("point %1: %2 is not a number: \"%3\"").arg(p.id, header[col], field(col)));
            *target = *n;
        }
        const auto enabled = toEnabled(field(enabledCol));
        if (!enabled)
            return Error::at(path, lineNo, QObject::tr("point %1: enabled is 1 or 0, not \"%2\"").arg(p.id, field(enabledCol)));
        p.enabled = *enabled;
        const QString crs = field(crsCol);
        if (!crs.isEmpty()) {
            if (crsDefinition.isEmpty()) {
                auto parsed = crsAt(path, lineNo, crs);
                if (!parsed)
                    return parsed.error();
                set.crs = *parsed;
                crsDefinition = crs;
            } else if (crs != crsDefinition) {
                return Error::at(path, lineNo, QObject::tr("point %1: every point must be in the same CRS (this one says %2, the first said %3)")
                                                   .arg(p.id, crs, crsDefinition));
            }
        }
        set.points.push_back(p);
    }
    if (header.isEmpty())
        return Error::at(path, 0, QObject::tr("empty file: expected the header id,pixel,line,map_x,map_y,enabled,crs"));
    return set;
}

QByteArray pointsText(const GcpSet &set, const std::vector<QPointF> &pixelResiduals)
{
    QString text = QStringLiteral("#CRS: %1\n").arg(set.crs.isValid() ? set.crs.wkt() : QString());
    text += QStringLiteral("mapX,mapY,sourceX,sourceY,enable,dX,dY,residual\n");
    for (size_t i = 0; i < set.points.size(); ++i) {
        const GroundControlPoint &p = set.points[i];
        // QGIS's residuals are in its source coordinates, whose y points up.
        const QPointF r = i < pixelResiduals.size() ? QPointF(pixelResiduals[i].x(), -pixelResiduals[i].y()) : QPointF();
        const double sourceY = p.line == 0 ? 0 : -p.line;
        text += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\n")
                    .arg(number(p.mapX), number(p.mapY), number(p.pixel), number(sourceY),
                         p.enabled ? QStringLiteral("1") : QStringLiteral("0"), number(r.x()), number(r.y()),
                         number(std::hypot(r.x(), r.y())));
    }
    return text.toUtf8();
}

QByteArray csvText(const GcpSet &set)
{
    const QString crs = set.crs.isValid() ? quoteCsv(crsText(set.crs)) : QString();
    QString text = QStringLiteral("id,pixel,line,map_x,map_y,enabled,crs\n");
    for (const GroundControlPoint &p : set.points)
        text += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                    .arg(quoteCsv(p.id), number(p.pixel), number(p.line), number(p.mapX), number(p.mapY),
                         p.enabled ? QStringLiteral("1") : QStringLiteral("0"), crs);
    return text.toUtf8();
}

std::optional<Error> write(const QString &path, const GcpSet &set, const std::vector<QPointF> &pixelResiduals)
{
    const bool csv = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    const QByteArray bytes = csv ? csvText(set) : pointsText(set, pixelResiduals);
    StagedFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::at(path, 0, QObject::tr("cannot write (%1)").arg(file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Error::at(path, 0, QObject::tr("cannot write (%1)").arg(file.errorString()));
    }
    if (!file.commit())
        return Error::at(path, 0, QObject::tr("cannot write (%1)").arg(file.errorString()));
    return std::nullopt;
}

} // namespace dpa::GcpFile
