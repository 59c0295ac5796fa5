#pragma once

#include <QDialog>

class QTextBrowser;

namespace dpa {

// Help > User Guide: docs/user-guide.md, built into the program, shown as formatted text. The
// same file is the guide on the web and in the source tree, so the three never disagree.
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace dpa
