#pragma once

#include "editing/livevalidation.h"
#include "model/controlmodel.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMenu;
class QUndoGroup;

namespace dpa {

class ApplyClaimDialog;
class Autosave;
class EditPanel;
class EditSession;
class MainWindow;

// Edit mode in the window: Edit > Edit Case Study shows the editor's dock over an EditSession
// of the open package; clicks on the map select features (Ctrl+click adds) for Apply Claim…;
// every edit is checked by LiveValidation and the window then shows the case study as edited;
// File > Save writes the tables, and leaving with unsaved edits asks first. Unsaved edits are
// autosaved (Autosave), and opening a package with an autosave offers to recover it.
class EditMode : public QObject
{
    Q_OBJECT
public:
    explicit EditMode(MainWindow *window);
    ~EditMode() override;

    // The Edit menu (undo, redo, the toggle, Apply Claim…), and File > Save.
    QMenu *buildMenu(QWidget *parent);
    QAction *saveAction() const { return m_save; }
    QAction *toggleAction() const { return m_toggle; }

    // With unsaved edits, asks Save / Discard / Cancel; false for Cancel (or a save that
    // failed). True straight away when there is nothing to save. Discard before opening another
    // package keeps the edits (unsaved) until that package has opened: its load may fail or be
    // cancelled. Discard before closing drops them and their autosave at once.
    enum class Leaving { ForAnotherPackage, Closing };
    bool confirmLeave(Leaving why = Leaving::ForAnotherPackage);
    // The window opened a package: edits of the one before end here (confirmLeave ran first).
    // With an autosave of the new package's edits, offers to recover it.
    void packageOpened();
    // File > Save; false (and a message box) when the save failed.
    bool save();

    EditSession *session() const { return m_session; }
    Autosave *autosave() const { return m_autosave; }
    // Autosave's interval in milliseconds for this and later sessions (tests shorten it).
    void setAutosaveInterval(int ms);
    LiveValidation *validation() const { return m_validation; }
    EditPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    const QList<FeatureKey> &selection() const { return m_selection; }
    // Opens Apply Claim… for the selection (window-modal); its Apply adds the rows. Returns the
    // dialog, or nullptr with nothing selected.
    ApplyClaimDialog *openApplyClaim();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setEditing(bool on);
    // A case study opened from PostgreSQL (pg:…#schema): its tables are edited in the copy pulled
    // into the cache, and saved into the database.
    bool fromDatabase() const;
    // The folder whose tables are edited: the package's, or the pulled copy's.
    QString tablesFolder() const;
    // Edit: start editing (from the autosave if the user recovers it). RecoverOnly: start only
    // if an autosave is recovered, quietly doing nothing otherwise.
    enum class Start { Edit, RecoverOnly };
    bool startSession(Start start = Start::Edit);
    enum class Recovery { None, Recovered, Later };
    // Asks about an autosave of `tables`' package, applying it to them if the user recovers it.
    Recovery offerRecovery(EditableTables &tables);
    void beginSession(EditableTables tables, bool recovered);
    void endSession();
    void featureClicked(int modelIndex);
    void showSelection();
    void checked(const LiveValidation::Outcome &outcome);
    void showFeatureOfProblem(const QString &layerFile, const QString &featureId);
    // Undo and redo say what they would undo or redo, in the interface language.
    void nameUndoRedo();

    MainWindow *m_window;
    QAction *m_toggle, *m_save, *m_applyClaim, *m_undo, *m_redo;
    QUndoGroup *m_undoGroup;
    QPointer<QMenu> m_menu;   // the Edit menu, retitled when the language changes
    QDockWidget *m_dock = nullptr;
    EditPanel *m_panel = nullptr;
    EditSession *m_session = nullptr;
    Autosave *m_autosave = nullptr;
    int m_autosaveInterval = 0;   // 0: Autosave's default
    LiveValidation *m_validation = nullptr;
    QList<FeatureKey> m_selection;
    Qt::KeyboardModifiers m_clickModifiers;
    QPointer<ApplyClaimDialog> m_applyDialog;
    bool m_leaving = false;   // saving before another package opens or the window closes
};

} // namespace dpa
