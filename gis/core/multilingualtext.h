#pragma once

#include <QMap>
#include <QString>

namespace dpa {

// Text per language code ("en", "fr", "ru", "ca", "ar", "ku"...). English is the fallback
// every package must provide.
class MultilingualText
{
public:
    MultilingualText() = default;
    explicit MultilingualText(QString english) { m_text.insert(QStringLiteral("en"), std::move(english)); }

    void set(const QString &language, const QString &text) { m_text.insert(language, text); }
    bool has(const QString &language) const { return m_text.contains(language); }
    bool isEmpty() const { return m_text.isEmpty(); }
    const QMap<QString, QString> &all() const { return m_text; }

    // The language a case study's names, titles and events are shown in where a caller does
    // not name one: the interface language the user chose (Language::install sets it), so the
    // map, the panels and the exports all follow --lang and View > Language. "en" until set.
    static void setPreferredLanguage(const QString &code);
    static QString preferredLanguage();

    // The text in the preferred language, else English, else any.
    QString text() const { return text(preferredLanguage()); }
    // The text in `language`, else English, else any.
    QString text(const QString &language) const
    {
        if (auto it = m_text.find(language); it != m_text.end() && !it->isEmpty())
            return *it;
        if (auto it = m_text.find(QStringLiteral("en")); it != m_text.end())
            return *it;
        return m_text.isEmpty() ? QString() : m_text.first();
    }

private:
    QMap<QString, QString> m_text;
};

} // namespace dpa
