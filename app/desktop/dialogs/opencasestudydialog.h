#pragma once

#include "package/packagediscovery.h"

#include <QDialog>

class QListWidget;

namespace dpa {

// File > Open Case Study: every discovered package with its title in bold, its period and
// description, and a thumbnail of the map as the user last left it (none before a first
// visit); the case study on screen is selected.
class OpenCaseStudyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenCaseStudyDialog(const QString &currentPath = {}, QWidget *parent = nullptr);
    QString selectedPath() const;
    QListWidget *list() const { return m_list; }

    // Where the window keeps a package's thumbnail (in the user's cache), and its size.
    static QString thumbnailPath(const QString &packagePath);
    static QSize thumbnailSize() { return QSize(160, 100); }

private:
    QList<PackageDiscovery::Entry> m_entries;
    QListWidget *m_list;
};

} // namespace dpa
