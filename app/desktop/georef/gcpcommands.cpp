#include "georef/gcpcommands.h"
#include "georef/gcpdocument.h"

#include <QCoreApplication>

namespace dpa {

AddGcpCommand::AddGcpCommand(GcpDocument *doc, GroundControlPoint point)
    : m_doc(doc), m_point(std::move(point)), m_index(int(doc->set().points.size()))
{
    setText(QCoreApplication::translate("GeorefDialog", "add point %1").arg(m_point.id));
}

void AddGcpCommand::redo() { m_doc->insert(m_index, m_point); }
void AddGcpCommand::undo() { m_doc->remove(m_index); }

DeleteGcpCommand::DeleteGcpCommand(GcpDocument *doc, int index)
    : m_doc(doc), m_point(doc->set().points[size_t(index)]), m_index(index)
{
    setText(QCoreApplication::translate("GeorefDialog", "delete point %1").arg(m_point.id));
}

void DeleteGcpCommand::redo() { m_doc->remove(m_index); }
void DeleteGcpCommand::undo() { m_doc->insert(m_index, m_point); }

ChangeGcpCommand::ChangeGcpCommand(GcpDocument *doc, int index, GroundControlPoint after, const QString &text)
    : m_doc(doc), m_index(index), m_before(doc->set().points[size_t(index)]), m_after(std::move(after))
{
    setText(text);
}

void ChangeGcpCommand::redo() { m_doc->replace(m_index, m_after); }
void ChangeGcpCommand::undo() { m_doc->replace(m_index, m_before); }

} // namespace dpa
