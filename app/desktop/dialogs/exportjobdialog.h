#pragma once

#include "core/error.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QHBoxLayout;
class QSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace dpa {

// What every File > Export dialog shares: the options form (filled in by the subclass), the
// output path with Browse…, and the run itself off the UI thread with a progress bar and a
// Cancel that stops it between steps. The exporters write under temporary names, so a cancel or
// a failure leaves nothing at the target; the dialog says which it was.
class ExportJobDialog : public QDialog
{
    Q_OBJECT
public:
    // A job runs on a worker thread. It must own copies of everything it reads (the study by
    // shared_ptr, the view by value) and create its own renderer there. progress(done, total)
    // returns false once the user has cancelled.
    using Progress = std::function<bool(int done, int total)>;
    using Job = std::function<Result<QString>(const Progress &progress)>;

    ~ExportJobDialog() override;

    void setOutputPath(const QString &path);
    QString outputPath() const;
    bool isRunning() const { return m_watcher.isRunning(); }
    // Starts the export as the Export button does; false (with the reason shown) when the
    // options are not valid.
    bool startExport();
    void cancelExport();
    // "Wrote …", the error, or "Cancelled": what the status line shows after a run.
    QString statusText() const;

signals:
    void finished(bool written);

protected:
    // A subclass titles the window in a retranslate() function of its own, with its options.
    explicit ExportJobDialog(QWidget *parent);
    QFormLayout *form() const { return m_form; }
    // A spin box with a unit ("px", "dpi"), and a "W × H" row of two, for the option forms.
    static QSpinBox *spinBox(int min, int max, int value, const QString &suffix);
    static QHBoxLayout *sizeRow(QSpinBox *width, QSpinBox *height);
    // The options as a job, or the message that says what to fix.
    virtual Result<Job> prepareJob() = 0;
    virtual QString browseForPath() = 0;
    void reject() override;

private:
    void onFinished();
    void setRunning(bool running);
    void nameCancelButton();
    void resetProgress();

    QWidget *m_options;
    QFormLayout *m_form;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    QFutureWatcher<std::optional<Result<QString>>> m_watcher;
    std::atomic<bool> m_cancelRequested{false};
    bool m_running = false;   // as setRunning() last said
};

} // namespace dpa
