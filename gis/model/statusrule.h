#pragma once

#include "model/controlmodel.h"
#include "model/controlstatus.h"

#include <QVarLengthArray>

#include <span>
#include <vector>

namespace dpa {

// What the claims in force on one feature mean: the status and who is shown. This is the only
// place the rule is written (controlstatus.h says what each status means):
//  - presence claims never change the status;
//  - a rival claim that ends within the precision of the date on which another camp's claim
//    starts (isHandOver) is outgoing: it is left out, and if one camp then remains the feature
//    is in hand-over to it;
//  - any `contested` claim makes the feature contested;
//  - an `occupation` claim makes it occupied, over the camps holding or claiming title;
//  - two or more camps: divided when two or more of them control it and at least one of those
//    control claims states a share,
//    dual power otherwise; one camp: held; none: unknown.
// Camps are blocs (ControlModel::blocOf): claims of one bloc never make dual power, a division,
// a hand-over or a front between themselves.
// A list of the few claims or camps in force over one feature, on the stack: the claim index
// reads the claims in force once per segment, a million times at 100,000 features, and a heap
// block per list was a good part of loading such a study.
template <typename T>
using FewInForce = QVarLengthArray<T, 8>;

// (ClaimIndex keeps the readings in flat arrays of its own.)
struct ControlReading
{
    ControlStatus status = ControlStatus::Unknown;
    FewInForce<int> claims;     // every claim in force, by precedence (claimprecedence.h)
    FewInForce<int> camps;      // the lead authority of each camp shown, holder first
    FewInForce<float> shares;   // per camp: its share of the feature when divided, else NaN
    int occupier = -1;           // occupied: the lead occupying authority
    int outgoing = -1;           // hand-over: the lead authority whose claim ends on the day
    bool deJureOnly = false;     // no camp shown exercises control: they hold title alone
};

ControlReading readClaimsInForce(const ControlModel &model, std::span<const int> claimsInForce);

// True when `outgoing` ends and `incoming` starts so that they overlap only within the
// precision of the dates: the overlap lies inside the span of the outgoing end date or of the
// incoming start date ("to 25 Oct" and "from 25 Oct", neither with a time). Clock times, when
// given, decide: "to 25 Oct 02:00" and "from 25 Oct 01:00" overlap for an hour of dual power.
bool isHandOver(const Claim &outgoing, const Claim &incoming);

} // namespace dpa
