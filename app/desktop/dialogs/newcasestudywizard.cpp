#include "dialogs/newcasestudywizard.h"
#include "dialogs/newcasestudypages.h"

namespace dpa {

NewCaseStudyWizard::NewCaseStudyWizard(QWidget *parent)
    : QWizard(parent)
    , m_details(new CaseDetailsPage)
    , m_layers(new CaseLayersPage)
    , m_crs(new CaseCrsPage(m_layers))
    , m_authorities(new CaseAuthoritiesPage)
    , m_write(new CaseWritePage)
{
    setWindowTitle(tr("New Case Study"));
    // The classic style on every platform: the same pages, and the same screenshots in the
    // README, whatever the desktop.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(DetailsPage, m_details);
    setPage(LayersPage, m_layers);
    setPage(CrsPage, m_crs);
    setPage(AuthoritiesPage, m_authorities);
    setPage(WritePage, m_write);
    setButtonText(QWizard::FinishButton, tr("Create"));
    resize(760, 560);
}

QString NewCaseStudyWizard::createdPath() const
{
    return m_write->writtenPath();
}

} // namespace dpa
