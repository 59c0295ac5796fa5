#include "export/pictureexport.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QPainter>
#include <QPdfWriter>
#include "io/stagedfile.h"
#include <QSvgGenerator>

namespace dpa::pictureexport {
namespace {

Error writeError(const QString &path, const QString &why)
{
    return Error::at(path, 0, QObject::tr("cannot write the picture: %1").arg(why));
}

// Paints the frame with every part as a vector path, title, legend and credits included.
void paintVector(MapRenderer &renderer, QPaintDevice &device, const MapView &view)
{
    MapView vectorView = view;
    vectorView.vectorOutput = true;
    QPainter painter(&device);
    // The device's coordinates may be in points (PDF): map the view's pixels onto the page.
    painter.setWindow(0, 0, view.size.width(), view.size.height());
    painter.setViewport(0, 0, device.width(), device.height());
    renderer.render(painter, vectorView);
}

} // namespace

std::optional<PictureFormat> formatForPath(const QString &path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("png"))
        return PictureFormat::Png;
    if (ext == QLatin1String("svg"))
        return PictureFormat::Svg;
    if (ext == QLatin1String("pdf"))
        return PictureFormat::Pdf;
    return std::nullopt;
}

Result<QString> write(MapRenderer &renderer, const PictureRequest &request)
{
    const QFileInfo target(request.path);
    if (!target.absoluteDir().exists())
        return writeError(request.path, QObject::tr("folder %1 does not exist").arg(target.absolutePath()));
    if (request.dpi < 10 || request.dpi > 2400)
        return Error::at(request.path, 0, QObject::tr("a resolution of %1 dpi is outside 10 to 2400").arg(request.dpi));
    StagedFile file(request.path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(request.path, file.errorString());
    const QSize size = request.view.size;
    const QString title = renderer.scene().study().manifest.title.text(request.view.language);

    switch (request.format) {
    case PictureFormat::Png: {
        QImage image = renderer.renderImage(request.view);
        const int dotsPerMetre = qRound(request.dpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMetre);
        image.setDotsPerMeterY(dotsPerMetre);
        image.setText(QStringLiteral("Title"), title);
        image.setText(QStringLiteral("Copyright"), renderer.scene().study().manifest.attribution);
        if (!image.save(&file, "PNG"))
            return writeError(request.path, file.errorString());
        break;
    }
    case PictureFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(request.dpi);
        svg.setTitle(title.toHtmlEscaped());   // Qt 6.4 writes both unescaped
        svg.setDescription(renderer.scene().study().manifest.attribution.toHtmlEscaped());
        paintVector(renderer, svg, request.view);
        break;
    }
    case PictureFormat::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setResolution(request.dpi);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setPageSize(QPageSize(QSizeF(size) / request.dpi, QPageSize::Inch, title, QPageSize::ExactMatch));
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Dual Power Atlas"));
        paintVector(renderer, pdf, request.view);
        break;
    }
    }
    if (file.error() != QFileDevice::NoError)
        return writeError(request.path, file.errorString());
    if (!file.commit())
        return writeError(request.path, file.errorString());
    return target.absoluteFilePath();
}

} // namespace dpa::pictureexport
