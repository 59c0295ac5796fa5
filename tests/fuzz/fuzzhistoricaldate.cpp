// libFuzzer: HistoricalDate::parse on any text, in both calendars. A date that parses is a
// non-empty interval, and its EDTF form parses back to the same interval.
#include "time/historicaldate.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (dpa::Calendar calendar : {dpa::Calendar::Gregorian, dpa::Calendar::Julian}) {
        const auto date = dpa::HistoricalDate::parse(text, calendar);
        if (!date)
            continue;
        if (date->earliest() >= date->latestExclusive())
            std::abort();   // an interval that ends before it starts
        const auto again = dpa::HistoricalDate::parse(date->toEdtf(), calendar);
        if (!again || again->earliest() != date->earliest() || again->latestExclusive() != date->latestExclusive())
            std::abort();   // what it prints is not what it read
    }
    return 0;
}
