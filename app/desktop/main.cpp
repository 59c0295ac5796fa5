#include "mainwindow.h"
#include "language.h"
#include "package/packagediscovery.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

using namespace dpa;

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
        fprintf(stderr, "dpatlas: no translation for language \"%s\"; using English\n", qPrintable(lang));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Dual Power Atlas: control maps of dual power over time."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("DATASET"), QStringLiteral("package id, folder or packed .gpkg (default: the last one used, else petrograd-1917)"), QStringLiteral("[DATASET]"));
    parser.addOption({QStringLiteral("at"), QStringLiteral("open on this date: YYYY-MM-DD or YYYY-MM-DDTHH:MM"), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("calendar"), QStringLiteral("calendar of --at: gregorian (default) or julian"), QStringLiteral("CALENDAR")});
    parser.addOption({QStringLiteral("panel"), QStringLiteral("side panel to show first: events, inspector or chart"), QStringLiteral("PANEL")});
    parser.addOption({QStringLiteral("export"), QStringLiteral("open an export dialog: layer, timeline, image, animation or package"), QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("fronts"), QStringLiteral("draw the front lines on the map")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("interface language: en, ru, fr, es, ca or ar"), QStringLiteral("CODE")});
    parser.process(app);

    Calendar cal = Calendar::Gregorian;
    if (parser.isSet(QStringLiteral("calendar"))) {
        const QString name = parser.value(QStringLiteral("calendar"));
        if (name != QLatin1String("julian") && name != QLatin1String("gregorian")) {
            fprintf(stderr, "dpatlas: unknown calendar \"%s\": use gregorian or julian\n", qPrintable(name));
            return 2;
        }
        cal = name == QLatin1String("julian") ? Calendar::Julian : Calendar::Gregorian;
    }
    std::optional<TimePoint> at;
    if (parser.isSet(QStringLiteral("at"))) {
        auto date = HistoricalDate::parse(parser.value(QStringLiteral("at")), cal);
        if (!date || date->precision() < HistoricalDate::Precision::Day) {
            fprintf(stderr, "dpatlas: bad date \"%s\": write YYYY-MM-DD or YYYY-MM-DDTHH:MM\n",
                    qPrintable(parser.value(QStringLiteral("at"))));
            return 2;
        }
        at = date->queryTime();
    }

    QString path;
    if (!parser.positionalArguments().isEmpty()) {
        path = PackageDiscovery::resolve(parser.positionalArguments().first());
        if (path.isEmpty()) {
            fprintf(stderr, "dpatlas: unknown dataset \"%s\" (see dpatlas-cli list)\n",
                    qPrintable(parser.positionalArguments().first()));
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
        fprintf(stderr, "dpatlas: unknown panel \"%s\": use events, inspector or chart\n", qPrintable(parser.value(QStringLiteral("panel"))));
    if (parser.isSet(QStringLiteral("fronts")))
        window.setFrontLinesVisible(true);
    if (parser.isSet(QStringLiteral("export"))) {
        using Kind = MainWindow::ExportKind;
        static const QHash<QString, Kind> kinds{{QStringLiteral("layer"), Kind::Layer}, {QStringLiteral("timeline"), Kind::Timeline},
                                                {QStringLiteral("image"), Kind::Image}, {QStringLiteral("animation"), Kind::Animation},
                                                {QStringLiteral("package"), Kind::Package}};
        const QString kind = parser.value(QStringLiteral("export"));
        if (!kinds.contains(kind))
            fprintf(stderr, "dpatlas: unknown export \"%s\": use layer, timeline, image, animation or package\n", qPrintable(kind));
        else
            window.openExportDialog(kinds.value(kind));
    }
    return app.exec();
}
