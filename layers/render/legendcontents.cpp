#include "render/legendcontents.h"
#include "style/symbology.h"

namespace dpa {

const std::vector<ControlStatus> &LegendContents::statusOrder()
{
    static const std::vector<ControlStatus> order{ControlStatus::Held,     ControlStatus::Dual,
                                                  ControlStatus::Divided,  ControlStatus::Occupied,
                                                  ControlStatus::Contested, ControlStatus::HandOver,
                                                  ControlStatus::Unknown};
    return order;
}

QString LegendContents::statusCaption(ControlStatus status)
{
    switch (status) {
    case ControlStatus::Held: return tr("Held by one camp");
    case ControlStatus::Dual: return tr("Dual power: wide bands de facto, narrow de jure");
    case ControlStatus::Divided: return tr("Divided: each camp holds a part");
    case ControlStatus::Occupied: return tr("Occupied: bars of the occupying force");
    case ControlStatus::Contested: return tr("Contested: open fighting");
    case ControlStatus::HandOver: return tr("Hand-over: dots of the outgoing holder");
    case ControlStatus::Unknown: return tr("Unknown: no claim in the sources");
    }
    return {};
}

FeatureStyle LegendContents::swatch(ControlStatus status, const QColor &a, const QColor &b, const QColor &mark)
{
    FeatureStyle s;
    s.status = status;
    if (a.isValid())
        s.addSide(a, 0.6f);
    if (b.isValid())
        s.addSide(b, 0.4f);
    s.setMark(mark);
    return s;
}

LegendContents LegendContents::at(const CaseStudy &study, TimePoint t)
{
    StyleTable styles;
    styles.compute(study, t);
    return at(study, styles);
}

LegendContents LegendContents::at(const CaseStudy &study, const StyleTable &styles)
{
    LegendContents c;
    const ControlModel &model = study.model;
    std::vector<bool> inForce(model.authorities().size(), false);
    std::vector<bool> shown(kControlStatusCount, false);
    for (int f = 0; f < styles.size(); ++f) {
        const FeatureState s = styles.state(f);
        shown[size_t(s.status)] = true;
        if (!c.samples[size_t(s.status)] && !(s.status == ControlStatus::Held && s.deJureOnly)) {
            FeatureStyle sample = styles[f];
            sample.confidence = 1.0;
            sample.clearPresence();
            c.samples[size_t(s.status)] = sample;
        }
        c.titleOnly = c.titleOnly || (s.status == ControlStatus::Held && s.deJureOnly);
        for (int i : s.claims) {
            const Claim &claim = model.claims()[size_t(i)];
            inForce[size_t(claim.authority)] = true;
            c.lowerConfidence = c.lowerConfidence || claim.confidence < 1.0;
            c.presence = c.presence || claim.role == Role::Presence;
        }
    }
    for (size_t a = 0; a < inForce.size(); ++a)
        if (inForce[a])
            c.authorities.push_back(int(a));
    for (ControlStatus s : statusOrder())
        if (shown[size_t(s)])
            c.statuses.push_back(s);
    for (const CaseLayer &layer : study.layers)
        for (const CaseFeature &f : layer.features)
            c.approximate = c.approximate || (f.modelIndex >= 0 && f.approximate);
    return c;
}

LegendContents LegendContents::everything(const CaseStudy &study)
{
    LegendContents c;
    for (size_t a = 0; a < study.model.authorities().size(); ++a)
        c.authorities.push_back(int(a));
    c.statuses = statusOrder();
    c.titleOnly = c.approximate = c.lowerConfidence = c.presence = true;
    return c;
}

QString LegendContents::sharedBlocName(const ControlModel &model, int authority) const
{
    const int bloc = model.blocOf(authority);
    for (size_t a = 0; a < model.authorities().size(); ++a)
        if (int(a) != authority && model.blocOf(int(a)) == bloc)
            return model.blocName(bloc);
    return {};
}

QColor LegendContents::colour(const ControlModel &model, size_t i, const QColor &fallback) const
{
    // Samples in the colours of rival camps: skip an ally of the first authority for the second.
    if (i >= authorities.size())
        return fallback;
    if (i == 1) {
        for (size_t k = 1; k < authorities.size(); ++k)
            if (model.blocOf(authorities[k]) != model.blocOf(authorities[0]))
                return QColor::fromRgba(model.authorities()[size_t(authorities[k])].color);
    }
    return QColor::fromRgba(model.authorities()[size_t(authorities[i])].color);
}

FeatureStyle LegendContents::exampleStyle(const ControlModel &model, ControlStatus status) const
{
    if (status != ControlStatus::Held && samples[size_t(status)])
        return *samples[size_t(status)];
    const QColor first = colour(model, 0, QColor(0x70, 0x70, 0x70));
    const QColor second = colour(model, 1, Symbology::outlineColor());
    switch (status) {
    case ControlStatus::Held: return swatch(status, QColor(0x70, 0x70, 0x70));
    case ControlStatus::Occupied: return swatch(status, first, {}, second);
    case ControlStatus::HandOver: return swatch(status, first, {}, second);
    case ControlStatus::Unknown: return swatch(status, {});
    default: return swatch(status, first, second);
    }
}

FeatureStyle LegendContents::titleOnlyStyle(const ControlModel &model) const
{
    FeatureStyle s = swatch(ControlStatus::Held, colour(model, 0, QColor(0x70, 0x70, 0x70)));
    s.deJureOnly = true;
    return s;
}

} // namespace dpa
