#include "core/multilingualtext.h"

#include <QMutex>

namespace dpa {
namespace {

// Set from the UI thread, read by renderers on other threads: guarded, and copied out.
QMutex g_lock;
QString g_preferred = QStringLiteral("en");

} // namespace

void MultilingualText::setPreferredLanguage(const QString &code)
{
    const QMutexLocker locker(&g_lock);
    g_preferred = code.isEmpty() ? QStringLiteral("en") : code;
}

QString MultilingualText::preferredLanguage()
{
    const QMutexLocker locker(&g_lock);
    return g_preferred;
}

} // namespace dpa
