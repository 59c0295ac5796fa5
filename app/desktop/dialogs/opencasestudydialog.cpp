#include "dialogs/opencasestudydialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpa {

OpenCaseStudyDialog::OpenCaseStudyDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Open Case Study"));
    auto *layout = new QVBoxLayout(this);
    m_entries = PackageDiscovery::discover();
    layout->addWidget(new QLabel(tr("Case studies found in: %1").arg(PackageDiscovery::searchFolders().join(QStringLiteral(", "))), this));
    m_list = new QListWidget(this);
    m_list->setWordWrap(true);
    for (const auto &e : m_entries) {
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2\n%3").arg(e.title.text(), e.period.toDisplayString(), e.description.text()));
        item->setToolTip(e.path);
        m_list->addItem(item);
    }
    m_list->setCurrentRow(0);
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(640, 420);
}

QString OpenCaseStudyDialog::selectedPath() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_entries.size() ? m_entries[row].path : QString();
}

} // namespace dpa
