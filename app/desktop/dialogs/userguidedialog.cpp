#include "dialogs/userguidedialog.h"
#include "retranslate.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dpa {

UserGuideDialog::UserGuideDialog(QWidget *parent) : QDialog(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    QFile guide(QStringLiteral(":/docs/user-guide.md"));
    const bool found = guide.open(QIODevice::ReadOnly);
    if (found)
        m_browser->setMarkdown(QString::fromUtf8(guide.readAll()));
    // The guide itself is written in English (docs/user-guide.md); the window's words follow
    // View > Language.
    retranslate(this, [this, found] {
        setWindowTitle(tr("Dual Power Atlas: User Guide"));
        if (!found)   // only when the program was built without its resources: say so, never show nothing
            m_browser->setPlainText(tr("The user guide is missing from this build (docs/user-guide.md)."));
    });
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 720);
}

} // namespace dpa
