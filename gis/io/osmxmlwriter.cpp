#include "io/osmxmlwriter.h"
#include "io/stagedfile.h"

#include <QObject>
#include <QXmlStreamWriter>

namespace dpa::osmxml {
namespace {

using Tags = QMap<QString, QString>;

// The elements as OSM files order them: every node, then every way, then every relation, so
// that tools reading in one pass (GDAL, osmium) meet a node before the ways that use it.
class Document
{
public:
    qint64 node(QPointF lonLat, const Tags &tags = {})
    {
        m_nodes.push_back({m_next, lonLat, tags});
        return m_next--;
    }

    // A way through the ring's points; a closed ring ends on its first node, as OSM closes ways.
    qint64 way(const Ring &ring, const Tags &tags = {})
    {
        const bool closed = ring.size() > 2 && ring.front() == ring.back();
        std::vector<qint64> nodes;
        for (size_t i = 0; i + (closed ? 1 : 0) < ring.size(); ++i)
            nodes.push_back(node(ring[i]));
        if (closed)
            nodes.push_back(nodes.front());
        m_ways.push_back({m_next, std::move(nodes), tags});
        return m_next--;
    }

    void multipolygon(const std::vector<Polygon> &polygons, Tags tags)
    {
        std::vector<std::pair<qint64, bool>> members;   // way, outer
        for (const Polygon &p : polygons)
            for (size_t r = 0; r < p.rings.size(); ++r)
                members.emplace_back(way(closedRing(p.rings[r])), r == 0);
        tags.insert(QStringLiteral("type"), QStringLiteral("multipolygon"));
        m_relations.push_back({m_next--, std::move(members), std::move(tags)});
    }

    static Ring closedRing(Ring r)
    {
        if (!r.empty() && r.front() != r.back())
            r.push_back(r.front());
        return r;
    }

    void write(QIODevice *device) const
    {
        QXmlStreamWriter x(device);
        x.setAutoFormatting(true);
        x.writeStartDocument();
        x.writeStartElement(QStringLiteral("osm"));
        x.writeAttribute(QStringLiteral("version"), QStringLiteral("0.6"));
        x.writeAttribute(QStringLiteral("generator"), QStringLiteral("Dual Power Atlas"));
        for (const NodeRecord &n : m_nodes) {
            x.writeStartElement(QStringLiteral("node"));
            x.writeAttribute(QStringLiteral("id"), QString::number(n.id));
            x.writeAttribute(QStringLiteral("visible"), QStringLiteral("true"));
            x.writeAttribute(QStringLiteral("lat"), QString::number(n.lonLat.y(), 'f', 7));
            x.writeAttribute(QStringLiteral("lon"), QString::number(n.lonLat.x(), 'f', 7));
            writeTags(x, n.tags);
            x.writeEndElement();
        }
        for (const WayRecord &w : m_ways) {
            x.writeStartElement(QStringLiteral("way"));
            x.writeAttribute(QStringLiteral("id"), QString::number(w.id));
            x.writeAttribute(QStringLiteral("visible"), QStringLiteral("true"));
            for (qint64 ref : w.nodes) {
                x.writeStartElement(QStringLiteral("nd"));
                x.writeAttribute(QStringLiteral("ref"), QString::number(ref));
                x.writeEndElement();
            }
            writeTags(x, w.tags);
            x.writeEndElement();
        }
        for (const RelationRecord &r : m_relations) {
            x.writeStartElement(QStringLiteral("relation"));
            x.writeAttribute(QStringLiteral("id"), QString::number(r.id));
            x.writeAttribute(QStringLiteral("visible"), QStringLiteral("true"));
            for (const auto &[ref, outer] : r.members) {
                x.writeStartElement(QStringLiteral("member"));
                x.writeAttribute(QStringLiteral("type"), QStringLiteral("way"));
                x.writeAttribute(QStringLiteral("ref"), QString::number(ref));
                x.writeAttribute(QStringLiteral("role"), outer ? QStringLiteral("outer") : QStringLiteral("inner"));
                x.writeEndElement();
            }
            writeTags(x, r.tags);
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndDocument();
    }

private:
    static void writeTags(QXmlStreamWriter &x, const Tags &tags)
    {
        for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
            if (it.value().isEmpty())
                continue;
            x.writeStartElement(QStringLiteral("tag"));
            x.writeAttribute(QStringLiteral("k"), it.key());
            // OSM limits a tag's value to 255 characters.
            x.writeAttribute(QStringLiteral("v"), it.value().left(255));
            x.writeEndElement();
        }
    }

    struct NodeRecord { qint64 id; QPointF lonLat; Tags tags; };
    struct WayRecord { qint64 id; std::vector<qint64> nodes; Tags tags; };
    struct RelationRecord { qint64 id; std::vector<std::pair<qint64, bool>> members; Tags tags; };
    std::vector<NodeRecord> m_nodes;
    std::vector<WayRecord> m_ways;
    std::vector<RelationRecord> m_relations;
    qint64 m_next = -1;   // new objects: negative ids, as JOSM gives them
};

} // namespace

Result<int> write(const QString &path, const std::vector<Element> &elements)
{
    Document doc;
    int tagged = 0;
    for (const Element &e : elements) {
        const Geometry &g = e.lonLat;
        if (g.polygons.size() == 1 && g.polygons.front().rings.size() == 1) {
            // An area of one outline; area=yes, since a closed way alone may be a ring of road.
            Tags tags = e.tags;
            tags.insert(QStringLiteral("area"), QStringLiteral("yes"));
            doc.way(Document::closedRing(g.polygons.front().rings.front()), tags);
            ++tagged;
        } else if (!g.polygons.empty()) {
            doc.multipolygon(g.polygons, e.tags);
            ++tagged;
        } else if (!g.lines.empty()) {
            for (const Ring &l : g.lines) {
                doc.way(l, e.tags);
                ++tagged;
            }
        } else {
            for (const QPointF &p : g.points) {
                doc.node(p, e.tags);
                ++tagged;
            }
        }
    }
    StagedFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::at(path, 0, QObject::tr("cannot write: %1").arg(file.errorString()));
    doc.write(&file);
    if (!file.commit())
        return Error::at(path, 0, QObject::tr("cannot write: %1").arg(file.errorString()));
    return tagged;
}

} // namespace dpa::osmxml
