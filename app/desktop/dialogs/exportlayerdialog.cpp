#include "dialogs/exportlayerdialog.h"
#include "retranslate.h"
#include "time/historicaldate.h"
#include "analysis/layerexport.h"
#include "analysis/qgisproject.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace dpa {

ExportLayerDialog::ExportLayerDialog(Mode mode, std::shared_ptr<const CaseStudy> study,
                                     std::shared_ptr<const SpatialFacts> facts, TimePoint time, QWidget *parent)
    : ExportJobDialog(parent), m_mode(mode), m_study(std::move(study)), m_facts(std::move(facts)), m_time(time)
{
    QLabel *date = nullptr, *about = nullptr;   // the date of a state; what a timeline holds
    if (mode == Mode::State) {
        date = new QLabel;
        form()->addRow(QString(), date);
        m_content = new QComboBox;
        m_content->addItems({QString(), QString(), QString()});
        form()->addRow(QString(), m_content);
    } else {
        about = new QLabel;
        form()->addRow(about);
    }
    m_layer = new QComboBox;
    m_layer->addItem(QString(), QString());
    for (const CaseLayer &l : m_study->layers)
        if (l.spec.role == LayerSpec::Role::Features)
            m_layer->addItem(l.spec.title.text(), l.spec.id);
    form()->addRow(QString(), m_layer);
    if (m_content)
        connect(m_content, &QComboBox::currentIndexChanged, this, [this](int i) { m_layer->setEnabled(i == 0); });
    m_crs = new QLineEdit;
    form()->addRow(QString(), m_crs);
    // Every text here follows View > Language while the dialog is open, the layers' titles too.
    retranslate(this, [this, date, about] {
        setWindowTitle(m_mode == Mode::State ? tr("Export Layer") : tr("Export Timeline"));
        if (m_content) {
            formLabel(form(), date)->setText(tr("Date:"));
            date->setText(datetext::formatMoment(m_time, m_study->manifest.displayCalendars, false));
            const QStringList contents{tr("Control state of every feature"), tr("Territory of each authority"), tr("Front lines")};
            for (int i = 0; i < contents.size(); ++i)
                m_content->setItemText(i, contents[i]);
            formLabel(form(), m_content)->setText(tr("Content:"));
        } else {
            about->setText(tr("One row per claim, with start and end as date-time fields (QGIS's Temporal Controller "
                              "plays them; KML gets TimeSpan for Google Earth)."));
        }
        m_layer->setItemText(0, tr("All layers"));
        for (const CaseLayer &l : m_study->layers)
            if (const int i = m_layer->findData(l.spec.id); i > 0)
                m_layer->setItemText(i, l.spec.title.text());
        formLabel(form(), m_layer)->setText(tr("Layer:"));
        m_crs->setPlaceholderText(tr("the case study's: %1").arg(m_study->manifest.crs.name()));
        m_crs->setToolTip(tr("EPSG:4326, EPSG:3857, a PROJ string or WKT. GeoJSON and KML are always WGS 84."));
        formLabel(form(), m_crs)->setText(tr("CRS:"));
    });
}

void ExportLayerDialog::setContent(int index) { if (m_content) m_content->setCurrentIndex(index); }
void ExportLayerDialog::setLayer(const QString &id) { m_layer->setCurrentIndex(std::max(0, m_layer->findData(id))); }
void ExportLayerDialog::setCrs(const QString &text) { m_crs->setText(text); }

QString ExportLayerDialog::browseForPath()
{
    return QFileDialog::getSaveFileName(this, windowTitle(), outputPath(),
                                        tr("GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;KML (*.kml);;"
                                           "FlatGeobuf (*.fgb);;CSV with WKT (*.csv)"));
}

Result<ExportJobDialog::Job> ExportLayerDialog::prepareJob()
{
    const QString path = outputPath();
    const QString driver = vectorwriter::driverForPath(path);
    if (driver.isEmpty())
        return Error::plain(tr("Name the file .gpkg, .geojson, .shp, .kml, .fgb or .csv."));
    Crs target;
    if (!m_crs->text().trimmed().isEmpty()) {
        auto crs = Crs::fromUserInput(m_crs->text().trimmed());
        if (!crs)
            return crs.error();
        target = *crs;
    }
    const int content = m_content ? m_content->currentIndex() : 0;
    const QString onlyLayer = content == 0 ? m_layer->currentData().toString() : QString();
    return Job([mode = m_mode, study = m_study, facts = m_facts, time = m_time, path, driver, target, content,
                onlyLayer](const Progress &progress) -> Result<QString> {
        std::vector<VectorLayerToWrite> layers;
        if (content > 0) {
            // A large study's facts may still be being built by the window: then built here.
            ErrorList warnings;
            const SpatialFacts built = facts ? SpatialFacts() : SpatialFacts::build(*study, warnings);
            layers.push_back(layerexport::analysisLayer(*study, facts ? *facts : built, time,
                                                        content == 1 ? layerexport::AnalysisLayer::Territories
                                                                     : layerexport::AnalysisLayer::Fronts));
        } else if (mode == Mode::Timeline) {
            layers = layerexport::timelineLayers(*study, driver.endsWith(QLatin1String("KML")), onlyLayer);
        } else {
            layers = layerexport::stateLayers(*study, time, layerexport::momentEdtf(time, study->manifest.calendar), onlyLayer);
        }
        for (VectorLayerToWrite &layer : layers)
            layer.targetCrs = target;
        size_t records = 0;
        for (const VectorLayerToWrite &layer : layers)
            records += layer.records.size();
        const qgisstyle::Content styled = content == 1   ? qgisstyle::Content::Territories
                                          : content == 2 ? qgisstyle::Content::Fronts
                                          : mode == Mode::Timeline ? qgisstyle::Content::Timeline
                                                                   : qgisstyle::Content::State;
        const auto forQgis = qgisproject::prepareGeoPackage(layers, *study, styled, path, driver);
        if (!forQgis)
            return forQgis.error();
        QStringList files;
        auto written = vectorwriter::writeLayers(path, driver, layers, progress, &files, *forQgis);
        if (written && files.size() > 1)
            return tr("%1 records in %2 files, one per layer: %3").arg(records).arg(files.size()).arg(files.join(QStringLiteral(", ")));
        if (!written)
            return written.error();
        return tr("%1 (%2 records)").arg(path).arg(records);
    });
}

} // namespace dpa
