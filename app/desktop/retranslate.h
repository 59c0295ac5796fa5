#pragma once

#include <functional>

class QFormLayout;
class QLabel;
class QLayout;
class QObject;
class QWidget;

namespace dpa {

// Texts set in code follow View > Language without a restart. `apply` sets them: it runs at
// once, and again each time `owner` receives QEvent::LanguageChange (a translator was installed
// or removed), for as long as owner lives. For dialogs and forms built in their constructors
// without a retranslateUi() of their own: one left open while the language changes reads in the
// new one. Several functions may be given for one owner; they run in the order given.
void retranslate(QObject *owner, std::function<void()> apply);

// The label of `field`'s row in `form`, made (with `field` as its buddy, so an &-shortcut in its
// text reaches the field) if the row has none yet. Rows whose label a retranslate() function
// sets are added without one: form->addRow(QString(), field).
QLabel *formLabel(QFormLayout *form, QWidget *field);
QLabel *formLabel(QFormLayout *form, QLayout *field);

} // namespace dpa
