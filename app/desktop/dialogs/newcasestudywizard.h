#pragma once

#include <QWizard>

namespace dpa {

class CaseAuthoritiesPage;
class CaseCrsPage;
class CaseDetailsPage;
class CaseLayersPage;
class CaseWritePage;

// File > New Case Study…: a package from the historian's own boundary files, in five pages
// (details, layers, CRS, authorities, where to write). It writes through newcasestudy::write(),
// as `dpatlas-cli new` does, so the package validates before its folder appears; createdPath()
// is then the folder to open.
class NewCaseStudyWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { DetailsPage, LayersPage, CrsPage, AuthoritiesPage, WritePage };

    explicit NewCaseStudyWizard(QWidget *parent = nullptr);

    CaseDetailsPage *details() const { return m_details; }
    CaseLayersPage *layers() const { return m_layers; }
    CaseCrsPage *crs() const { return m_crs; }
    CaseAuthoritiesPage *authorities() const { return m_authorities; }
    CaseWritePage *writer() const { return m_write; }
    QString createdPath() const;

private:
    CaseDetailsPage *m_details;
    CaseLayersPage *m_layers;
    CaseCrsPage *m_crs;
    CaseAuthoritiesPage *m_authorities;
    CaseWritePage *m_write;
};

} // namespace dpa
