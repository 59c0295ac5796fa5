#include "model/controlstatus.h"

#include <QCoreApplication>

namespace dpa {
namespace {

struct StatusNames
{
    ControlStatus status;
    const char *name;
    const char *title;
};

const StatusNames kNames[] = {
    {ControlStatus::Unknown, "unknown", QT_TRANSLATE_NOOP("dpa::ControlStatus", "Unknown")},
    {ControlStatus::Held, "held", QT_TRANSLATE_NOOP("dpa::ControlStatus", "Held")},
    {ControlStatus::Dual, "dual", QT_TRANSLATE_NOOP("dpa::ControlStatus", "Dual power")},
    {ControlStatus::Divided, "divided", QT_TRANSLATE_NOOP("dpa::ControlStatus", "Divided")},
    {ControlStatus::Occupied, "occupied", QT_TRANSLATE_NOOP("dpa::ControlStatus", "Occupied")},
    {ControlStatus::Contested, "contested", QT_TRANSLATE_NOOP("dpa::ControlStatus", "Contested")},
    {ControlStatus::HandOver, "handover", QT_TRANSLATE_NOOP("dpa::ControlStatus", "Hand-over")},
};

} // namespace

QString statusName(ControlStatus status)
{
    return QLatin1String(kNames[int(status)].name);
}

std::optional<ControlStatus> statusFromName(const QString &name)
{
    for (const StatusNames &n : kNames)
        if (name == QLatin1String(n.name))
            return n.status;
    return std::nullopt;
}

QString statusTitle(ControlStatus status)
{
    return QCoreApplication::translate("dpa::ControlStatus", kNames[int(status)].title);
}

} // namespace dpa
