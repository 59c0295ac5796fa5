#include "retranslate.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>

#include <vector>

namespace dpa {
namespace {

// Watches its parent for LanguageChange and runs the functions registered for it.
class Retranslator : public QObject
{
public:
    explicit Retranslator(QObject *owner) : QObject(owner) { owner->installEventFilter(this); }
    std::vector<std::function<void()>> functions;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parent() && event->type() == QEvent::LanguageChange)
            for (const auto &apply : functions)
                apply();
        return false;   // the owner's own changeEvent() still sees it
    }
};

QLabel *labelAt(QFormLayout *form, int row, QWidget *buddy)
{
    if (row < 0)
        return nullptr;
    if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole))
        if (auto *label = qobject_cast<QLabel *>(item->widget()))
            return label;
    auto *label = new QLabel;
    label->setBuddy(buddy);
    form->setWidget(row, QFormLayout::LabelRole, label);
    return label;
}

} // namespace

void retranslate(QObject *owner, std::function<void()> apply)
{
    Retranslator *retranslator = nullptr;
    for (QObject *child : owner->children())
        if ((retranslator = dynamic_cast<Retranslator *>(child)))
            break;
    if (!retranslator)
        retranslator = new Retranslator(owner);
    apply();
    retranslator->functions.push_back(std::move(apply));
}

QLabel *formLabel(QFormLayout *form, QWidget *field)
{
    int row = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(field, &row, &role);
    return labelAt(form, row, field);
}

QLabel *formLabel(QFormLayout *form, QLayout *field)
{
    int row = -1;
    QFormLayout::ItemRole role;
    form->getLayoutPosition(field, &row, &role);
    // The buddy: the first widget of the row's layout (a path's line edit, a size's width).
    QWidget *buddy = nullptr;
    for (int i = 0; i < field->count() && !buddy; ++i)
        buddy = field->itemAt(i)->widget();
    return labelAt(form, row, buddy);
}

} // namespace dpa
