#pragma once

#include "dialogs/exportjobdialog.h"
#include "render/maprenderer.h"
#include "view/mapscene.h"
#include "view/mapview.h"

#include <QTimer>

#include <memory>

class QComboBox;
class QLabel;
class QSpinBox;

namespace dpa {

class LayoutOptionsForm;

// File > Export Image…: the map as it is on screen (extent, date, layers, language, front lines)
// at the size and resolution the user asks for, as PNG, or SVG and PDF made of vector paths;
// laid out with a page preset (A4, a slide), a title and subtitle, the legend where the user
// wants it, an inset of the whole case study and the scale bar, with a preview of the result.
class ExportImageDialog : public ExportJobDialog
{
    Q_OBJECT
public:
    ExportImageDialog(std::shared_ptr<const MapScene> scene, const MapView &view, QWidget *parent = nullptr);
    void setPictureSize(QSize size, int dpi);
    // A page preset by id (a4, a4-landscape, slide); false for an unknown id.
    bool setPage(const QString &id);
    void setTitles(const QString &title, const QString &subtitle);
    void setLegendPlacement(std::optional<LegendPlacement> placement);   // nothing: no legend
    void setInset(bool inset);
    QSize pictureSize() const;
    // The view the picture will be drawn from, and the preview as last drawn.
    MapView pictureView() const;
    QImage preview() const { return m_previewImage; }

protected:
    Result<Job> prepareJob() override;
    QString browseForPath() override;

private:
    void applyPage();
    void schedulePreview();
    void drawPreview();

    std::shared_ptr<const MapScene> m_scene;
    MapView m_view;
    QSpinBox *m_width, *m_height, *m_dpi;
    QComboBox *m_page;
    LayoutOptionsForm *m_layout;
    QLabel *m_preview;
    QImage m_previewImage;
    QTimer m_previewTimer;
    std::unique_ptr<MapRenderer> m_previewRenderer;
    bool m_applyingPage = false;
};

} // namespace dpa
