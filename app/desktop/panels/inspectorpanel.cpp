#include "panels/inspectorpanel.h"
#include "richtext.h"
#include "model/claimprecedence.h"
#include "statesummary.h"

#include <cmath>
#include "panels/claimhistoryview.h"
#include "panels/eventspanel.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dpa {

InspectorPanel::InspectorPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title = new QLabel(tr("Click a district, barracks or place on the map."), this);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    layout->addWidget(m_title);
    m_history = new ClaimHistoryView(this);
    layout->addWidget(m_history);
    m_details = new QTextBrowser(this);
    m_details->setOpenExternalLinks(true);
    layout->addWidget(m_details, 1);
}

void InspectorPanel::setStudy(const CaseStudy *study)
{
    m_study = study;
    m_feature = -1;
    refresh();
}

void InspectorPanel::setFeature(int modelIndex)
{
    m_feature = modelIndex;
    refresh();
}

void InspectorPanel::setTime(TimePoint t)
{
    m_time = t;
    m_history->setTime(t);
    if (m_feature >= 0 && m_study) {
        const FeatureState s = m_study->index.stateOf(m_feature, t);
        const CaseFeature *f = m_study->feature(m_feature);
        const QString language = MultilingualText::preferredLanguage();
        const QString present = StateSummary::presence(*m_study, s, language);
        m_title->setText(QStringLiteral("<b>%1</b> — %2%3%4")
                             .arg(f->name.text().toHtmlEscaped(), StateSummary::sentence(*m_study, s, language).toHtmlEscaped(),
                                  present.isEmpty() ? QString() : QStringLiteral("<br/>") + present.toHtmlEscaped(),
                                  f->approximate ? tr(" · approximate geometry") : QString()));
    }
}

void InspectorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();   // every text here is built in code
    QWidget::changeEvent(event);
}

QString InspectorPanel::text() const
{
    return m_title->text() + QLatin1Char('\n') + m_details->toPlainText();
}

void InspectorPanel::refresh()
{
    m_history->setFeature(m_study, m_feature);
    if (!m_study || m_feature < 0) {
        m_title->setText(tr("Click a district, barracks or place on the map."));
        m_details->clear();
        return;
    }
    setTime(m_time);
    QString html;
    // Every claim on the feature, in the same order the map reads them (claimprecedence.h).
    QList<int> claims = m_study->model.claimsOf(m_feature);
    sortByPrecedence(m_study->model, std::span<int>(claims.data(), size_t(claims.size())));
    for (int c : claims) {
        const Claim &claim = m_study->model.claims()[size_t(c)];
        const Authority &a = m_study->model.authorities()[size_t(claim.authority)];
        const QString bloc = m_study->model.blocName(m_study->model.blocOf(claim.authority));
        const QString role = StateSummary::role(claim.role) +
                             (std::isnan(claim.share) ? QString() : tr(", %1 % of it").arg(std::lround(claim.share * 100))) +
                             (bloc == a.id ? QString() : QStringLiteral(" · ") + bloc.toHtmlEscaped());
        // An authority with a Wikidata id links to its item, where the reader finds who it was.
        const QString name = a.wikidata.isEmpty()
                                 ? a.name.text().toHtmlEscaped()
                                 : QStringLiteral("<a href=\"https://www.wikidata.org/wiki/%1\" title=\"%2\">%3</a>")
                                       .arg(a.wikidata, tr("Wikidata %1").arg(a.wikidata), a.name.text().toHtmlEscaped());
        html += QStringLiteral("<p><span style=\"color:%1\">&#9632;</span> <b>%2</b> — %3<br/>%4, %5%6</p>%7")
                    .arg(QColor::fromRgba(a.color).name(), name, role,
                         richtext::emphasised(claim.interval.toDisplayString().toHtmlEscaped()),
                         tr("confidence %1").arg(QLocale().toString(claim.confidence, 'g', 2)),
                         claim.note.isEmpty() ? QString() : QStringLiteral("<br/>") + claim.note.toHtmlEscaped(),
                         sourcesHtml(m_study->model, claim.sources));
    }
    m_details->setHtml(html);
}

} // namespace dpa
