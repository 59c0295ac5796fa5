#pragma once

#include "package/casestudy.h"
#include "analysis/spatialfacts.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLineSeries;
class QValueAxis;
class QDateTimeAxis;

namespace dpa {

// A chart of one analysis over the whole period (the share of ground under each status, stacked;
// area held de facto per authority;
// front length per pair), with a cursor at the current date; clicking the chart moves time.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(QWidget *parent = nullptr);
    void setStudy(const CaseStudy *study, const SpatialFacts *facts);
    void setTime(TimePoint t);
    int seriesCount() const;
    QStringList seriesNames() const;   // bottom of the stack first; the cursor left out
    QChartView *view() const { return m_view; }
    // The date a horizontal position in the chart view stands for.
    TimePoint timeAtViewX(double x) const;
    double viewXOf(TimePoint t) const;

signals:
    void timeRequested(dpa::TimePoint t);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    QString seriesName(const QString &key) const;
    const CaseStudy *m_study = nullptr;
    const SpatialFacts *m_facts = nullptr;
    QComboBox *m_metric;
    QChartView *m_view;
    QChart *m_chart;
    QLineSeries *m_cursor = nullptr;
    QDateTimeAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    TimePoint m_time = 0;
};

} // namespace dpa
