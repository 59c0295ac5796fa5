#pragma once

#include "package/casestudy.h"

#include <QWidget>

namespace dpa {

// Authorities (colour, name, bloc) and the symbology, drawn with the map's own brushes so the
// legend cannot disagree with the map.
class LegendPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LegendPanel(QWidget *parent = nullptr);
    void setStudy(const CaseStudy *study);
    void setLanguage(const QString &language) { m_language = language; update(); }
    QSize sizeHint() const override;
    int rowCount() const;

protected:
    void paintEvent(QPaintEvent *) override;

private:
    const CaseStudy *m_study = nullptr;
    QString m_language = QStringLiteral("en");
};

} // namespace dpa
