#include "dialogs/newcasestudypages.h"
#include "dialogs/newcasestudywizard.h"
#include "time/historicaldate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dpa {
namespace {

QLabel *newMessageLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Red for what blocks Next, ordinary text for advice: a problem is read, not guessed from a colour.
void showProblem(QLabel *label, const QString &problem, const QString &advice = {})
{
    label->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    label->setText(problem.isEmpty() ? advice : problem);
}

QIcon swatch(const QString &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(QColor(colour));
    QPainter(&pixmap).drawRect(0, 0, 15, 15);
    return QIcon(pixmap);
}

} // namespace

// --- Details ---

CaseDetailsPage::CaseDetailsPage(QWidget *parent)
    : QWizardPage(parent)
    , m_title(new QLineEdit), m_id(new QLineEdit), m_start(new QLineEdit), m_end(new QLineEdit)
    , m_calendar(new QComboBox), m_message(newMessageLabel())
{
    setTitle(tr("The case study"));
    setSubTitle(tr("Its title, a short id for folders and the command line, and the period it covers."));
    m_title->setPlaceholderText(tr("e.g. Budapest, autumn 1956"));
    m_id->setPlaceholderText(tr("lower case, digits and -"));
    m_start->setPlaceholderText(tr("first date, e.g. 1956-10-23"));
    m_end->setPlaceholderText(tr("last date, e.g. 1956-11-11"));
    m_calendar->addItem(tr("Gregorian"), QStringLiteral("gregorian"));
    m_calendar->addItem(tr("Julian"), QStringLiteral("julian"));
    m_calendar->addItem(tr("Julian until 14 Feb 1918, then Gregorian (Russia)"), QStringLiteral("julian-russia"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Id:"), m_id);
    auto *period = new QHBoxLayout;
    period->addWidget(m_start);
    period->addWidget(new QLabel(tr("to")));
    period->addWidget(m_end);
    // A label with a buddy, as addRow(text, layout) gives none and would show the "&".
    auto *periodLabel = new QLabel(tr("&Period:"));
    periodLabel->setBuddy(m_start);
    form->addRow(periodLabel, period);
    form->addRow(tr("&Calendar of the dates:"), m_calendar);
    form->addRow(new QLabel(tr("Dates as historians write them: 1917, 1917-10, 1917-10-25, with ~ when approximate "
                                 "and ? when uncertain (datasets/README.md explains them).")));
    form->addRow(m_message);
    for (QLabel *l : findChildren<QLabel *>())
        l->setWordWrap(true);
    // The id follows the title until the historian types one of their own.
    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &title) {
        if (!m_idEdited)
            m_id->setText(newcasestudy::suggestId(title));
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idEdited = true; });
    for (QLineEdit *e : {m_title, m_id, m_start, m_end})
        connect(e, &QLineEdit::textChanged, this, [this] {
            showProblem(m_message, problem());
            emit completeChanged();
        });
    connect(m_calendar, &QComboBox::currentIndexChanged, this, [this] {
        showProblem(m_message, problem());
        emit completeChanged();
    });
}

QString CaseDetailsPage::problem() const
{
    if (m_title->text().trimmed().isEmpty())
        return {};   // nothing typed yet: nothing to complain about
    if (!newcasestudy::isValidPackageId(m_id->text()))
        return tr("The id \"%1\" is not usable: lower-case letters, digits and -, as budapest-1956.").arg(m_id->text());
    const Calendar cal = calendar::fromName(m_calendar->currentData().toString()).value_or(Calendar::Gregorian);
    if (m_start->text().trimmed().isEmpty() || m_end->text().trimmed().isEmpty())
        return {};
    const auto from = HistoricalDate::parse(m_start->text().trimmed(), cal);
    if (!from)
        return tr("First date \"%1\": %2").arg(m_start->text(), from.error().message);
    const auto to = HistoricalDate::parse(m_end->text().trimmed(), cal);
    if (!to)
        return tr("Last date \"%1\": %2").arg(m_end->text(), to.error().message);
    if (to->latestExclusive() <= from->earliest())
        return tr("The period ends before it starts.");
    return {};
}

bool CaseDetailsPage::isComplete() const
{
    return !m_title->text().trimmed().isEmpty() && !m_start->text().trimmed().isEmpty() &&
           !m_end->text().trimmed().isEmpty() && problem().isEmpty();
}

void CaseDetailsPage::fill(NewCaseStudyRequest &request) const
{
    request.title = m_title->text().trimmed();
    request.id = m_id->text();
    request.periodStart = m_start->text().trimmed();
    request.periodEnd = m_end->text().trimmed();
    request.calendar = calendar::fromName(m_calendar->currentData().toString()).value_or(Calendar::Gregorian);
}

// --- Layers ---

CaseLayersPage::CaseLayersPage(QWidget *parent)
    : QWizardPage(parent)
    , m_files(new QListWidget), m_idField(new QComboBox), m_nameField(new QComboBox)
    , m_approximate(new QCheckBox(tr("Every feature of this layer is a&pproximate (e.g. modern boundaries standing in "
                                     "for the period's): drawn with dashed outlines")))
    , m_message(newMessageLabel())
{
    setTitle(tr("Layers"));
    setSubTitle(tr("The districts, barracks or places that authorities claimed, from vector files: GeoJSON, "
                   "GeoPackage, Shapefile, KML, FlatGeobuf or CSV with a WKT column."));
    auto *add = new QPushButton(tr("&Add Files…"));
    auto *remove = new QPushButton(tr("&Remove"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_files, 1);
    top->addLayout(buttons);
    auto *form = new QFormLayout;
    form->addRow(tr("&Id field (unique per feature):"), m_idField);
    form->addRow(tr("&Name field:"), m_nameField);
    form->addRow(m_approximate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    connect(add, &QPushButton::clicked, this, &CaseLayersPage::chooseFiles);
    connect(remove, &QPushButton::clicked, this, &CaseLayersPage::removeCurrent);
    connect(m_files, &QListWidget::currentRowChanged, this, &CaseLayersPage::showLayer);
    connect(m_idField, &QComboBox::activated, this, [this] {
        if (const int row = m_files->currentRow(); row >= 0)
            m_layers[size_t(row)].idField = m_idField->currentText();
        updateMessage();
    });
    connect(m_nameField, &QComboBox::activated, this, [this] {
        if (const int row = m_files->currentRow(); row >= 0)
            m_layers[size_t(row)].nameField = m_nameField->currentText();
    });
    connect(m_approximate, &QCheckBox::toggled, this, [this](bool on) {
        if (const int row = m_files->currentRow(); row >= 0)
            m_layers[size_t(row)].approximate = on;
    });
    showLayer(-1);
    updateMessage();
}

void CaseLayersPage::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add Layers"), QString(),
        tr("Vector files (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv);;All files (*)"));
    for (const QString &file : files)
        addFile(file);
}

bool CaseLayersPage::addFile(const QString &path)
{
    auto data = newcasestudy::readLayer(path);
    if (!data) {
        m_readError = data.error().toString();
        updateMessage();
        return false;
    }
    m_readError.clear();
    NewCaseStudyLayer layer;
    layer.source = path;
    layer.idField = newcasestudy::guessIdField(*data);
    layer.nameField = newcasestudy::guessNameField(*data);
    layer.data = std::move(*data);
    auto *item = new QListWidgetItem(tr("%1 — %n feature(s)", nullptr, int(layer.data.features.size()))
                                         .arg(QFileInfo(path).fileName()));
    item->setToolTip(path);
    m_layers.push_back(std::move(layer));
    m_files->addItem(item);
    m_files->setCurrentItem(item);
    updateMessage();
    return true;
}

void CaseLayersPage::removeCurrent()
{
    const int row = m_files->currentRow();
    if (row < 0)
        return;
    m_layers.erase(m_layers.begin() + row);
    delete m_files->takeItem(row);
    showLayer(m_files->currentRow());
    updateMessage();
}

void CaseLayersPage::showLayer(int row)
{
    const bool any = row >= 0 && size_t(row) < m_layers.size();
    for (QWidget *w : std::initializer_list<QWidget *>{m_idField, m_nameField, m_approximate})
        w->setEnabled(any);
    m_idField->clear();
    m_nameField->clear();
    if (!any) {
        m_approximate->setChecked(false);
        return;
    }
    const NewCaseStudyLayer &l = m_layers[size_t(row)];
    m_idField->addItems(l.data.fieldNames);
    m_nameField->addItems(l.data.fieldNames);
    m_idField->setCurrentIndex(l.idField.isEmpty() ? -1 : m_idField->findText(l.idField));
    m_nameField->setCurrentIndex(m_nameField->findText(l.nameField.isEmpty() ? l.idField : l.nameField));
    const bool approximate = l.approximate;
    m_approximate->setChecked(approximate);
    updateMessage();
}

void CaseLayersPage::updateMessage()
{
    QString problem = m_readError;
    if (problem.isEmpty())
        for (const NewCaseStudyLayer &l : m_layers)
            if (!newcasestudy::identifiesEveryFeature(l.data, l.idField)) {
                problem = l.idField.isEmpty()
                              ? tr("%1: no field has a distinct value in every feature by the usual names; choose the id field.")
                                    .arg(QFileInfo(l.source).fileName())
                              : tr("%1: \"%2\" is empty or repeated in some features; choose a field that identifies each one.")
                                    .arg(QFileInfo(l.source).fileName(), l.idField);
                break;
            }
    showProblem(m_message, problem, m_layers.empty() ? tr("Add at least one file.") : QString());
    emit completeChanged();
}

bool CaseLayersPage::isComplete() const
{
    if (m_layers.empty() || !m_readError.isEmpty())
        return false;
    return std::all_of(m_layers.begin(), m_layers.end(),
                       [](const NewCaseStudyLayer &l) { return newcasestudy::identifiesEveryFeature(l.data, l.idField); });
}

// --- CRS ---

CaseCrsPage::CaseCrsPage(const CaseLayersPage *layers, QWidget *parent)
    : QWizardPage(parent), m_layers(layers), m_search(new QLineEdit), m_list(new QListWidget), m_note(newMessageLabel())
{
    setTitle(tr("Map projection"));
    setSubTitle(tr("The projected coordinate system the map is drawn and measured in. The ones suggested suit the "
                   "layers' extent, the best first; search for any other by name or EPSG code."));
    m_search->setPlaceholderText(tr("Search, e.g. Lambert, UTM 34N or 23700"));
    m_search->setClearButtonEnabled(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
    connect(m_search, &QLineEdit::textChanged, this, &CaseCrsPage::filter);
    connect(m_list, &QListWidget::currentItemChanged, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            m_note->setText(item->toolTip());
        emit completeChanged();
    });
}

void CaseCrsPage::initializePage()
{
    if (m_catalogue.empty())
        m_catalogue = projectedCrsCatalogue();
    m_suggestions = suggestProjectedCrs(newcasestudy::lonLatExtent(m_layers->layers()));
    fillList();
}

void CaseCrsPage::fillList()
{
    m_list->clear();
    QSet<QString> suggested;
    QFont bold = m_list->font();
    bold.setBold(true);
    for (const ProjectedCrsInfo &c : m_suggestions) {
        auto *item = new QListWidgetItem(tr("%1 — suggested for these layers").arg(c.label()), m_list);
        item->setData(Qt::UserRole, c.id);
        item->setFont(bold);
        item->setToolTip(tr("%1: %2").arg(c.label(), c.areaName));
        suggested.insert(c.id);
    }
    for (const ProjectedCrsInfo &c : m_catalogue) {
        if (suggested.contains(c.id))
            continue;
        auto *item = new QListWidgetItem(c.label(), m_list);
        item->setData(Qt::UserRole, c.id);
        item->setToolTip(tr("%1: %2").arg(c.label(), c.areaName));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    filter(m_search->text());
}

void CaseCrsPage::filter(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString haystack = item->toolTip();
        item->setHidden(!std::all_of(words.begin(), words.end(),
                                     [&](const QString &w) { return haystack.contains(w, Qt::CaseInsensitive); }));
    }
    // The choice is always one that can be seen: the first match when the search hides it.
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        for (int i = 0; i < m_list->count(); ++i)
            if (!m_list->item(i)->isHidden()) {
                m_list->setCurrentRow(i);
                break;
            }
    emit completeChanged();
}

QString CaseCrsPage::selectedCrs() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toString() : QString();
}

bool CaseCrsPage::isComplete() const
{
    return !selectedCrs().isEmpty();
}

// --- Authorities ---

CaseAuthoritiesPage::CaseAuthoritiesPage(QWidget *parent)
    : QWizardPage(parent), m_table(new QTableWidget(0, 4)), m_message(newMessageLabel())
{
    setTitle(tr("Authorities"));
    setSubTitle(tr("Who claimed or held the ground: a government, a soviet, an army. Authorities of one bloc are one "
                   "camp; dual power is between rival blocs."));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Id"), tr("Colour"), tr("Bloc (optional)")});
    for (Column c : {Name, Id, Bloc})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Colour, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    auto *add = new QPushButton(tr("&Add Authority"));
    auto *remove = new QPushButton(tr("&Remove"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    connect(add, &QPushButton::clicked, this, [this] { addAuthority(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        showProblem(m_message, problem());
        emit completeChanged();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        // The id follows the name until edited, as the case study's follows its title.
        if (item->column() == Name) {
            QTableWidgetItem *id = m_table->item(item->row(), Id);
            if (id && !id->data(Qt::UserRole).toBool()) {
                const QSignalBlocker block(m_table);
                id->setText(newcasestudy::slug(item->text()));
            }
        } else if (item->column() == Id) {
            item->setData(Qt::UserRole, true);
        }
        showProblem(m_message, problem());
        emit completeChanged();
    });
    addAuthority();
}

void CaseAuthoritiesPage::addAuthority(const QString &name, const QString &bloc)
{
    const int row = m_table->rowCount();
    const QSignalBlocker block(m_table);
    m_table->insertRow(row);
    m_table->setItem(row, Name, new QTableWidgetItem(name));
    m_table->setItem(row, Id, new QTableWidgetItem(newcasestudy::slug(name)));
    m_table->setItem(row, Bloc, new QTableWidgetItem(bloc));
    // Okabe and Ito's names for their colours; each new row takes the next.
    const QStringList names{tr("blue"), tr("vermilion"), tr("bluish green"), tr("reddish purple"),
                            tr("orange"), tr("sky blue"), tr("yellow"), tr("black")};
    auto *colour = new QComboBox;
    for (int i = 0; i < newcasestudy::palette().size(); ++i)
        colour->addItem(swatch(newcasestudy::palette()[i]), names.value(i), newcasestudy::palette()[i]);
    colour->setCurrentIndex(row % colour->count());
    m_table->setCellWidget(row, Colour, colour);
    m_table->setCurrentCell(row, Name);
    showProblem(m_message, problem());
    emit completeChanged();
}

QString CaseAuthoritiesPage::problem() const
{
    if (m_table->rowCount() == 0)
        return tr("Add at least one authority: every claim names one.");
    QSet<QString> ids;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, Name)->text().trimmed();
        const QString id = m_table->item(row, Id)->text();
        if (name.isEmpty())
            return row == 0 && m_table->rowCount() == 1 ? QString() : tr("Row %1 needs a name.").arg(row + 1);
        if (!newcasestudy::isValidAuthorityId(id))
            return tr("Row %1: the id \"%2\" is not usable: lower-case letters, digits and _.").arg(row + 1).arg(id);
        if (ids.contains(id))
            return tr("Row %1: the id \"%2\" is already used.").arg(row + 1).arg(id);
        ids.insert(id);
    }
    return {};
}

bool CaseAuthoritiesPage::isComplete() const
{
    return m_table->rowCount() > 0 && !m_table->item(0, Name)->text().trimmed().isEmpty() && problem().isEmpty();
}

void CaseAuthoritiesPage::fill(NewCaseStudyRequest &request) const
{
    request.authorities.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        NewCaseStudyAuthority a;
        a.name = m_table->item(row, Name)->text().trimmed();
        a.id = m_table->item(row, Id)->text();
        a.bloc = m_table->item(row, Bloc)->text().trimmed();
        a.color = static_cast<QComboBox *>(m_table->cellWidget(row, Colour))->currentData().toString();
        request.authorities.push_back(a);
    }
}

// --- Write ---

CaseWritePage::CaseWritePage(QWidget *parent)
    : QWizardPage(parent), m_folder(new QLineEdit), m_summary(newMessageLabel()), m_problems(new QPlainTextEdit)
{
    setTitle(tr("Create the case study"));
    setSubTitle(tr("The package is checked by the validator before its folder appears; nothing is written if it "
                   "would not be valid."));
    setCommitPage(true);
    auto *browse = new QPushButton(tr("&Browse…"));
    auto *folder = new QHBoxLayout;
    folder->addWidget(m_folder, 1);
    folder->addWidget(browse);
    m_problems->setReadOnly(true);
    m_problems->hide();
    auto *form = new QFormLayout(this);
    auto *folderLabel = new QLabel(tr("&Folder (new or empty):"));
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folder);
    form->addRow(m_summary);
    form->addRow(m_problems);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of the New Case Study"),
                                                              QFileInfo(m_folder->text()).absolutePath());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    connect(m_folder, &QLineEdit::textChanged, this, &CaseWritePage::completeChanged);
}

NewCaseStudyRequest CaseWritePage::request() const
{
    auto *w = qobject_cast<NewCaseStudyWizard *>(wizard());
    NewCaseStudyRequest r;
    r.madeBy = tr("File > New Case Study");
    w->details()->fill(r);
    r.layers = w->layers()->layers();
    r.crs = w->crs()->selectedCrs();
    w->authorities()->fill(r);
    return r;
}

void CaseWritePage::initializePage()
{
    const NewCaseStudyRequest r = request();
    // In the user's data folder, where File > Open Case Study finds it, unless chosen otherwise.
    if (m_folder->text().isEmpty() || QFileInfo(m_folder->text()).fileName() == m_lastId) {
        const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        m_folder->setText(QDir(data).filePath(QStringLiteral("dpatlas/datasets/") + r.id));
    }
    m_lastId = r.id;
    int features = 0;
    for (const NewCaseStudyLayer &l : r.layers)
        features += int(l.data.features.size());
    m_summary->setText(tr("\"%1\" (%2), %3 to %4: %n layer(s) with %5 features, in %6, with %7 authorities. Then add "
                          "claims to claims.csv and sources to sources.csv, and complete SOURCES.md with the data's "
                          "licences.", nullptr, int(r.layers.size()))
                           .arg(r.title, r.id, r.periodStart, r.periodEnd)
                           .arg(features)
                           .arg(r.crs)
                           .arg(r.authorities.size()));
    m_problems->clear();
    m_problems->hide();
}

bool CaseWritePage::isComplete() const
{
    return !m_folder->text().trimmed().isEmpty();
}

bool CaseWritePage::validatePage()
{
    const QString folder = m_folder->text().trimmed();
    QDir().mkpath(QFileInfo(folder).absolutePath());   // the data folder may not exist yet
    const auto result = newcasestudy::write(request(), folder);
    if (result.problems.isEmpty()) {
        m_written = result.path;
        return true;
    }
    QStringList lines;
    for (const Error &e : result.problems)
        lines << e.toString();
    m_problems->setPlainText(tr("Nothing was written:\n") + lines.join(QLatin1Char('\n')));
    m_problems->show();
    return false;
}

} // namespace dpa
