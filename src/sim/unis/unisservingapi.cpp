#include "sim/unis/unisservingapi.h"

#include "sim/unis/unisstate.h"

#include <QJsonArray>

namespace suanli::sim::unis {

using namespace wire;

ServingApi::ServingApi(State &state)
    : m_state(state)
{
    m_routes = {
        {QStringLiteral("POST"), QStringLiteral("/api/model/modelServer/findModelServerById"),
         [this](const SimRequest &, const QJsonValue &body, const User &caller) {
             return serviceDetail(body.toObject(), caller);
         }},
        {QStringLiteral("POST"), QStringLiteral("/api/model/modelServerVersion/getModelServerVersionLog"),
         [this](const SimRequest &, const QJsonValue &body, const User &caller) {
             return versionLog(body.toObject(), caller);
         }},
    };
}

std::optional<SimReply> ServingApi::handle(const SimRequest &request, const User &caller)
{
    return dispatch(m_routes, request, caller);
}

SimReply ServingApi::serviceDetail(const QJsonObject &body, const User &caller) const
{
    QString id;
    if (readString(body, QStringLiteral("id"), id) != Read::Ok || id.trimmed().isEmpty())
        return errorA(requiredMessage(QStringLiteral("id")));
    for (const ScenarioTask &task : m_state.scenarioTasks) {
        if (task.taskId != id.trimmed() || task.versionId.isEmpty()
            || !State::canSee(caller, task.ownerUserId, task.tenantId))
            continue;
        const QJsonObject metas = task.metas;
        return envelopeA(
            QJsonObject{
                {QStringLiteral("id"), task.taskId},
                {QStringLiteral("createUser"), metas.value(QStringLiteral("createUser"))},
                {QStringLiteral("userName"), metas.value(QStringLiteral("userName"))},
                {QStringLiteral("name"), task.taskName},
                {QStringLiteral("description"), metas.value(QStringLiteral("description"))},
                {QStringLiteral("url"), metas.value(QStringLiteral("url"))},
                {QStringLiteral("predictUrl"), metas.value(QStringLiteral("predictUrl"))},
                {QStringLiteral("predictUrlInner"), metas.value(QStringLiteral("predictUrlInner"))},
                {QStringLiteral("createTime"), task.createdMs},
                {QStringLiteral("modifiedTime"), metas.value(QStringLiteral("modifiedTime"))},
                {QStringLiteral("envsValue"), metas.value(QStringLiteral("envsValue"))},
                {QStringLiteral("path"), metas.value(QStringLiteral("path"))},
                {QStringLiteral("isLargeModel"), metas.value(QStringLiteral("isLargeModel"))},
                // A string at service level, a number at version level.
                {QStringLiteral("status"), QString::number(metas.value(QStringLiteral("status")).toInt())},
                {QStringLiteral("modelServerVersions"), QJsonArray{task.version}},
                {QStringLiteral("controlRate"), true},
            },
            QStringLiteral("接口请求成功!"));
    }
    return errorA(QStringLiteral("在线服务不存在"));
}

SimReply ServingApi::versionLog(const QJsonObject &body, const User &caller) const
{
    QString id;
    if (readString(body, QStringLiteral("id"), id) != Read::Ok || id.trimmed().isEmpty())
        return errorA(requiredMessage(QStringLiteral("id")));
    // The document's example id carries a leading space; it names the same version.
    id = id.trimmed();
    for (const ScenarioTask &task : m_state.scenarioTasks) {
        if (task.versionId != id || !State::canSee(caller, task.ownerUserId, task.tenantId))
            continue;
        const User *owner = m_state.accounts.user(task.ownerUserId);
        const Tenant *tenant = owner ? m_state.accounts.tenant(owner->tenantId) : nullptr;
        // One line per event: "<time> <source> INFO <message>", newline-separated.
        QString text = QStringLiteral("\n");
        for (const PodEvent &event : task.events) {
            const QString source = event.reason == QLatin1String("Ready")
                                       ? QStringLiteral("model-serving-proxy")
                                       : QStringLiteral("kubelet");
            text += dateTime(event.atNanos / 1000000) + QLatin1Char(' ') + source
                    + QStringLiteral(" INFO ") + event.message + QLatin1Char('\n');
        }
        // The example's message is "删除成功" (a copy from another endpoint); kept as it is.
        return envelopeA(
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("logDir"),
                         QStringLiteral("/ampha/tenant/%1/private/modelServing/%2/log/%3.log")
                             .arg(tenant ? tenant->linuxGroupname : QString(),
                                  owner ? owner->userName : QString(), id)},
                        {QStringLiteral("logInfo"), text}},
            QStringLiteral("删除成功"));
    }
    return errorA(QStringLiteral("服务版本不存在"));
}

} // namespace suanli::sim::unis
