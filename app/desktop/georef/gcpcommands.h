#pragma once

#include "georef/groundcontrolpoint.h"

#include <QUndoCommand>

namespace dpa {

class GcpDocument;

// Every edit of the control points is one of these, so Edit > Undo takes back a click, a
// move, a deletion or a toggle exactly.
class AddGcpCommand : public QUndoCommand
{
public:
    AddGcpCommand(GcpDocument *doc, GroundControlPoint point);
    void redo() override;
    void undo() override;

private:
    GcpDocument *m_doc;
    GroundControlPoint m_point;
    int m_index;
};

class DeleteGcpCommand : public QUndoCommand
{
public:
    DeleteGcpCommand(GcpDocument *doc, int index);
    void redo() override;
    void undo() override;

private:
    GcpDocument *m_doc;
    GroundControlPoint m_point;
    int m_index;
};

// A moved point (new coordinates typed or placed) and a toggled one are both a replacement.
class ChangeGcpCommand : public QUndoCommand
{
public:
    ChangeGcpCommand(GcpDocument *doc, int index, GroundControlPoint after, const QString &text);
    void redo() override;
    void undo() override;

private:
    GcpDocument *m_doc;
    int m_index;
    GroundControlPoint m_before, m_after;
};

} // namespace dpa
