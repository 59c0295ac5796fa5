#pragma once

#include <QIODevice>

#include <cstdio>

namespace dpa::cli {

// Standard output or error with control characters taken out: package text (names, titles,
// problems quoting a file) is a stranger's, and an escape sequence in it could rewrite the
// user's terminal. Tab, line feed and carriage return pass; every other C0 control, DEL and
// the C1 controls (U+0080 to U+009F) become U+FFFD, so the reader sees something was there.
class TerminalSafeDevice : public QIODevice
{
public:
    explicit TerminalSafeDevice(FILE *stream);
    // The filtering itself, for tests.
    static QByteArray clean(const QByteArray &utf8);

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    FILE *m_stream;
};

} // namespace dpa::cli
