#pragma once

// The reference for areas and lengths on the WGS 84 ellipsoid: GeographicLib's own Python
// implementation of Karney's geodesics, run by the system interpreter on shapes the test
// collects (karney_measure.py beside this file). Independent of the code under test, which
// uses PROJ's C port. Collect every shape first, then run once: one interpreter start.

#include "io/geometry.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace dpa::test {

class KarneyReference
{
public:
    // Lon/lat degrees; the polygons' holes are subtracted.
    void addArea(const QString &name, const std::vector<Polygon> &polygons)
    {
        QJsonArray out;
        for (const Polygon &p : polygons) {
            QJsonArray rings;
            for (const Ring &r : p.rings)
                rings.append(points(r));
            out.append(rings);
        }
        m_areas.insert(name, out);
    }
    void addLength(const QString &name, const Ring &line) { m_lengths.insert(name, points(line)); }

    // False with error() set when the reference could not run; skipped() tells whether that is
    // because GeographicLib is not installed, which a test reports with QSKIP rather than fails
    // (REQUIRE_KARNEY_REFERENCE below).
    bool run()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("shapes.json"));
        QFile f(input);
        if (!f.open(QIODevice::WriteOnly)
            || f.write(QJsonDocument(QJsonObject{{QStringLiteral("areas"), m_areas},
                                                 {QStringLiteral("lengths"), m_lengths}})
                           .toJson(QJsonDocument::Compact)) < 0)
            return fail(QStringLiteral("cannot write %1").arg(input));
        f.close();
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(DPATLAS_TEST_SUPPORT "/karney_measure.py"), input});
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit) {
            m_skipped = p.error() == QProcess::FailedToStart;
            return fail(QStringLiteral("/usr/bin/python3 did not run karney_measure.py: %1").arg(p.errorString()));
        }
        const QString stderrText = QString::fromUtf8(p.readAllStandardError()).trimmed();
        if (p.exitCode() != 0) {
            m_skipped = p.exitCode() == 3;
            return fail(stderrText);
        }
        const QJsonObject result = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const QJsonObject areas = result.value(QStringLiteral("areas")).toObject();
        const QJsonObject lengths = result.value(QStringLiteral("lengths")).toObject();
        if (areas.size() != m_areas.size() || lengths.size() != m_lengths.size())
            return fail(QStringLiteral("karney_measure.py answered for %1 of %2 areas and %3 of %4 lengths: %5")
                            .arg(areas.size()).arg(m_areas.size()).arg(lengths.size()).arg(m_lengths.size()).arg(stderrText));
        for (auto it = areas.begin(); it != areas.end(); ++it)
            m_areaM2.insert(it.key(), it.value().toDouble());
        for (auto it = lengths.begin(); it != lengths.end(); ++it)
            m_lengthM.insert(it.key(), it.value().toDouble());
        m_ok = true;
        return true;
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    bool skipped() const { return m_skipped; }

    // NaN for a name that was not added.
    double areaM2(const QString &name) const { return m_areaM2.value(name, qQNaN()); }
    double lengthM(const QString &name) const { return m_lengthM.value(name, qQNaN()); }

private:
    static QJsonArray points(const Ring &ring)
    {
        QJsonArray out;
        for (const QPointF &p : ring)   // JSON keeps doubles to the last bit (shortest round trip)
            out.append(QJsonArray{p.x(), p.y()});
        return out;
    }
    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }

    QJsonObject m_areas, m_lengths;
    QHash<QString, double> m_areaM2, m_lengthM;
    QString m_error;
    bool m_ok = false;
    bool m_skipped = false;
};

} // namespace dpa::test

// In a test function, before comparing with the reference: skips the rest of the function,
// saying why, when GeographicLib is not installed; fails when the reference could not run.
#define REQUIRE_KARNEY_REFERENCE(reference)                                                                            \
    do {                                                                                                               \
        if (!(reference).ok()) {                                                                                       \
            if ((reference).skipped())                                                                                 \
                QSKIP(qPrintable((reference).error()));                                                                \
            QFAIL(qPrintable((reference).error()));                                                                    \
        }                                                                                                              \
    } while (false)
