#include "panels/chartpanel.h"
#include "analysis/spatialanalysis.h"
#include "retranslate.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <QDateTimeAxis>
#include <QAreaSeries>
#include <QLineSeries>
#include <QMouseEvent>
#include <QValueAxis>
#include <QVBoxLayout>

namespace dpa {
namespace {

// QDateTime counts from 1970-01-01 (JDN 2440588); our time line from JDN 0.
constexpr qint64 kUnixEpochJdn = 2440588;
qint64 toMsecs(TimePoint t) { return (t - kUnixEpochJdn * kMinutesPerDay) * 60000; }

// Daily samples stand for whole days: drawn as steps, not as slopes between the days, so a
// change shows on the day it happened.
QList<QPointF> asSteps(const QList<QPointF> &points)
{
    QList<QPointF> steps;
    steps.reserve(points.size() * 2);
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (i > 0)
            steps.append(QPointF(points[i].x(), points[i - 1].y()));
        steps.append(points[i]);
    }
    return steps;
}

// Chart colours for the statuses, apart from any authority's: the chart counts ground, not sides.
QColor statusChartColour(ControlStatus s)
{
    switch (s) {
    case ControlStatus::Dual: return QColor(0xd9, 0x5f, 0x02);
    case ControlStatus::Divided: return QColor(0x75, 0x70, 0xb3);
    case ControlStatus::Occupied: return QColor(0x1b, 0x9e, 0x77);
    case ControlStatus::Contested: return QColor(0xe7, 0x29, 0x8a);
    case ControlStatus::HandOver: return QColor(0x66, 0xa6, 0x1e);
    default: return QColor(0x99, 0x99, 0x99);
    }
}
TimePoint fromMsecs(qint64 ms) { return ms / 60000 + kUnixEpochJdn * kMinutesPerDay; }

} // namespace

ChartPanel::ChartPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_metric = new QComboBox(this);
    for (auto metric : {analysis::Metric::StatusShare, analysis::Metric::Area, analysis::Metric::FrontLength})
        m_metric->addItem(QString(), int(metric));   // named by the retranslate() below
    layout->addWidget(m_metric);
    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    m_view->viewport()->installEventFilter(this);
    layout->addWidget(m_view);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ChartPanel::rebuild);
    // The metrics, the axes' titles and the series' names follow View > Language.
    retranslate(this, [this] {
        m_metric->setItemText(0, tr("Share of area by status: dual power, divided, occupied, contested, hand-over (stacked)"));
        m_metric->setItemText(1, tr("Area each authority holds de facto (km²; by share where divided)"));
        m_metric->setItemText(2, tr("Front length per pair of authorities (km)"));
        m_view->setToolTip(tr("Click to go to that date"));
        rebuild();
    });
}

void ChartPanel::setStudy(const CaseStudy *study, const SpatialFacts *facts)
{
    m_study = study;
    m_facts = facts;
    rebuild();
}

int ChartPanel::seriesCount() const
{
    return int(m_chart->series().size()) - (m_cursor ? 1 : 0);
}

QString ChartPanel::seriesName(const QString &key) const
{
    // An authority's full name, or for a front "Commune / Versailles".
    QStringList names;
    for (const QString &id : key.split(QLatin1Char('|'))) {
        const int a = m_study->model.authorityIndex(id);
        names << (a >= 0 ? m_study->model.authorities()[size_t(a)].name.text() : id);
    }
    return names.join(QStringLiteral(" / "));
}

QStringList ChartPanel::seriesNames() const
{
    QStringList names;
    for (QAbstractSeries *s : m_chart->series())
        if (s != m_cursor)
            names << s->name();
    return names;
}

void ChartPanel::rebuild()
{
    m_chart->removeAllSeries();
    // removeAxis() hands the axis back to us rather than deleting it.
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_cursor = nullptr;
    m_x = nullptr;
    m_y = nullptr;
    if (!m_study || !m_facts)
        return;
    const auto metric = analysis::Metric(m_metric->currentData().toInt());
    const TimePoint from = m_study->manifest.period.from() + 12 * 60, to = m_study->manifest.period.to() - 12 * 60;
    // About a point per pixel whatever the period: daily up to three years, weekly up to forty,
    // monthly up to a hundred and seventy, yearly beyond (a period of millennia used to draw a
    // million weekly points and leave the window blank for half a minute).
    const qint64 days = (to - from) / kMinutesPerDay;
    const auto step = days <= 3 * 366 ? analysis::Step::Day
                      : days <= 40 * 366 ? analysis::Step::Week
                      : days <= 170 * 366 ? analysis::Step::Month
                                          : analysis::Step::Year;
    const auto rows = analysis::timeSeries(*m_study, *m_facts, metric, from, to, step, Calendar::Gregorian);
    // Every sample of the period, so a side that drops out of the data drops to zero; rows
    // name their sample by its date.
    std::vector<qint64> dates;
    QHash<QString, qint64> sampleX;
    for (TimePoint t = from; t <= to; t = analysis::nextSample(t, step, Calendar::Gregorian)) {
        dates.push_back(toMsecs(t));
        sampleX.insert(analysis::sampleDate(t, Calendar::Gregorian), dates.back());
    }

    // value[x][key]: area rows come once per status, so values for one date and key add up.
    QMap<qint64, QMap<QString, double>> values;
    QStringList keys;
    const bool shares = metric == analysis::Metric::StatusShare;
    if (shares)   // stacked from the bottom in this order, each status only if it occurs
        for (ControlStatus s : {ControlStatus::Dual, ControlStatus::Divided, ControlStatus::Occupied,
                                ControlStatus::Contested, ControlStatus::HandOver})
            keys << statusName(s);
    for (const analysis::Row &r : rows) {
        QString key = r.key;
        if (shares) {
            if (r.unit != QLatin1String("share of area") || !keys.contains(r.status))
                continue;
            key = r.status;
        } else if (metric == analysis::Metric::Area && (r.key == QLatin1String("all") || r.basis != QLatin1String("de facto"))) {
            continue;
        }
        const auto x = sampleX.constFind(r.date);
        if (x == sampleX.constEnd())
            continue;
        values[*x][key] += r.value;
        if (!keys.contains(key))
            keys << key;
    }
    QList<QAbstractSeries *> series;
    double maxValue = 0;
    QList<QPointF> stackBase;
    for (qint64 x : dates)
        stackBase.append(QPointF(double(x), 0));
    for (const QString &key : keys) {
        QList<QPointF> points;
        bool any = false;
        for (qsizetype i = 0; i < qsizetype(dates.size()); ++i) {
            const double v = values.value(dates[size_t(i)]).value(key, 0.0);
            any = any || v > 0;
            // Shares in percent, so the axis reads "40 %" rather than "0.4".
            points.append(QPointF(double(dates[size_t(i)]), shares ? stackBase[i].y() + 100 * v : v));
            maxValue = std::max(maxValue, points.back().y());
        }
        if (shares) {
            if (!any)
                continue;
            // Each status a band on top of the ones below, so the height is their sum.
            auto *upper = new QLineSeries, *lower = new QLineSeries;
            upper->replace(asSteps(points));
            lower->replace(asSteps(stackBase));
            auto *area = new QAreaSeries(upper, lower);
            upper->setParent(area);
            lower->setParent(area);
            const auto status = statusFromName(key);
            area->setName(statusTitle(*status));
            area->setColor(statusChartColour(*status));
            area->setBorderColor(statusChartColour(*status).darker(130));
            stackBase = points;
            series << area;
            continue;
        }
        auto *s = new QLineSeries;
        const int a = m_study->model.authorityIndex(key);
        s->setName(seriesName(key));
        if (a >= 0)
            s->setColor(QColor::fromRgba(m_study->model.authorities()[size_t(a)].color));
        s->replace(asSteps(points));
        series << s;
    }
    m_x = new QDateTimeAxis;
    m_x->setFormat(QStringLiteral("MMM yyyy"));
    m_x->setTitleText(tr("date (Gregorian)"));
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(toMsecs(from), Qt::UTC), QDateTime::fromMSecsSinceEpoch(toMsecs(to), Qt::UTC));
    m_y = new QValueAxis;
    // Round ticks: 0, 25, 50, 75, 100 % for shares; nice numbers for kilometres.
    m_y->setRange(0, shares ? 100.0 : std::max(1.0, maxValue * 1.05));
    if (shares)
        m_y->setTickCount(5);
    else
        m_y->applyNiceNumbers();
    m_y->setLabelFormat(shares ? QStringLiteral("%d %%") : QStringLiteral("%.0f"));
    m_y->setTitleText(shares ? tr("share of the area") : metric == analysis::Metric::Area ? tr("km²") : tr("km"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries *s : series) {
        // A series with a gap in dates (an authority absent for a while) must still drop to zero.
        m_chart->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    m_cursor = new QLineSeries;
    m_cursor->setName(tr("current date"));
    m_cursor->setPen(QPen(QColor(0x8a, 0x1c, 0x1c), 2));
    m_chart->addSeries(m_cursor);
    m_cursor->attachAxis(m_x);
    m_cursor->attachAxis(m_y);
    setTime(m_time);
}

void ChartPanel::setTime(TimePoint t)
{
    m_time = t;
    if (!m_cursor || !m_y)
        return;
    const double x = double(toMsecs(t));
    m_cursor->replace(QList<QPointF>{{x, m_y->min()}, {x, m_y->max()}});
}

TimePoint ChartPanel::timeAtViewX(double x) const
{
    const QPointF value = m_chart->mapToValue(m_view->mapToScene(QPoint(int(x), m_view->height() / 2)),
                                              m_cursor ? static_cast<QAbstractSeries *>(m_cursor) : nullptr);
    const TimePoint t = fromMsecs(qint64(value.x()));
    return calendar::timePoint(calendar::julianDayOf(t), 12 * 60);
}

double ChartPanel::viewXOf(TimePoint t) const
{
    const QPointF scene = m_chart->mapToPosition(QPointF(double(toMsecs(t)), m_y ? m_y->min() : 0), m_cursor);
    return m_view->mapFromScene(scene).x();
}

bool ChartPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonPress && m_study) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (m_chart->plotArea().contains(m_view->mapToScene(mouse->position().toPoint())))
            emit timeRequested(timeAtViewX(mouse->position().x()));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace dpa
