#pragma once

#include "io/crssuggestion.h"
#include "package/newcasestudy.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace dpa {

// The pages of File > New Case Study…, each asking for one part of a NewCaseStudyRequest and
// checking it as it is typed, so Next is enabled only when the part is sound. The checks and
// the writing are newcasestudy::'s, shared with `dpatlas-cli new`.

// Title, id (suggested from the title until edited), period and calendar.
class CaseDetailsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CaseDetailsPage(QWidget *parent = nullptr);
    bool isComplete() const override;
    void fill(NewCaseStudyRequest &request) const;

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *startEdit() const { return m_start; }
    QLineEdit *endEdit() const { return m_end; }
    QComboBox *calendarBox() const { return m_calendar; }

private:
    QString problem() const;
    QLineEdit *m_title, *m_id, *m_start, *m_end;
    QComboBox *m_calendar;
    QLabel *m_message;
    bool m_idEdited = false;
};

// Vector files as layers, each with its id and name fields and a layer-wide approximate flag.
class CaseLayersPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CaseLayersPage(QWidget *parent = nullptr);
    bool isComplete() const override;
    // Reads the file; on failure the page says why (naming the file) and adds nothing.
    bool addFile(const QString &path);
    void removeCurrent();
    const std::vector<NewCaseStudyLayer> &layers() const { return m_layers; }

    QListWidget *fileList() const { return m_files; }
    QComboBox *idFieldBox() const { return m_idField; }
    QComboBox *nameFieldBox() const { return m_nameField; }
    QCheckBox *approximateBox() const { return m_approximate; }
    QLabel *messageLabel() const { return m_message; }

private:
    void chooseFiles();
    void showLayer(int row);
    void updateMessage();
    std::vector<NewCaseStudyLayer> m_layers;
    QListWidget *m_files;
    QComboBox *m_idField, *m_nameField;
    QCheckBox *m_approximate;
    QLabel *m_message;
    QString m_readError;
};

// The CRS to draw and measure in: PROJ's projected CRSs, searchable, the ones suited to the
// layers' extent first with the best preselected.
class CaseCrsPage : public QWizardPage
{
    Q_OBJECT
public:
    CaseCrsPage(const CaseLayersPage *layers, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    QString selectedCrs() const;
    // The suggestions for the layers last seen, best first.
    const std::vector<ProjectedCrsInfo> &suggestions() const { return m_suggestions; }

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *crsList() const { return m_list; }

private:
    void fillList();
    void filter(const QString &text);
    const CaseLayersPage *m_layers;
    std::vector<ProjectedCrsInfo> m_catalogue, m_suggestions;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_note;
};

// The authorities, one row each: name, id (suggested from the name), colour and bloc.
class CaseAuthoritiesPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CaseAuthoritiesPage(QWidget *parent = nullptr);
    bool isComplete() const override;
    void addAuthority(const QString &name = {}, const QString &bloc = {});
    void fill(NewCaseStudyRequest &request) const;

    QTableWidget *table() const { return m_table; }
    enum Column { Name, Id, Colour, Bloc };

private:
    QString problem() const;
    QTableWidget *m_table;
    QLabel *m_message;
};

// Where the package goes, what it will hold; Finish writes it and shows any problem.
class CaseWritePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CaseWritePage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QString writtenPath() const { return m_written; }

    QLineEdit *folderEdit() const { return m_folder; }
    QPlainTextEdit *problemsView() const { return m_problems; }

private:
    NewCaseStudyRequest request() const;
    QLineEdit *m_folder;
    QLabel *m_summary;
    QPlainTextEdit *m_problems;
    QString m_written, m_lastId;
};

} // namespace dpa
