#include "georef/georefdialog.h"
#include "retranslate.h"
#include "georef/gcpcommands.h"
#include "georef/gcpdocument.h"
#include "georef/gcpfile.h"
#include "georef/georefmapoverlay.h"
#include "georef/mappointpicker.h"
#include "georef/periodmapmanifest.h"
#include "georef/scanview.h"
#include "georef/scanwarper.h"
#include "io/coordinatetransform.h"
#include "map/mapcanvas.h"
#include "time/historicaldate.h"
#include "view/mapscene.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace dpa {
namespace {

enum Column { Enabled, Id, Pixel, Line, MapX, MapY, ResidualPx, ResidualM, ColumnCount };

QString number(double v, int decimals) { return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("–"); }

} // namespace

GeorefDialog::GeorefDialog(std::shared_ptr<const CaseStudy> study, TimePoint time, QWidget *parent)
    : QDialog(parent), m_study(std::move(study)), m_typed(m_study->manifest.crs)
{
    m_doc = new GcpDocument(m_study->manifest.crs, this);
    m_undo = new QUndoStack(this);

    // Every word of the dialog is set by the retranslate() at the end of this constructor, and
    // set again there when View > Language changes while the dialog is open.
    auto *openScan = new QPushButton;
    auto *openPoints = new QPushButton;
    m_method = new QComboBox;
    for (const QString &key : GeorefMethods::keys())
        m_method->addItem(QString(), key);
    m_method->setCurrentIndex(1);
    m_rms = new QLabel;
    auto *undo = new QPushButton;
    auto *redo = new QPushButton;
    auto *top = new QHBoxLayout;
    top->addWidget(openScan);
    top->addWidget(openPoints);
    top->addSpacing(16);
    auto *methodLabel = new QLabel;
    top->addWidget(methodLabel);
    top->addWidget(m_method);
    top->addWidget(m_rms, 1);
    top->addWidget(undo);
    top->addWidget(redo);

    m_scanView = new ScanView;
    m_canvas = new MapCanvas;
    m_canvas->setScene(std::make_shared<MapScene>(m_study));
    m_canvas->setTime(time);
    m_overlay = new GeorefMapOverlay(m_canvas);
    auto *picker = new MapPointPicker(m_canvas, m_overlay);
    // Turning the scan: quarter turns by button (or R / Shift+R on the scan), any angle by
    // the spin box, so a sheet drawn with north to the left can be read the right way up.
    auto *turnLeft = new QToolButton;
    turnLeft->setText(QStringLiteral("⟲"));
    auto *turnRight = new QToolButton;
    turnRight->setText(QStringLiteral("⟳"));
    auto *angle = new QSpinBox;
    angle->setRange(0, 359);
    angle->setWrapping(true);
    angle->setSuffix(QStringLiteral("°"));
    auto *views = new QSplitter;
    auto *scanTitle = new QLabel, *mapTitle = new QLabel;
    auto titled = [](QLabel *label, QWidget *w, std::initializer_list<QWidget *> tools) {
        auto *box = new QWidget;
        auto *l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        auto *head = new QHBoxLayout;
        label->setWordWrap(true);
        head->addWidget(label, 1);
        for (QWidget *tool : tools)
            head->addWidget(tool);
        l->addLayout(head);
        l->addWidget(w, 1);
        return box;
    };
    views->addWidget(titled(scanTitle, m_scanView, {turnLeft, turnRight, angle}));
    views->addWidget(titled(mapTitle, m_canvas, {}));

    m_table = new QTableWidget(0, ColumnCount);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Enabled, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Id, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    // Compact rows: the more points in view at once, the easier an outlier is to spot.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *remove = new QPushButton;
    m_showPreview = new QCheckBox;
    m_showPreview->setChecked(true);
    m_opacity = new QSlider(Qt::Horizontal);
    m_opacity->setRange(0, 100);
    m_opacity->setValue(60);
    // Map coordinates typed rather than clicked: in the table's map columns, or here for the
    // spot last clicked on the scan; both in the CRS of the field (the case study's at first).
    m_crsEdit = new QLineEdit(m_typed.label());
    m_crsEdit->setMaximumWidth(160);
    m_typedX = new QLineEdit;
    m_typedY = new QLineEdit;
    auto *addTyped = new QPushButton;
    auto *typedRow = new QHBoxLayout;
    auto *crsLabel = new QLabel, *typedLabel = new QLabel, *opacityLabel = new QLabel;
    typedRow->addWidget(crsLabel);
    typedRow->addWidget(m_crsEdit);
    typedRow->addSpacing(16);
    typedRow->addWidget(typedLabel);
    typedRow->addWidget(m_typedX, 1);
    typedRow->addWidget(m_typedY, 1);
    typedRow->addWidget(addTyped);
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(remove);
    tableButtons->addStretch();
    tableButtons->addWidget(m_showPreview);
    tableButtons->addWidget(opacityLabel);
    tableButtons->addWidget(m_opacity);

    m_id = new QLineEdit;
    m_title = new QLineEdit;
    m_date = new QLineEdit;
    // The case study's period by default: a scan is usually the backdrop of the whole episode.
    const DateInterval &period = m_study->manifest.period;
    m_validStart = new QLineEdit(period.start ? period.start->toEdtf() : QString());
    m_validEnd = new QLineEdit(period.end ? period.end->toEdtf() : QString());
    // Two rows, so the whole dialog fits a 1280 x 800 laptop screen.
    auto *form = new QGridLayout;
    QLabel *fieldLabels[] = {new QLabel, new QLabel, new QLabel, new QLabel, new QLabel};
    form->addWidget(fieldLabels[0], 0, 0);
    form->addWidget(m_id, 0, 1);
    form->addWidget(fieldLabels[1], 0, 2);
    form->addWidget(m_title, 0, 3, 1, 3);
    form->addWidget(fieldLabels[2], 1, 0);
    form->addWidget(m_date, 1, 1);
    form->addWidget(fieldLabels[3], 1, 2);
    form->addWidget(m_validStart, 1, 3);
    form->addWidget(fieldLabels[4], 1, 4);
    form->addWidget(m_validEnd, 1, 5);
    form->setColumnStretch(1, 1);   // room for an id like jacoubet-1836-sheet22
    form->setColumnStretch(3, 2);
    auto *saveButton = new QPushButton;
    auto *close = new QPushButton;
    m_status = new QLabel;
    m_status->setWordWrap(true);
    auto *bottom = new QHBoxLayout;
    bottom->addLayout(form, 1);
    bottom->addWidget(saveButton);
    bottom->addWidget(close);

    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_table, 1);
    lowerLayout->addLayout(typedRow);
    lowerLayout->addLayout(tableButtons);
    lowerLayout->addLayout(bottom);
    lowerLayout->addWidget(m_status);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(views);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    m_table->setMinimumHeight(150);   // five rows or so: enough to compare residuals
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &GeorefDialog::refreshPreview);
    connect(m_doc, &GcpDocument::changed, this, &GeorefDialog::refresh);
    connect(m_canvas, &MapCanvas::viewChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_scanView, &ScanView::scanClicked, this, &GeorefDialog::onScanClicked);
    connect(picker, &MapPointPicker::mapClicked, this, &GeorefDialog::onMapClicked);
    connect(m_scanView, &ScanView::pointMoved, this, [this](int index, QPointF pixel) { movePoint(index, pixel, std::nullopt); });
    connect(picker, &MapPointPicker::pointMoved, this, [this](int index, QPointF world) { movePoint(index, std::nullopt, world); });
    connect(turnLeft, &QToolButton::clicked, m_scanView, [this] { m_scanView->rotateBy(-90); });
    connect(turnRight, &QToolButton::clicked, m_scanView, [this] { m_scanView->rotateBy(90); });
    connect(angle, &QSpinBox::valueChanged, m_scanView, [this](int degrees) { m_scanView->setRotation(degrees); });
    connect(m_scanView, &ScanView::rotationChanged, angle, [angle](double degrees) {
        const QSignalBlocker block(angle);
        angle->setValue(int(std::lround(degrees)) % 360);
    });
    connect(m_crsEdit, &QLineEdit::editingFinished, this, [this] { setCoordinateCrs(m_crsEdit->text()); });
    connect(addTyped, &QPushButton::clicked, this, &GeorefDialog::addTypedPoint);
    connect(m_typedY, &QLineEdit::returnPressed, this, &GeorefDialog::addTypedPoint);
    connect(m_method, &QComboBox::currentIndexChanged, this,
            [this] { m_doc->setMethod(*GeorefMethods::fromKey(m_method->currentData().toString())); });
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QWidget::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(remove, &QPushButton::clicked, this, &GeorefDialog::deleteSelected);
    connect(m_table, &QTableWidget::cellChanged, this, &GeorefDialog::onCellChanged);
    connect(m_showPreview, &QCheckBox::toggled, this, &GeorefDialog::refreshPreview);
    connect(m_opacity, &QSlider::valueChanged, this, [this](int v) { m_overlay->setPreviewOpacity(v / 100.0); });
    connect(saveButton, &QPushButton::clicked, this, &GeorefDialog::save);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(openScan, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a Scan"), QString(),
                                                          tr("Images (*.tif *.tiff *.jpg *.jpeg *.png *.jp2);;All files (*)"));
        if (!path.isEmpty())
            loadScan(path);
    });
    connect(openPoints, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Control Points"), QDir(m_study->rootPath).filePath(QStringLiteral("maps")),
                                                          tr("Control points (*.points *.csv)"));
        if (!path.isEmpty())
            loadPoints(path);
    });
    resize(1240, 760);
    retranslate(this, [=, this] {
        setWindowTitle(tr("Georeference a Scan — %1").arg(m_study->manifest.title.text()));
        openScan->setText(tr("Open &Scan…"));
        openPoints->setText(tr("Open &Points…"));
        for (int i = 0; i < m_method->count(); ++i)
            m_method->setItemText(i, GeorefMethods::displayName(*GeorefMethods::fromKey(m_method->itemData(i).toString())));
        undo->setText(tr("&Undo"));
        redo->setText(tr("&Redo"));
        // After the texts: a text with an "&" replaces a button's shortcut by its mnemonic.
        undo->setShortcut(QKeySequence::Undo);
        redo->setShortcut(QKeySequence::Redo);
        methodLabel->setText(tr("Transformation:"));
        turnLeft->setToolTip(tr("Turn the scan a quarter to the left (Shift+R)"));
        turnRight->setToolTip(tr("Turn the scan a quarter to the right (R)"));
        angle->setToolTip(tr("Turn the scan's view to any angle (clockwise); the points stay on the scan's own pixels"));
        scanTitle->setText(tr("<b>Scan</b> — click a spot you can find on the map (wheel: zoom, drag: pan, drag a marker: move it)"));
        mapTitle->setText(tr("<b>Map</b> — click the same spot here"));
        remove->setText(tr("&Delete Point"));
        m_showPreview->setText(tr("Show the warped scan over the map"));
        m_crsEdit->setToolTip(tr("The CRS of the map coordinates you type and the table shows, e.g. EPSG:4326 for longitude and "
                                 "latitude; they are converted into the case study's CRS."));
        addTyped->setText(tr("&Add Point"));
        crsLabel->setText(tr("Map coordinates in:"));
        typedLabel->setText(tr("Or type the map position of the spot clicked on the scan:"));
        opacityLabel->setText(tr("Opacity:"));
        m_date->setPlaceholderText(tr("when the map was made, e.g. 1836"));
        const QString fields[] = {tr("Id:"), tr("Title:"), tr("Date of the map:"), tr("Shown from:"), tr("to")};
        for (int i = 0; i < 5; ++i)
            fieldLabels[i]->setText(fields[i]);
        saveButton->setText(tr("Save as Period &Map"));
        close->setText(tr("Close"));
        refresh();   // the table's headers, the placeholders and the RMS line
        m_canvas->setLanguage(MultilingualText::preferredLanguage());   // the case study's names, as the main map
    });
    m_status->setText(tr("Open a scan to begin."));
}

GeorefDialog::~GeorefDialog() = default;

QString GeorefDialog::statusText() const { return m_status->text(); }

void GeorefDialog::setPeriodMapFields(const QString &id, const QString &title, const QString &date, const QString &validStart,
                                      const QString &validEnd)
{
    m_id->setText(id);
    m_title->setText(title);
    m_date->setText(date);
    m_validStart->setText(validStart);
    m_validEnd->setText(validEnd);
}

void GeorefDialog::setBasemap(const TileBasemap &basemap)
{
    m_canvas->setBasemap(basemap);
}

bool GeorefDialog::loadScan(const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto scan = readScanImage(path);
    QApplication::restoreOverrideCursor();
    if (!scan) {
        m_status->setText(scan.error().toString());
        return false;
    }
    const QImage picture(reinterpret_cast<const uchar *>(scan->image.pixels.constData()), scan->image.size.width(),
                         scan->image.size.height(), QImage::Format_ARGB32);
    m_scanView->setScan(picture.copy(), scan->scale);
    m_scanPath = path;
    if (m_id->text().isEmpty())
        m_id->setText(QFileInfo(path).completeBaseName().toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9_-]+")), QStringLiteral("-")));
    m_status->setText(tr("%1: %2 x %3 pixels. Click a spot on the scan, then the same spot on the map.")
                          .arg(QFileInfo(path).fileName()).arg(scan->scanSize.width()).arg(scan->scanSize.height()));
    refresh();
    return true;
}

bool GeorefDialog::loadPoints(const QString &path)
{
    auto set = GcpFile::read(path, m_study->manifest.crs);
    if (!set) {
        m_status->setText(set.error().toString());
        return false;
    }
    if (set->crs.wkt() != m_study->manifest.crs.wkt()) {
        // Points in another CRS are taken into the case study's, where they are placed and shown.
        auto t = CoordinateTransform::create(set->crs, m_study->manifest.crs);
        if (!t) {
            m_status->setText(t.error().toString());
            return false;
        }
        for (GroundControlPoint &p : set->points) {
            const QPointF m = t->transform({p.mapX, p.mapY});
            p.mapX = m.x();
            p.mapY = m.y();
        }
        set->crs = m_study->manifest.crs;
    }
    m_undo->clear();
    m_doc->setSet(*set);
    if (m_id->text().isEmpty() || QFileInfo(path).dir().dirName() == QLatin1String("maps"))
        m_id->setText(QFileInfo(path).completeBaseName());
    m_status->setText(tr("%1: %2 points.").arg(QFileInfo(path).fileName()).arg(set->points.size()));
    return true;
}

void GeorefDialog::onScanClicked(QPointF pixel)
{
    if (m_scanPath.isEmpty())
        return;
    m_pendingPixel = pixel;
    completePoint();
}

void GeorefDialog::onMapClicked(QPointF world)
{
    if (m_scanPath.isEmpty())
        return;
    m_pendingWorld = world;
    completePoint();
}

void GeorefDialog::completePoint()
{
    if (m_pendingPixel && m_pendingWorld) {
        GroundControlPoint p;
        p.id = m_doc->set().nextId();
        p.pixel = m_pendingPixel->x();
        p.line = m_pendingPixel->y();
        p.mapX = m_pendingWorld->x();
        p.mapY = m_pendingWorld->y();
        m_pendingPixel.reset();
        m_pendingWorld.reset();
        m_undo->push(new AddGcpCommand(m_doc, p));
        return;
    }
    m_status->setText(m_pendingPixel ? tr("Now click the same spot on the map.") : tr("Now click the same spot on the scan."));
    refresh();
}

void GeorefDialog::refresh()
{
    const GcpSet &set = m_doc->set();
    const GeorefResiduals &r = m_doc->residuals();
    const bool degrees = m_typed.crs().isGeographic();
    const QString crs = m_typed.label();
    m_table->setHorizontalHeaderLabels({tr("On"), tr("Id"), tr("Scan x"), tr("Scan y"),
                                        degrees ? tr("Longitude") : tr("Map x (%1)").arg(crs),
                                        degrees ? tr("Latitude") : tr("Map y (%1)").arg(crs), tr("Residual (px)"), tr("Residual (m)")});
    m_typedX->setPlaceholderText(degrees ? tr("longitude") : tr("x in %1").arg(crs));
    m_typedY->setPlaceholderText(degrees ? tr("latitude") : tr("y in %1").arg(crs));
    m_filling = true;
    m_table->setRowCount(int(set.points.size()));
    for (int row = 0; row < int(set.points.size()); ++row) {
        const GroundControlPoint &p = set.points[size_t(row)];
        const GcpResidual residual = size_t(row) < r.points.size() ? r.points[size_t(row)] : GcpResidual();
        auto *on = new QTableWidgetItem;
        on->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        on->setCheckState(p.enabled ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, Enabled, on);
        const QPointF shown = m_typed.fromStudy({p.mapX, p.mapY});
        const QString values[] = {{}, p.id, number(p.pixel, 1), number(p.line, 1), number(shown.x(), m_typed.decimals()),
                                  number(shown.y(), m_typed.decimals()),
                                  residual.computed ? number(residual.pixelLength, 2) : QString(),
                                  residual.computed ? number(residual.metres, 2) : QString()};
        for (int c = Id; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(values[c]);
            if (c == Id || c >= ResidualPx)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(row, c, item);
        }
        if (residual.outlier) {
            for (int c = 0; c < ColumnCount; ++c) {
                m_table->item(row, c)->setBackground(QColor(0xff, 0xd6, 0xd6));
                m_table->item(row, c)->setToolTip(tr("Outlier: its residual is more than %1 times the median. Was it clicked on the "
                                                     "wrong spot?").arg(GeorefResiduals::kOutlierFactor));
            }
        }
    }
    m_filling = false;
    if (m_doc->transform())
        m_rms->setText(tr("RMS error: <b>%1 px</b>, <b>%2 m</b> over %3 points%4")
                           .arg(number(r.rmsPixels, 2), number(r.rmsMetres, 2))
                           .arg(set.enabledPoints().size())
                           .arg(r.outliers ? tr(" — <span style='color:#c00000'>%n outlier(s)</span>", nullptr, r.outliers) : QString()));
    else
        m_rms->setText(m_doc->fitProblem());
    const std::optional<QPointF> pendingWorld = m_pendingWorld;
    m_scanView->setPoints(&m_doc->set(), m_pendingPixel);
    m_overlay->setPoints(&m_doc->set(), pendingWorld);
    m_previewTimer->start();
}

void GeorefDialog::refreshPreview()
{
    if (!m_showPreview->isChecked() || !m_doc->transform() || m_scanPath.isEmpty() || m_canvas->width() < 2) {
        m_overlay->setPreview({}, {});
        return;
    }
    const BoundingBox extent = m_overlay->visibleExtent();
    const QSize size = m_canvas->size();
    auto image = warpScanToImage(m_scanPath, m_doc->set(), m_doc->method(), m_study->manifest.crs, extent, size);
    if (!image) {
        m_overlay->setPreview({}, {});
        return;
    }
    QImage picture(reinterpret_cast<const uchar *>(image->pixels.constData()), size.width(), size.height(), QImage::Format_ARGB32);
    m_overlay->setPreview(picture.copy(), extent);
}

void GeorefDialog::onCellChanged(int row, int column)
{
    if (m_filling || row < 0 || size_t(row) >= m_doc->set().points.size())
        return;
    GroundControlPoint p = m_doc->set().points[size_t(row)];
    if (column == Enabled) {
        p.enabled = m_table->item(row, column)->checkState() == Qt::Checked;
        if (p.enabled != m_doc->set().points[size_t(row)].enabled)
            m_undo->push(new ChangeGcpCommand(m_doc, row, p, p.enabled ? tr("enable point %1").arg(p.id) : tr("disable point %1").arg(p.id)));
        return;
    }
    bool ok = false;
    const double v = m_table->item(row, column)->text().toDouble(&ok);
    if (!ok) {
        refresh();   // back to the point's own value
        return;
    }
    if (column == Pixel || column == Line) {
        (column == Pixel ? p.pixel : p.line) = v;
        m_undo->push(new ChangeGcpCommand(m_doc, row, p, tr("move point %1").arg(p.id)));
        return;
    }
    if (column == MapX || column == MapY) {
        // The other coordinate as shown, so the pair is taken from the typed CRS together.
        bool otherOk = false;
        const double other = m_table->item(row, column == MapX ? MapY : MapX)->text().toDouble(&otherOk);
        const QPointF typed = column == MapX ? QPointF(v, other) : QPointF(other, v);
        const auto study = otherOk ? m_typed.toStudy(typed) : Result<QPointF>(Error::plain(tr("no coordinate to pair with")));
        if (!study) {
            m_status->setText(study.error().toString());
            refresh();
            return;
        }
        p.mapX = study->x();
        p.mapY = study->y();
        m_undo->push(new ChangeGcpCommand(m_doc, row, p, tr("move point %1").arg(p.id)));
    }
}

bool GeorefDialog::setCoordinateCrs(const QString &definition)
{
    if (definition.trimmed() == m_typed.label() || definition.trimmed() == m_typed.crs().definition())
        return true;
    if (auto e = m_typed.setCrs(definition)) {
        m_status->setText(tr("PROJ does not know the CRS \"%1\", so coordinates are still typed in %2: %3")
                              .arg(definition.trimmed(), m_typed.label(), e->toString()));
        m_crsEdit->setText(m_typed.label());
        return false;
    }
    m_crsEdit->setText(m_typed.label());
    m_status->setText(tr("Map coordinates are typed and shown in %1 (%2).").arg(m_typed.label(), m_typed.crs().name()));
    refresh();
    return true;
}

bool GeorefDialog::addPointAtCoordinates(double x, double y)
{
    if (!m_pendingPixel) {
        m_status->setText(tr("Click the spot on the scan first, then type its map coordinates."));
        return false;
    }
    const auto study = m_typed.toStudy({x, y});
    if (!study) {
        m_status->setText(study.error().toString());
        return false;
    }
    m_pendingWorld = *study;
    completePoint();
    return true;
}

void GeorefDialog::addTypedPoint()
{
    bool okX = false, okY = false;
    const double x = m_typedX->text().toDouble(&okX), y = m_typedY->text().toDouble(&okY);
    if (!okX || !okY) {
        m_status->setText(tr("Type both map coordinates as numbers (in %1).").arg(m_typed.label()));
        return;
    }
    if (addPointAtCoordinates(x, y)) {
        m_typedX->clear();
        m_typedY->clear();
    }
}

void GeorefDialog::movePoint(int index, std::optional<QPointF> pixel, std::optional<QPointF> world)
{
    if (index < 0 || size_t(index) >= m_doc->set().points.size())
        return;
    GroundControlPoint p = m_doc->set().points[size_t(index)];
    if (pixel) {
        p.pixel = pixel->x();
        p.line = pixel->y();
    }
    if (world) {
        p.mapX = world->x();
        p.mapY = world->y();
    }
    m_undo->push(new ChangeGcpCommand(m_doc, index, p, tr("move point %1").arg(p.id)));
}

void GeorefDialog::deleteSelected()
{
    const int row = m_table->currentRow();
    if (row >= 0 && size_t(row) < m_doc->set().points.size())
        m_undo->push(new DeleteGcpCommand(m_doc, row));
}

bool GeorefDialog::save()
{
    const QString id = m_id->text().trimmed();
    const auto fail = [this](const QString &message) {
        m_status->setText(message);
        return false;
    };
    if (m_scanPath.isEmpty())
        return fail(tr("Open a scan first."));
    if (!QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(id).hasMatch())
        return fail(tr("The id names the files: use letters, digits, - and _ only."));
    if (m_title->text().trimmed().isEmpty())
        return fail(tr("Give the map a title that says how old it really is."));
    for (QLineEdit *edit : {m_validStart, m_validEnd})
        if (const auto date = HistoricalDate::parse(edit->text().trimmed(), m_study->manifest.calendar); !date)
            return fail(tr("\"%1\" is not a date the package understands: %2").arg(edit->text(), date.error().message));
    if (!m_doc->transform())
        return fail(m_doc->fitProblem());

    const QDir package(m_study->rootPath);
    if (!package.mkpath(QStringLiteral("maps")))
        return fail(tr("cannot create %1").arg(package.filePath(QStringLiteral("maps"))));
    const QString tif = QStringLiteral("maps/%1.tif").arg(id), points = QStringLiteral("maps/%1.points").arg(id);

    QProgressDialog progress(tr("Warping the scan…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    ScanWarpRequest request;
    request.scanPath = m_scanPath;
    request.gcps = m_doc->set();
    request.method = m_doc->method();
    request.targetCrs = m_study->manifest.crs;
    request.outputPath = package.filePath(tif);
    request.progress = [&progress](double done) {
        progress.setValue(int(done * 100));
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    // The map first, then its points, then the manifest that names it: whatever step fails, the
    // package never names a file that is not there.
    const auto warped = warpScan(request);
    progress.reset();
    if (!warped)
        return fail(warped.error().toString());
    GcpSet toSave = m_doc->set();
    toSave.file = package.filePath(points);
    if (auto e = GcpFile::write(package.filePath(points), toSave, m_doc->residuals().pixelResiduals()))
        return fail(e->toString());
    PeriodMapEntry entry;
    entry.id = id;
    entry.file = tif;
    const QString date = m_date->text().trimmed();
    entry.title = date.isEmpty() || m_title->text().contains(date) ? m_title->text().trimmed()
                                                                   : QStringLiteral("%1 (%2)").arg(m_title->text().trimmed(), date);
    entry.validStart = m_validStart->text().trimmed();
    entry.validEnd = m_validEnd->text().trimmed();
    entry.opacity = m_opacity->value() / 100.0;
    if (auto e = addPeriodMapToManifest(package.filePath(QStringLiteral("manifest.json")), entry))
        return fail(e->toString());
    m_status->setText(tr("Saved %1 and %2; the case study is reloaded with the new period map.").arg(tif, points));
    emit saved(m_study->rootPath);
    return true;
}

} // namespace dpa
