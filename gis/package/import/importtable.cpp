#include "package/import/importtable.h"
#include "io/gdalenvironment.h"
#include "io/gdalerrorcapture.h"
#include "io/handles.h"
#include "package/datasetpackage.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>

namespace dpa {
namespace {

QString separatorName(QChar separator)
{
    if (separator == QLatin1Char(';'))
        return QObject::tr("semicolon-separated CSV");
    if (separator == QLatin1Char('\t'))
        return QObject::tr("tab-separated text");
    return QObject::tr("comma-separated CSV");
}

Result<ImportTable> readText(const QString &path, const QString &name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::at(name, 0, QObject::tr("cannot read file: %1").arg(file.errorString()));
    auto csv = CsvTable::parse(file.readAll(), name, CsvTable::Separator::Detect);
    if (!csv)
        return csv.error();
    ImportTable t;
    t.displayName = name;
    t.description = separatorName(csv->separator());
    t.header = csv->header();
    t.rows = csv->rows();
    t.problems = csv->problems();
    return t;
}

// A cell as text in the form our tables use: dates as EDTF, numbers with a decimal point,
// whatever number format the workbook displays them in. `problem` is set for a cell that
// cannot be read without a guess.
QString cellText(OGRFeatureH feature, int field, bool xlsx, QString *problem)
{
    if (!OGR_F_IsFieldSetAndNotNull(feature, field))
        return {};
    OGRFieldDefnH defn = OGR_F_GetFieldDefnRef(feature, field);
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, tz = 0;
    float s = 0;
    switch (OGR_Fld_GetType(defn)) {
    case OFTDate:
    case OFTDateTime:
        OGR_F_GetFieldAsDateTimeEx(feature, field, &y, &mo, &d, &h, &mi, &s, &tz);
        // An .xlsx date cell is a count of days from 1900 on, and what a count below zero or
        // in Excel's phantom 29 February 1900 means depends on the program that wrote it
        // (Excel cannot hold such dates; LibreOffice and GDAL are a day apart). A historian's
        // date is never guessed to the day: it must be typed as text. .ods stores ISO text.
        if (xlsx && (y < 1900 || (y == 1900 && mo < 3)))
            *problem = QObject::tr("column \"%1\" holds a date cell before 1 March 1900 (read as %2-%3-%4), and spreadsheet "
                                   "programs disagree about such cells by a day: type the date as text (in the cell: "
                                   "'1871-03-22) or save the sheet as CSV or .ods")
                           .arg(QString::fromUtf8(OGR_Fld_GetNameRef(defn))).arg(y, 4, 10, QLatin1Char('0'))
                           .arg(mo, 2, 10, QLatin1Char('0')).arg(d, 2, 10, QLatin1Char('0'));
        if (OGR_Fld_GetType(defn) == OFTDate)
            return QStringLiteral("%1-%2-%3").arg(y, 4, 10, QLatin1Char('0')).arg(mo, 2, 10, QLatin1Char('0')).arg(d, 2, 10, QLatin1Char('0'));
        return QStringLiteral("%1-%2-%3T%4:%5").arg(y, 4, 10, QLatin1Char('0')).arg(mo, 2, 10, QLatin1Char('0'))
            .arg(d, 2, 10, QLatin1Char('0')).arg(h, 2, 10, QLatin1Char('0')).arg(mi, 2, 10, QLatin1Char('0'));
    case OFTReal:
        return QString::number(OGR_F_GetFieldAsDouble(feature, field), 'g', 15);
    default:
        return QString::fromUtf8(OGR_F_GetFieldAsString(feature, field));
    }
}

Result<ImportTable> readWorkbook(const QString &path, const QString &name, const QString &sheet)
{
    GdalEnvironment::ensureInitialized();
    const bool ods = path.endsWith(QLatin1String(".ods"), Qt::CaseInsensitive);
    // The first row is the header even when every cell is text (GDAL guesses otherwise). The
    // drivers read a sheet when it is first used, so the option stays set until we are done.
    struct ForcedHeaders
    {
        const char *option;
        explicit ForcedHeaders(const char *o) : option(o) { CPLSetThreadLocalConfigOption(option, "FORCE"); }
        ~ForcedHeaders() { CPLSetThreadLocalConfigOption(option, nullptr); }
    } forced(ods ? "OGR_ODS_HEADERS" : "OGR_XLSX_HEADERS");
    GdalErrorCapture capture;
    const char *drivers[] = {ods ? "ODS" : "XLSX", nullptr};
    GdalDatasetHandle dataset(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
    if (!dataset)
        return Error::at(name, 0, QObject::tr("cannot be read as a %1 workbook").arg(ods ? QStringLiteral(".ods") : QStringLiteral(".xlsx")))
            .withCauses(capture.errors());
    OGRLayerH layer = nullptr;
    QStringList sheets;
    for (int i = 0; i < GDALDatasetGetLayerCount(dataset.get()); ++i) {
        OGRLayerH l = GDALDatasetGetLayer(dataset.get(), i);
        sheets << QString::fromUtf8(OGR_L_GetName(l));
        if (!layer && (sheet.isEmpty() || sheets.last() == sheet))
            layer = l;
    }
    if (!layer)
        return Error::at(name, 0, sheet.isEmpty() ? QObject::tr("the workbook has no sheet with data")
                                                  : QObject::tr("has no sheet \"%1\" (its sheets: %2)").arg(sheet, sheets.join(QStringLiteral(", "))));
    ImportTable t;
    t.displayName = name;
    t.description = QObject::tr("sheet \"%1\" of an %2 workbook").arg(QString::fromUtf8(OGR_L_GetName(layer)), ods ? QStringLiteral(".ods") : QStringLiteral(".xlsx"));
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    for (int f = 0; f < OGR_FD_GetFieldCount(defn); ++f)
        t.header << QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, f))).trimmed();
    OGR_L_ResetReading(layer);
    while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
        CsvTable::Row row;
        // GDAL numbers a sheet's features by their row in the sheet, the number the user sees.
        row.line = int(OGR_F_GetFID(feature));
        bool blank = true;
        for (int f = 0; f < t.header.size(); ++f) {
            QString problem;
            row.cells << cellText(feature, f, !ods, &problem);
            if (!problem.isEmpty())
                t.problems << Error::at(name, row.line, problem);
            blank = blank && row.cells.last().trimmed().isEmpty();
        }
        OGR_F_Destroy(feature);
        if (!blank)
            t.rows.push_back(std::move(row));
    }
    return t;
}

} // namespace

Result<ImportTable> ImportTable::read(const QString &path, const QString &sheet)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.isFile())
        return Error::at(name, 0, QObject::tr("file not found: %1").arg(path));
    if (info.size() > DatasetPackage::kMaxCsvBytes)
        return Error::at(name, 0, QObject::tr("file is %1 MB; at most %2 MB can be imported")
                                      .arg(info.size() >> 20).arg(DatasetPackage::kMaxCsvBytes >> 20));
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("ods"))
        return readWorkbook(path, name, sheet);
    if (suffix == QLatin1String("xls"))
        return Error::at(name, 0, QObject::tr("old Excel .xls files cannot be read: save the sheet as .xlsx or CSV UTF-8"));
    if (!sheet.isEmpty())
        return Error::at(name, 0, QObject::tr("--sheet is for .xlsx and .ods workbooks; this file is a text table"));
    return readText(path, name);
}

} // namespace dpa
