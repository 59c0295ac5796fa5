#include "editing/editpanel.h"
#include "editing/cellchoicedelegate.h"
#include "editing/editsession.h"
#include "editing/edittablefilter.h"
#include "editing/edittablemodel.h"
#include "editing/problemlist.h"
#include "package/casestudy.h"
#include "retranslate.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace dpa {
namespace {
const char *const kTabNames[] = {QT_TRANSLATE_NOOP("dpa::EditPanel", "Sources"), QT_TRANSLATE_NOOP("dpa::EditPanel", "Claims"),
                                 QT_TRANSLATE_NOOP("dpa::EditPanel", "Events")};
// The tabs read in the order a historian works: claims first, then the events and sources.
constexpr EditableTables::Kind kTabOrder[] = {EditableTables::Claims, EditableTables::Events, EditableTables::Sources};
} // namespace

EditPanel::EditPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *top = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("editFilter"));
    m_filter->setClearButtonEnabled(true);
    top->addWidget(m_filter, 2);
    m_inForce = new QCheckBox(this);
    m_inForce->setChecked(true);
    top->addWidget(m_inForce);
    layout->addLayout(top);

    // Tables on the left, problems on the right: a dock along the bottom of the window is wide
    // and low, so side by side both keep their height.
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_tabs = new QTabWidget(split);
    for (EditableTables::Kind kind : kTabOrder) {
        auto *view = new QTableView(m_tabs);
        view->setObjectName(EditableTables::kindName(kind) + QLatin1String("Table"));
        view->setSortingEnabled(true);
        view->sortByColumn(-1, Qt::AscendingOrder);   // the file's order until a header is clicked
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                              | QAbstractItemView::AnyKeyPressed);
        view->horizontalHeader()->setStretchLastSection(true);
        // One line a row, so a screenful shows many rows; a long note reads whole in its editor.
        view->setWordWrap(false);
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
        m_views[kind] = view;
        m_filters[kind] = new EditTableFilter(this);
        m_tabs->addTab(view, QString());   // named by the retranslate() below
    }
    m_filters[EditableTables::Claims]->setSearchedColumns({QStringLiteral("layer"), QStringLiteral("feature"),
                                                           QStringLiteral("authority"), QStringLiteral("role")});

    auto *side = new QWidget(split);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_problemsTitle = new QLabel(side);
    m_problemsTitle->setWordWrap(true);
    sideLayout->addWidget(m_problemsTitle);
    m_problems = new ProblemList(side);
    m_problems->setObjectName(QStringLiteral("editProblems"));
    sideLayout->addWidget(m_problems, 1);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({780, 420});
    layout->addWidget(split, 1);

    auto *buttons = new QHBoxLayout;
    m_addRow = new QPushButton(this);
    m_deleteRows = new QPushButton(this);
    m_applyClaim = new QPushButton(this);
    m_applyClaim->setObjectName(QStringLiteral("applyClaimButton"));
    m_selection = new QLabel(this);
    m_selection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    buttons->addWidget(m_addRow);
    buttons->addWidget(m_deleteRows);
    buttons->addSpacing(12);
    buttons->addWidget(m_applyClaim);
    buttons->addWidget(m_selection, 1);
    layout->addLayout(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (EditTableFilter *f : m_filters)
            f->setFilterWords(text);
    });
    connect(m_inForce, &QCheckBox::toggled, this, &EditPanel::applyInForce);
    connect(m_addRow, &QPushButton::clicked, this, [this] {
        if (!m_session)
            return;
        const EditableTables::Kind kind = currentKind();
        m_session->appendEmptyRow(kind);
        selectRow(kind, m_session->model(kind)->rowCount() - 1);
    });
    connect(m_deleteRows, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->removeRows(currentKind(), selectedRows());
    });
    connect(m_applyClaim, &QPushButton::clicked, this, &EditPanel::applyClaimRequested);
    connect(m_problems, &ProblemList::problemActivated, this, &EditPanel::problemActivated);
    setSelectedFeatures({});
    showOutcome({});
    // Every text here follows View > Language, the tables' headers with them.
    retranslate(this, [this] {
        m_filter->setPlaceholderText(tr("Filter: feature, authority or role (claims); any column (events, sources)"));
        for (EditableTables::Kind kind : kTabOrder) {
            m_views[kind]->verticalHeader()->setToolTip(tr("Line in the file"));
            m_tabs->setTabText(m_tabs->indexOf(m_views[kind]), tr(kTabNames[kind]));
        }
        m_addRow->setText(tr("&Add Row"));
        m_deleteRows->setText(tr("&Delete Rows"));
        m_applyClaim->setText(tr("Apply &Claim…"));
        applyInForce();
        showSelectedFeatures();
        showProblemsTitle();
        if (m_session)
            for (EditableTables::Kind kind : kTabOrder)
                if (EditTableModel *model = m_session->model(kind))
                    model->retranslateHeaders();
    });
}

void EditPanel::setSession(EditSession *session)
{
    m_session = session;
    for (EditableTables::Kind kind : kTabOrder) {
        EditTableModel *model = session ? session->model(kind) : nullptr;
        m_filters[kind]->setSourceModel(model);
        m_views[kind]->setModel(model ? m_filters[kind] : nullptr);
        m_tabs->setTabEnabled(m_tabs->indexOf(m_views[kind]), model != nullptr);
        if (model) {
            m_views[kind]->setItemDelegate(new CellChoiceDelegate(
                [this](const QString &column) -> QStringList {
                    if (column == QLatin1String("role"))
                        return {QStringLiteral("control"), QStringLiteral("claim"), QStringLiteral("contested"),
                                QStringLiteral("occupation"), QStringLiteral("presence")};
                    if (column == QLatin1String("confidence"))
                        return {QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")};
                    if (column == QLatin1String("authority") && m_study) {
                        QStringList ids;
                        for (const Authority &a : m_study->manifest.authorities)
                            ids << a.id;
                        return ids;
                    }
                    if (column == QLatin1String("layer") && m_study) {
                        QStringList ids;
                        for (const CaseLayer &l : m_study->layers)
                            if (l.spec.role == LayerSpec::Role::Features)
                                ids << l.spec.id;
                        return ids;
                    }
                    return {};
                },
                m_views[kind]));
            m_views[kind]->resizeColumnsToContents();
            // A long note or citation would push the rest out of sight.
            for (int c = 0; c < model->columnCount(); ++c)
                m_views[kind]->setColumnWidth(c, std::min(m_views[kind]->columnWidth(c), 260));
        }
    }
    applyInForce();
}

void EditPanel::setStudy(const CaseStudy *study)
{
    m_study = study;
    applyInForce();
}

void EditPanel::setTime(TimePoint t)
{
    m_time = t;
    applyInForce();
}

void EditPanel::applyInForce()
{
    const Calendar calendar = m_study ? m_study->manifest.calendar : Calendar::Gregorian;
    const QList<Calendar> shown = m_study ? m_study->manifest.displayCalendars : QList<Calendar>{calendar};
    m_inForce->setText(m_time ? tr("Highlight rows in force on %1").arg(datetext::formatMoment(*m_time, shown))
                              : tr("Highlight rows in force"));
    if (!m_session)
        return;
    for (EditableTables::Kind kind : kTabOrder)
        if (EditTableModel *model = m_session->model(kind))
            model->setInForce(m_inForce->isChecked() ? m_time : std::nullopt, calendar);
}

void EditPanel::setSelectedFeatures(const QStringList &names)
{
    m_applyClaim->setEnabled(!names.isEmpty() && m_session && m_session->model(EditableTables::Claims));
    m_selectedNames = names;
    showSelectedFeatures();
}

void EditPanel::showSelectedFeatures()
{
    m_selection->setText(m_selectedNames.isEmpty()
                             ? tr("Click features on the map (Ctrl+click for more) to apply a claim to them.")
                             : tr("Selected: %1").arg(m_selectedNames.join(QStringLiteral(", "))));
}

void EditPanel::showProblemsTitle()
{
    m_problemsTitle->setText(m_outcome.problems.isEmpty() ? tr("No problems: the package is valid as edited.")
                                                          : tr("%n problem(s); click one to see its row:", nullptr,
                                                               int(m_outcome.problems.size())));
}

void EditPanel::showOutcome(const LiveValidation::Outcome &outcome)
{
    m_outcome = outcome;
    m_problems->setProblems(outcome.problems);
    showProblemsTitle();
    if (!m_session)
        return;
    std::array<QHash<int, QString>, EditableTables::kKinds> rows;
    for (const Error &e : outcome.problems) {
        const auto kind = m_session->tables().kindOfFile(e.file);
        if (!kind || e.line <= 0)
            continue;
        const int row = outcome.texts[*kind].rowAtLine(e.line);
        if (row >= 0) {
            QString &text = rows[*kind][row];
            text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + e.message;
        }
    }
    for (int k = 0; k < EditableTables::kKinds; ++k)
        if (EditTableModel *model = m_session->model(EditableTables::Kind(k)))
            model->setProblems(rows[k]);
}

void EditPanel::problemActivated(const Error &problem)
{
    if (!problem.featureId.isEmpty()) {
        emit featureRequested(problem.file, problem.featureId);
        return;
    }
    if (!m_session)
        return;
    const auto kind = m_session->tables().kindOfFile(problem.file);
    if (!kind)
        return;
    m_tabs->setCurrentWidget(m_views[*kind]);
    if (problem.line > 0)
        selectRow(*kind, m_outcome.texts[*kind].rowAtLine(problem.line));
}

void EditPanel::selectRow(EditableTables::Kind kind, int row)
{
    EditTableModel *model = m_session ? m_session->model(kind) : nullptr;
    if (!model || row < 0 || row >= model->rowCount())
        return;
    m_tabs->setCurrentWidget(m_views[kind]);
    QModelIndex at = m_filters[kind]->mapFromSource(model->index(row, 0));
    if (!at.isValid()) {   // filtered out: the row asked for matters more than the filter
        m_filter->clear();
        at = m_filters[kind]->mapFromSource(model->index(row, 0));
    }
    QTableView *view = m_views[kind];
    view->selectRow(at.row());
    view->setCurrentIndex(at);
    view->scrollTo(at);
    view->setFocus(Qt::OtherFocusReason);
}

QList<int> EditPanel::selectedRows() const
{
    const EditableTables::Kind kind = currentKind();
    QList<int> rows;
    if (!m_views[kind]->selectionModel())
        return rows;
    for (const QModelIndex &i : m_views[kind]->selectionModel()->selectedRows())
        rows << m_filters[kind]->mapToSource(i).row();
    return rows;
}

EditableTables::Kind EditPanel::currentKind() const
{
    for (int k = 0; k < EditableTables::kKinds; ++k)
        if (m_views[k] == m_tabs->currentWidget())
            return EditableTables::Kind(k);
    return EditableTables::Claims;
}

} // namespace dpa
