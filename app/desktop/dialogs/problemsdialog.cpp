#include "dialogs/problemsdialog.h"
#include "retranslate.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace dpa {

ProblemsDialog::ProblemsDialog(const QString &packagePath, const ErrorList &problems, QWidget *parent)
    : QDialog(parent)
{
    for (Error e : problems) {
        if (!e.file.isEmpty() && QDir::isRelativePath(e.file))
            e.file = QDir(packagePath).filePath(e.file);
        m_lines << e.toString();
    }
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(this);
    layout->addWidget(summary);
    // The words around the problems follow View > Language; the problems are worded as loaded.
    retranslate(this, [this, summary, packagePath, count = int(problems.size())] {
        setWindowTitle(tr("Problems in %1").arg(QDir(packagePath).dirName()));
        summary->setText(tr("%n problem(s) were found. What is sound has been loaded; the rest is left out "
                            "until it is fixed.", nullptr, count));
    });
    auto *text = new QPlainTextEdit(m_lines.join(QLatin1Char('\n')), this);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setObjectName(QStringLiteral("problemsText"));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    resize(760, 360);
}

} // namespace dpa
