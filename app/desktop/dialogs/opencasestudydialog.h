#pragma once

#include "package/packagediscovery.h"

#include <QDialog>

class QListWidget;

namespace dpa {

// File > Open Case Study: every discovered package with its title, period and description.
class OpenCaseStudyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenCaseStudyDialog(QWidget *parent = nullptr);
    QString selectedPath() const;

private:
    QList<PackageDiscovery::Entry> m_entries;
    QListWidget *m_list;
};

} // namespace dpa
