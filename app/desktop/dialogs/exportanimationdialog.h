#pragma once

#include "dialogs/exportjobdialog.h"
#include "view/mapscene.h"
#include "view/mapview.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace dpa {

class LayoutOptionsForm;

// File > Export Animation…: frames from one date to another at a step, with the date and the
// events burned in, as an animated GIF, an MP4, a WebM or a folder of PNG frames.
class ExportAnimationDialog : public ExportJobDialog
{
    Q_OBJECT
public:
    LayoutOptionsForm *layoutOptions() const { return m_layout; }
    ExportAnimationDialog(std::shared_ptr<const MapScene> scene, const MapView &view, TimePoint from, TimePoint to,
                          QWidget *parent = nullptr);
    // For tests: dates as typed (YYYY-MM-DD in the package's calendar), the step as "1d".
    QString fromText() const;
    void setRange(const QString &from, const QString &to, const QString &step);
    void setFrames(QSize size, int framesPerSecond);

protected:
    Result<Job> prepareJob() override;
    QString browseForPath() override;

private:
    QString dateText(TimePoint t) const;
    std::shared_ptr<const MapScene> m_scene;
    MapView m_view;
    LayoutOptionsForm *m_layout = nullptr;
    Calendar m_calendar;
    QLineEdit *m_from, *m_to, *m_step;
    QSpinBox *m_width, *m_height, *m_fps;
    QCheckBox *m_frames;
};

} // namespace dpa
