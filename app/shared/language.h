#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dpa {

// The interface language of both programs: which one (--lang, else the saved choice, else the
// system locale), where its .qm files are, and installing them. Installing a translator sends
// QEvent::LanguageChange to every widget, so the desktop app switches without a restart.
class Language
{
public:
    struct Choice
    {
        QString code;         // "fr"; "en" is the source language (no .qm)
        QString nativeName;   // "Français": how View > Language names it, in its own language
    };
    // The languages offered, English first.
    static QList<Choice> available();

    // Takes "--lang CODE" or "--lang=CODE" out of args; returns CODE, or an empty string.
    static QString takeOption(QStringList &args);
    // The language to start in: explicit (from --lang) if not empty, else the saved choice,
    // else the system locale's language if offered, else English.
    static QString startupCode(const QString &explicitCode = QString());
    // The saved choice (View > Language), or an empty string.
    static QString savedCode();
    static void save(const QString &code);

    // Replaces the installed translators with code's (ours and Qt's own qtbase). Returns false,
    // with English left in place, when code is not offered or its .qm file is not found.
    static bool install(const QString &code);
    // The installed language ("en" before any install()).
    static QString current();
    // True for the languages written right to left.
    static bool isRightToLeft(const QString &code);

    // The folders searched for dpatlas_CODE.qm, in order (existing or not).
    static QStringList searchPaths();
};

} // namespace dpa
