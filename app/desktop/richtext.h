#pragma once

#include <QString>

namespace dpa::richtext {

// A line set off in italics, except text in a right-to-left script: Arabic typography has no
// italics (it sets text off otherwise), and a bare system's fonts have no slanted Arabic, so an
// italic Arabic date came out as empty boxes. `escaped` is already HTML-escaped.
inline QString emphasised(const QString &escaped)
{
    return escaped.isRightToLeft() ? escaped : QStringLiteral("<i>%1</i>").arg(escaped);
}

} // namespace dpa::richtext
