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

// Who is signed in and what they may still use: getInfo, the user list, remaining resources and
// the storage quota.
class AccountApi
{
public:
    explicit AccountApi(State &state);

    std::optional<SimReply> handle(const SimRequest &request, const User &caller);

    // The RuoYi SysUser object of getInfo and the user list.
    QJsonObject sysUser(const User &user) const;

private:
    SimReply getInfo(const User &caller) const;
    SimReply userList(const SimRequest &request, const User &caller) const;
    SimReply remainResource(const QJsonObject &body, const User &caller) const;
    SimReply storageQuota(const QJsonObject &body, const User &caller) const;
    // The user a quota call asks about: oneself, or for admins anyone they can see.
    const User *quotaSubject(const QJsonObject &body, const User &caller, QString &error) const;

    State &m_state;
    QList<Route> m_routes;
};

} // namespace suanli::sim::unis
