#pragma once

#include <QString>

#include <optional>

namespace dpa {

// What the claims in force say of one feature at one moment. Every status has one historical
// meaning (datasets/README.md gives an example of each):
//  held       one camp (bloc) holds or claims the feature, alone;
//  dual       dual power: rival camps each in force over the same whole feature, by control or
//             by claim (Lenin's and Trotsky's dvoevlastie, Tilly's multiple sovereignty);
//  divided    rival camps each control a part of it (control claims with a share);
//  occupied   a foreign force holds it without claiming sovereignty (role `occupation`), over
//             whoever holds the title;
//  contested  open fighting over it (role `contested`);
//  handover   one camp's claim ends and a rival's begins within the precision of their dates
//             (same day, no clock times): the incoming camp holds it, the day is marked;
//  unknown    no camp holds or claims it in the sources.
// The values are stable: analyses index arrays by them.
enum class ControlStatus : quint8 { Unknown, Held, Dual, Divided, Occupied, Contested, HandOver };
inline constexpr int kControlStatusCount = 7;

QString statusName(ControlStatus status);                       // "dual", "handover", …
std::optional<ControlStatus> statusFromName(const QString &name);
// For people: "Dual power", "Hand-over", … (translated).
QString statusTitle(ControlStatus status);

} // namespace dpa
