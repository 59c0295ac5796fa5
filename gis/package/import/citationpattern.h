#pragma once

#include "core/error.h"
#include "model/controlmodel.h"

#include <QRegularExpression>

namespace dpa {

// Source ids pulled out of free citations, as a historian's "source" column holds them:
// "Rabinowitch 1976, p. 273 [rabinowitch1976]; Figes 1996 [figes1996]". The user's regular
// expression (--source-pattern) finds each id: its group named `id` (else its first group),
// and the pages in a group named `pages` when it has one. The text before each match, back to
// the previous one, is that source's citation as the spreadsheet wrote it.
class CitationPattern
{
public:
    static Result<CitationPattern> compile(const QString &pattern);

    struct Cited
    {
        SourceRef ref;
        QString citationText;   // "Rabinowitch 1976, p. 273"
    };
    // Every source the cell cites; an error when the pattern finds none.
    Result<QList<Cited>> extract(const QString &cell) const;
    QString pattern() const { return m_expression.pattern(); }

private:
    QRegularExpression m_expression;
    QString m_idGroup;   // "id", or empty for group 1
};

} // namespace dpa
