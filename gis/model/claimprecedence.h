#pragma once

#include "model/controlmodel.h"

#include <span>

namespace dpa {

// The order of claims in force on a feature, which decides who is drawn as holder, the order of
// the stripes and every analysis. It never depends on the order of rows or files, so sorting a
// spreadsheet cannot change the map. Rule, first difference wins:
//  1. role: control, occupation, claim, contested, presence (de facto before de jure);
//  2. higher confidence first;
//  3. earlier start first (the established authority before the newcomer);
//  4. the authority's order in the manifest;
//  5. earlier end first, then the claim's share, note and sources as text (so that even two
//     rows that differ only in their wording sort the same way every time).
bool claimPrecedes(const ControlModel &model, int a, int b);
void sortByPrecedence(const ControlModel &model, std::span<int> claims);
int roleRank(Role role);

} // namespace dpa
