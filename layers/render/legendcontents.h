#pragma once

#include "package/casestudy.h"
#include "style/featurestyle.h"

#include <QCoreApplication>

#include <array>
#include <optional>
#include <vector>

namespace dpa {

// What a legend lists: the authorities, the statuses with a sample of their pattern, and the
// marks (approximate boundary, lower confidence, a title nobody enforces, presence). The legend
// drawn on a map lists what is in force on its date; the app's legend panel lists everything.
struct LegendContents
{
    Q_DECLARE_TR_FUNCTIONS(dpa::LegendContents)

public:
    std::vector<int> authorities;            // in manifest order
    std::vector<ControlStatus> statuses;     // in the order of statusOrder()
    bool titleOnly = false;
    bool approximate = false;
    bool lowerConfidence = false;
    bool presence = false;
    // For each status found on the map, the style of one feature drawn in it, so that the
    // legend's swatch shows the very colours the reader sees (by status index).
    std::array<std::optional<FeatureStyle>, kControlStatusCount> samples;

    // What is in force at t, recounted over every feature: the reference that InForceTally,
    // which the renderer and the legend panel use, keeps up to date change by change.
    static LegendContents at(const CaseStudy &study, TimePoint t);
    static LegendContents at(const CaseStudy &study, const StyleTable &styles);
    static LegendContents everything(const CaseStudy &study);

    // Held, dual power, divided, occupied, contested, hand-over, unknown.
    static const std::vector<ControlStatus> &statusOrder();
    // "Dual power: wide bands de facto, narrow de jure", …: what the pattern shows.
    static QString statusCaption(ControlStatus status);
    static FeatureStyle swatch(ControlStatus status, const QColor &a, const QColor &b = {}, const QColor &mark = {});

    // The bloc's name when the authority shares its bloc with another, else "".
    QString sharedBlocName(const ControlModel &model, int authority) const;
    // A sample of the status in the colours of the first authorities listed.
    FeatureStyle exampleStyle(const ControlModel &model, ControlStatus status) const;
    FeatureStyle titleOnlyStyle(const ControlModel &model) const;

private:
    QColor colour(const ControlModel &model, size_t i, const QColor &fallback) const;
};

} // namespace dpa
