#pragma once

#include "view/mapview.h"

#include <QObject>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;

namespace dpa {

// The picture layout rows the Export Image and Export Animation dialogs share, as the CLI's
// render and animate share their options: title, subtitle, legend placement (or none), inset
// and scale bar.
class LayoutOptionsForm : public QObject
{
    Q_OBJECT
public:
    // Adds its rows to `form`; `studyTitle` is the title's placeholder.
    LayoutOptionsForm(QFormLayout *form, const QString &studyTitle, QObject *parent);
    // Writes the choices into `view`.
    void apply(MapView &view) const;

    void setTitles(const QString &title, const QString &subtitle);
    void setLegendPlacement(std::optional<LegendPlacement> placement);   // nothing: no legend
    void setInset(bool inset);

signals:
    void changed();

private:
    QLineEdit *m_title, *m_subtitle;
    QComboBox *m_legend;
    QCheckBox *m_inset, *m_scaleBar;
};

} // namespace dpa
