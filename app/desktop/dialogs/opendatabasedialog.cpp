#include "dialogs/opendatabasedialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace dpa {
namespace {

const QString kConnectionKey = QStringLiteral("postgis/connection");

} // namespace

OpenDatabaseDialog::OpenDatabaseDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Open from Database"));
    setObjectName(QStringLiteral("openDatabaseDialog"));
    auto *intro = new QLabel(tr("Case studies shared through a PostgreSQL database with PostGIS (put there with "
                                "<tt>dpatlas-cli push</tt>). Give the connection as PostgreSQL's tools take it, such as "
                                "<tt>host=db.example.org dbname=atlas user=me</tt>; keep the password in ~/.pgpass."));
    intro->setWordWrap(true);
    m_connection = new QLineEdit(QSettings().value(kConnectionKey).toString());
    m_connection->setObjectName(QStringLiteral("connectionEdit"));
    m_connection->setPlaceholderText(QStringLiteral("host=localhost dbname=atlas user=me"));
    m_connection->setClearButtonEnabled(true);
    m_listButton = new QPushButton(tr("&List Case Studies"));
    m_listButton->setObjectName(QStringLiteral("listButton"));
    auto *connectionRow = new QHBoxLayout;
    connectionRow->addWidget(new QLabel(tr("&Connection:")));
    static_cast<QLabel *>(connectionRow->itemAt(0)->widget())->setBuddy(m_connection);
    connectionRow->addWidget(m_connection, 1);
    connectionRow->addWidget(m_listButton);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("caseStudyList"));
    m_list->setHeaderLabels({tr("Schema"), tr("Case study"), tr("Revision"), tr("Last saved")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(connectionRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(640, 400);

    connect(m_listButton, &QPushButton::clicked, this, &OpenDatabaseDialog::listCaseStudies);
    connect(m_connection, &QLineEdit::returnPressed, this, &OpenDatabaseDialog::listCaseStudies);
    connect(m_connection, &QLineEdit::textChanged, this, &OpenDatabaseDialog::updateOpenButton);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &OpenDatabaseDialog::updateOpenButton);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &OpenDatabaseDialog::showList);
}

OpenDatabaseDialog::~OpenDatabaseDialog()
{
    // A listing still connecting (up to libpq's timeout) finishes on its own; nobody waits for it.
    disconnect(&m_watcher, nullptr, this, nullptr);
    m_watcher.waitForFinished();
}

void OpenDatabaseDialog::listCaseStudies()
{
    if (m_watcher.isRunning())
        return;
    auto uri = postgis::PgUri::fromParts(m_connection->text(), {});
    m_list->clear();
    if (!uri) {
        m_status->setText(uri.error().toString());
        return;
    }
    m_listedConnection = m_connection->text();
    m_status->setText(tr("Connecting to %1…").arg(uri->redactedConninfo().isEmpty() ? tr("the default server") : uri->redactedConninfo()));
    m_listButton->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run([uri = *uri] { return postgis::pgschema::list(uri); }));
}

void OpenDatabaseDialog::showList()
{
    m_listButton->setEnabled(true);
    const auto found = m_watcher.result();
    if (!found) {
        m_status->setText(found.error().toString());
        return;
    }
    for (const postgis::pgschema::CaseStudyInfo &s : *found) {
        auto *item = new QTreeWidgetItem(m_list, {s.schema, s.title.isEmpty() ? s.packageId : s.title, QString::number(s.revision),
                                                  tr("%1, %2").arg(s.savedBy, s.savedAt)});
        item->setToolTip(1, s.packageId);
    }
    if (found->isEmpty()) {
        m_status->setText(tr("This database holds no case study yet: put one there with dpatlas-cli push."));
        return;
    }
    m_status->setText(tr("%n case study(ies) in this database.", nullptr, int(found->size())));
    m_list->setCurrentItem(m_list->topLevelItem(0));
    // Remembered once it worked, without the password.
    if (auto uri = postgis::PgUri::fromParts(m_listedConnection, {}))
        QSettings().setValue(kConnectionKey, uri->redactedConninfo());
}

void OpenDatabaseDialog::updateOpenButton()
{
    m_buttons->button(QDialogButtonBox::Open)
        ->setEnabled(m_list->currentItem() && m_list->currentItem()->isSelected() && m_connection->text() == m_listedConnection);
}

QString OpenDatabaseDialog::selectedAddress() const
{
    if (!m_list->currentItem())
        return {};
    auto uri = postgis::PgUri::fromParts(m_listedConnection, m_list->currentItem()->text(0));
    return uri ? uri->toString() : QString();
}

} // namespace dpa
