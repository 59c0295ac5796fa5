#pragma once

#include <QCoreApplication>
#include <QString>

namespace dpa::cli {

// The CLI's translatable text. lupdate files a bare tr("…") written inside namespace dpa::cli
// under the context "dpa::cli"; this is the function those calls reach, so the context the
// translator sees and the one looked up at run time are the same. Write tr("…") for every
// message a person reads; keep option names, file formats and machine-readable output (CSV
// headers, JSON keys, status ids) untranslated.
inline QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("dpa::cli", text, comment, n);
}

} // namespace dpa::cli
