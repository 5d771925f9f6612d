#pragma once

#include "sim/unis/unisrecords.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace suanli::sim::unis {

// What a deployment offers its users: nodes and resource groups, preset specs, images,
// algorithms with their strategies, models and datasets. Registered models are added to it.
struct Catalog
{
    QList<Node> nodes;
    QList<ResourceGroup> groups;
    QList<Spec> specs;
    QList<Asset> images;
    QList<Algorithm> algorithms;
    QList<Asset> models;
    QList<Asset> datasets;

    const Node *node(const QString &nodeName) const;
    const ResourceGroup *group(const QString &groupId) const;
    ResourceGroup *group(const QString &groupId);
    QList<const ResourceGroup *> groupsOfTenant(qint64 tenantId) const;
    const Spec *spec(const QString &specId) const;
    const Asset *image(const QString &imageId) const;
    const AssetVersion *imageVersion(const QString &imageId, const QString &versionId) const;
    const AlgorithmVersion *algorithmVersion(const QString &algoId, const QString &versionId) const;
    const Strategy *strategy(const QString &strategyId) const;
    const Asset *model(const QString &modelId) const;

    // "vendor/model" of every GPU the nodes carry, in node order.
    QStringList gpuModels() const;
    // The MIG profiles of a "vendor/model"; nullopt for a card that cannot be split.
    std::optional<QStringList> migProfiles(const QString &gpuModel) const;
    // The tenant's available group whose nodes and sharing mode fit the spec, if any.
    const ResourceGroup *groupForSpec(const Spec &spec, qint64 tenantId) const;
    // The GPU model (node level, "A100-SXM4-80GB") of a group's first GPU node; empty for CPU.
    QString gpuModelOfGroup(const ResourceGroup &group) const;
};

} // namespace suanli::sim::unis
