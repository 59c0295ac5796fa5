#include "dialogs/exportpackagedialog.h"
#include "package/packagearchive.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>

namespace dpa {

ExportPackageDialog::ExportPackageDialog(std::shared_ptr<const CaseStudy> study, QWidget *parent)
    : ExportJobDialog(tr("Export Case Study as GeoPackage"), parent), m_study(std::move(study))
{
    form()->addRow(new QLabel(tr("Layers, claims, events, sources, the manifest and the period maps of “%1” in one file. "
                                 "QGIS shows its layers and tables; Dual Power Atlas opens it like a folder.")
                                  .arg(m_study->manifest.title.text())));
}

QString ExportPackageDialog::browseForPath()
{
    return QFileDialog::getSaveFileName(this, windowTitle(), outputPath(), tr("GeoPackage (*.gpkg)"));
}

Result<ExportJobDialog::Job> ExportPackageDialog::prepareJob()
{
    return Job([study = m_study, path = outputPath()](const Progress &progress) -> Result<QString> {
        auto written = packagearchive::pack(*study, path, progress);
        if (!written)
            return written.error();
        return path;
    });
}

} // namespace dpa
