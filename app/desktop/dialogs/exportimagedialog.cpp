#include "dialogs/exportimagedialog.h"
#include "export/pictureexport.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace dpa {

ExportImageDialog::ExportImageDialog(std::shared_ptr<const MapScene> scene, const MapView &view, QWidget *parent)
    : ExportJobDialog(tr("Export Image"), parent), m_scene(std::move(scene)), m_view(view)
{
    // On screen the legend is a panel of its own; a picture taken elsewhere carries it.
    m_view.showLegend = true;
    m_width = spinBox(64, 16384, 1920, tr(" px"));
    m_height = spinBox(64, 16384, 1080, tr(" px"));
    m_dpi = spinBox(10, 2400, 96, tr(" dpi"));
    form()->addRow(tr("Size:"), sizeRow(m_width, m_height));
    auto *print = new QLabel;
    auto updatePrint = [this, print] {
        print->setText(tr("%1 × %2 cm in print").arg(m_width->value() * 2.54 / m_dpi->value(), 0, 'f', 1)
                           .arg(m_height->value() * 2.54 / m_dpi->value(), 0, 'f', 1));
    };
    for (QSpinBox *box : {m_width, m_height, m_dpi})
        connect(box, &QSpinBox::valueChanged, this, updatePrint);
    updatePrint();
    form()->addRow(tr("Resolution:"), m_dpi);
    form()->addRow(QString(), print);
    form()->addRow(new QLabel(tr("The map as on screen, with title, date, legend, scale bar, north arrow and credits. "
                                 "PNG is a picture; SVG and PDF are vector paths an illustrator can edit.")));
}

void ExportImageDialog::setPictureSize(QSize size, int dpi)
{
    m_width->setValue(size.width());
    m_height->setValue(size.height());
    m_dpi->setValue(dpi);
}

QString ExportImageDialog::browseForPath()
{
    return QFileDialog::getSaveFileName(this, windowTitle(), outputPath(), tr("PNG (*.png);;SVG (*.svg);;PDF (*.pdf)"));
}

Result<ExportJobDialog::Job> ExportImageDialog::prepareJob()
{
    const auto format = pictureexport::formatForPath(outputPath());
    if (!format)
        return Error::plain(tr("Name the picture .png, .svg or .pdf."));
    PictureRequest request;
    request.path = outputPath();
    request.format = *format;
    request.view = m_view;
    request.view.size = QSize(m_width->value(), m_height->value());
    request.dpi = m_dpi->value();
    return Job([scene = m_scene, request](const Progress &progress) -> Result<QString> {
        MapRenderer renderer(scene);   // made on the worker thread, as its PROJ objects require
        auto written = pictureexport::write(renderer, request);
        progress(1, 1);
        return written;
    });
}

} // namespace dpa
