#pragma once

#include "package/searchindex.h"

#include <QLineEdit>

#include <memory>

class QCompleter;
class QStandardItemModel;

namespace dpa {

// The search box (Ctrl+K): names of features, places and events in every language of the
// case study, listed as the user types; choosing one emits what it is.
class SearchField : public QLineEdit
{
    Q_OBJECT
public:
    // Wide enough for its placeholder: the menu bar's corner lays it out at its size hint.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }
    explicit SearchField(QWidget *parent = nullptr);
    void setStudy(const CaseStudy *study);
    // The hits for `text`, as the popup lists them (for tests and the Return key).
    std::vector<SearchIndex::Hit> hits(const QString &text) const;
    void choose(const SearchIndex::Hit &hit);

signals:
    void featureChosen(int modelIndex);
    void eventChosen(int eventIndex);

private:
    void refill(const QString &text);

    const CaseStudy *m_study = nullptr;
    std::unique_ptr<SearchIndex> m_index;
    QCompleter *m_completer;
    QStandardItemModel *m_model;
    std::vector<SearchIndex::Hit> m_shown;
};

} // namespace dpa
