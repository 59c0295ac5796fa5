#include "package/packagetables.h"
#include "package/csvtable.h"
#include "package/datasetpackage.h"

#include <QObject>
#include <QSet>

namespace dpa::packagetables {
namespace {

std::optional<CsvTable> openTable(const QString &path, const QString &name, const QStringList &required,
                                  ErrorList &problems)
{
    auto table = CsvTable::read(path, name, DatasetPackage::kMaxCsvBytes);
    if (!table) {
        problems << table.error();
        return std::nullopt;
    }
    problems << table->problems();
    const QStringList missing = table->missingColumns(required);
    if (!missing.isEmpty()) {
        problems << Error::at(name, 1, QObject::tr("missing column(s): %1 (the header must have: %2)")
                                           .arg(missing.join(QStringLiteral(", ")), required.join(QLatin1Char(','))));
        return std::nullopt;
    }
    return std::move(*table);
}

} // namespace

QList<SourceRef> parseSourceRefs(const QString &cell, const ControlModel &model, const QString &file,
                                 int line, ErrorList &problems)
{
    QList<SourceRef> refs;
    for (const QString &part : cell.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        const int colon = item.indexOf(QLatin1Char(':'));
        SourceRef ref{colon < 0 ? item : item.left(colon).trimmed(), colon < 0 ? QString() : item.mid(colon + 1).trimmed()};
        if (!model.source(ref.sourceId))
            problems << Error::at(file, line, QObject::tr("source \"%1\" is not in sources.csv").arg(ref.sourceId));
        else
            refs << ref;
    }
    return refs;
}

void readSources(const QString &path, const QString &name, ControlModel &model, ErrorList &problems)
{
    auto table = openTable(path, name, {QStringLiteral("id"), QStringLiteral("citation")}, problems);
    if (!table)
        return;
    QSet<QString> seen;
    for (const CsvTable::Row &row : table->rows()) {
        Source s{table->cell(row, QStringLiteral("id")), table->cell(row, QStringLiteral("citation")),
                 table->cell(row, QStringLiteral("url"))};
        if (s.id.isEmpty()) {
            problems << Error::at(name, row.line, QObject::tr("source has no id"));
            continue;
        }
        if (s.id.contains(QLatin1Char(';')) || s.id.contains(QLatin1Char(':'))) {
            problems << Error::at(name, row.line, QObject::tr("source id \"%1\" may not contain ';' or ':'").arg(s.id));
            continue;
        }
        if (seen.contains(s.id)) {
            problems << Error::at(name, row.line, QObject::tr("source \"%1\" is listed twice").arg(s.id));
            continue;
        }
        if (s.citation.isEmpty())
            problems << Error::at(name, row.line, QObject::tr("source \"%1\" has no citation").arg(s.id));
        seen.insert(s.id);
        model.addSource(s);
    }
}

void readEvents(const QString &path, const QString &name, Calendar calendar, ControlModel &model,
                ErrorList &problems, const QSet<QString> &unreadLayers)
{
    QMap<QString, int> inUnreadLayers;
    const QStringList required{QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("title"),
                               QStringLiteral("text"), QStringLiteral("features"), QStringLiteral("sources")};
    auto table = openTable(path, name, required, problems);
    if (!table)
        return;
    QSet<QString> seen;
    for (const CsvTable::Row &row : table->rows()) {
        const qsizetype before = problems.size();
        Event e;
        e.line = row.line;
        e.id = table->cell(row, QStringLiteral("id"));
        if (e.id.isEmpty())
            problems << Error::at(name, row.line, QObject::tr("event has no id"));
        else if (seen.contains(e.id))
            problems << Error::at(name, row.line, QObject::tr("event \"%1\" is listed twice").arg(e.id));
        seen.insert(e.id);
        auto when = DateInterval::parse(table->cell(row, QStringLiteral("date")), calendar);
        if (when)
            e.when = *when;
        else
            problems << Error::at(name, row.line, QObject::tr("date: %1").arg(when.error().message));
        for (const QString &column : table->header()) {
            if (column.startsWith(QLatin1String("title")))
                e.title.set(column == QLatin1String("title") ? QStringLiteral("en") : column.mid(6), table->cell(row, column));
            else if (column.startsWith(QLatin1String("text")))
                e.text.set(column == QLatin1String("text") ? QStringLiteral("en") : column.mid(5), table->cell(row, column));
        }
        if (e.title.text().isEmpty())
            problems << Error::at(name, row.line, QObject::tr("event has no title"));
        for (const QString &ref : table->cell(row, QStringLiteral("features")).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString r = ref.trimmed();
            const int slash = r.indexOf(QLatin1Char('/'));
            const FeatureKey key{r.left(slash), slash < 0 ? QString() : r.mid(slash + 1)};
            if (slash >= 0 && model.featureIndex(key) < 0 && unreadLayers.contains(key.layerId))
                ++inUnreadLayers[key.layerId];
            else if (slash < 0 || model.featureIndex(key) < 0)
                problems << Error::at(name, row.line, QObject::tr("feature \"%1\" is not in any feature layer (write layer/id)").arg(r));
            else
                e.features << key;
        }
        const QString sources = table->cell(row, QStringLiteral("sources"));
        if (sources.isEmpty())
            problems << Error::at(name, row.line, QObject::tr("event cites no source"));
        else
            e.sources = parseSourceRefs(sources, model, name, row.line, problems);
        if (problems.size() == before)
            model.addEvent(std::move(e));
    }
    for (auto it = inUnreadLayers.cbegin(); it != inUnreadLayers.cend(); ++it)
        problems << Error::at(name, 0, QObject::tr("%1 feature reference(s) of events are to layer \"%2\", which could not be "
                                                  "read (see its problem): left out until it is")
                                          .arg(it.value()).arg(it.key()));
}

} // namespace dpa::packagetables
