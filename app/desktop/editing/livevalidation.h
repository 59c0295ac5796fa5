#pragma once

#include "package/datasetpackage.h"
#include "package/edit/editabletables.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTemporaryDir>
#include <QTimer>

#include <array>

namespace dpa {

class EditSession;

// Checks the edited tables as the package's loader reads them, shortly after each edit: the
// tables are written to a scratch folder and the package is loaded with them in place of its
// own (DatasetPackage::LoadControl::tableOverrides) on a worker thread. Messages name the
// package's files at the lines the rows will have once saved.
class LiveValidation : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        std::shared_ptr<const CaseStudy> study;
        ErrorList problems;
        // The tables as checked, to find the row at a message's line.
        std::array<EditableTable::Text, EditableTables::kKinds> texts;
    };

    // Edits closer together than this are checked once, after the last.
    static constexpr int kDebounceMs = 300;

    LiveValidation(EditSession *session, const QString &packagePath, QObject *parent = nullptr);
    ~LiveValidation() override;

    // Checks now (the first check on opening, and tests that will not wait for the debounce).
    void check();
    // Neither a check running nor one waiting for the debounce.
    bool isIdle() const;
    const Outcome &last() const { return m_last; }

signals:
    void checked(const dpa::LiveValidation::Outcome &outcome);

private:
    void finished();

    EditSession *m_session;
    QString m_packagePath;
    QTemporaryDir m_scratch;
    QTimer m_debounce;
    QFutureWatcher<Outcome> m_watcher;
    bool m_running = false;
    bool m_again = false;   // edited while a check ran: check once more when it ends
    Outcome m_last;
};

} // namespace dpa
