#pragma once

#include "core/error.h"
#include "model/controlmodel.h"

namespace dpa {

// Checks that need several claims of a feature at once, each reported as `claimsFile:line:` at
// the claim at fault (the claims stay loaded: the package opens with the problem listed):
//  - the stated shares of one feature's control claims summing past 1 at some moment;
//  - an occupation by an authority of the same bloc as an authority holding or claiming title
//    over the feature at the same time (an occupier is foreign by definition).
ErrorList checkClaimsTogether(const ControlModel &model, const QString &claimsFile);

} // namespace dpa
