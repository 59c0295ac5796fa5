#include "panels/eventspanel.h"
#include "richtext.h"
#include "retranslate.h"

#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dpa {

QString sourcesHtml(const ControlModel &model, const QList<SourceRef> &refs)
{
    QStringList items;
    for (const SourceRef &r : refs) {
        const Source *s = model.source(r.sourceId);
        if (!s)
            continue;
        QString text = s->citation.toHtmlEscaped();
        if (!r.pages.isEmpty())
            text += QStringLiteral(", %1").arg(r.pages.toHtmlEscaped());
        if (!s->url.isEmpty())
            text += QStringLiteral(" <a href=\"%1\">%2</a>").arg(s->url.toHtmlEscaped(), QObject::tr("link"));
        items << QStringLiteral("<li>%1</li>").arg(text);
    }
    return items.isEmpty() ? QString() : QStringLiteral("<ul>%1</ul>").arg(items.join(QString()));
}

EventsPanel::EventsPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_list = new QListWidget(split);
    // Long titles wrap onto a second line instead of running under a horizontal scroll bar.
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_text = new QTextBrowser(split);
    m_text->setOpenExternalLinks(true);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    layout->addWidget(split);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const int row = m_list->row(item);
        if (!m_study || row < 0)
            return;
        const Event &e = m_study->model.events()[size_t(m_order[size_t(row)])];
        showEvent(m_order[size_t(row)]);
        // Go to the moment the event starts: its minute if given, else noon of its first day.
        emit jumpRequested(e.when.start ? e.when.start->queryTime() : e.when.from());
    });
    retranslate(this, [this] { nameItems(); });
}

void EventsPanel::setStudy(const CaseStudy *study)
{
    m_study = study;
    m_list->clear();
    m_order.clear();
    m_text->clear();
    m_shown = -1;
    if (!study)
        return;
    for (size_t i = 0; i < study->model.events().size(); ++i)
        m_order.push_back(int(i));
    const auto &events = study->model.events();
    std::stable_sort(m_order.begin(), m_order.end(),
                     [&](int a, int b) { return events[size_t(a)].when.from() < events[size_t(b)].when.from(); });
    for (size_t row = 0; row < m_order.size(); ++row)
        m_list->addItem(QString());
    nameItems();
}

void EventsPanel::nameItems()
{
    if (!m_study)
        return;
    const auto &events = m_study->model.events();
    for (int row = 0; row < m_list->count() && size_t(row) < m_order.size(); ++row) {
        const Event &e = events[size_t(m_order[size_t(row)])];
        m_list->item(row)->setText(QStringLiteral("%1 — %2").arg(e.when.toDisplayString(), e.title.text()));
    }
    if (m_shown >= 0 && size_t(m_shown) < events.size())
        showEvent(m_shown);
}

void EventsPanel::showEvent(int index)
{
    m_shown = index;
    const Event &e = m_study->model.events()[size_t(index)];
    m_text->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><p><b>%4</b></p>%5")
                        .arg(e.title.text().toHtmlEscaped(), richtext::emphasised(e.when.toDisplayString().toHtmlEscaped()),
                             e.text.text().toHtmlEscaped(), tr("Sources"), sourcesHtml(m_study->model, e.sources)));
}

void EventsPanel::followTime(TimePoint t)
{
    if (!m_study)
        return;
    int best = -1;
    for (size_t row = 0; row < m_order.size(); ++row)
        if (m_study->model.events()[size_t(m_order[row])].when.from() <= t)
            best = int(row);
    if (best >= 0 && best != m_list->currentRow()) {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(best);
        showEvent(m_order[size_t(best)]);
    }
}

} // namespace dpa
