#pragma once

#include "package/casestudy.h"
#include "model/controltimeline.h"

#include <QStyle>
#include <QWidget>

#include <functional>

class QComboBox;
class QCheckBox;
class QLabel;
class QToolButton;

namespace dpa {

class TimelineBar;

// The time controls under the map: the date in the package's calendar(s), the scrubber, play,
// speed, steps, jumps between change points, and loop. It only drives a ControlTimeline.
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinePanel(ControlTimeline *timeline, QWidget *parent = nullptr);

    void setStudy(const CaseStudy *study);
    TimelineBar *bar() const { return m_bar; }
    QString dateText() const;
    ControlTimeline::Step stepUnit() const;

protected:
    void changeEvent(QEvent *event) override;   // LanguageChange: retranslateUi()

private:
    void showTime(TimePoint t);
    void retranslateUi();
    struct TimeButton
    {
        QToolButton *button;
        QStyle::StandardPixmap icon, mirroredIcon;   // left to right, and right to left
        std::function<QString()> tip;                // translated when called
    };
    QList<TimeButton> m_buttons;

    ControlTimeline *m_timeline;
    const CaseStudy *m_study = nullptr;
    TimelineBar *m_bar;
    QLabel *m_date;
    QLabel *m_certainty;
    QToolButton *m_play;
    QComboBox *m_speed;
    QComboBox *m_unit;
    QCheckBox *m_loop;
};

} // namespace dpa
