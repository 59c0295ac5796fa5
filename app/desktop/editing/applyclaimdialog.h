#pragma once

#include "time/calendar.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace dpa {

// Edit > Apply Claim…: one claim (authority, role, interval, confidence, share, sources, note)
// for the features selected on the map; the edit mode adds one row per feature.
class ApplyClaimDialog : public QDialog
{
    Q_OBJECT
public:
    struct Choices
    {
        QList<std::pair<QString, QString>> authorities;   // id, name
        QList<std::pair<QString, QString>> sources;       // id, citation
        QStringList featureNames;
        Calendar calendar = Calendar::Gregorian;
    };
    ApplyClaimDialog(const Choices &choices, QWidget *parent = nullptr);

    // The claim's cells by column name (no layer or feature).
    QHash<QString, QString> cells() const;

    QComboBox *authority() const { return m_authority; }
    QComboBox *role() const { return m_role; }
    QLineEdit *start() const { return m_start; }
    QLineEdit *end() const { return m_end; }
    QListWidget *sources() const { return m_sources; }
    QLineEdit *note() const { return m_note; }

private:
    void check();

    Calendar m_calendar;
    QComboBox *m_authority, *m_role, *m_confidence;
    QLineEdit *m_start, *m_end, *m_share, *m_note;
    QListWidget *m_sources;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace dpa
