#pragma once

#include "model/controlmodel.h"

#include <QHash>
#include <QMap>

#include <optional>

namespace dpa {

class CaseStudy;

// Finds the features and authorities a spreadsheet's cells mean. Historians write names
// ("Vyborg side", "Petrograd Soviet") where the package has ids (vyborg, soviet), so a cell is
// matched to an id first and then to a name in any of the package's languages, ignoring case;
// a name two features share is never resolved by guess.
class ReferenceFinder
{
public:
    explicit ReferenceFinder(const CaseStudy &study);

    struct Found
    {
        FeatureKey key;
        bool byName = false;
    };
    // `layer` empty: any feature layer whose id or name it is, when only one has it.
    // The error says what was not found, in which layer(s), and the near matches.
    Result<Found> feature(const QString &cell, const QString &layer) const;
    Result<QString> authority(const QString &cell, bool *byName) const;
    QStringList featureLayers() const { return m_layers; }

private:
    struct Entry { QString layer, id; };
    QStringList m_layers;                     // feature layers, in manifest order
    QMultiHash<QString, Entry> m_featureIds;   // id -> where
    QMultiHash<QString, Entry> m_featureNames; // lower-cased name -> where
    QHash<QString, QString> m_authorityIds;   // id -> id
    QMultiHash<QString, QString> m_authorityNames; // lower-cased name -> id
    QStringList m_authorityList;              // "id (Name)", for messages
};

} // namespace dpa
