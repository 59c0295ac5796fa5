#include "dialogs/basemapdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace dpa {

BasemapDialog::BasemapDialog(const TileBasemap &current, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Basemap"));
    auto *layout = new QVBoxLayout(this);
    m_enabled = new QCheckBox(tr("Show web tiles under the map"));
    layout->addWidget(m_enabled);
    auto *form = new QFormLayout;
    m_url = new QLineEdit;
    m_url->setPlaceholderText(QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
    m_url->setToolTip(tr("An XYZ tile address with {z}, {x} and {y} (https://, or file:// for a folder of tiles), "
                         "or WMTS: followed by a service's capabilities address"));
    m_attribution = new QLineEdit;
    m_attribution->setToolTip(tr("Credited on the map and on every export, as the tile provider's licence requires"));
    m_maxZoom = new QSpinBox;
    m_maxZoom->setRange(0, 24);
    m_maxZoom->setToolTip(tr("The deepest zoom level the service has; closer in, its deepest tiles are enlarged"));
    m_opacity = new QSlider(Qt::Horizontal);
    m_opacity->setRange(10, 100);
    form->addRow(tr("Tile address:"), m_url);
    form->addRow(tr("Credit:"), m_attribution);
    form->addRow(tr("Deepest zoom:"), m_maxZoom);
    form->addRow(tr("Opacity:"), m_opacity);
    layout->addLayout(form);
    auto *osm = new QPushButton(tr("Use OpenStreetMap"));
    connect(osm, &QPushButton::clicked, this, [this] {
        TileBasemap b = openStreetMap();
        b.opacity = m_opacity->value() / 100.0;
        setBasemap(b);
    });
    layout->addWidget(osm, 0, Qt::AlignLeft);
    auto *note = new QLabel(tr("Tiles come from the network when the map is drawn and are kept in %1. "
                               "The map draws without them when the service cannot be reached.")
                                .arg(cacheFolder()));
    note->setWordWrap(true);
    layout->addWidget(note);
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a01010"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &BasemapDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_enabled, &QCheckBox::toggled, this, &BasemapDialog::updateState);
    connect(m_url, &QLineEdit::textChanged, this, &BasemapDialog::updateState);
    setBasemap(current);
    resize(560, sizeHint().height());
}

TileBasemap BasemapDialog::openStreetMap()
{
    TileBasemap b;
    b.url = QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    b.attribution = QStringLiteral("© OpenStreetMap contributors (ODbL)");
    b.maxZoom = 19;
    return b;
}

void BasemapDialog::setBasemap(const TileBasemap &basemap)
{
    m_enabled->setChecked(basemap.isSet());
    if (basemap.isSet()) {
        m_url->setText(basemap.url);
        m_attribution->setText(basemap.attribution);
    }
    m_maxZoom->setValue(basemap.maxZoom);
    m_opacity->setValue(int(basemap.opacity * 100));
    updateState();
}

TileBasemap BasemapDialog::basemap() const
{
    TileBasemap b;
    if (m_enabled->isChecked())
        b.url = m_url->text().trimmed();
    b.attribution = m_attribution->text().trimmed();
    b.maxZoom = m_maxZoom->value();
    b.opacity = m_opacity->value() / 100.0;
    b.cacheFolder = cacheFolder();
    return b;
}

void BasemapDialog::updateState()
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_url, m_attribution, m_maxZoom, m_opacity})
        w->setEnabled(m_enabled->isChecked());
    const auto problem = m_enabled->isChecked() && !m_url->text().trimmed().isEmpty()
                             ? tilebasemap::checkUrl(m_url->text())
                             : std::nullopt;
    m_problem->setText(problem.value_or(QString()));
}

void BasemapDialog::accept()
{
    if (m_enabled->isChecked()) {
        if (const auto problem = tilebasemap::checkUrl(m_url->text())) {
            m_problem->setText(*problem);
            return;
        }
    }
    QDialog::accept();
}

QString BasemapDialog::cacheFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/dpatlas/tiles");
}

TileBasemap BasemapDialog::saved()
{
    QSettings settings;
    TileBasemap b;
    if (settings.value(QStringLiteral("basemap/enabled"), false).toBool())
        b.url = settings.value(QStringLiteral("basemap/url")).toString();
    b.attribution = settings.value(QStringLiteral("basemap/attribution")).toString();
    b.maxZoom = settings.value(QStringLiteral("basemap/maxZoom"), 19).toInt();
    b.opacity = settings.value(QStringLiteral("basemap/opacity"), 1.0).toDouble();
    b.cacheFolder = cacheFolder();
    return b;
}

void BasemapDialog::save(const TileBasemap &basemap)
{
    QSettings settings;
    settings.setValue(QStringLiteral("basemap/enabled"), basemap.isSet());
    if (basemap.isSet())
        settings.setValue(QStringLiteral("basemap/url"), basemap.url);
    settings.setValue(QStringLiteral("basemap/attribution"), basemap.attribution);
    settings.setValue(QStringLiteral("basemap/maxZoom"), basemap.maxZoom);
    settings.setValue(QStringLiteral("basemap/opacity"), basemap.opacity);
}

} // namespace dpa
