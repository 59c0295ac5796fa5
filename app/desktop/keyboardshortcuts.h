#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QString>

namespace dpa {

// The keys of the window, named as the user's keyboard and language name them.
class KeyboardShortcuts
{
    Q_DECLARE_TR_FUNCTIONS(dpa::KeyboardShortcuts)
public:
    // "Ctrl+Left" in English, "Maj+Gauche" in French: Qt's native text, translated by Qt's own
    // catalogue (qtbase_*.qm), so the Help table, the tooltips and the menus say the same.
    static QString keyText(const QKeySequence &keys);

    // The arrow that moves the time forward: Right where the timeline runs left to right,
    // Left where it runs right to left (Arabic), as the handle moves under the key.
    static Qt::Key forwardArrow(Qt::LayoutDirection direction);
    static Qt::Key backArrow(Qt::LayoutDirection direction);

    // Help > Keyboard Shortcuts: every key of the window with what it does, as an HTML table.
    static QString tableHtml(Qt::LayoutDirection direction);
};

} // namespace dpa
