#pragma once

#include "package/casestudy.h"
#include "analysis/spatialfacts.h"
#include "io/vectorwriter.h"

namespace dpa {

// Turns a case study into layers for other GIS software; vectorwriter writes them.
namespace layerexport {

// Every feature with its status at t, its de facto holder, the authorities in force with their
// roles (`in_force`: "provgov:claim;soviet:control") and the sources of those claims, each
// source once with its pages gathered. Field names have at most ten letters, so a shapefile
// keeps them whole.
std::vector<VectorField> stateFields();
std::vector<VectorRecord> stateAt(const CaseStudy &study, TimePoint t);

// One record per claim: its feature's geometry and the claim's interval as real date-times,
// `start` inclusive and `end` exclusive (QGIS's Temporal Controller default, "include start,
// exclude end"), in the proleptic Gregorian calendar whatever the package's calendar, with the
// historian's EDTF text beside them. KML (through LIBKML) gets `begin`/`end` as TimeSpan.
std::vector<VectorField> timelineFields(bool kml);
std::vector<VectorRecord> timeline(const CaseStudy &study, bool kml);

// The state at t or the whole timeline as layers ready for vectorwriter: one per feature layer
// of the package, named after it ("arrondissements", "places"), split further by kind of
// geometry where a layer mixes them, so each holds one geometry type as QGIS expects; only
// `onlyLayer` when it is not empty. The state's records carry `dateText` (the date asked for,
// as EDTF) in a `date` field, and each layer's description says what it shows.
// `kml`: see timelineFields.
std::vector<VectorLayerToWrite> stateLayers(const CaseStudy &study, TimePoint t, const QString &dateText,
                                            const QString &onlyLayer = {});
std::vector<VectorLayerToWrite> timelineLayers(const CaseStudy &study, bool kml, const QString &onlyLayer = {});

// The territory of each authority (the union of what it held de facto) or the front lines
// between authorities at t, from the analyses, as a layer named "territories" or "fronts".
enum class AnalysisLayer { Territories, Fronts };
VectorLayerToWrite analysisLayer(const CaseStudy &study, const SpatialFacts &facts, TimePoint t, AnalysisLayer which);

// A moment as a Gregorian QDateTime (local time of the case study, written without zone), or a
// null QDateTime for a year outside 1-9999, which the date fields cannot hold: GeoPackage and
// shapefiles store four-digit years, and QDate has no year 0 (it became "0000/00/00") and counts
// -44 as 44 BC where EDTF means 45 BC. Such a date is left empty there; the historian's text in
// start_edtf/end_edtf always carries it.
QDateTime toDateTime(TimePoint t);
// A moment as EDTF in the given calendar, "1917-10-25T12:00", for the `date` of a state export.
QString momentEdtf(TimePoint t, Calendar calendar);

} // namespace layerexport
} // namespace dpa
