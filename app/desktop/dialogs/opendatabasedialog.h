#pragma once

#include "package/postgis/pgcasestudyschema.h"

#include <QDialog>
#include <QFutureWatcher>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace dpa {

// File > Open from Database…: the case studies a team keeps in a PostgreSQL + PostGIS database
// (put there by `dpatlas-cli push`). The user gives the connection, as libpq reads it; List
// shows every case study there (schema, title, revision, who saved it last and when), or says
// in words why it cannot (no server, password refused, no PostGIS). The connection, without its
// password, is remembered for next time.
class OpenDatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenDatabaseDialog(QWidget *parent = nullptr);
    ~OpenDatabaseDialog() override;

    // The DATASET to open: "pg:CONNINFO#SCHEMA" (with the password, if one was typed).
    QString selectedAddress() const;

    QLineEdit *connectionEdit() const { return m_connection; }
    QTreeWidget *caseStudies() const { return m_list; }
    QLabel *statusLabel() const { return m_status; }
    // Lists the case studies of the connection typed (off the UI thread).
    void listCaseStudies();

private:
    void showList();
    void updateOpenButton();

    QLineEdit *m_connection;
    QPushButton *m_listButton;
    QTreeWidget *m_list;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QString m_listedConnection;
    QFutureWatcher<Result<QList<postgis::pgschema::CaseStudyInfo>>> m_watcher;
};

} // namespace dpa
