#include "io/gdalerrorcapture.h"

#include <cpl_error.h>

namespace dpa {

GdalErrorCapture::GdalErrorCapture()
{
    CPLPushErrorHandlerEx(reinterpret_cast<CPLErrorHandler>(+[](CPLErr c, CPLErrorNum n, const char *m) {
                              handler(int(c), int(n), m);
                          }),
                          this);
}

GdalErrorCapture::~GdalErrorCapture()
{
    CPLPopErrorHandler();
}

void GdalErrorCapture::handler(int errorClass, int, const char *message)
{
    auto *self = static_cast<GdalErrorCapture *>(CPLGetErrorHandlerUserData());
    if (!self)
        return;
    const QString text = QString::fromUtf8(message).trimmed();
    QStringList &target = errorClass >= CE_Failure ? self->m_errors : self->m_warnings;
    if (errorClass >= CE_Warning && !target.contains(text))
        target << text;
}

QStringList GdalErrorCapture::errors() const { return m_errors; }
QStringList GdalErrorCapture::warnings() const { return m_warnings; }
QStringList GdalErrorCapture::all() const { return m_errors + m_warnings; }

} // namespace dpa
