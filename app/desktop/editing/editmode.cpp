#include "editing/editmode.h"
#include "editing/applyclaimdialog.h"
#include "editing/autosave.h"
#include "editing/editpanel.h"
#include "editing/editsession.h"
#include "editing/edittablemodel.h"
#include "mainwindow.h"
#include "map/mapcanvas.h"
#include "panels/inspectorpanel.h"
#include "retranslate.h"
#include "package/postgis/pgtablesave.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QUndoGroup>
#include <QStatusBar>
#include <QUndoStack>
#include <QScopedValueRollback>
#include <QTimer>

namespace dpa {

EditMode::EditMode(MainWindow *window) : QObject(window), m_window(window), m_undoGroup(new QUndoGroup(this))
{
    m_toggle = new QAction(this);
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_toggle, &QAction::toggled, this, &EditMode::setEditing);

    m_save = new QAction(this);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setEnabled(false);
    connect(m_save, &QAction::triggered, this, &EditMode::save);

    m_applyClaim = new QAction(this);
    m_applyClaim->setEnabled(false);
    connect(m_applyClaim, &QAction::triggered, this, &EditMode::openApplyClaim);

    // Actions of our own rather than QUndoGroup's, whose text keeps the prefix it was made with
    // whatever the language becomes.
    m_undo = new QAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this, &EditMode::nameUndoRedo);
    m_redo = new QAction(this);
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redo->setEnabled(false);
    connect(m_redo, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, this, &EditMode::nameUndoRedo);

    // The window passes View > Language's LanguageChange on to this object, its child.
    retranslate(this, [this] {
        m_toggle->setText(tr("&Edit Case Study"));
        m_save->setText(tr("&Save"));
        m_applyClaim->setText(tr("Apply &Claim…"));
        nameUndoRedo();
        if (m_menu)
            m_menu->setTitle(tr("&Edit"));
        if (m_dock)
            m_dock->setWindowTitle(tr("Edit Case Study"));
    });

    // The canvas says which feature was clicked but not with which keys; the release event it
    // gets just before saying so has them.
    m_window->canvas()->installEventFilter(this);
    connect(m_window->canvas(), &MapCanvas::featureClicked, this, &EditMode::featureClicked);
}

EditMode::~EditMode() = default;

void EditMode::nameUndoRedo()
{
    const QString undo = m_undoGroup->undoText(), redo = m_undoGroup->redoText();
    m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1", "%1: the edit, as \"Edit role in claims.csv\"").arg(undo));
    m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1", "%1: the edit, as \"Edit role in claims.csv\"").arg(redo));
}

QMenu *EditMode::buildMenu(QWidget *parent)
{
    m_menu = new QMenu(tr("&Edit"), parent);
    m_menu->setObjectName(QStringLiteral("editMenu"));
    m_menu->addAction(m_undo);
    m_menu->addAction(m_redo);
    m_menu->addSeparator();
    m_menu->addAction(m_toggle);
    m_menu->addAction(m_applyClaim);
    return m_menu;
}

bool EditMode::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease)
        m_clickModifiers = static_cast<QMouseEvent *>(event)->modifiers();
    return QObject::eventFilter(watched, event);
}

void EditMode::setEditing(bool on)
{
    if (on && !m_session && !startSession()) {
        const QSignalBlocker quiet(m_toggle);
        m_toggle->setChecked(false);
        return;
    }
    if (m_dock)
        m_dock->setVisible(on);
    if (!on) {
        m_selection.clear();
        showSelection();
    }
}

bool EditMode::fromDatabase() const
{
    return postgis::PgUri::isPgUri(m_window->packagePath());
}

QString EditMode::tablesFolder() const
{
    return fromDatabase() ? (m_window->study() ? m_window->study()->rootPath : QString()) : m_window->packagePath();
}

bool EditMode::startSession(Start start)
{
    // RecoverOnly is the package's opening, not the user's asking to edit: it says nothing of
    // why editing cannot start.
    const bool quiet = start == Start::RecoverOnly;
    const QString path = tablesFolder();
    if (path.isEmpty() || !m_window->study()) {
        if (!quiet)
            QMessageBox::information(m_window, tr("Edit Case Study"), tr("Open a case study first."));
        return false;
    }
    if (m_window->openedByView()) {
        // Its tables were read in part (the claims of the features in view): a save of them
        // would write the rest as deleted, and the row versions that detect others' saves cover
        // only the rows read.
        if (!quiet)
            QMessageBox::information(m_window, tr("Edit Case Study"),
                                     tr("This case study is too large to read whole, so only the features in view were read from the "
                                        "database, and it cannot be edited here. Edit it in the database (QGIS, SQL), or pull it "
                                        "into a folder (dpatlas-cli pull) and edit that."));
        return false;
    }
    if (QFileInfo(path).isFile()) {
        if (!quiet)
            QMessageBox::information(m_window, tr("Edit Case Study"),
                                     tr("%1 is a case study packed into one GeoPackage, which is not edited in place. "
                                        "Unpack it (dpatlas-cli unpack) and open the folder.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    auto tables = EditableTables::load(path);
    if (!tables) {
        if (quiet)
            return false;
        Error e = tables.error();
        if (!e.file.isEmpty() && QDir::isRelativePath(e.file))
            e.file = QDir(path).filePath(e.file);
        QMessageBox::warning(m_window, tr("Edit Case Study"), tr("The tables cannot be edited:\n%1").arg(e.toString()));
        return false;
    }
    switch (offerRecovery(*tables)) {
    case Recovery::Later:
        // Editing now would autosave over the edits kept for later.
        return false;
    case Recovery::Recovered:
        beginSession(std::move(*tables), true);
        return true;
    case Recovery::None:
        break;
    }
    if (quiet)
        return false;
    beginSession(std::move(*tables), false);
    return true;
}

EditMode::Recovery EditMode::offerRecovery(EditableTables &tables)
{
    TableAutosave store(tables.folder());
    const auto found = store.find(tables);
    if (!found)
        return Recovery::None;
    const QString title = m_window->study() ? m_window->study()->manifest.title.text() : QDir(tables.folder()).dirName();
    const QString when = QLocale().toString(found->time.toLocalTime(), QLocale::ShortFormat);
    if (!found->changedOnDisk.isEmpty()) {
        // The autosaved rows were edits of tables that are no longer there: applied to the new
        // ones they would undo someone else's changes without a word.
        QMessageBox box(QMessageBox::Warning, tr("Autosaved edits"),
                        tr("Unsaved edits to %1 from %2 were autosaved, but %3 changed on disk since, so they are not "
                           "applied.").arg(title, when, found->changedOnDisk.join(QStringLiteral(", "))),
                        QMessageBox::Yes | QMessageBox::Discard, m_window);
        box.setObjectName(QStringLiteral("autosaveOutdated"));
        box.setInformativeText(tr("Keep the autosaved tables in %1 to compare them with the package's?")
                                   .arg(QDir::toNativeSeparators(store.keepPath())));
        box.button(QMessageBox::Yes)->setText(tr("Keep the Files"));
        box.setDefaultButton(QMessageBox::Yes);
        box.setEscapeButton(QMessageBox::Yes);
        if (box.exec() == QMessageBox::Discard) {
            store.remove();
        } else if (const auto error = store.keep()) {
            QMessageBox::warning(m_window, tr("Autosaved edits"), error->toString());
            return Recovery::Later;   // the autosave is where it was; asked again next time
        } else {
            m_window->statusBar()->showMessage(tr("Autosaved tables kept in %1").arg(QDir::toNativeSeparators(store.keepPath())));
        }
        return Recovery::None;
    }
    QMessageBox box(QMessageBox::Question, tr("Autosaved edits"),
                    tr("Recover unsaved edits from %1?").arg(when),
                    QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("recoverEdits"));
    box.setInformativeText(tr("Edits to %1 were not saved when the app last ended; they were autosaved at %2.")
                               .arg(title, when));
    box.button(QMessageBox::Yes)->setText(tr("Recover"));
    box.button(QMessageBox::Cancel)->setText(tr("Later"));
    box.setDefaultButton(QMessageBox::Yes);
    switch (box.exec()) {
    case QMessageBox::Yes:
        if (const auto error = store.apply(tables)) {
            Error e = *error;
            if (!e.file.isEmpty() && QDir::isRelativePath(e.file))
                e.file = QDir(tables.folder()).filePath(e.file);
            QMessageBox::warning(m_window, tr("Autosaved edits"), tr("The edits cannot be recovered:\n%1").arg(e.toString()));
            return Recovery::Later;
        }
        return Recovery::Recovered;
    case QMessageBox::Discard:
        store.remove();
        return Recovery::None;
    default:
        return Recovery::Later;
    }
}

void EditMode::beginSession(EditableTables tables, bool recovered)
{
    const QString path = tablesFolder();
    m_session = new EditSession(std::move(tables), this);
    if (fromDatabase()) {
        // Saved into the database, in one transaction, with every row's version checked.
        m_session->setSaver([uri = m_window->packagePath()](EditableTables &t) -> std::optional<Error> {
            auto address = postgis::PgUri::parse(uri);
            if (!address)
                return address.error();
            auto saved = postgis::PgTableSave::save(t, *address);
            if (!saved)
                return saved.error();
            return std::nullopt;
        });
    }
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    connect(m_session, &EditSession::modifiedChanged, this, [this](bool modified) {
        m_window->setWindowModified(modified);
        m_save->setEnabled(modified);
    });
    m_autosave = new Autosave(m_session, path, this);
    if (m_autosaveInterval > 0)
        m_autosave->setInterval(m_autosaveInterval);
    connect(m_autosave, &Autosave::failed, this, [this](const QString &message) {
        m_window->statusBar()->showMessage(tr("Autosave failed: %1").arg(message));
    });
    // After the connections above, so the title's star and File > Save show the recovered edits.
    if (recovered)
        m_session->markUnsaved();
    m_validation = new LiveValidation(m_session, path, this);
    connect(m_validation, &LiveValidation::checked, this, &EditMode::checked);

    if (!m_dock) {
        m_panel = new EditPanel;
        m_dock = new QDockWidget(tr("Edit Case Study"), m_window);
        m_dock->setObjectName(QStringLiteral("editDock"));
        m_dock->setWidget(m_panel);
        m_window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
        // A third of the window: the map stays the larger part, and a dozen rows show.
        m_window->resizeDocks({m_dock}, {std::max(260, m_window->height() / 3)}, Qt::Vertical);
        // Closing the dock by its X leaves edit mode, as the menu's toggle does.
        connect(m_dock->toggleViewAction(), &QAction::toggled, this, [this](bool shown) {
            if (!shown && m_toggle->isChecked())
                m_toggle->setChecked(false);
        });
        connect(m_panel, &EditPanel::applyClaimRequested, this, &EditMode::openApplyClaim);
        connect(m_panel, &EditPanel::featureRequested, this, &EditMode::showFeatureOfProblem);
        connect(m_window->timeline(), &ControlTimeline::timeChanged, m_panel, &EditPanel::setTime);
    }
    m_panel->setSession(m_session);
    m_panel->setStudy(m_window->study());
    m_panel->setTime(m_window->timeline()->time());
    showSelection();
    m_validation->check();
}

void EditMode::endSession()
{
    if (!m_session)
        return;
    if (m_applyDialog)
        m_applyDialog->reject();
    if (m_panel)
        m_panel->setSession(nullptr);
    delete m_validation;
    m_validation = nullptr;
    // A session ends when another package has opened, after confirmLeave(): edits still unsaved
    // here were discarded there, and so is their autosave.
    if (m_session->isModified())
        m_autosave->discard();
    delete m_autosave;
    m_autosave = nullptr;
    m_undoGroup->removeStack(m_session->undoStack());
    delete m_session;
    m_session = nullptr;
    m_selection.clear();
    m_window->setWindowModified(false);
    m_save->setEnabled(false);
}

void EditMode::packageOpened()
{
    endSession();
    const QString path = tablesFolder();
    const bool recoverable = QFileInfo(path).isDir() && TableAutosave(path).exists();
    if (!m_toggle->isChecked() && !recoverable)
        return;
    // Not editing, an autosave only opens the editor if it is recovered.
    const bool started = startSession(m_toggle->isChecked() ? Start::Edit : Start::RecoverOnly);
    {
        const QSignalBlocker quiet(m_toggle);
        m_toggle->setChecked(started);
    }
    if (m_dock)
        m_dock->setVisible(started);
}

void EditMode::setAutosaveInterval(int ms)
{
    m_autosaveInterval = ms;
    if (m_autosave)
        m_autosave->setInterval(ms);
}

bool EditMode::confirmLeave(Leaving why)
{
    if (!m_session || !m_session->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved edits"),
                    tr("The edits to %1 are not saved.").arg(m_window->study() ? m_window->study()->manifest.title.text()
                                                                               : QDir(m_window->packagePath()).dirName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("unsavedEdits"));
    box.setInformativeText(tr("Save them to the package's tables before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: {
        const QScopedValueRollback leaving(m_leaving, true);
        return save();
    }
    case QMessageBox::Discard:
        // Nothing to write. Closing, the edits end now (marking them clean removes their
        // autosave). Opening another package, they end only once it has opened
        // (packageOpened()): if its load fails or is cancelled, this package stays open with its
        // edits, which must still be unsaved.
        if (why == Leaving::Closing)
            m_session->undoStack()->setClean();
        return true;
    default:
        return false;
    }
}

bool EditMode::save()
{
    if (!m_session)
        return true;
    const auto error = m_session->save();
    if (!error && fromDatabase()) {
        m_window->statusBar()->showMessage(tr("Saved to the database"), 5000);
        // Opened again, from the revision just saved: it shows everyone's changes, and the next
        // save compares with it. Not when another package opens or the window closes next.
        if (!m_leaving)
            QTimer::singleShot(0, m_window, [window = m_window, path = m_window->packagePath(), t = m_window->timeline()->time()] {
                if (window->packagePath() == path)
                    window->openPackage(path, t);
            });
        return true;
    }
    if (!error) {
        m_window->statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_window->packagePath())), 5000);
        return true;
    }
    Error e = *error;
    if (!e.file.isEmpty() && !fromDatabase())
        e.file = QDir(m_window->packagePath()).filePath(e.file);
    QMessageBox::warning(m_window, tr("Save"), e.toString());
    return false;
}

void EditMode::featureClicked(int modelIndex)
{
    if (!m_session || !m_toggle->isChecked() || !m_window->study())
        return;
    const bool add = m_clickModifiers & (Qt::ControlModifier | Qt::MetaModifier);
    if (modelIndex < 0) {
        if (!add)
            m_selection.clear();
    } else {
        const FeatureKey key = m_window->study()->model.features()[size_t(modelIndex)];
        if (!add)
            m_selection = {key};
        else if (m_selection.contains(key))
            m_selection.removeAll(key);
        else
            m_selection << key;
    }
    showSelection();
}

void EditMode::showSelection()
{
    QStringList names;
    std::vector<int> indices;
    if (const CaseStudy *study = m_window->study())
        for (const FeatureKey &key : std::as_const(m_selection))
            if (const int f = study->model.featureIndex(key); f >= 0) {
                indices.push_back(f);
                names << study->feature(f)->name.text();
            }
    // showFeatures() also frames what it outlines; a selection must not move the map under the
    // pointer, so the view is put back.
    MapCanvas *canvas = m_window->canvas();
    if (canvas->scene()) {
        const BoundingBox extent = canvas->view().extent;
        canvas->showFeatures(indices);
        if (extent.isValid())
            canvas->setExtent(extent);
    }
    m_applyClaim->setEnabled(m_session && !indices.empty());
    if (m_panel)
        m_panel->setSelectedFeatures(names);
}

ApplyClaimDialog *EditMode::openApplyClaim()
{
    const CaseStudy *study = m_window->study();
    if (!m_session || !study || m_selection.isEmpty() || !m_session->model(EditableTables::Claims))
        return nullptr;
    ApplyClaimDialog::Choices choices;
    for (const Authority &a : study->manifest.authorities)
        choices.authorities << std::pair{a.id, a.name.text()};
    // Sources as edited, so one just added to sources.csv can be cited at once.
    if (m_session->tables().has(EditableTables::Sources)) {
        const EditableTable &sources = m_session->tables().table(EditableTables::Sources);
        for (int r = 0; r < sources.rowCount(); ++r)
            if (!sources.cell(r, QStringLiteral("id")).trimmed().isEmpty())
                choices.sources << std::pair{sources.cell(r, QStringLiteral("id")).trimmed(), sources.cell(r, QStringLiteral("citation"))};
    }
    QList<std::pair<QString, QString>> features;
    for (const FeatureKey &key : std::as_const(m_selection)) {
        features << std::pair{key.layerId, key.featureId};
        const int f = study->model.featureIndex(key);
        choices.featureNames << (f >= 0 ? study->feature(f)->name.text() : key.featureId);
    }
    choices.calendar = study->manifest.calendar;
    auto *dialog = new ApplyClaimDialog(choices, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, features] {
        if (m_session)
            m_session->appendClaims(features, dialog->cells());
        if (m_panel && m_session)
            m_panel->selectRow(EditableTables::Claims, m_session->model(EditableTables::Claims)->rowCount() - 1);
    });
    m_applyDialog = dialog;
    dialog->open();
    return dialog;
}

void EditMode::checked(const LiveValidation::Outcome &outcome)
{
    if (outcome.study) {
        m_window->replaceStudy(outcome.study);
        showSelection();   // the new scene starts without outlines
    }
    if (m_panel) {
        m_panel->setStudy(m_window->study());
        m_panel->showOutcome(outcome);
    }
}

void EditMode::showFeatureOfProblem(const QString &layerFile, const QString &featureId)
{
    const CaseStudy *study = m_window->study();
    if (!study)
        return;
    for (const CaseLayer &layer : study->layers)
        if (layer.spec.file == layerFile)
            if (const int f = study->model.featureIndex({layer.spec.id, featureId}); f >= 0) {
                m_window->canvas()->showFeatures({f});
                m_window->inspector()->setFeature(f);
                return;
            }
}

} // namespace dpa
