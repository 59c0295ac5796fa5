#include "package/import/rowconversion.h"
#include "package/casestudy.h"
#include "package/import/citationpattern.h"
#include "package/import/referencefinder.h"

#include <QObject>
#include <QRegularExpression>
#include <QSet>

namespace dpa {
namespace {

// "The cannon of Montmartre" -> "the_cannon_of_montmartre": ASCII letters and digits, so an
// id made for the user reads like the ids they would write.
QString slug(const QString &text, int maxLength = 40)
{
    QString s;
    for (QChar c : text.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            s += c;
        else if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            if (!s.isEmpty() && !s.endsWith(QLatin1Char('_')))
                s += QLatin1Char('_');
    }
    while (s.endsWith(QLatin1Char('_')))
        s.chop(1);
    return s.left(maxLength);
}

QString unique(const QString &base, QSet<QString> &taken)
{
    QString id = base.isEmpty() ? QStringLiteral("item") : base;
    for (int n = 2; taken.contains(id); ++n)
        id = QStringLiteral("%1_%2").arg(base).arg(n);
    taken.insert(id);
    return id;
}

// "Tombs, Robert. The Paris Commune 1871. London: Longman, 1999." -> "tombs1999": the first
// word and the last year, the way historians key their notes.
QString sourceIdFromCitation(const QString &citation)
{
    static const QRegularExpression year(QStringLiteral(R"(\b(1[0-9]{3}|20[0-9]{2})\b)"));
    QString lastYear;
    for (auto it = year.globalMatch(citation); it.hasNext();)
        lastYear = it.next().captured(1);
    return slug(citation.section(QRegularExpression(QStringLiteral("[\\s,.;:]+")), 0, 0, QString::SectionSkipEmpty), 24) + lastYear;
}

class Converter
{
public:
    Converter(const ImportTable &table, const ColumnMapping &mapping, const CaseStudy &study, const ImportOptions &options)
        : m_table(table), m_mapping(mapping), m_study(study), m_options(options), m_finder(study)
    {
        for (const Source &s : study.model.sources())
            m_sources.insert(s.id, s.citation);
        if (!options.replace)
            for (const Event &e : study.model.events())
                m_eventIds.insert(e.id);
    }

    ConvertedRows run()
    {
        if (!m_options.sourcePattern.isEmpty()) {
            auto pattern = CitationPattern::compile(m_options.sourcePattern);
            if (!pattern) {
                m_out.problems << pattern.error();
                return std::move(m_out);
            }
            m_pattern = *pattern;
        }
        if (m_options.kind == ImportKind::Claims && !m_mapping.has(QStringLiteral("layer")) && m_options.layer.isEmpty()
            && m_finder.featureLayers().size() > 1)
            m_out.notes << QObject::tr("no layer column and no --layer: each feature was looked for in every feature layer (%1)")
                               .arg(m_finder.featureLayers().join(QStringLiteral(", ")));
        for (const QString &c : importColumns(m_options.kind))
            if (m_mapping.has(c) || c == QLatin1String("layer") || c == QLatin1String("id"))
                m_out.columns << c;
        m_out.columns << m_mapping.languageColumns;
        for (const CsvTable::Row &row : m_table.rows) {
            m_line = row.line;
            m_row = &row;
            ConvertedRows::Row converted{row.line, {}};
            const qsizetype before = m_out.problems.size();
            switch (m_options.kind) {
            case ImportKind::Claims: convertClaim(converted.cells); break;
            case ImportKind::Events: convertEvent(converted.cells); break;
            case ImportKind::Sources: convertSource(converted.cells); break;
            }
            if (m_out.problems.size() == before)
                m_out.rows.push_back(std::move(converted));
        }
        summarise();
        return std::move(m_out);
    }

private:
    QString cell(const QString &ours) const
    {
        const int c = m_mapping.indexOf(ours);
        return c >= 0 && c < m_row->cells.size() ? m_row->cells[c].trimmed() : QString();
    }
    void problem(const QString &message) { m_out.problems << Error::at(m_table.displayName, m_line, message); }

    std::optional<FeatureKey> feature(const QString &text, const QString &layer)
    {
        auto found = m_finder.feature(text, layer);
        if (!found) {
            problem(found.error().message);
            return std::nullopt;
        }
        if (found->byName && text != found->key.featureId)
            m_featuresByName.insert(text, found->key.toString());
        return found->key;
    }

    // A date cell in our form (EDTF), rewritten when the user gave the order of numeric dates;
    // a date our parser refuses is a problem, with a hint when it is a common national form.
    QString checkedDate(const QString &column, const QString &cellText)
    {
        const QString text = importvalues::dateCell(cellText, m_options.dateOrder);
        if (text.isEmpty() || text == QLatin1String(".."))
            return text;
        if (text != cellText.trimmed())
            ++m_datesRewritten;
        if (auto d = HistoricalDate::parse(text, m_study.manifest.calendar); !d) {
            const QString hint = importvalues::dateHint(text);
            problem(QObject::tr("%1: %2").arg(column, hint.isEmpty() ? d.error().message : QObject::tr("\"%1\": %2").arg(text, hint)));
        }
        return text;
    }

    // A number cell: "0,7" gets a hint; anything else is left for the package's own check.
    void number(const QString &column, QHash<QString, QString> &out)
    {
        const QString text = cell(column);
        if (const QString hint = importvalues::decimalCommaHint(text); !hint.isEmpty())
            problem(QObject::tr("%1 \"%2\": %3").arg(column, text, hint));
        out.insert(column, text.toLower());
    }

    QString sources(const QString &text)
    {
        if (text.isEmpty())
            return text;   // the package's check says every row needs one
        if (!m_pattern) {
            // A citation where an id belongs ("Smith 1990, p. 12"): say how to read such a column.
            for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                const QString id = part.section(QLatin1Char(':'), 0, 0).trimmed();
                if (!m_sources.contains(id) && id.contains(QLatin1Char(' ')))
                    problem(QObject::tr("source \"%1\" is not in sources.csv; if this column holds citations, give "
                                        "--source-pattern to find the ids in them (as \"\\[(\\w+)\\]\" for \"Smith 1990 [smith1990]\")")
                                .arg(id));
            }
            return text;
        }
        auto cited = m_pattern->extract(text);
        if (!cited) {
            problem(cited.error().message);
            return {};
        }
        QStringList refs;
        for (const CitationPattern::Cited &c : *cited) {
            refs << c.ref.toString();
            if (m_sources.contains(c.ref.sourceId))
                continue;
            if (c.citationText.isEmpty()) {
                problem(QObject::tr("source \"%1\" is not in sources.csv and the cell gives no citation for it: import the "
                                    "sources first (--sources FILE) or write the citation before the id").arg(c.ref.sourceId));
                continue;
            }
            m_sources.insert(c.ref.sourceId, c.citationText);
            m_out.newSources.push_back({c.ref.sourceId, c.citationText, {}});
        }
        return refs.join(QLatin1Char(';'));
    }

    void convertClaim(QHash<QString, QString> &out)
    {
        const QString layer = m_mapping.has(QStringLiteral("layer")) && !cell(QStringLiteral("layer")).isEmpty()
                                  ? cell(QStringLiteral("layer")) : m_options.layer;
        if (const auto key = feature(cell(QStringLiteral("feature")), layer)) {
            out.insert(QStringLiteral("layer"), key->layerId);
            out.insert(QStringLiteral("feature"), key->featureId);
        }
        bool byName = false;
        if (auto id = m_finder.authority(cell(QStringLiteral("authority")), &byName)) {
            out.insert(QStringLiteral("authority"), *id);
            if (byName)
                m_authoritiesByName.insert(cell(QStringLiteral("authority")), *id);
        } else {
            problem(id.error().message);
        }
        const QString role = cell(QStringLiteral("role")).toLower();
        if (role == QLatin1String("de facto") || role == QLatin1String("de jure"))
            problem(QObject::tr("role \"%1\": write control for de facto power, claim for de jure title").arg(cell(QStringLiteral("role"))));
        out.insert(QStringLiteral("role"), role);
        const qsizetype dateProblems = m_out.problems.size();
        out.insert(QStringLiteral("start"), checkedDate(QStringLiteral("start"), cell(QStringLiteral("start"))));
        out.insert(QStringLiteral("end"), checkedDate(QStringLiteral("end"), cell(QStringLiteral("end"))));
        if (auto interval = DateInterval::parse(out.value(QStringLiteral("start")), out.value(QStringLiteral("end")), m_study.manifest.calendar);
            !interval && dateProblems == m_out.problems.size())
            problem(interval.error().message);   // both dates good, in the wrong order
        number(QStringLiteral("confidence"), out);
        number(QStringLiteral("share"), out);
        out.insert(QStringLiteral("sources"), sources(cell(QStringLiteral("sources"))));
        out.insert(QStringLiteral("note"), cell(QStringLiteral("note")));
    }

    void convertEvent(QHash<QString, QString> &out)
    {
        QString id = cell(QStringLiteral("id"));
        if (id.isEmpty()) {
            id = unique(slug(cell(QStringLiteral("title"))), m_eventIds);
            ++m_idsMade;
        } else if (m_eventIds.contains(id)) {
            problem(QObject::tr("event \"%1\" is already in events.csv or earlier in this file").arg(id));
        } else {
            m_eventIds.insert(id);
        }
        out.insert(QStringLiteral("id"), id);
        // An event's date may be an interval, "1871-05-21/1871-05-28": each end is a date.
        QStringList ends;
        for (const QString &end : cell(QStringLiteral("date")).split(QLatin1Char('/')))
            ends << checkedDate(QStringLiteral("date"), end);
        out.insert(QStringLiteral("date"), ends.join(QLatin1Char('/')));
        out.insert(QStringLiteral("title"), cell(QStringLiteral("title")));
        out.insert(QStringLiteral("text"), cell(QStringLiteral("text")));
        for (const QString &language : m_mapping.languageColumns)
            out.insert(language, m_row->cells.value(m_table.header.indexOf(language)).trimmed());
        QStringList keys;
        for (const QString &part : cell(QStringLiteral("features")).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString ref = part.trimmed();
            const int slash = ref.indexOf(QLatin1Char('/'));
            const bool layered = slash > 0 && m_finder.featureLayers().contains(ref.left(slash));
            if (const auto key = layered ? feature(ref.mid(slash + 1), ref.left(slash)) : feature(ref, m_options.layer))
                keys << key->toString();
        }
        out.insert(QStringLiteral("features"), keys.join(QLatin1Char(';')));
        out.insert(QStringLiteral("sources"), sources(cell(QStringLiteral("sources"))));
    }

    void convertSource(QHash<QString, QString> &out)
    {
        const QString citation = cell(QStringLiteral("citation"));
        QString id = cell(QStringLiteral("id"));
        if (id.isEmpty()) {
            QSet<QString> taken = m_sourceIds;   // a made id never collides with the package's either
            for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it)
                taken.insert(it.key());
            id = unique(sourceIdFromCitation(citation), taken);
            m_sourceIds.insert(id);
            ++m_idsMade;
        } else if (m_sourceIds.contains(id)) {
            problem(QObject::tr("source \"%1\" is listed twice in this file").arg(id));
        } else {
            m_sourceIds.insert(id);
        }
        if (!m_options.replace && m_sources.contains(id) && m_sources.value(id) != citation)
            problem(QObject::tr("source \"%1\" is already in sources.csv with another citation (\"%2\")").arg(id, m_sources.value(id)));
        out.insert(QStringLiteral("id"), id);
        out.insert(QStringLiteral("citation"), citation);
        out.insert(QStringLiteral("url"), cell(QStringLiteral("url")));
    }

    void summarise()
    {
        auto examples = [](const QHash<QString, QString> &found) {
            QStringList shown;
            for (auto it = found.cbegin(); it != found.cend() && shown.size() < 3; ++it)
                shown << QStringLiteral("\"%1\" → %2").arg(it.key(), it.value());
            shown.sort();
            return shown.join(QStringLiteral(", ")) + (found.size() > 3 ? QStringLiteral(", …") : QString());
        };
        if (!m_featuresByName.isEmpty())
            m_out.notes << QObject::tr("%n feature name(s) matched to ids: %1", nullptr, int(m_featuresByName.size())).arg(examples(m_featuresByName));
        if (!m_authoritiesByName.isEmpty())
            m_out.notes << QObject::tr("%n authority name(s) matched to ids: %1", nullptr, int(m_authoritiesByName.size())).arg(examples(m_authoritiesByName));
        if (m_datesRewritten)
            m_out.notes << QObject::tr("%n date(s) rewritten as year-month-day (--dates)", nullptr, m_datesRewritten);
        if (m_idsMade)
            m_out.notes << QObject::tr("%n id(s) made from the rows' %1", nullptr, m_idsMade)
                               .arg(m_options.kind == ImportKind::Events ? QObject::tr("titles") : QObject::tr("citations"));
    }

    const ImportTable &m_table;
    const ColumnMapping &m_mapping;
    const CaseStudy &m_study;
    const ImportOptions &m_options;
    ReferenceFinder m_finder;
    std::optional<CitationPattern> m_pattern;
    QHash<QString, QString> m_sources;   // id -> citation, the package's and the new ones
    QSet<QString> m_eventIds, m_sourceIds;
    QHash<QString, QString> m_featuresByName, m_authoritiesByName;
    int m_datesRewritten = 0, m_idsMade = 0;
    int m_line = 0;
    const CsvTable::Row *m_row = nullptr;
    ConvertedRows m_out;
};

} // namespace

ConvertedRows convertRows(const ImportTable &table, const ColumnMapping &mapping, const CaseStudy &study,
                          const ImportOptions &options)
{
    return Converter(table, mapping, study, options).run();
}

} // namespace dpa
