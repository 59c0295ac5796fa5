#pragma once

#include "package/casestudy.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace dpa {

class ClaimHistoryView;

// What the clicked feature is and who claimed it when: its status now, its claim history as a
// small timeline, and each claim with its interval, confidence, sources and note.
class InspectorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorPanel(QWidget *parent = nullptr);
    void setStudy(const CaseStudy *study);
    void setFeature(int modelIndex);
    void setTime(TimePoint t);
    int feature() const { return m_feature; }
    ClaimHistoryView *history() const { return m_history; }
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;   // LanguageChange: the texts again

private:
    void refresh();
    const CaseStudy *m_study = nullptr;
    int m_feature = -1;
    TimePoint m_time = 0;
    QLabel *m_title;
    ClaimHistoryView *m_history;
    QTextBrowser *m_details;
};

} // namespace dpa
