#pragma once

#include "package/casestudy.h"

#include <QWidget>

class QListWidget;
class QTextBrowser;

namespace dpa {

// The case study's events in date order. Clicking one asks the timeline to go there; the text
// and sources of the selected event show below the list.
class EventsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EventsPanel(QWidget *parent = nullptr);
    void setStudy(const CaseStudy *study);
    QListWidget *list() const { return m_list; }
    // Selects the latest event that has started by t (without emitting a jump).
    void followTime(TimePoint t);

signals:
    void jumpRequested(dpa::TimePoint t);

private:
    void showEvent(int index);
    // The list's texts (dates and titles) in the interface language, and the event shown.
    void nameItems();
    const CaseStudy *m_study = nullptr;
    QListWidget *m_list;
    QTextBrowser *m_text;
    std::vector<int> m_order;   // list row -> event index
    int m_shown = -1;           // the event whose text is shown
};

QString sourcesHtml(const ControlModel &model, const QList<SourceRef> &refs);

} // namespace dpa
