#include "mainwindow.h"
#include "language.h"
#include "package/packagediscovery.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

using namespace dpa;

namespace {
// A message for the terminal, in the interface language: "dpatlas: " and the words.
void complain(const QString &message)
{
    fprintf(stderr, "dpatlas: %s\n", qPrintable(message));
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DualPowerAtlas"));
    QApplication::setApplicationName(QStringLiteral("dpatlas"));
    QApplication::setApplicationDisplayName(QStringLiteral("Dual Power Atlas"));
    QApplication::setApplicationVersion(QStringLiteral(DPATLAS_VERSION));
    // The installed desktop entry (installer/desktop/): on Wayland, the window's app id, by
    // which the desktop shows its name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.dpatlas.dualpoweratlas"));

    // The language first, so that everything built after it is in that language: --lang CODE,
    // else View > Language's saved choice, else the system's.
    QStringList langArgs = app.arguments();
    const QString lang = Language::startupCode(Language::takeOption(langArgs));
    if (!MainWindow::applyLanguage(lang) && lang != QLatin1String("en"))
        complain(QCoreApplication::translate("dpatlas", "no translation for language \"%1\"; using English").arg(lang));

    QCommandLineParser parser;
    // --help in the interface language; the options' names and values (DATE, gregorian) are
    // what is typed, in every language.
    parser.setApplicationDescription(QCoreApplication::translate("dpatlas", "Dual Power Atlas: control maps of dual power over time."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("DATASET"),
                                 QCoreApplication::translate("dpatlas", "package id, folder or packed .gpkg (default: the last one used, else petrograd-1917)"),
                                 QStringLiteral("[DATASET]"));
    parser.addOption({QStringLiteral("at"), QCoreApplication::translate("dpatlas", "open on this date: YYYY-MM-DD or YYYY-MM-DDTHH:MM"), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("calendar"), QCoreApplication::translate("dpatlas", "calendar of --at: gregorian (default) or julian"), QStringLiteral("CALENDAR")});
    parser.addOption({QStringLiteral("panel"), QCoreApplication::translate("dpatlas", "side panel to show first: events, inspector or chart"), QStringLiteral("PANEL")});
    parser.addOption({QStringLiteral("export"), QCoreApplication::translate("dpatlas", "open an export dialog: layer, timeline, image, animation or package"), QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("fronts"), QCoreApplication::translate("dpatlas", "draw the front lines on the map")});
    parser.addOption({QStringLiteral("lang"), QCoreApplication::translate("dpatlas", "interface language: en, ru, fr, es, ca or ar"), QStringLiteral("CODE")});
    parser.process(app);

    Calendar cal = Calendar::Gregorian;
    if (parser.isSet(QStringLiteral("calendar"))) {
        const QString name = parser.value(QStringLiteral("calendar"));
        if (name != QLatin1String("julian") && name != QLatin1String("gregorian")) {
            complain(QCoreApplication::translate("dpatlas", "unknown calendar \"%1\": use gregorian or julian").arg(name));
            return 2;
        }
        cal = name == QLatin1String("julian") ? Calendar::Julian : Calendar::Gregorian;
    }
    std::optional<TimePoint> at;
    if (parser.isSet(QStringLiteral("at"))) {
        auto date = HistoricalDate::parse(parser.value(QStringLiteral("at")), cal);
        if (!date || date->precision() < HistoricalDate::Precision::Day) {
            complain(QCoreApplication::translate("dpatlas", "bad date \"%1\": write YYYY-MM-DD or YYYY-MM-DDTHH:MM")
                         .arg(parser.value(QStringLiteral("at"))));
            return 2;
        }
        at = date->queryTime();
    }

    QString path;
    if (!parser.positionalArguments().isEmpty()) {
        path = PackageDiscovery::resolve(parser.positionalArguments().first());
        if (path.isEmpty()) {
            complain(QCoreApplication::translate("dpatlas", "unknown dataset \"%1\" (see dpatlas-cli list)")
                         .arg(parser.positionalArguments().first()));
            return 2;
        }
    } else {
        path = MainWindow::lastPackagePath();
        if (path.isEmpty() || !QFileInfo::exists(path))
            path = PackageDiscovery::resolve(QStringLiteral("petrograd-1917"));
    }

    MainWindow window;
    window.show();
    if (!path.isEmpty())
        window.openPackage(path, at);
    if (parser.isSet(QStringLiteral("panel")) && !window.raisePanel(parser.value(QStringLiteral("panel"))))
        complain(QCoreApplication::translate("dpatlas", "unknown panel \"%1\": use events, inspector or chart")
                     .arg(parser.value(QStringLiteral("panel"))));
    if (parser.isSet(QStringLiteral("fronts")))
        window.setFrontLinesVisible(true);
    if (parser.isSet(QStringLiteral("export"))) {
        using Kind = MainWindow::ExportKind;
        static const QHash<QString, Kind> kinds{{QStringLiteral("layer"), Kind::Layer}, {QStringLiteral("timeline"), Kind::Timeline},
                                                {QStringLiteral("image"), Kind::Image}, {QStringLiteral("animation"), Kind::Animation},
                                                {QStringLiteral("package"), Kind::Package}};
        const QString kind = parser.value(QStringLiteral("export"));
        if (!kinds.contains(kind))
            complain(QCoreApplication::translate("dpatlas", "unknown export \"%1\": use layer, timeline, image, animation or package").arg(kind));
        else
            window.openExportDialog(kinds.value(kind));
    }
    return app.exec();
}
