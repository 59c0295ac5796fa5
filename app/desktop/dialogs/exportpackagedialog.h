#pragma once

#include "package/casestudy.h"
#include "dialogs/exportjobdialog.h"

#include <memory>

namespace dpa {

// File > Export Case Study as GeoPackage…: the whole package in one .gpkg that the app opens
// and `dpatlas-cli unpack` turns back into a folder.
class ExportPackageDialog : public ExportJobDialog
{
    Q_OBJECT
public:
    ExportPackageDialog(std::shared_ptr<const CaseStudy> study, QWidget *parent = nullptr);

protected:
    Result<Job> prepareJob() override;
    QString browseForPath() override;

private:
    std::shared_ptr<const CaseStudy> m_study;
};

} // namespace dpa
