#pragma once

#include "package/casestudy.h"

#include <QWidget>

namespace dpa {

// One feature's claims as a small timeline: a row per claim across the case study's period,
// in the authority's colour, solid for control, striped for a de jure claim, cross-hatched for
// fighting, paler for lower confidence, with open ends running to the edge and a line at the
// current time.
class ClaimHistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimHistoryView(QWidget *parent = nullptr);
    void setFeature(const CaseStudy *study, int modelIndex);
    void setTime(TimePoint t) { m_time = t; update(); }
    int rowCount() const { return int(m_claims.size()); }
    // What a row says in full (authority, role, interval, confidence), as its tooltip shows it.
    QString rowText(int row) const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *) override;
    bool event(QEvent *event) override;

private:
    const CaseStudy *m_study = nullptr;
    QList<int> m_claims;
    TimePoint m_time = 0;
};

} // namespace dpa
