#pragma once

#include "package/casestudy.h"

#include <QCoreApplication>

namespace dpa {

// One sentence for people about a feature's state, shared by the status bar and the Inspector:
// "Dual power: Petrograd Soviet holds it de facto; Provisional Government claims it de jure".
class StateSummary
{
    Q_DECLARE_TR_FUNCTIONS(dpa::StateSummary)

public:
    static QString sentence(const CaseStudy &study, const FeatureState &state, const QString &language);
    // Presence in force, as its own clause ("present without governing: Russian military police").
    static QString presence(const CaseStudy &study, const FeatureState &state, const QString &language);
    // A claim's role as the panels show it, in the interface language ("control" in English;
    // claims.csv keeps its keywords, roleName()'s, whatever the language).
    static QString role(Role role);
};

} // namespace dpa
