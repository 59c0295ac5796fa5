#pragma once

#include "package/casestudy.h"

#include <QDialog>

namespace dpa {

// Help > How to Read This Map: every status and mark with a swatch drawn by the map's own
// symbology (in the open case study's colours where it has them) and a sentence on what it
// means and what it does not.
class ReadingGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReadingGuideDialog(const CaseStudy *study, QWidget *parent = nullptr);
    int entryCount() const { return m_entries; }

private:
    int m_entries = 0;
};

} // namespace dpa
