#pragma once

// Answers the next message box the window shows and keeps its text, for a test whose action
// shows one: the box is modal, so the action returns only once it is answered, and the check of
// what it said comes after. Made before the action; it looks for a visible box every few
// milliseconds (from within the box's own event loop) until it has answered one.

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

namespace dpa::test {

class NextMessageBox
{
public:
    explicit NextMessageBox(int pollMs = 20)
    {
        QObject::connect(&m_poll, &QTimer::timeout, &m_poll, [this] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                    m_text = box->text();
                    box->accept();
                    m_poll.stop();
                    return;
                }
        });
        m_poll.start(pollMs);
    }
    NextMessageBox(const NextMessageBox &) = delete;
    NextMessageBox &operator=(const NextMessageBox &) = delete;

    // What the box said; empty until one was answered.
    const QString &text() const { return m_text; }

private:
    QTimer m_poll;
    QString m_text;
};

} // namespace dpa::test
