#include "panels/timelinepanel.h"
#include "time/historicaldate.h"
#include "panels/timelinebar.h"
#include "keyboardshortcuts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <array>

namespace dpa {

TimelinePanel::TimelinePanel(ControlTimeline *timeline, QWidget *parent)
    : QWidget(parent), m_timeline(timeline)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    auto *controls = new QHBoxLayout;
    // Icons point the way the handle moves: mirrored where the timeline runs right to left.
    auto button = [&](QStyle::StandardPixmap icon, QStyle::StandardPixmap mirrored, std::function<QString()> tip, auto slot) {
        auto *b = new QToolButton(this);
        m_buttons.append({b, icon, mirrored, std::move(tip)});
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        controls->addWidget(b);
        return b;
    };
    using Keys = KeyboardShortcuts;
    auto stepKeys = [this](Qt::Key arrow) {
        return std::array{Keys::keyText(arrow), Keys::keyText(Qt::ALT | arrow), Keys::keyText(Qt::SHIFT | arrow), Keys::keyText(Qt::CTRL | arrow)};
    };
    button(QStyle::SP_MediaSkipBackward, QStyle::SP_MediaSkipForward,
           [] { return tr("Start of the period (%1)").arg(Keys::keyText(Qt::Key_Home)); }, [this] { m_timeline->goToStart(); });
    button(QStyle::SP_MediaSeekBackward, QStyle::SP_MediaSeekForward,
           [] { return tr("Previous change (%1)").arg(Keys::keyText(Qt::Key_PageUp)); }, [this] { m_timeline->previousChange(); });
    button(QStyle::SP_ArrowLeft, QStyle::SP_ArrowRight, [this, stepKeys] {
        const auto k = stepKeys(Keys::backArrow(layoutDirection()));
        return tr("Step back by the unit chosen beside (keys: %1 a day, %2 an hour, %3 a week, %4 a month)").arg(k[0], k[1], k[2], k[3]);
    }, [this] { m_timeline->step(stepUnit(), -1); });
    m_play = button(QStyle::SP_MediaPlay, QStyle::SP_MediaPlay,
                    [] { return tr("Play / pause (%1)").arg(Keys::keyText(Qt::Key_Space)); }, [this] { m_timeline->togglePlay(); });
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    button(QStyle::SP_ArrowRight, QStyle::SP_ArrowLeft, [this, stepKeys] {
        const auto k = stepKeys(Keys::forwardArrow(layoutDirection()));
        return tr("Step forward by the unit chosen beside (keys: %1 a day, %2 an hour, %3 a week, %4 a month)").arg(k[0], k[1], k[2], k[3]);
    }, [this] { m_timeline->step(stepUnit(), 1); });
    button(QStyle::SP_MediaSeekForward, QStyle::SP_MediaSeekBackward,
           [] { return tr("Next change (%1)").arg(Keys::keyText(Qt::Key_PageDown)); }, [this] { m_timeline->nextChange(); });
    button(QStyle::SP_MediaSkipForward, QStyle::SP_MediaSkipBackward,
           [] { return tr("End of the period (%1)").arg(Keys::keyText(Qt::Key_End)); }, [this] { m_timeline->goToEnd(); });

    m_unit = new QComboBox(this);
    m_unit->addItems({QString(), QString(), QString(), QString()});   // in ControlTimeline::Step's order
    m_unit->setCurrentIndex(int(ControlTimeline::Step::Day));
    controls->addWidget(m_unit);
    m_speed = new QComboBox(this);
    for (double days : {1.0 / 24, 0.25, 1.0, 3.0, 7.0, 14.0, 30.44})
        m_speed->addItem(QString(), days);   // named by retranslateUi()
    m_speed->setCurrentIndex(2);   // a day a second
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this] { m_timeline->setDaysPerSecond(m_speed->currentData().toDouble()); });
    controls->addWidget(m_speed);
    m_loop = new QCheckBox(this);
    connect(m_loop, &QCheckBox::toggled, m_timeline, &ControlTimeline::setLoop);
    controls->addWidget(m_loop);
    controls->addStretch();
    // The date gets a row of its own: it is what the user reads most, and a long double-calendar
    // date must not widen the window.
    auto *dateRow = new QHBoxLayout;
    m_date = new QLabel(this);
    QFont big = m_date->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_date->setFont(big);
    m_date->setObjectName(QStringLiteral("dateLabel"));
    dateRow->addWidget(m_date);
    m_certainty = new QLabel(this);
    m_certainty->setObjectName(QStringLiteral("certaintyLabel"));
    // A long note must not widen the window: it is cut, and the tooltip has it whole.
    m_certainty->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_certainty->setMinimumWidth(40);
    dateRow->addWidget(m_certainty, 1);
    layout->addLayout(dateRow);
    layout->addLayout(controls);

    m_bar = new TimelineBar(this);
    layout->addWidget(m_bar);
    connect(m_bar, &TimelineBar::timeRequested, m_timeline, &ControlTimeline::setTime);
    connect(m_timeline, &ControlTimeline::timeChanged, this, &TimelinePanel::showTime);
    connect(m_timeline, &ControlTimeline::playingChanged, this, [this](bool playing) {
        m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    });
    retranslateUi();
}

ControlTimeline::Step TimelinePanel::stepUnit() const
{
    return ControlTimeline::Step(m_unit->currentIndex());
}

void TimelinePanel::setStudy(const CaseStudy *study)
{
    m_study = study;
    if (!study)
        return;
    m_bar->setRange(m_timeline->start(), m_timeline->end());
    m_bar->setCalendar(study->manifest.displayCalendars.first());
    std::vector<TimePoint> events;
    QStringList titles;
    for (const Event &e : study->model.events()) {
        events.push_back(e.when.from());
        titles << e.title.text();
    }
    m_bar->setEventMarks(std::move(events));
    m_bar->setEventTitles(std::move(titles));
    m_bar->setChangeMarks(study->index.changePoints());
    showTime(m_timeline->time());
}

void TimelinePanel::changeEvent(QEvent *event)
{
    // A new language can bring a new direction (Arabic): the arrows' icons and key names follow.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TimelinePanel::retranslateUi()
{
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    for (const TimeButton &b : std::as_const(m_buttons)) {
        b.button->setToolTip(b.tip());
        if (b.button != m_play)
            b.button->setIcon(style()->standardIcon(rtl ? b.mirroredIcon : b.icon));
    }
    const QStringList units{tr("Hour"), tr("Day"), tr("Week"), tr("Month")};
    for (int i = 0; i < units.size(); ++i)
        m_unit->setItemText(i, units.at(i));
    m_unit->setToolTip(tr("Step by"));
    const QStringList speeds{tr("1 hour/s"), tr("6 hours/s"), tr("1 day/s"), tr("3 days/s"),
                             tr("1 week/s"), tr("2 weeks/s"), tr("1 month/s")};
    for (int i = 0; i < speeds.size(); ++i)
        m_speed->setItemText(i, speeds.at(i));
    m_speed->setToolTip(tr("Playback speed"));
    m_loop->setText(tr("Loop"));
    showTime(m_timeline->time());
}

QString TimelinePanel::dateText() const
{
    return m_date->text();
}

void TimelinePanel::showTime(TimePoint t)
{
    m_bar->setTime(t);
    if (!m_study)
        return;
    const int minute = calendar::minuteOfDay(t);
    m_date->setText(datetext::formatMoment(t, m_study->manifest.displayCalendars, minute != 12 * 60 && minute != 0));
    // Say when the map rests on vague dates: claims in force whose start or end is approximate
    // or uncertain, so the user knows the picture is not exact on this day.
    int vague = 0;
    FeatureStates states;
    m_study->index.stateAt(t, states);
    for (const FeatureState &s : states)
        for (int c : s.claims)
            vague += m_study->model.claims()[size_t(c)].interval.hasUncertainBound();
    m_certainty->setText(vague ? tr("%n claims in force have approximate or uncertain dates", nullptr, vague) : QString());
    m_certainty->setToolTip(m_certainty->text());
}

} // namespace dpa
