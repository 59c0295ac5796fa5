#include "package/layerfeaturerules.h"

#include <QObject>

namespace dpa::layerfeatures {
namespace {

// An attribute read as a yes: a boolean, or the text true, 1 or yes.
bool isTrue(const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QString s = v.toString().trimmed().toLower();
    return s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("yes");
}

} // namespace

QString idOf(const LayerSpec &spec, qint64 fid, const QVariantMap &attributes)
{
    return spec.idField.isEmpty() ? QString::number(fid) : attributes.value(spec.idField).toString().trimmed();
}

bool admit(const LayerSpec &spec, const QString &id, qint64 fid, QSet<QString> &seen, ErrorList &problems)
{
    if (spec.role != LayerSpec::Role::Features)
        return true;
    if (id.isEmpty()) {
        problems << Error::inFeature(spec.file, QStringLiteral("#%1").arg(fid), QObject::tr("feature has no id in \"%1\"").arg(spec.idField));
        return false;
    }
    if (seen.contains(id)) {
        problems << Error::inFeature(spec.file, id, QObject::tr("id is used by more than one feature"));
        return false;
    }
    seen.insert(id);
    return true;
}

void describe(CaseFeature &f, const LayerSpec &spec, QVariantMap attributes)
{
    if (!spec.nameField.isEmpty())
        f.name.set(QStringLiteral("en"), attributes.value(spec.nameField).toString());
    for (auto it = spec.nameFields.begin(); it != spec.nameFields.end(); ++it)
        f.name.set(it.key(), attributes.value(it.value()).toString());
    if (f.name.text().isEmpty())
        f.name.set(QStringLiteral("en"), f.id);
    f.approximate = spec.approximate || (!spec.approxField.isEmpty() && isTrue(attributes.value(spec.approxField)));
    f.kind = spec.kindField.isEmpty() ? QString() : attributes.value(spec.kindField).toString();
    f.attributes = std::move(attributes);
}

} // namespace dpa::layerfeatures
