#pragma once

#include "io/tilebasemap.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;

namespace dpa {

// View > Basemap…: an optional web-tile layer under the map, off until the user turns it on
// and gives an address (OpenStreetMap's, another XYZ service, a folder of tiles, or WMTS). The
// choice is kept in the settings, not in the case study: a package never takes the app online.
class BasemapDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BasemapDialog(const TileBasemap &current, QWidget *parent = nullptr);
    // The basemap as set in the dialog; an empty url when it is switched off.
    TileBasemap basemap() const;
    void setBasemap(const TileBasemap &basemap);

    // The saved choice (switched off when never set), and where tiles are cached.
    static TileBasemap saved();
    static void save(const TileBasemap &basemap);
    static QString cacheFolder();

    // OpenStreetMap's standard tiles, offered as the example.
    static TileBasemap openStreetMap();

    void accept() override;

private:
    void updateState();

    QCheckBox *m_enabled;
    QLineEdit *m_url, *m_attribution;
    QSpinBox *m_maxZoom;
    QSlider *m_opacity;
    QLabel *m_problem;
};

} // namespace dpa
