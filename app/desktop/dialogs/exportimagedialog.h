#pragma once

#include "dialogs/exportjobdialog.h"
#include "view/mapscene.h"
#include "view/mapview.h"

#include <memory>

class QSpinBox;

namespace dpa {

// File > Export Image…: the map as it is on screen (extent, date, layers, language, front lines)
// at the size and resolution the user asks for, as PNG, or SVG and PDF made of vector paths.
class ExportImageDialog : public ExportJobDialog
{
    Q_OBJECT
public:
    ExportImageDialog(std::shared_ptr<const MapScene> scene, const MapView &view, QWidget *parent = nullptr);
    void setPictureSize(QSize size, int dpi);

protected:
    Result<Job> prepareJob() override;
    QString browseForPath() override;

private:
    std::shared_ptr<const MapScene> m_scene;
    MapView m_view;
    QSpinBox *m_width, *m_height, *m_dpi;
};

} // namespace dpa
