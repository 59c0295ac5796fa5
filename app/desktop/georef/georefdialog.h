#pragma once

#include "georef/scanimage.h"
#include "io/tilebasemap.h"
#include "package/casestudy.h"
#include "georef/typedcoordinates.h"
#include "time/calendar.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSlider;
class QCheckBox;
class QTableWidget;
class QTimer;
class QUndoStack;

namespace dpa {

class GcpDocument;
class GeorefMapOverlay;
class MapCanvas;
class ScanView;

// Tools > Georeference a Scan…: the scan on the left, the case study's map on the right. A
// click on the scan and one on the map (either first) make a control point, or a click on the
// scan and map coordinates typed in any CRS; dragging a marker on either side moves its point.
// The table lists them with their residuals, outliers in red; the method, the RMS, a preview of the warped scan
// over the map, undo and redo. Save writes the points (.points), the warped GeoTIFF and the
// manifest's entry into the package's maps/ folder and emits saved(), on which the main window
// reloads the case study. All fitting and writing is gis/georef's; this only connects widgets.
class GeorefDialog : public QDialog
{
    Q_OBJECT
public:
    GeorefDialog(std::shared_ptr<const CaseStudy> study, TimePoint time, QWidget *parent = nullptr);
    ~GeorefDialog() override;

    // The basemap the main window shows, under the case study's map here too, so a scan can be
    // matched to today's streets where the package's own layers say too little.
    void setBasemap(const TileBasemap &basemap);
    bool loadScan(const QString &path);
    // A .points or .csv; points in another CRS than the case study's are refused (say which).
    bool loadPoints(const QString &path);
    // Writes everything; false (and the reason in statusText()) when anything failed.
    bool save();
    // The CRS of the map coordinates typed in the table and the coordinate fields; false (and
    // PROJ's reason in statusText()) when PROJ does not know it, and the previous one stays.
    bool setCoordinateCrs(const QString &definition);
    // Completes the point clicked on the scan with map coordinates typed in that CRS.
    bool addPointAtCoordinates(double x, double y);

    ScanView *scanView() const { return m_scanView; }
    MapCanvas *mapCanvas() const { return m_canvas; }
    GeorefMapOverlay *mapOverlay() const { return m_overlay; }
    QTableWidget *table() const { return m_table; }
    GcpDocument *document() const { return m_doc; }
    QUndoStack *undoStack() const { return m_undo; }
    QLineEdit *coordinateCrsEdit() const { return m_crsEdit; }
    QString statusText() const;
    void setPeriodMapFields(const QString &id, const QString &title, const QString &date, const QString &validStart,
                            const QString &validEnd);

signals:
    void saved(const QString &packagePath);

private:
    void onScanClicked(QPointF pixel);
    void onMapClicked(QPointF world);
    void completePoint();
    void refresh();
    void refreshPreview();
    void onCellChanged(int row, int column);
    void deleteSelected();
    void movePoint(int index, std::optional<QPointF> pixel, std::optional<QPointF> world);
    void addTypedPoint();

    std::shared_ptr<const CaseStudy> m_study;
    GcpDocument *m_doc;
    QUndoStack *m_undo;
    ScanView *m_scanView;
    MapCanvas *m_canvas;
    GeorefMapOverlay *m_overlay;
    QTableWidget *m_table;
    QComboBox *m_method;
    QLabel *m_rms;
    QLabel *m_status;
    QCheckBox *m_showPreview;
    QSlider *m_opacity;
    QLineEdit *m_crsEdit, *m_typedX, *m_typedY;
    TypedCoordinates m_typed;
    QLineEdit *m_id, *m_title, *m_date, *m_validStart, *m_validEnd;
    QTimer *m_previewTimer;
    QString m_scanPath;
    std::optional<QPointF> m_pendingPixel, m_pendingWorld;
    QPointF m_mapPress;
    bool m_filling = false;
};

} // namespace dpa
