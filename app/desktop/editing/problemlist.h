#pragma once

#include "core/error.h"

#include <QTreeWidget>

namespace dpa {

// The problems of the last check, as `dpatlas-cli validate` words them. Rows with the same
// message (one unknown feature or authority repeated over many rows) are grouped under it, so
// one cause shows as one entry with its rows beneath. Clicking an entry asks for its row or
// feature to be shown.
class ProblemList : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ProblemList(QWidget *parent = nullptr);
    void setProblems(const ErrorList &problems);
    const ErrorList &problems() const { return m_problems; }
    // The entry that shows problem `index` (a group's child when grouped), for tests.
    QTreeWidgetItem *itemOf(int index) const;

signals:
    void problemActivated(const dpa::Error &problem);

private:
    ErrorList m_problems;
};

} // namespace dpa
