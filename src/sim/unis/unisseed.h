#pragma once

#include "sim/unis/unisrecords.h"

#include <QList>

// The deployment the simulator starts with: two tenants and a system admin, users of the three
// roles, A100 / H800 / Ascend 910B nodes, and jobs of every kind in every state. Fixed ids, so
// that screenshots and tests see the same data every run; times relative to start-up.
namespace suanli::sim::unis {

struct Catalog;
struct State;

QList<Tenant> seedTenants(qint64 nowMs);
QList<User> seedUsers(qint64 nowMs);
void seedCatalog(Catalog &catalog, qint64 nowMs);
void seedJobs(State &state, qint64 nowMs);

} // namespace suanli::sim::unis
