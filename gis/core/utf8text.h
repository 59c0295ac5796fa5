#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace dpa {

// UTF-8 text less the white space around it, as QString::trimmed() would leave it, without
// decoding: a view of the same bytes, or of `scratch` when an edge is a Unicode space (the
// no-break space a spreadsheet leaves) that only decoding recognises. For readers of millions of
// cells (claims.csv), where a QString per cell was most of the reading.
QByteArrayView trimmedUtf8(QByteArrayView text, QByteArray &scratch);

// Looks `bytes` up in a QHash keyed by QByteArray without copying them into a key.
inline QByteArray lookupKey(QByteArrayView bytes)
{
    return QByteArray::fromRawData(bytes.data(), bytes.size());
}

} // namespace dpa
