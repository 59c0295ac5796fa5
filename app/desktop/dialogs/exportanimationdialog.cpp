#include "dialogs/exportanimationdialog.h"
#include "dialogs/layoutoptionsform.h"
#include "retranslate.h"
#include "export/animationexport.h"
#include "time/historicaldate.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace dpa {

ExportAnimationDialog::ExportAnimationDialog(std::shared_ptr<const MapScene> scene, const MapView &view, TimePoint from,
                                             TimePoint to, QWidget *parent)
    : ExportJobDialog(parent), m_scene(std::move(scene)), m_view(view), m_calendar(m_scene->study().manifest.calendar)
{
    m_view.showLegend = true;   // a panel of its own on screen, part of the picture in a video
    m_from = new QLineEdit(dateText(from));
    m_to = new QLineEdit(dateText(to));
    m_step = new QLineEdit(QStringLiteral("1d"));
    form()->addRow(QString(), m_from);   // the rows are labelled by the retranslate() below
    form()->addRow(QString(), m_to);
    auto *dates = new QLabel;
    form()->addRow(QString(), dates);
    form()->addRow(QString(), m_step);
    m_width = spinBox(64, 7680, 1280, QString());
    m_height = spinBox(64, 4320, 720, QString());
    m_width->setSingleStep(2);   // videos need even sizes
    m_height->setSingleStep(2);
    QHBoxLayout *size = sizeRow(m_width, m_height);
    form()->addRow(QString(), size);
    m_fps = spinBox(1, 60, 10, QString());
    form()->addRow(QString(), m_fps);
    m_frames = new QCheckBox;
    form()->addRow(QString(), m_frames);
    m_layout = new LayoutOptionsForm(form(), m_scene->study().manifest.title.text(m_view.language), this);
    retranslate(this, [this, dates, size] {
        setWindowTitle(tr("Export Animation"));
        m_step->setToolTip(tr("A number and a unit: h (hours), d (days), w (weeks), m (months), y (years)"));
        formLabel(form(), m_from)->setText(tr("From:"));
        formLabel(form(), m_to)->setText(tr("To:"));
        dates->setText(tr("YYYY-MM-DD or YYYY-MM-DDTHH:MM, %1 calendar, as in the package").arg(calendar::name(m_calendar)));
        formLabel(form(), m_step)->setText(tr("Step:"));
        for (QSpinBox *box : {m_width, m_height})
            box->setSuffix(tr(" px"));
        formLabel(form(), size)->setText(tr("Frame size:"));
        m_fps->setSuffix(tr(" frames/s"));
        formLabel(form(), m_fps)->setText(tr("Frame rate:"));
        m_frames->setText(tr("PNG frames into a new folder (instead of a GIF or video file)"));
    });
}

QString ExportAnimationDialog::dateText(TimePoint t) const
{
    const CalendarDate d = calendar::fromJulianDay(m_calendar, calendar::julianDayOf(t));
    return QStringLiteral("%1-%2-%3").arg(d.year, 4, 10, QLatin1Char('0')).arg(d.month, 2, 10, QLatin1Char('0')).arg(d.day, 2, 10, QLatin1Char('0'));
}

QString ExportAnimationDialog::fromText() const
{
    return m_from->text();
}

void ExportAnimationDialog::setRange(const QString &from, const QString &to, const QString &step)
{
    m_from->setText(from);
    m_to->setText(to);
    m_step->setText(step);
}

void ExportAnimationDialog::setFrames(QSize size, int fps)
{
    m_width->setValue(size.width());
    m_height->setValue(size.height());
    m_fps->setValue(fps);
}

QString ExportAnimationDialog::browseForPath()
{
    if (m_frames->isChecked()) {
        const QString parent = QFileDialog::getExistingDirectory(this, tr("Folder in which to create the frames folder"));
        return parent.isEmpty() ? QString() : parent + QStringLiteral("/frames/");
    }
    return QFileDialog::getSaveFileName(this, windowTitle(), outputPath(),
                                        tr("Animated GIF (*.gif);;MP4 video, H.264 (*.mp4);;WebM video, VP9 (*.webm)"));
}

Result<ExportJobDialog::Job> ExportAnimationDialog::prepareJob()
{
    AnimationRequest request;
    request.path = outputPath();
    if (m_frames->isChecked() && !request.path.endsWith(QLatin1Char('/')))
        request.path += QLatin1Char('/');
    auto date = [&](QLineEdit *edit) -> Result<TimePoint> {
        auto d = HistoricalDate::parse(edit->text().trimmed(), m_calendar);
        if (!d || d->precision() < HistoricalDate::Precision::Day)
            return Error::plain(tr("\"%1\" is not a day: write YYYY-MM-DD").arg(edit->text()));
        return d->queryTime();
    };
    const auto from = date(m_from), to = date(m_to);
    if (!from)
        return from.error();
    if (!to)
        return to.error();
    const auto step = TimeStep::parse(m_step->text());
    if (!step)
        return step.error();
    request.view = m_view;
    m_layout->apply(request.view);
    request.view.size = QSize(m_width->value(), m_height->value());
    request.from = *from;
    request.to = *to;
    request.step = *step;
    request.calendar = m_calendar;
    request.framesPerSecond = m_fps->value();
    if (auto problem = animationexport::checkRequest(request))
        return *problem;
    return Job([scene = m_scene, request](const Progress &progress) -> Result<QString> {
        MapRenderer renderer(scene);
        auto written = animationexport::write(renderer, request, progress);
        if (!written)
            return written.error();
        return tr("%1 (%2 frames)").arg(written->path).arg(written->frames);
    });
}

} // namespace dpa
