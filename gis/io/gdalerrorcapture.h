#pragma once

#include <QStringList>

namespace dpa {

// While alive, GDAL/OGR messages raised on this thread are collected here instead of being
// printed, so the caller can put them into the Error it returns next to the file name.
// GDAL's handler stack is per thread (cpl_error.h), so this is safe on worker threads.
// GDAL 3.6 predates CPLErrorHandlerPusher; this is the same idea.
class GdalErrorCapture
{
public:
    GdalErrorCapture();
    ~GdalErrorCapture();
    GdalErrorCapture(const GdalErrorCapture &) = delete;
    GdalErrorCapture &operator=(const GdalErrorCapture &) = delete;

    // Failures (CE_Failure, CE_Fatal) and warnings, in the order raised, without duplicates.
    QStringList errors() const;
    QStringList warnings() const;
    QStringList all() const;

private:
    static void handler(int errorClass, int errorNumber, const char *message);
    QStringList m_errors, m_warnings;
};

} // namespace dpa
