#include "editing/applyclaimdialog.h"
#include "model/controlmodel.h"
#include "time/dateinterval.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace dpa {

ApplyClaimDialog::ApplyClaimDialog(const Choices &choices, QWidget *parent) : QDialog(parent), m_calendar(choices.calendar)
{
    setWindowTitle(tr("Apply Claim"));
    auto *form = new QFormLayout(this);
    auto *to = new QLabel(tr("To %n feature(s): %1", nullptr, int(choices.featureNames.size()))
                              .arg(choices.featureNames.join(QStringLiteral(", "))), this);
    to->setWordWrap(true);
    form->addRow(to);

    m_authority = new QComboBox(this);
    for (const auto &[id, name] : choices.authorities)
        m_authority->addItem(name == id ? id : tr("%1 (%2)").arg(name, id), id);
    form->addRow(tr("&Authority:"), m_authority);

    m_role = new QComboBox(this);
    for (Role r : {Role::Control, Role::Claim, Role::Contested, Role::Occupation, Role::Presence})
        m_role->addItem(roleName(r));
    form->addRow(tr("&Role:"), m_role);

    m_start = new QLineEdit(this);
    m_start->setPlaceholderText(tr("1871-03-19, 1871-03~, .. for open"));
    form->addRow(tr("&Start:"), m_start);
    m_end = new QLineEdit(this);
    m_end->setPlaceholderText(tr("empty or .. when still in force"));
    form->addRow(tr("&End:"), m_end);

    m_confidence = new QComboBox(this);
    m_confidence->setEditable(true);   // a number from 0 to 1 is allowed too
    m_confidence->addItems({QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")});
    form->addRow(tr("&Confidence:"), m_confidence);

    m_share = new QLineEdit(this);
    m_share->setPlaceholderText(tr("the part it controls, 0–1 (control of a divided feature only)"));
    form->addRow(tr("S&hare:"), m_share);

    m_sources = new QListWidget(this);
    for (const auto &[id, citation] : choices.sources) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(id, citation), m_sources);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(citation);
    }
    m_sources->setMinimumHeight(90);
    form->addRow(tr("S&ources:"), m_sources);

    m_note = new QLineEdit(this);
    form->addRow(tr("&Note:"), m_note);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a4161a;"));
    form->addRow(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(m_buttons);

    for (QLineEdit *edit : {m_start, m_end, m_share})
        connect(edit, &QLineEdit::textChanged, this, &ApplyClaimDialog::check);
    connect(m_sources, &QListWidget::itemChanged, this, &ApplyClaimDialog::check);
    check();
    resize(560, sizeHint().height());
}

QHash<QString, QString> ApplyClaimDialog::cells() const
{
    QStringList sources;
    for (int i = 0; i < m_sources->count(); ++i)
        if (m_sources->item(i)->checkState() == Qt::Checked)
            sources << m_sources->item(i)->data(Qt::UserRole).toString();
    QHash<QString, QString> cells{
        {QStringLiteral("authority"), m_authority->currentData().toString()},
        {QStringLiteral("role"), m_role->currentText()},
        {QStringLiteral("start"), m_start->text().trimmed().isEmpty() ? QStringLiteral("..") : m_start->text().trimmed()},
        {QStringLiteral("end"), m_end->text().trimmed().isEmpty() ? QStringLiteral("..") : m_end->text().trimmed()},
        {QStringLiteral("confidence"), m_confidence->currentText().trimmed()},
        {QStringLiteral("sources"), sources.join(QLatin1Char(';'))},
        {QStringLiteral("note"), m_note->text().trimmed()},
    };
    if (!m_share->text().trimmed().isEmpty())
        cells.insert(QStringLiteral("share"), m_share->text().trimmed());
    return cells;
}

void ApplyClaimDialog::check()
{
    // The mistakes a row would be refused for that can be seen here; the rest (a claim that
    // contradicts another) shows in the problems list once applied.
    QString message;
    const QHash<QString, QString> c = cells();
    if (auto interval = DateInterval::parse(c.value(QStringLiteral("start")), c.value(QStringLiteral("end")), m_calendar); !interval)
        message = interval.error().message;
    else if (c.value(QStringLiteral("sources")).isEmpty())
        message = tr("Tick the source(s) that support the claim: every claim needs one.");
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty() && m_authority->count() > 0);
}

} // namespace dpa
