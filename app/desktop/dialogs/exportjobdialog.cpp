#include "dialogs/exportjobdialog.h"
#include "retranslate.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QtConcurrent>

namespace dpa {

ExportJobDialog::ExportJobDialog(QWidget *parent) : QDialog(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_options = new QWidget;
    m_form = new QFormLayout(m_options);
    m_form->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_options);

    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit;
    m_path->setMinimumWidth(360);
    m_browse = new QPushButton;
    pathRow->addWidget(m_path);
    pathRow->addWidget(m_browse);
    auto *pathForm = new QFormLayout;
    pathForm->addRow(QString(), pathRow);   // labelled by the retranslate() below
    layout->addLayout(pathForm);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString chosen = browseForPath();
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });

    m_progress = new QProgressBar;
    // No percentage until something runs: an idle "0%" reads as a stalled export.
    resetProgress();
    layout->addWidget(m_progress);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_export = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    layout->addWidget(m_buttons);
    // The dialog left open follows View > Language; the subclasses name their own options (and
    // the window) the same way. A status line already shown stays as it was written.
    retranslate(this, [this, pathForm, pathRow] {
        m_browse->setText(tr("Browse…"));
        formLabel(pathForm, pathRow)->setText(tr("Save to:"));
        m_export->setText(tr("Export"));
        nameCancelButton();
        // The button box, a child, hears of the language after this and gives its standard
        // button Qt's own word ("Cancel") back: named again once it has.
        QMetaObject::invokeMethod(this, &ExportJobDialog::nameCancelButton, Qt::QueuedConnection);
    });
    connect(m_export, &QPushButton::clicked, this, &ExportJobDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportJobDialog::reject);
    connect(&m_watcher, &QFutureWatcher<std::optional<Result<QString>>>::finished, this, &ExportJobDialog::onFinished);
}

ExportJobDialog::~ExportJobDialog()
{
    // The job reads this dialog's progress hooks: stop it before they go.
    m_cancelRequested = true;
    m_watcher.waitForFinished();
}

QSpinBox *ExportJobDialog::spinBox(int min, int max, int value, const QString &suffix)
{
    auto *box = new QSpinBox;
    box->setRange(min, max);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

QHBoxLayout *ExportJobDialog::sizeRow(QSpinBox *width, QSpinBox *height)
{
    auto *row = new QHBoxLayout;
    row->addWidget(width);
    row->addWidget(new QLabel(QStringLiteral("×")));
    row->addWidget(height);
    return row;
}

void ExportJobDialog::setOutputPath(const QString &path) { m_path->setText(path); }
QString ExportJobDialog::outputPath() const { return m_path->text().trimmed(); }
QString ExportJobDialog::statusText() const { return m_status->text(); }

bool ExportJobDialog::startExport()
{
    if (isRunning())
        return false;
    if (outputPath().isEmpty()) {
        resetProgress();
        m_status->setText(tr("Choose where to save first."));
        return false;
    }
    auto job = prepareJob();
    if (!job) {
        resetProgress();   // not the last run's 100 %: nothing ran this time
        m_status->setText(job.error().toString());
        return false;
    }
    m_cancelRequested = false;
    setRunning(true);
    m_status->setText(tr("Exporting…"));
    m_progress->setTextVisible(true);
    m_progress->setRange(0, 0);   // busy until the job reports its first step
    const QPointer<QProgressBar> bar = m_progress;
    Progress progress = [this, bar](int done, int total) {
        QMetaObject::invokeMethod(bar, [bar, done, total] {
            if (bar) {
                bar->setRange(0, total);
                bar->setValue(done);
            }
        }, Qt::QueuedConnection);
        return !m_cancelRequested.load();
    };
    m_watcher.setFuture(QtConcurrent::run([job = std::move(*job), progress]() -> std::optional<Result<QString>> {
        return job(progress);
    }));
    return true;
}

void ExportJobDialog::cancelExport()
{
    if (isRunning()) {
        m_cancelRequested = true;
        m_status->setText(tr("Cancelling…"));
    }
}

void ExportJobDialog::reject()
{
    // Cancel stops a running export first; a second Cancel (or Esc) closes the dialog.
    if (isRunning()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

void ExportJobDialog::onFinished()
{
    setRunning(false);
    const std::optional<Result<QString>> outcome = m_watcher.result();
    const bool written = outcome && outcome->ok();
    if (written) {
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        m_status->setText(tr("Wrote %1").arg(outcome->value()));
    } else {
        resetProgress();
        m_status->setText(m_cancelRequested ? tr("Cancelled: nothing was written.")
                                            : (outcome ? outcome->error().toString() : tr("The export failed.")));
    }
    emit finished(written);
}

void ExportJobDialog::resetProgress()
{
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
}

void ExportJobDialog::nameCancelButton()
{
    // The button stops a running export; otherwise it closes the dialog, and says so.
    if (QPushButton *button = m_buttons->button(QDialogButtonBox::Cancel))
        button->setText(m_running ? tr("Cancel") : tr("Close"));
}

void ExportJobDialog::setRunning(bool running)
{
    m_running = running;
    nameCancelButton();
    m_export->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_path->setEnabled(!running);
    m_options->setEnabled(!running);
}

} // namespace dpa
