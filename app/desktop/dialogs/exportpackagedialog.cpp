#include "dialogs/exportpackagedialog.h"
#include "retranslate.h"
#include "analysis/qgisproject.h"
#include "package/packagearchive.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>

namespace dpa {

ExportPackageDialog::ExportPackageDialog(std::shared_ptr<const CaseStudy> study, QWidget *parent)
    : ExportJobDialog(parent), m_study(std::move(study))
{
    auto *about = new QLabel;
    form()->addRow(about);
    retranslate(this, [this, about] {
        setWindowTitle(tr("Export Case Study as GeoPackage"));
        about->setText(tr("Layers, claims, events, sources, the manifest and the period maps of “%1” in one file. "
                          "QGIS shows its layers and tables; Dual Power Atlas opens it like a folder.")
                           .arg(m_study->manifest.title.text()));
    });
}

QString ExportPackageDialog::browseForPath()
{
    return QFileDialog::getSaveFileName(this, windowTitle(), outputPath(), tr("GeoPackage (*.gpkg)"));
}

Result<ExportJobDialog::Job> ExportPackageDialog::prepareJob()
{
    return Job([study = m_study, path = outputPath()](const Progress &progress) -> Result<QString> {
        // With the claims as timeline layers and a QGIS project, so QGIS opens the file ready to play.
        auto forQgis = qgisproject::packExtras(*study, path);
        if (!forQgis)
            return forQgis.error();
        auto written = packagearchive::pack(*study, path, progress, std::move(*forQgis));
        if (!written)
            return written.error();
        return path;
    });
}

} // namespace dpa
