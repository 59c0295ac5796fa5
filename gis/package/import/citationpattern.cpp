#include "package/import/citationpattern.h"

#include <QObject>

namespace dpa {

Result<CitationPattern> CitationPattern::compile(const QString &pattern)
{
    CitationPattern p;
    p.m_expression = QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
    if (!p.m_expression.isValid())
        return Error::plain(QObject::tr("--source-pattern \"%1\" is not a regular expression: %2 at character %3")
                                .arg(pattern, p.m_expression.errorString()).arg(p.m_expression.patternErrorOffset()));
    if (p.m_expression.captureCount() < 1)
        return Error::plain(QObject::tr("--source-pattern \"%1\" has no group: put the source id in parentheses, as in "
                                        "\"\\[(\\w+)\\]\" for \"Smith 1990 [smith1990]\"").arg(pattern));
    if (p.m_expression.namedCaptureGroups().contains(QStringLiteral("id")))
        p.m_idGroup = QStringLiteral("id");
    return p;
}

Result<QList<CitationPattern::Cited>> CitationPattern::extract(const QString &cell) const
{
    QList<Cited> found;
    qsizetype previousEnd = 0;
    const bool hasPages = m_expression.namedCaptureGroups().contains(QStringLiteral("pages"));
    for (auto it = m_expression.globalMatch(cell); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        Cited c;
        c.ref.sourceId = (m_idGroup.isEmpty() ? m.captured(1) : m.captured(m_idGroup)).trimmed();
        if (hasPages)
            c.ref.pages = m.captured(QStringLiteral("pages")).trimmed();
        // The citation is what precedes the id, without the separators between citations.
        c.citationText = cell.mid(previousEnd, m.capturedStart() - previousEnd).trimmed();
        while (!c.citationText.isEmpty() && QStringLiteral(";,.").contains(c.citationText.front()))
            c.citationText = c.citationText.mid(1).trimmed();
        while (!c.citationText.isEmpty() && QStringLiteral(";,").contains(c.citationText.back()))
            c.citationText.chop(1);
        previousEnd = m.capturedEnd();
        if (c.ref.sourceId.isEmpty())
            return Error::plain(QObject::tr("the source pattern matched \"%1\" but its id group is empty").arg(m.captured(0)));
        if (c.ref.sourceId.contains(QLatin1Char(';')) || c.ref.sourceId.contains(QLatin1Char(':')))
            return Error::plain(QObject::tr("source id \"%1\" may not contain ';' or ':'").arg(c.ref.sourceId));
        found << c;
    }
    if (found.isEmpty())
        return Error::plain(QObject::tr("no source id found in \"%1\" with --source-pattern %2").arg(cell, m_expression.pattern()));
    return found;
}

} // namespace dpa
