#pragma once

#include "sim/unis/unisaccounts.h"
#include "sim/unis/uniscatalog.h"
#include "sim/unis/unisjobboard.h"
#include "sim/unis/unisrecords.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace suanli::sim::unis {

// Everything the simulated deployment knows, shared by the parts that answer its endpoints.
struct State
{
    State(QList<Tenant> tenants, QList<User> users)
        : accounts(std::move(tenants), std::move(users))
        , board(catalog)
    {}
    Q_DISABLE_COPY_MOVE(State)

    Accounts accounts;
    Catalog catalog;
    JobBoard board;
    QList<ScenarioTask> scenarioTasks;

    // Inspection: accepted requests per route and id, creates per name.
    QHash<QString, int> idRequests; // route + '\n' + id
    QHash<QString, int> creates;    // name

    void countRequest(const QString &route, const QString &id) { ++idRequests[route + QLatin1Char('\n') + id]; }

    static qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

    // Who may see what: users their own, tenant admins their tenant's, system admins all.
    static bool canSee(const User &caller, qint64 ownerUserId, qint64 tenantId)
    {
        if (caller.roleId == role::SystemAdmin)
            return true;
        if (caller.roleId == role::TenantAdmin)
            return caller.tenantId == tenantId;
        return caller.userId == ownerUserId;
    }
};

} // namespace suanli::sim::unis
