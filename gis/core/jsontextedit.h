#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QJsonValue>

#include <optional>
#include <utility>
#include <vector>

namespace dpa {

// Edits of a JSON file as text, for files people write by hand (manifest.json): an entry is
// added or replaced where it belongs and every other byte stays as it was — the order of keys,
// the spacing, a diff under version control of one line. QJsonDocument would sort the keys and
// re-indent the whole file.
namespace jsontextedit {

// Where a top-level member's array lies in the text: its brackets and each element, as
// [begin, end) byte offsets.
struct ArraySpan
{
    qsizetype open = -1, close = -1;
    std::vector<std::pair<qsizetype, qsizetype>> elements;
};

// The array of the top-level object's member `key`, or nothing when the text is not an object,
// has no such member, or it is not an array. Only the structure is scanned (strings skipped,
// brackets counted): call it on text QJsonDocument has parsed.
std::optional<ArraySpan> topLevelArray(const QByteArray &json, const QByteArray &key);

// 1-based line of a byte offset.
int lineOfOffset(const QByteArray &text, qsizetype offset);

// A JSON object on one line with its members in the order given ({"id": …, "file": …}), as a
// person would write it; QJsonObject sorts its keys.
QByteArray orderedObject(const std::vector<std::pair<QString, QJsonValue>> &members);

// The text with `entry` (one JSON value, as text) appended to the top-level array `key`, or put
// in place of its element `replaceIndex`; the array is created when the object has none. The
// rest of the bytes are kept; a new element goes on its own line indented as the one before it.
// The result is parsed back and must hold exactly the old document with the entry in place;
// where the text cannot be edited so (the key twice, a form the scanner does not know), the
// whole document is rewritten by QJsonDocument instead, and `*rewritten` says so.
Result<QByteArray> withArrayEntry(const QByteArray &json, const QByteArray &key, const QByteArray &entry,
                                  int replaceIndex = -1, bool *rewritten = nullptr);

} // namespace jsontextedit
} // namespace dpa
