#pragma once

#include "package/casestudy.h"
#include "core/error.h"

#include <QSet>
#include <QVariantMap>

namespace dpa::layerfeatures {

// How a layer's row becomes a case-study feature, as the manifest's layer entry says: one set
// of rules for a layer read from its file (DatasetPackage) and one fetched from PostGIS.

// The feature's id: its id field, trimmed, or the row's fid when the layer names no id field.
QString idOf(const LayerSpec &spec, qint64 fid, const QVariantMap &attributes);

// Whether a feature layer takes a feature with this id: not empty and not already taken
// (`seen` remembers them). When it does not, says why in `problems`. Context layers take all.
bool admit(const LayerSpec &spec, const QString &id, qint64 fid, QSet<QString> &seen, ErrorList &problems);

// Its name in every language the manifest maps (its id when it has none), whether it is
// approximate, its kind, and its attributes.
void describe(CaseFeature &feature, const LayerSpec &spec, QVariantMap attributes);

} // namespace dpa::layerfeatures
