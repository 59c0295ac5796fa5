#pragma once

#include "package/casestudy.h"
#include "render/inforcetally.h"
#include "style/featurestyle.h"

#include <QWidget>

#include <vector>

namespace dpa {

// The key to the map, drawn with the map's own brushes so it cannot disagree with it: the
// statuses and marks first (what a new reader needs), then every authority with its bloc. The
// authorities in force on the current date are in full colour, the others greyed; each row's
// full text is its tooltip; a click on an authority asks for its territory to be highlighted
// (a second click, or a click elsewhere, clears it). It reports its full height, so the
// scroll area around it scrolls instead of cutting the key off.
class LegendPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LegendPanel(QWidget *parent = nullptr);
    void setStudy(const CaseStudy *study);
    void setLanguage(const QString &language);
    void setTime(TimePoint t);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }
    int rowCount() const { return int(m_rows.size()); }
    QString rowText(int row) const;
    // The authority a row stands for, or -1 (headings, statuses, marks).
    int rowAuthority(int row) const;
    bool rowInForce(int row) const;
    int rowAt(QPoint pos) const;
    int highlighted() const { return m_highlighted; }

signals:
    void authorityClicked(int authority);   // -1 clears

protected:
    void paintEvent(QPaintEvent *) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    enum class Kind { Heading, Swatch, Approximate, Pennant };
    struct Row
    {
        Kind kind;
        QString text;
        QString tooltip;
        FeatureStyle style;
        int authority = -1;
    };
    void rebuild();

    const CaseStudy *m_study = nullptr;
    QString m_language = MultilingualText::preferredLanguage();
    std::vector<Row> m_rows;
    std::vector<bool> m_inForce;   // per authority, on the current date
    // Moved with the timeline, so a new date costs the features that changed, not all of them.
    StyleTable m_styles;
    InForceTally m_tally;
    int m_highlighted = -1;
};

} // namespace dpa
