#include "language.h"
#include "core/multilingualtext.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace dpa {

namespace {

// The desktop app's settings (organization "DualPowerAtlas", application "dpatlas"), named
// explicitly so that the CLI, which sets no organization, reads the same choice.
QSettings settings()
{
    return QSettings(QStringLiteral("DualPowerAtlas"), QStringLiteral("dpatlas"));
}
const QString kSettingsKey = QStringLiteral("ui/language");

QString g_current = QStringLiteral("en");
QTranslator *g_ours = nullptr;
QTranslator *g_qt = nullptr;

void removeTranslators()
{
    for (QTranslator **t : {&g_ours, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}

} // namespace

QList<Language::Choice> Language::available()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("ca"), QStringLiteral("Català")},
        {QStringLiteral("ar"), QStringLiteral("العربية")},
    };
}

static bool isOffered(const QString &code)
{
    for (const Language::Choice &c : Language::available())
        if (c.code == code)
            return true;
    return false;
}

QString Language::takeOption(QStringList &args)
{
    QString code;
    for (int i = 1; i < args.size();) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--lang") && i + 1 < args.size()) {
            code = args.at(i + 1);
            args.remove(i, 2);
        } else if (a.startsWith(QLatin1String("--lang="))) {
            code = a.mid(7);
            args.removeAt(i);
        } else {
            ++i;
        }
    }
    return code;
}

QString Language::savedCode()
{
    return settings().value(kSettingsKey).toString();
}

void Language::save(const QString &code)
{
    QSettings s = settings();
    s.setValue(kSettingsKey, code);
}

QString Language::startupCode(const QString &explicitCode)
{
    if (!explicitCode.isEmpty())
        return explicitCode;
    const QString saved = savedCode();
    if (isOffered(saved))
        return saved;
    // The first of the system's preferred languages that is offered (LANG=fr_FR.UTF-8 → fr).
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString code = QLocale(name).name().section(QLatin1Char('_'), 0, 0);
        if (isOffered(code))
            return code;
    }
    return QStringLiteral("en");
}

QStringList Language::searchPaths()
{
    QStringList paths;
    paths << QStringLiteral(DPATLAS_BUILD_TRANSLATIONS);
    if (QCoreApplication::instance())
        paths << QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/dpatlas/translations"));
    paths << QStringLiteral(DPATLAS_INSTALLED_TRANSLATIONS);
    paths.removeDuplicates();
    return paths;
}

bool Language::install(const QString &code)
{
    if (code == g_current && (g_ours || code == QLatin1String("en")))
        return true;
    removeTranslators();
    g_current = QStringLiteral("en");
    // The case study's own names and titles follow the choice even where the interface has no
    // translation yet: a package may hold French names whatever our .qm files say.
    MultilingualText::setPreferredLanguage(isOffered(code) ? code : QStringLiteral("en"));
    if (code == QLatin1String("en") || !isOffered(code)) {
        // Removing the translators already sent LanguageChange when there were any.
        return code == QLatin1String("en");
    }
    auto ours = new QTranslator;
    bool found = false;
    for (const QString &dir : searchPaths()) {
        if (ours->load(QStringLiteral("dpatlas_") + code, dir)) {
            found = true;
            break;
        }
    }
    if (!found) {
        delete ours;
        return false;
    }
    // Qt's own strings (dialog buttons, context menus): the system's Qt translations, or a copy
    // shipped beside ours.
    auto qt = new QTranslator;
    QStringList qtDirs{QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
    qtDirs << searchPaths();
    bool qtFound = false;
    for (const QString &dir : qtDirs)
        if ((qtFound = qt->load(QStringLiteral("qtbase_") + code, dir)))
            break;
    if (qtFound) {
        g_qt = qt;
        QCoreApplication::installTranslator(g_qt);
    } else {
        delete qt;
    }
    g_ours = ours;
    QCoreApplication::installTranslator(g_ours);   // sends QEvent::LanguageChange
    g_current = code;
    return true;
}

QString Language::current()
{
    return g_current;
}

bool Language::isRightToLeft(const QString &code)
{
    return QLocale(code).textDirection() == Qt::RightToLeft;
}

} // namespace dpa
