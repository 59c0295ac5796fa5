#pragma once

#include "package/casestudy.h"
#include "dialogs/exportjobdialog.h"
#include "analysis/spatialfacts.h"

#include <memory>

class QComboBox;
class QLineEdit;

namespace dpa {

// File > Export Layer… (the state on the current date, or the territories or front lines of that
// date) and File > Export Timeline… (every claim with its start and end): GeoPackage, GeoJSON,
// Shapefile, KML, FlatGeobuf or CSV by the file's extension, in the case study's CRS or another.
class ExportLayerDialog : public ExportJobDialog
{
    Q_OBJECT
public:
    enum class Mode { State, Timeline };
    ExportLayerDialog(Mode mode, std::shared_ptr<const CaseStudy> study, std::shared_ptr<const SpatialFacts> facts,
                      TimePoint time, QWidget *parent = nullptr);

    // For tests and scripts: which content (0 state, 1 territories, 2 fronts), layer id or empty
    // for all, and the CRS text as a user would type it.
    void setContent(int index);
    void setLayer(const QString &id);
    void setCrs(const QString &text);

protected:
    Result<Job> prepareJob() override;
    QString browseForPath() override;

private:
    Mode m_mode;
    std::shared_ptr<const CaseStudy> m_study;
    std::shared_ptr<const SpatialFacts> m_facts;
    TimePoint m_time;
    QComboBox *m_content = nullptr;
    QComboBox *m_layer;
    QLineEdit *m_crs;
};

} // namespace dpa
