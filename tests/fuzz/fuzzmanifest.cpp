// libFuzzer: PackageManifest::parse on any bytes: a manifest or problems, never a crash, and
// never both nothing and no problem.
#include "package/packagemanifest.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dpa::ErrorList problems;
    const auto manifest = dpa::PackageManifest::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), problems);
    if (!manifest && problems.isEmpty())
        std::abort();   // refused without saying why
    return 0;
}
