#include "keyboardshortcuts.h"

#include <QList>

namespace dpa {

QString KeyboardShortcuts::keyText(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

Qt::Key KeyboardShortcuts::forwardArrow(Qt::LayoutDirection direction)
{
    return direction == Qt::RightToLeft ? Qt::Key_Left : Qt::Key_Right;
}

Qt::Key KeyboardShortcuts::backArrow(Qt::LayoutDirection direction)
{
    return direction == Qt::RightToLeft ? Qt::Key_Right : Qt::Key_Left;
}

QString KeyboardShortcuts::tableHtml(Qt::LayoutDirection direction)
{
    const Qt::Key back = backArrow(direction), forward = forwardArrow(direction);
    struct Row
    {
        QList<QKeySequence> keys;
        QString what;
    };
    const QList<Row> rows{
        {{Qt::Key_Space}, tr("play / pause")},
        {{back, forward}, tr("a day back / forward")},
        {{Qt::ALT | back, Qt::ALT | forward}, tr("an hour back / forward")},
        {{Qt::SHIFT | back, Qt::SHIFT | forward}, tr("a week back / forward")},
        {{Qt::CTRL | back, Qt::CTRL | forward}, tr("a month back / forward")},
        {{Qt::Key_PageUp, Qt::Key_PageDown}, tr("previous / next change")},
        {{Qt::Key_Home, Qt::Key_End}, tr("start / end of the period")},
        {{QKeySequence::ZoomIn, QKeySequence::ZoomOut}, tr("zoom in / out, also the mouse wheel (on the map: + and -); drag to pan")},
        {{Qt::CTRL | Qt::Key_0}, tr("the whole case study")},
        {{Qt::CTRL | Qt::Key_K}, tr("search places and events")},
        {{Qt::CTRL | Qt::Key_F}, tr("front lines")},
        {{QKeySequence::Open}, tr("open a case study")},
        {{Qt::CTRL | Qt::Key_E}, tr("export the picture")},
        {{Qt::CTRL | Qt::SHIFT | Qt::Key_E}, tr("edit mode: the case study's tables")},
        {{QKeySequence::Undo}, tr("undo an edit")},
        {{Qt::CTRL | Qt::SHIFT | Qt::Key_Z, Qt::CTRL | Qt::Key_Y}, tr("redo")},   // as EditMode binds them
        {{QKeySequence::Save}, tr("save the edits")},
        {{QKeySequence::HelpContents}, tr("how to read this map")},
        {{QKeySequence::Quit}, tr("quit")},
    };
    QString html = QStringLiteral("<table>");
    for (const Row &row : rows) {
        QStringList names;
        for (const QKeySequence &k : row.keys)
            names << keyText(k).toHtmlEscaped();
        // Keys are Latin text: isolated so that "Ctrl+Left / Ctrl+Right" keeps its order in a
        // right-to-left table.
        html += QStringLiteral("<tr><td><b>\u2066%1\u2069</b></td><td>%2</td></tr>").arg(names.join(QStringLiteral(" / ")), row.what.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

} // namespace dpa
