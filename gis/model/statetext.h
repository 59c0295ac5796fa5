#pragma once

#include "model/claimindex.h"

namespace dpa::statetext {

// The words `state`, the exported layers and the analyses use for a feature's state, so that a
// CSV, a GeoPackage and a change list all say the same thing.

// "provgov:claim;soviet:control@0.6" — every claim in force, by precedence, with stated shares.
QString claimsInForce(const ControlModel &model, const FeatureState &state);
// "soviet;provgov" — the lead authority of each camp shown, holder first.
QString camps(const ControlModel &model, const FeatureState &state);
// The authority's id, or "" for -1.
QString authorityId(const ControlModel &model, int authority);
// "0.6;0.4" for a divided feature, else "".
QString shares(const FeatureState &state);

} // namespace dpa::statetext
