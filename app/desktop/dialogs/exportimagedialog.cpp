#include "dialogs/exportimagedialog.h"
#include "export/pictureexport.h"
#include "dialogs/layoutoptionsform.h"
#include "retranslate.h"
#include "core/multilingualtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QSpinBox>

namespace dpa {
namespace {

// The preview's longest side on screen, in logical pixels.
constexpr int kPreviewSide = 340;
// The longest side the preview is drawn at before it is shrunk (a 300 dpi A4 page is 3508).
constexpr int kDrawnSide = 1400;

} // namespace

ExportImageDialog::ExportImageDialog(std::shared_ptr<const MapScene> scene, const MapView &view, QWidget *parent)
    : ExportJobDialog(parent), m_scene(std::move(scene)), m_view(view)
{
    // On screen the legend is a panel of its own; a picture taken elsewhere carries it.
    m_view.showLegend = true;
    m_page = new QComboBox;
    m_page->addItem(QString());
    for (const PagePreset &p : PagePreset::all())
        m_page->addItem(p.name, p.id);
    form()->addRow(QString(), m_page);
    m_width = spinBox(64, 16384, 1920, QString());
    m_height = spinBox(64, 16384, 1080, QString());
    m_dpi = spinBox(10, 2400, 96, QString());
    QHBoxLayout *size = sizeRow(m_width, m_height);
    form()->addRow(QString(), size);
    auto *print = new QLabel;
    auto updatePrint = [this, print] {
        print->setText(tr("%1 × %2 cm in print").arg(m_width->value() * 2.54 / m_dpi->value(), 0, 'f', 1)
                           .arg(m_height->value() * 2.54 / m_dpi->value(), 0, 'f', 1));
    };
    for (QSpinBox *box : {m_width, m_height, m_dpi})
        connect(box, &QSpinBox::valueChanged, this, updatePrint);
    form()->addRow(QString(), m_dpi);
    form()->addRow(QString(), print);

    m_layout = new LayoutOptionsForm(form(), m_scene->study().manifest.title.text(m_view.language), this);
    m_preview = new QLabel;
    m_preview->setMinimumSize(kPreviewSide, kPreviewSide * 9 / 16);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    form()->addRow(QString(), m_preview);
    auto *about = new QLabel;
    form()->addRow(about);
    retranslate(this, [this, size, print, about, updatePrint] {
        setWindowTitle(tr("Export Image"));
        m_page->setItemText(0, tr("Custom size"));
        const QList<PagePreset> pages = PagePreset::all();
        for (int i = 0; i < pages.size(); ++i)
            m_page->setItemText(i + 1, pages[i].name);
        m_page->setToolTip(tr("A page sets the size from the resolution: A4 at 150 dpi is 1240 × 1754 pixels"));
        formLabel(form(), m_page)->setText(tr("Page:"));
        for (QSpinBox *box : {m_width, m_height})
            box->setSuffix(tr(" px"));
        m_dpi->setSuffix(tr(" dpi"));
        formLabel(form(), size)->setText(tr("Size:"));
        formLabel(form(), m_dpi)->setText(tr("Resolution:"));
        updatePrint();
        formLabel(form(), m_preview)->setText(tr("Preview:"));
        about->setText(tr("The map as on screen, with title, date, legend, scale bar, north arrow and credits. "
                          "PNG is a picture; SVG and PDF are vector paths an illustrator can edit."));
        // Once shown, the picture's words follow too: its legend, and the case study's names as
        // the window now has them.
        if (m_previewRenderer) {
            m_view.language = MultilingualText::preferredLanguage();
            schedulePreview();
        }
    });

    // Redrawn a moment after the last change, so typing a title does not draw on every key.
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(150);
    connect(&m_previewTimer, &QTimer::timeout, this, &ExportImageDialog::drawPreview);
    connect(m_page, &QComboBox::currentIndexChanged, this, &ExportImageDialog::applyPage);
    connect(m_dpi, &QSpinBox::valueChanged, this, &ExportImageDialog::applyPage);
    for (QSpinBox *box : {m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (!m_applyingPage)
                m_page->setCurrentIndex(0);   // a size typed by hand is no longer the page
            schedulePreview();
        });
    connect(m_layout, &LayoutOptionsForm::changed, this, &ExportImageDialog::schedulePreview);
    drawPreview();
}

void ExportImageDialog::applyPage()
{
    const auto page = PagePreset::byId(m_page->currentData().toString());
    if (page) {
        const QSize size = page->sizeAt(m_dpi->value());
        m_applyingPage = true;
        m_width->setValue(size.width());
        m_height->setValue(size.height());
        m_applyingPage = false;
    }
    schedulePreview();
}

void ExportImageDialog::setPictureSize(QSize size, int dpi)
{
    m_page->setCurrentIndex(0);
    m_dpi->setValue(dpi);
    m_width->setValue(size.width());
    m_height->setValue(size.height());
    drawPreview();
}

bool ExportImageDialog::setPage(const QString &id)
{
    const int index = m_page->findData(id);
    if (index < 0)
        return false;
    m_page->setCurrentIndex(index);
    drawPreview();
    return true;
}

void ExportImageDialog::setTitles(const QString &title, const QString &subtitle)
{
    m_layout->setTitles(title, subtitle);
    drawPreview();
}

void ExportImageDialog::setLegendPlacement(std::optional<LegendPlacement> placement)
{
    m_layout->setLegendPlacement(placement);
    drawPreview();
}

void ExportImageDialog::setInset(bool inset)
{
    m_layout->setInset(inset);
    drawPreview();
}

QSize ExportImageDialog::pictureSize() const
{
    return QSize(m_width->value(), m_height->value());
}

MapView ExportImageDialog::pictureView() const
{
    MapView view = m_view;
    view.size = pictureSize();
    m_layout->apply(view);
    return view;
}

void ExportImageDialog::schedulePreview()
{
    m_previewTimer.start();
}

void ExportImageDialog::drawPreview()
{
    m_previewTimer.stop();
    // The page drawn at up to kDrawnSide pixels (text, lines and patterns scaled alike, which
    // keeps the layout while the size stays far above the minimum text sizes), then shrunk to
    // the thumbnail: title, legend and inset fall where they will in the file.
    MapView view = pictureView();
    const qreal drawn = std::min(1.0, qreal(kDrawnSide) / std::max(view.size.width(), view.size.height()));
    view.textScale = view.pixelScale() * drawn;
    view.size = (QSizeF(view.size) * drawn).toSize().expandedTo(QSize(1, 1));
    if (!m_previewRenderer)
        m_previewRenderer = std::make_unique<MapRenderer>(m_scene);
    const qreal dpr = devicePixelRatioF();
    m_previewImage = m_previewRenderer->renderImage(view)
                         .scaled((QSizeF(view.size) * (kPreviewSide * dpr / std::max(view.size.width(), view.size.height()))).toSize(),
                                 Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QPixmap pixmap = QPixmap::fromImage(m_previewImage);
    pixmap.setDevicePixelRatio(dpr);
    m_preview->setPixmap(pixmap);
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
    request.view = pictureView();
    request.dpi = m_dpi->value();
    return Job([scene = m_scene, request](const Progress &progress) -> Result<QString> {
        MapRenderer renderer(scene);   // made on the worker thread, as its PROJ objects require
        auto written = pictureexport::write(renderer, request);
        progress(1, 1);
        return written;
    });
}

} // namespace dpa
