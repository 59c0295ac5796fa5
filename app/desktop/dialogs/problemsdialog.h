#pragma once

#include "core/error.h"

#include <QDialog>

class QPlainTextEdit;

namespace dpa {

// Lists a package's problems as file:line: message, the same lines `dpatlas-cli validate`
// prints, so a historian can fix them all at once. Non-modal: the app stays usable.
class ProblemsDialog : public QDialog
{
    Q_OBJECT
public:
    ProblemsDialog(const QString &packagePath, const ErrorList &problems, QWidget *parent = nullptr);
    QStringList lines() const { return m_lines; }

private:
    QStringList m_lines;
};

} // namespace dpa
