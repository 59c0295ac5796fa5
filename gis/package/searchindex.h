#pragma once

#include "package/casestudy.h"

#include <QString>

#include <vector>

namespace dpa {

// Finds features, places and events of a case study by name, in every language the package
// gives them ("Hôtel de Ville", "hotel de ville", "Ратуша"): case and accents are ignored, any
// part of a name matches, whole-word and prefix matches come first.
class SearchIndex
{
public:
    struct Hit
    {
        enum class Kind { Feature, Event } kind;
        int index;          // ControlModel feature index, or index into ControlModel::events()
        QString text;       // the name that matched, as the package writes it
        QString language;
    };

    explicit SearchIndex(const CaseStudy &study);
    std::vector<Hit> find(const QString &query, int limit = 20) const;
    // Lower case, accents removed: "Hôtel-de-Ville" -> "hotel-de-ville".
    static QString fold(const QString &text);

private:
    struct Entry
    {
        Hit hit;
        QString folded;
    };
    std::vector<Entry> m_entries;
};

} // namespace dpa
