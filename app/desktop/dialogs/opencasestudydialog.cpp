#include "dialogs/opencasestudydialog.h"
#include "richtext.h"
#include "package/postgis/pguri.h"

#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace dpa {
namespace {

// One row: the thumbnail (or an empty frame of its size) and the text beside it.
QWidget *entryWidget(const PackageDiscovery::Entry &e, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *picture = new QLabel(row);
    picture->setFixedSize(OpenCaseStudyDialog::thumbnailSize());
    picture->setFrameShape(QFrame::StyledPanel);
    const QPixmap thumbnail(OpenCaseStudyDialog::thumbnailPath(e.path));
    if (!thumbnail.isNull())
        picture->setPixmap(thumbnail.scaled(picture->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    picture->setAlignment(Qt::AlignCenter);
    layout->addWidget(picture);
    auto *text = new QLabel(row);
    text->setObjectName(QStringLiteral("entryText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setText(QStringLiteral("<b>%1</b><br>%2<br>%3")
                      .arg(e.title.text().toHtmlEscaped(), richtext::emphasised(e.period.toDisplayString().toHtmlEscaped()),
                           e.description.text().toHtmlEscaped()));
    text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    text->setTextInteractionFlags(Qt::NoTextInteraction);
    text->setAttribute(Qt::WA_TransparentForMouseEvents);
    layout->addWidget(text, 1);
    return row;
}

} // namespace

QString OpenCaseStudyDialog::thumbnailPath(const QString &packagePath)
{
    // A database's address is named without its password (and is not a path to make absolute):
    // the same case study opened with or without one keeps one thumbnail.
    const auto database = postgis::PgUri::isPgUri(packagePath) ? postgis::PgUri::parse(packagePath) : Result<postgis::PgUri>(Error());
    const QString name = database ? database->redacted() : QFileInfo(packagePath).absoluteFilePath();
    const QByteArray key = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/dpatlas/thumbnails/") +
           QString::fromLatin1(key.left(16)) + QStringLiteral(".png");
}

OpenCaseStudyDialog::OpenCaseStudyDialog(const QString &currentPath, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Open Case Study"));
    auto *layout = new QVBoxLayout(this);
    m_entries = PackageDiscovery::discover();
    auto *where = new QLabel(tr("Case studies found in: %1").arg(PackageDiscovery::searchFolders().join(QStringLiteral(", "))), this);
    where->setWordWrap(true);
    layout->addWidget(where);
    m_list = new QListWidget(this);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const QString current = currentPath.isEmpty() ? QString() : QFileInfo(currentPath).absoluteFilePath();
    int selected = 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        const auto &e = m_entries[i];
        auto *item = new QListWidgetItem(m_list);
        item->setToolTip(e.path);
        // The plain text stays on the item for keyboard search and accessibility.
        item->setData(Qt::AccessibleTextRole, QStringLiteral("%1, %2").arg(e.title.text(), e.period.toDisplayString()));
        QWidget *row = entryWidget(e, m_list);
        item->setSizeHint(QSize(0, std::max(row->sizeHint().height(), thumbnailSize().height() + 10)));
        m_list->setItemWidget(item, row);
        if (!current.isEmpty() && QFileInfo(e.path).absoluteFilePath() == current)
            selected = i;
    }
    m_list->setCurrentRow(selected);
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(720, 560);
}

QString OpenCaseStudyDialog::selectedPath() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_entries.size() ? m_entries[row].path : QString();
}

} // namespace dpa
