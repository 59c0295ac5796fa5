#include "terminalsafedevice.h"

namespace dpa::cli {
namespace {

const QByteArray kReplacement("\xef\xbf\xbd");   // U+FFFD in UTF-8

} // namespace

TerminalSafeDevice::TerminalSafeDevice(FILE *stream) : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

QByteArray TerminalSafeDevice::clean(const QByteArray &utf8)
{
    QByteArray out;
    out.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
            out += kReplacement;
        } else if (c == 0xc2 && i + 1 < utf8.size() && static_cast<unsigned char>(utf8[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(utf8[i + 1]) <= 0x9f) {
            out += kReplacement;   // a C1 control such as U+009B, the one-byte CSI
            ++i;
        } else {
            out += char(c);
        }
    }
    return out;
}

qint64 TerminalSafeDevice::writeData(const char *data, qint64 size)
{
    // A write may end inside a two-byte sequence; QTextStream flushes whole strings, so a C1
    // control is never split in practice, and a split one is still not an escape on its own.
    const QByteArray cleaned = clean(QByteArray::fromRawData(data, size));
    if (std::fwrite(cleaned.constData(), 1, size_t(cleaned.size()), m_stream) != size_t(cleaned.size()))
        return -1;
    std::fflush(m_stream);
    return size;
}

} // namespace dpa::cli
