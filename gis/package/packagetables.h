#pragma once

#include <QSet>

#include "model/controlmodel.h"
#include "core/error.h"

namespace dpa {

// Readers for a package's CSV tables. Each adds what is sound to the model and appends one
// problem per bad cell, "claims.csv:14: ...". The model must already hold the authorities and
// the features (from the layers), so references can be checked.
namespace packagetables {

void readSources(const QString &path, const QString &displayName, ControlModel &model, ErrorList &problems);
// `unreadLayers`: feature layers the manifest declares but that could not be read. Rows that
// refer to them are left out with one message per layer, not one per row (a typo in a layer's
// file name used to bring hundreds of follow-on errors). In claimstable.cpp: read on every core.
void readClaims(const QString &path, const QString &displayName, Calendar calendar,
                ControlModel &model, ErrorList &problems, const QSet<QString> &unreadLayers = {});
void readEvents(const QString &path, const QString &displayName, Calendar calendar,
                ControlModel &model, ErrorList &problems, const QSet<QString> &unreadLayers = {});

// "rabinowitch1976:273-275;figes1996" -> refs; unknown ids are reported at `line`.
QList<SourceRef> parseSourceRefs(const QString &cell, const ControlModel &model, const QString &file,
                                 int line, ErrorList &problems);

} // namespace packagetables
} // namespace dpa
