#include "package/searchindex.h"

#include <algorithm>

namespace dpa {

QString SearchIndex::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toCaseFolded();
    return out;
}

SearchIndex::SearchIndex(const CaseStudy &study)
{
    for (const CaseLayer &layer : study.layers)
        for (const CaseFeature &f : layer.features) {
            if (f.modelIndex < 0)
                continue;
            for (auto it = f.name.all().cbegin(); it != f.name.all().cend(); ++it)
                if (!it.value().isEmpty())
                    m_entries.push_back({{Hit::Kind::Feature, f.modelIndex, it.value(), it.key()}, fold(it.value())});
        }
    const auto &events = study.model.events();
    for (size_t e = 0; e < events.size(); ++e)
        for (auto it = events[e].title.all().cbegin(); it != events[e].title.all().cend(); ++it)
            if (!it.value().isEmpty())
                m_entries.push_back({{Hit::Kind::Event, int(e), it.value(), it.key()}, fold(it.value())});
}

std::vector<SearchIndex::Hit> SearchIndex::find(const QString &query, int limit) const
{
    const QString q = fold(query.trimmed());
    if (q.isEmpty())
        return {};
    struct Ranked
    {
        int rank;
        const Entry *entry;
    };
    std::vector<Ranked> ranked;
    for (const Entry &e : m_entries) {
        const qsizetype at = e.folded.indexOf(q);
        if (at < 0)
            continue;
        // 0: the name starts with the query; 1: a word does; 2: anywhere.
        const int rank = at == 0 ? 0 : !e.folded[at - 1].isLetterOrNumber() ? 1 : 2;
        ranked.push_back({rank, &e});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) { return a.rank < b.rank; });
    std::vector<Hit> hits;
    for (const Ranked &r : ranked) {
        // One hit per feature or event: the first (best-ranked) of its names.
        const bool seen = std::any_of(hits.begin(), hits.end(), [&](const Hit &h) {
            return h.kind == r.entry->hit.kind && h.index == r.entry->hit.index;
        });
        if (!seen)
            hits.push_back(r.entry->hit);
        if (int(hits.size()) >= limit)
            break;
    }
    return hits;
}

} // namespace dpa
