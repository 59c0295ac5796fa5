#pragma once

#include "package/casestudy.h"

#include <QColor>

#include <array>
#include <optional>
#include <vector>

namespace dpa {

// How one feature looks at one time: its status and the colours of the camps involved, in the
// order the model gives them (the de facto holder first), so the stripes of dual power show who
// holds the ground under whose title.
struct FeatureStyle
{
    // A feature with more camps than this in force draws the first ones (by precedence); five
    // rival camps over one district is already past what stripes can show.
    static constexpr int kMaxSides = 5;

    ControlStatus status = ControlStatus::Unknown;
    quint8 sideCount = 0;
    bool deJureOnly = false;                  // the camps hold title only: nobody enforces it
    // Colours as 8-bit ARGB words, not QColor (16 bytes each): a table holds a style per
    // feature, and a frame at a national scale restyles a hundred thousand of them.
    std::array<QRgb, kMaxSides> sideColours{}; // camp colours, holder first
    std::array<float, kMaxSides> shares{};     // divided: each side's share of the feature
    float confidence = 1.0f;                   // the lowest confidence of the claims in force

    QColor side(int i) const { return i < sideCount ? QColor::fromRgba(sideColours[size_t(i)]) : QColor(); }
    // Occupied: the occupier; hand-over: the outgoing holder; else none (invalid).
    QColor mark() const { return m_hasMark ? QColor::fromRgba(m_mark) : QColor(); }
    bool hasMark() const { return m_hasMark; }
    QRgb markRgba() const { return m_mark; }
    // An authority present without governing, else none (invalid).
    QColor presence() const { return m_hasPresence ? QColor::fromRgba(m_presence) : QColor(); }
    bool hasPresence() const { return m_hasPresence; }

    // Named apart from the QColor ones: Qt::white would otherwise be taken as a QRgb of 3.
    void addSideRgba(QRgb c, float share = 0)
    {
        if (sideCount < kMaxSides) {
            sideColours[sideCount] = c;
            shares[sideCount] = share;
            ++sideCount;
        }
    }
    void addSide(const QColor &c, float share = 0) { addSideRgba(c.rgba(), share); }
    void setMarkRgba(QRgb c) { m_mark = c, m_hasMark = true; }
    void setMark(const QColor &c) { m_mark = c.rgba(), m_hasMark = c.isValid(); }
    void setPresenceRgba(QRgb c) { m_presence = c, m_hasPresence = true; }
    void clearPresence() { m_presence = 0, m_hasPresence = false; }

private:
    QRgb m_mark = 0, m_presence = 0;
    bool m_hasMark = false, m_hasPresence = false;
};

// The style of every feature of a case study at a time, indexed like ControlModel::features().
// Moving to a new time walks the claim index's change points from the last time (ClaimSweep)
// and restyles only the features whose claims in force changed, so scrubbing costs the changes,
// not the features; changed() tells the id buffer and the legend what to redo.
class StyleTable
{
public:
    void compute(const CaseStudy &study, TimePoint t);
    const FeatureStyle &operator[](int modelIndex) const { return m_styles[size_t(modelIndex)]; }
    int size() const { return int(m_styles.size()); }
    FeatureState state(int modelIndex) const { return m_sweep->state(modelIndex); }

    // What the last compute() changed: every feature, or the ones listed. generation() counts
    // computes that moved, so a consumer that skipped one knows to start over, and one that saw
    // this generation has nothing to redo.
    bool allChanged() const { return m_allChanged; }
    const std::vector<int> &changed() const { return m_sweep->changedFeatures(); }
    quint64 generation() const { return m_generation; }

    static FeatureStyle styleFor(const ControlModel &model, const FeatureState &state);

private:
    const CaseStudy *m_study = nullptr;
    std::optional<ClaimSweep> m_sweep;
    std::vector<FeatureStyle> m_styles;
    bool m_allChanged = true;
    quint64 m_generation = 0;
    TimePoint m_time = 0;
};

} // namespace dpa
