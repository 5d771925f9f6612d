#pragma once

#include "sim/simreply.h"
#include "sim/simrequest.h"
#include "sim/unis/unisroute.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace suanli::sim::unis {

struct State;
struct User;

// The online services the compute-task list shows next to the compute tasks: their detail
// (which names the version) and the version's event log, the text form of its pod's events.
class ServingApi
{
public:
    explicit ServingApi(State &state);

    std::optional<SimReply> handle(const SimRequest &request, const User &caller);

private:
    SimReply serviceDetail(const QJsonObject &body, const User &caller) const;
    SimReply versionLog(const QJsonObject &body, const User &caller) const;

    State &m_state;
    QList<Route> m_routes;
};

} // namespace suanli::sim::unis
