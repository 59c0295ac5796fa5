#pragma once

#include "package/casestudy.h"

#include <QJsonDocument>

namespace dpa {

// The Linked Places Format (LPF 1.2, the World Historical Gazetteer's GeoJSON-LD): every
// feature of the case study as a place, with its names in every language the package has, its
// geometry in WGS 84 (flagged "less-certain" when approximate), the case study's period as its
// timespan, and its control history as relations to the authorities — one per claim, the
// claim's role as the relation type, its dates as a timespan, its confidence as certainty and
// its sources as citations. An authority with a Wikidata id is related by its Wikidata URI.
namespace linkedplaces {

// The identifier of a feature or authority in the export: stable, and not a web address we do
// not own: "urn:dpatlas:paris-1871:arrondissements:arr01".
QString featureUri(const CaseStudy &study, const FeatureKey &key);
QString authorityUri(const CaseStudy &study, const Authority &authority);

Result<QJsonDocument> collection(const CaseStudy &study);

} // namespace linkedplaces
} // namespace dpa
