#include "editing/problemlist.h"
#include "retranslate.h"

#include <QHeaderView>
#include <QMap>

namespace dpa {
namespace {
constexpr int kProblemIndex = Qt::UserRole;

QString place(const Error &e)
{
    if (!e.featureId.isEmpty())
        return ProblemList::tr("%1: feature %2", "a problem's place: a layer's file and a feature's id").arg(e.file, e.featureId);
    return e.line > 0 ? QStringLiteral("%1:%2").arg(e.file).arg(e.line) : e.file;
}
} // namespace

ProblemList::ProblemList(QWidget *parent) : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setWordWrap(false);
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QVariant index = item->data(0, kProblemIndex);
        if (index.isValid())
            emit problemActivated(m_problems.at(index.toInt()));
        else if (item->childCount() > 0)   // a group: its first row
            emit problemActivated(m_problems.at(item->child(0)->data(0, kProblemIndex).toInt()));
    });
    // The entries' words around the messages follow View > Language (the messages are the
    // check's, in the language it ran in).
    retranslate(this, [this] {
        if (!m_problems.isEmpty())
            setProblems(ErrorList(m_problems));
    });
}

void ProblemList::setProblems(const ErrorList &problems)
{
    m_problems = problems;
    clear();
    // Grouped by file and message, in the order each group first appears.
    QMap<QString, QList<int>> groups;
    QStringList order;
    for (int i = 0; i < problems.size(); ++i) {
        const QString key = problems[i].file + QLatin1Char('\n') + problems[i].message;
        if (!groups.contains(key))
            order << key;
        groups[key] << i;
    }
    for (const QString &key : std::as_const(order)) {
        const QList<int> &members = groups[key];
        const Error &first = problems[members.first()];
        auto *item = new QTreeWidgetItem(this);
        item->setToolTip(0, first.toString());
        if (members.size() == 1) {
            // The message first: in a narrow panel it is what must show, the place follows.
            item->setText(0, QStringLiteral("%1 (%2)").arg(first.message, place(first)));
            item->setData(0, kProblemIndex, members.first());
            continue;
        }
        item->setText(0, tr("%1 (%2, %n rows)", nullptr, int(members.size())).arg(first.message, first.file));
        for (int i : members) {
            auto *child = new QTreeWidgetItem(item, {place(problems[i])});
            child->setData(0, kProblemIndex, i);
            child->setToolTip(0, problems[i].toString());
        }
    }
}

QTreeWidgetItem *ProblemList::itemOf(int index) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = topLevelItem(i);
        if (top->data(0, kProblemIndex).toInt() == index && top->data(0, kProblemIndex).isValid())
            return top;
        for (int c = 0; c < top->childCount(); ++c)
            if (top->child(c)->data(0, kProblemIndex).toInt() == index)
                return top->child(c);
    }
    return nullptr;
}

} // namespace dpa
