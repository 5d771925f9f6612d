#pragma once

#include "sim/simreply.h"
#include "sim/simrequest.h"
#include "sim/unis/unisroute.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace suanli::sim::unis {

struct Asset;
struct Spec;
struct State;
struct User;

// What a job is made from: preset specs and the resource groups behind them, GPU models and
// their MIG profiles, images, algorithms with their strategies and launch commands, models and
// datasets, and registering a task's output as a model.
class CatalogApi
{
public:
    explicit CatalogApi(State &state);

    std::optional<SimReply> handle(const SimRequest &request, const User &caller);

private:
    SimReply specList(const QJsonObject &body, const User &caller) const;
    SimReply groupBySpec(const QJsonValue &body, const User &caller) const;
    SimReply migConfig(const SimRequest &request) const;
    SimReply groupsOfSysGroup(const QJsonObject &body, const User &caller) const;
    SimReply imageList(const QJsonObject &body, const User &caller) const;
    SimReply storeImageList(const QJsonObject &body, const User &caller) const;
    SimReply algorithmList(const QJsonObject &body, const User &caller) const;
    SimReply strategyList(const SimRequest &request) const;
    SimReply strategyDetail(const SimRequest &request) const;
    SimReply generateCommand(const QJsonObject &body) const;
    SimReply assetList(const QList<Asset> &assets, const QJsonObject &body, const User &caller) const;
    SimReply registerModel(const QJsonObject &body, const User &caller);
    SimReply clusterList(const QJsonObject &body, const User &caller) const;

    QJsonObject specJson(const Spec &spec) const;
    // Preset assets and the ones of the caller's tenant.
    bool assetVisible(const Asset &asset, const User &caller) const;

    State &m_state;
    QList<Route> m_routes;
};

} // namespace suanli::sim::unis
