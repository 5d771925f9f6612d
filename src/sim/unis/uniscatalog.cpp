#include "sim/unis/uniscatalog.h"

namespace suanli::sim::unis {

const Node *Catalog::node(const QString &nodeName) const
{
    for (const Node &candidate : nodes) {
        if (candidate.nodeName == nodeName)
            return &candidate;
    }
    return nullptr;
}

const ResourceGroup *Catalog::group(const QString &groupId) const
{
    for (const ResourceGroup &candidate : groups) {
        if (candidate.id == groupId)
            return &candidate;
    }
    return nullptr;
}

ResourceGroup *Catalog::group(const QString &groupId)
{
    for (ResourceGroup &candidate : groups) {
        if (candidate.id == groupId)
            return &candidate;
    }
    return nullptr;
}

QList<const ResourceGroup *> Catalog::groupsOfTenant(qint64 tenantId) const
{
    QList<const ResourceGroup *> list;
    for (const ResourceGroup &candidate : groups) {
        if (candidate.available && candidate.tenantIds.contains(tenantId))
            list.append(&candidate);
    }
    return list;
}

const Spec *Catalog::spec(const QString &specId) const
{
    for (const Spec &candidate : specs) {
        if (candidate.specId == specId)
            return &candidate;
    }
    return nullptr;
}

const Asset *Catalog::image(const QString &imageId) const
{
    for (const Asset &candidate : images) {
        if (candidate.id == imageId)
            return &candidate;
    }
    return nullptr;
}

const AssetVersion *Catalog::imageVersion(const QString &imageId, const QString &versionId) const
{
    if (const Asset *found = image(imageId)) {
        for (const AssetVersion &version : found->versions) {
            if (version.id == versionId)
                return &version;
        }
    }
    return nullptr;
}

const AlgorithmVersion *Catalog::algorithmVersion(const QString &algoId,
                                                  const QString &versionId) const
{
    for (const Algorithm &algorithm : algorithms) {
        if (algorithm.id != algoId)
            continue;
        for (const AlgorithmVersion &version : algorithm.versions) {
            if (version.id == versionId)
                return &version;
        }
    }
    return nullptr;
}

const Strategy *Catalog::strategy(const QString &strategyId) const
{
    for (const Algorithm &algorithm : algorithms) {
        for (const AlgorithmVersion &version : algorithm.versions) {
            for (const Strategy &candidate : version.strategies) {
                if (candidate.id == strategyId)
                    return &candidate;
            }
        }
    }
    return nullptr;
}

const Asset *Catalog::model(const QString &modelId) const
{
    for (const Asset &candidate : models) {
        if (candidate.id == modelId)
            return &candidate;
    }
    return nullptr;
}

QStringList Catalog::gpuModels() const
{
    QStringList list;
    for (const Node &candidate : nodes) {
        if (candidate.gpuCount == 0)
            continue;
        const QString name = candidate.gpuVendor + QLatin1Char('/') + candidate.gpuModel;
        if (!list.contains(name))
            list.append(name);
    }
    return list;
}

std::optional<QStringList> Catalog::migProfiles(const QString &gpuModel) const
{
    for (const Node &candidate : nodes) {
        if (candidate.gpuVendor + QLatin1Char('/') + candidate.gpuModel != gpuModel
            || !candidate.migCapable)
            continue;
        // NVIDIA's profiles for the 80 GB cards; the H800 adds the 20 GB single slice.
        QStringList profiles{QStringLiteral("1g.10gb"), QStringLiteral("2g.20gb"),
                             QStringLiteral("3g.40gb"), QStringLiteral("4g.40gb"),
                             QStringLiteral("7g.80gb")};
        if (candidate.gpuModel.startsWith(QLatin1String("H800")))
            profiles.insert(1, QStringLiteral("1g.20gb"));
        return profiles;
    }
    return std::nullopt;
}

const ResourceGroup *Catalog::groupForSpec(const Spec &spec, qint64 tenantId) const
{
    for (const ResourceGroup *candidate : groupsOfTenant(tenantId)) {
        const QString model = gpuModelOfGroup(*candidate);
        if (spec.specType == QLatin1String("CPU")) {
            if (model.isEmpty())
                return candidate;
            continue;
        }
        if (candidate->gpuShare != spec.gpuShare || model.isEmpty())
            continue;
        const Node *first = node(candidate->nodeNames.value(0));
        if (first && first->gpuVendor + QLatin1Char('/') + first->gpuModel == spec.gpuModel)
            return candidate;
    }
    return nullptr;
}

QString Catalog::gpuModelOfGroup(const ResourceGroup &group) const
{
    for (const QString &name : group.nodeNames) {
        const Node *found = node(name);
        if (found && found->gpuCount > 0)
            return found->gpuModel;
    }
    return QString();
}

} // namespace suanli::sim::unis
