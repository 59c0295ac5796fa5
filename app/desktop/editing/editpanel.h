#pragma once

#include "editing/livevalidation.h"
#include "package/edit/editabletables.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace dpa {

class CaseStudy;
class EditSession;
class EditTableFilter;
class ProblemList;

// The editor's dock: the claims, events and sources tables (filter, in-force highlight, add and
// delete rows), the features selected on the map with Apply Claim…, and the problems of the
// last check, each leading to its row.
class EditPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EditPanel(QWidget *parent = nullptr);

    void setSession(EditSession *session);
    // Authorities and the calendar come from the study the window shows (the last good check).
    void setStudy(const CaseStudy *study);
    void setTime(TimePoint t);
    void setSelectedFeatures(const QStringList &names);
    void showOutcome(const LiveValidation::Outcome &outcome);
    // Shows row `row` of a table (by the file's order), clearing a filter that hides it.
    void selectRow(EditableTables::Kind kind, int row);

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *view(EditableTables::Kind kind) const { return m_views[kind]; }
    QLineEdit *filterLine() const { return m_filter; }
    QCheckBox *inForceBox() const { return m_inForce; }
    ProblemList *problemList() const { return m_problems; }
    QPushButton *applyClaimButton() const { return m_applyClaim; }
    // Rows selected in the current table, by the file's order.
    QList<int> selectedRows() const;
    EditableTables::Kind currentKind() const;

signals:
    void applyClaimRequested();
    // A problem about a feature's geometry: show it on the map.
    void featureRequested(const QString &layerFile, const QString &featureId);

private:
    void problemActivated(const Error &problem);
    void applyInForce();
    void showSelectedFeatures();
    void showProblemsTitle();

    EditSession *m_session = nullptr;
    const CaseStudy *m_study = nullptr;
    std::optional<TimePoint> m_time;
    LiveValidation::Outcome m_outcome;
    QTabWidget *m_tabs;
    std::array<QTableView *, EditableTables::kKinds> m_views{};
    std::array<EditTableFilter *, EditableTables::kKinds> m_filters{};
    QLineEdit *m_filter;
    QCheckBox *m_inForce;
    QLabel *m_selection;
    QStringList m_selectedNames;   // as last set, named again when the language changes
    QPushButton *m_applyClaim, *m_addRow, *m_deleteRows;
    QLabel *m_problemsTitle;
    ProblemList *m_problems;
};

} // namespace dpa
