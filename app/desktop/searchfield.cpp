#include "searchfield.h"
#include "retranslate.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

namespace dpa {

QSize SearchField::sizeHint() const
{
    const int text = fontMetrics().horizontalAdvance(placeholderText());
    return QSize(std::max(260, text + 48), QLineEdit::sizeHint().height());
}

SearchField::SearchField(QWidget *parent) : QLineEdit(parent)
{
    retranslate(this, [this] {
        setPlaceholderText(tr("Search places and events (Ctrl+K)"));
        updateGeometry();   // the menu bar's corner lays it out at its placeholder's width
    });
    setClearButtonEnabled(true);
    m_model = new QStandardItemModel(this);
    m_completer = new QCompleter(m_model, this);
    // The index does the matching (any part of a name, any language, accents ignored), so the
    // completer shows the list as given.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    connect(this, &QLineEdit::textEdited, this, &SearchField::refill);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &i) {
        if (i.row() >= 0 && size_t(i.row()) < m_shown.size())
            choose(m_shown[size_t(i.row())]);
    });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        const auto found = hits(text());
        if (!found.empty())
            choose(found.front());
    });
}

void SearchField::setStudy(const CaseStudy *study)
{
    m_study = study;
    m_index = study ? std::make_unique<SearchIndex>(*study) : nullptr;
    clear();
    m_model->clear();
    m_shown.clear();
}

std::vector<SearchIndex::Hit> SearchField::hits(const QString &text) const
{
    return m_index ? m_index->find(text) : std::vector<SearchIndex::Hit>{};
}

void SearchField::refill(const QString &text)
{
    m_shown = hits(text);
    m_model->clear();
    for (const SearchIndex::Hit &h : m_shown) {
        QString label = h.text;
        if (h.kind == SearchIndex::Hit::Kind::Event && m_study)
            label = tr("%1 — event, %2").arg(h.text, m_study->model.events()[size_t(h.index)].when.toDisplayString());
        m_model->appendRow(new QStandardItem(label));
    }
    if (m_shown.empty())
        m_completer->popup()->hide();
    else
        m_completer->complete();
}

void SearchField::choose(const SearchIndex::Hit &hit)
{
    setText(hit.text);
    if (hit.kind == SearchIndex::Hit::Kind::Feature)
        emit featureChosen(hit.index);
    else
        emit eventChosen(hit.index);
}

} // namespace dpa
