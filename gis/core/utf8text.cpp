#include "core/utf8text.h"

#include <QString>

namespace dpa {

QByteArrayView trimmedUtf8(QByteArrayView text, QByteArray &scratch)
{
    text = text.trimmed();   // ASCII white space, the same as QChar::isSpace's below 0x80
    if (text.isEmpty() || (uchar(text.front()) < 0x80 && uchar(text.back()) < 0x80))
        return text;
    // An edge in a multi-byte character: it may be a space only Unicode knows.
    const QString decoded = QString::fromUtf8(text);
    const QString trimmed = decoded.trimmed();
    if (trimmed.size() == decoded.size())
        return text;
    scratch = trimmed.toUtf8();
    return scratch;
}

} // namespace dpa
