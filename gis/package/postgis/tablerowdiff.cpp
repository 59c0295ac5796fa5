#include "package/postgis/tablerowdiff.h"

#include <QHash>

#include <deque>

namespace dpa::postgis {

RowDiff diffRows(const std::vector<QStringList> &base, const std::vector<QStringList> &edited)
{
    const int n = int(base.size()), m = int(edited.size());
    RowDiff diff;
    diff.baseOf.assign(size_t(m), -1);
    // Equal rows at the start and at the end are the same rows.
    int prefix = 0;
    while (prefix < n && prefix < m && base[size_t(prefix)] == edited[size_t(prefix)]) {
        diff.baseOf[size_t(prefix)] = prefix;
        ++prefix;
    }
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && base[size_t(n - 1 - suffix)] == edited[size_t(m - 1 - suffix)]) {
        diff.baseOf[size_t(m - 1 - suffix)] = n - 1 - suffix;
        ++suffix;
    }
    // In between, each edited row takes the next equal base row after the last one taken
    // (greedy, in order): exact for the edit mode's local edits, and never crossing, so the
    // rows keep their order.
    QHash<QString, std::deque<int>> byContent;
    auto key = [](const QStringList &cells) { return cells.join(QChar(0x1f)) + QChar(0x1e) + QString::number(cells.size()); };
    for (int b = prefix; b < n - suffix; ++b)
        byContent[key(base[size_t(b)])].push_back(b);
    int last = prefix - 1;
    std::vector<int> anchors;   // edited rows matched to an equal base row, in the middle
    for (int e = prefix; e < m - suffix; ++e) {
        auto it = byContent.find(key(edited[size_t(e)]));
        if (it == byContent.end())
            continue;
        std::deque<int> &candidates = *it;
        while (!candidates.empty() && candidates.front() <= last)
            candidates.pop_front();
        if (candidates.empty())
            continue;
        last = candidates.front();
        candidates.pop_front();
        diff.baseOf[size_t(e)] = last;
        anchors.push_back(e);
    }
    // Between consecutive matched rows, an unmatched edited row pairs with the unmatched base row
    // (after the last one paired) that shares most cells with it, at least one that is not
    // empty: a row changed in place. The rest were deleted or added.
    auto sharedCells = [](const QStringList &a, const QStringList &b) {
        int shared = 0;
        for (int i = 0; i < a.size() && i < b.size(); ++i)
            shared += !a[i].isEmpty() && a[i] == b[i];
        return shared;
    };
    auto pairGap = [&](int editedFrom, int editedTo, int baseFrom, int baseTo) {   // half-open ranges
        // A gap of thousands of rows each way (a whole table replaced) pairs in order instead.
        const bool inOrder = qint64(editedTo - editedFrom) * qint64(baseTo - baseFrom) > 4'000'000;
        int b = baseFrom;
        for (int e = editedFrom; e < editedTo && b < baseTo; ++e) {
            int best = inOrder ? b : -1, bestShared = 0;
            for (int candidate = b; !inOrder && candidate < baseTo; ++candidate) {
                const int shared = sharedCells(base[size_t(candidate)], edited[size_t(e)]);
                if (shared > bestShared)
                    best = candidate, bestShared = shared;
            }
            if (best < 0)
                continue;   // nothing in common with any: a new row
            for (; b < best; ++b)
                diff.deleted.push_back(b);
            diff.baseOf[size_t(e)] = b++;
        }
        for (; b < baseTo; ++b)
            diff.deleted.push_back(b);
    };
    int editedFrom = prefix, baseFrom = prefix;
    for (int e : anchors) {
        pairGap(editedFrom, e, baseFrom, diff.baseOf[size_t(e)]);
        editedFrom = e + 1;
        baseFrom = diff.baseOf[size_t(e)] + 1;
    }
    pairGap(editedFrom, m - suffix, baseFrom, n - suffix);
    return diff;
}

} // namespace dpa::postgis
