// libFuzzer: CsvTable::parse on any bytes. It must return a table or an error, never crash,
// and every row it reports must lie within the text.
#include "package/csvtable.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto table = dpa::CsvTable::parse(bytes, QStringLiteral("claims.csv"));
    if (table) {
        const int lines = int(bytes.count('\n')) + 2;
        for (const auto &row : table->rows())
            if (row.line < 1 || row.line > lines)
                std::abort();   // a line number that points nowhere
        for (const dpa::Error &e : table->problems())
            if (e.line < 1 || e.line > lines)
                std::abort();
    }
    return 0;
}
