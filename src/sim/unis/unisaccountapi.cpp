#include "sim/unis/unisaccountapi.h"

#include "sim/unis/unisstate.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace suanli::sim::unis {

using namespace wire;

namespace {

// Tenants without a quota configuration share this many queued or running jobs.
constexpr int kTenantJobLimit = 100;

QJsonObject hashMapParams()
{
    return {{QStringLiteral("@type"), QStringLiteral("java.util.HashMap")}};
}

QString roleKey(int roleId)
{
    switch (roleId) {
    case role::SystemAdmin: return QStringLiteral("admin");
    case role::TenantAdmin: return QStringLiteral("tenant_admin");
    default: return QStringLiteral("sys_user");
    }
}

QString roleName(int roleId)
{
    switch (roleId) {
    case role::SystemAdmin: return QStringLiteral("系统管理员");
    case role::TenantAdmin: return QStringLiteral("租户管理员");
    default: return QStringLiteral("普通用户");
    }
}

QJsonObject roleJson(int roleId)
{
    const bool systemAdmin = roleId == role::SystemAdmin;
    return {{QStringLiteral("searchValue"), QJsonValue::Null},
            {QStringLiteral("createBy"), QJsonValue::Null},
            {QStringLiteral("createTime"), QJsonValue::Null},
            {QStringLiteral("updateBy"), QJsonValue::Null},
            {QStringLiteral("updateTime"), QJsonValue::Null},
            {QStringLiteral("remark"), QJsonValue::Null},
            {QStringLiteral("params"), hashMapParams()},
            {QStringLiteral("roleId"), roleId},
            {QStringLiteral("roleName"), roleName(roleId)},
            {QStringLiteral("roleKey"), roleKey(roleId)},
            {QStringLiteral("roleSort"),
             systemAdmin ? QStringLiteral("0")
                         : (roleId == role::TenantAdmin ? QStringLiteral("1") : QStringLiteral("2"))},
            {QStringLiteral("dataScope"),
             systemAdmin ? QStringLiteral("1")
                         : (roleId == role::TenantAdmin ? QStringLiteral("4") : QStringLiteral("5"))},
            {QStringLiteral("menuCheckStrictly"), false},
            {QStringLiteral("deptCheckStrictly"), false},
            {QStringLiteral("status"), QStringLiteral("0")},
            {QStringLiteral("delFlag"), QJsonValue::Null},
            {QStringLiteral("roleType"), QJsonValue::Null},
            {QStringLiteral("adminFlag"), QString()},
            {QStringLiteral("flag"), false},
            {QStringLiteral("menuIds"), QJsonValue::Null},
            {QStringLiteral("deptIds"), QJsonValue::Null},
            {QStringLiteral("permissions"), QJsonValue::Null},
            {QStringLiteral("admin"), systemAdmin}};
}

// Looks like the bcrypt hash RuoYi returns, and is never the password.
QString bcryptLike(const User &user)
{
    static const QString alphabet =
        QStringLiteral("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    const QByteArray digest = QCryptographicHash::hash(
        (user.userName + QStringLiteral("#salt")).toUtf8(), QCryptographicHash::Sha512);
    QString text = QStringLiteral("$2a$10$");
    for (int i = 0; i < 53; ++i)
        text += alphabet.at(quint8(digest.at(i)) % alphabet.size());
    return text;
}

} // namespace

AccountApi::AccountApi(State &state)
    : m_state(state)
{
    m_routes = {
        {QStringLiteral("GET"), QStringLiteral("/prod-api/getInfo"),
         [this](const SimRequest &, const QJsonValue &, const User &caller) {
             return getInfo(caller);
         }},
        {QStringLiteral("GET"), QStringLiteral("/prod-api/system/user/list"),
         [this](const SimRequest &request, const QJsonValue &, const User &caller) {
             return userList(request, caller);
         }},
        {QStringLiteral("POST"), QStringLiteral("/system/config/getRemainResource"),
         [this](const SimRequest &, const QJsonValue &body, const User &caller) {
             return remainResource(body.toObject(), caller);
         }},
        {QStringLiteral("POST"), QStringLiteral("/resource/configRemake/getQuotaRemainResource"),
         [this](const SimRequest &, const QJsonValue &body, const User &caller) {
             return storageQuota(body.toObject(), caller);
         }},
    };
}

std::optional<SimReply> AccountApi::handle(const SimRequest &request, const User &caller)
{
    return dispatch(m_routes, request, caller);
}

QJsonObject AccountApi::sysUser(const User &user) const
{
    const Tenant *tenant = m_state.accounts.tenant(user.tenantId);
    const bool root = user.roleId == role::SystemAdmin;
    const QString groupName = tenant ? tenant->linuxGroupname : QString();
    const QJsonObject dept{
        {QStringLiteral("searchValue"), QJsonValue::Null},
        {QStringLiteral("createBy"), QJsonValue::Null},
        {QStringLiteral("createTime"), QJsonValue::Null},
        {QStringLiteral("updateBy"), QJsonValue::Null},
        {QStringLiteral("updateTime"), QJsonValue::Null},
        {QStringLiteral("remark"), QJsonValue::Null},
        {QStringLiteral("params"), hashMapParams()},
        {QStringLiteral("deptId"), user.tenantId},
        {QStringLiteral("parentId"), root ? 0 : 100},
        {QStringLiteral("ancestors"), root ? QStringLiteral("0") : QStringLiteral("0,100")},
        {QStringLiteral("deptName"), tenant ? tenant->deptName : QString()},
        {QStringLiteral("orderNum"), 1},
        {QStringLiteral("leader"), QJsonValue::Null},
        {QStringLiteral("phone"), QJsonValue::Null},
        {QStringLiteral("email"), QJsonValue::Null},
        {QStringLiteral("status"), QStringLiteral("0")},
        {QStringLiteral("delFlag"), QJsonValue::Null},
        {QStringLiteral("parentName"), QJsonValue::Null},
        {QStringLiteral("children"), QJsonArray()},
        {QStringLiteral("linuxGroupname"), groupName},
        {QStringLiteral("gid"), tenant ? tenant->gid : 0},
        {QStringLiteral("groupKey"), QJsonValue::Null},
        {QStringLiteral("defaultGroup"), 2},
        {QStringLiteral("description"), QJsonValue::Null},
        {QStringLiteral("ldapDn"), QJsonValue::Null},
        // null here, as in the document's example; the user object carries the tenant.
        {QStringLiteral("tenantId"), QJsonValue::Null},
        {QStringLiteral("tenantName"), QJsonValue::Null},
    };
    return {
        {QStringLiteral("searchValue"), QJsonValue::Null},
        {QStringLiteral("createBy"), root ? QStringLiteral("admin") : QStringLiteral("amphatenant")},
        {QStringLiteral("createTime"), dateTime(user.createdMs)},
        {QStringLiteral("updateBy"), QJsonValue::Null},
        {QStringLiteral("updateTime"), QJsonValue::Null},
        {QStringLiteral("remark"), QJsonValue::Null},
        {QStringLiteral("params"), hashMapParams()},
        {QStringLiteral("userId"), user.userId},
        {QStringLiteral("userName"), user.userName},
        {QStringLiteral("nickName"), user.nickName},
        {QStringLiteral("deptId"), user.tenantId},
        {QStringLiteral("email"), user.email},
        {QStringLiteral("phonenumber"), user.phone},
        {QStringLiteral("sex"), user.sex},
        {QStringLiteral("avatar"), QString()},
        {QStringLiteral("password"), bcryptLike(user)},
        {QStringLiteral("status"), QStringLiteral("0")},
        {QStringLiteral("delFlag"), QStringLiteral("0")},
        {QStringLiteral("loginIp"), user.loginIp},
        {QStringLiteral("loginDate"), user.loginMs > 0 ? QJsonValue(isoCst(user.loginMs))
                                                        : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("dept"), dept},
        {QStringLiteral("roles"), QJsonArray{roleJson(user.roleId)}},
        {QStringLiteral("roleIds"), QJsonValue::Null},
        {QStringLiteral("postIds"), QJsonValue::Null},
        {QStringLiteral("roleId"), user.roleId},
        {QStringLiteral("uid"), user.uid},
        {QStringLiteral("secretId"), QJsonValue::Null},
        {QStringLiteral("secretKey"), QJsonValue::Null},
        {QStringLiteral("origin"), 0},
        {QStringLiteral("ldapAttributeId"), QJsonValue::Null},
        {QStringLiteral("ldapAttributeValue"), QJsonValue::Null},
        {QStringLiteral("ldapDn"), QStringLiteral("uid=%1,cn=%2,cn=root,ou=Group,dc=ampha,dc=com")
                                       .arg(user.userName, groupName)},
        {QStringLiteral("ldapServerHost"), QJsonValue::Null},
        {QStringLiteral("ldapServerPort"), QJsonValue::Null},
        {QStringLiteral("ldapBaseDn"), QJsonValue::Null},
        {QStringLiteral("isCloudUser"), 2},
        {QStringLiteral("cloudUserType"), QJsonValue::Null},
        {QStringLiteral("cloudUserId"), QJsonValue::Null},
        {QStringLiteral("cloudUserName"), QJsonValue::Null},
        {QStringLiteral("tenantId"), user.tenantId},
        {QStringLiteral("tenantName"), groupName},
        {QStringLiteral("admin"), root},
    };
}

SimReply AccountApi::getInfo(const User &caller) const
{
    const QJsonArray permissions = caller.roleId == role::SystemAdmin
                                       ? QJsonArray{QStringLiteral("*:*:*")}
                                       : QJsonArray();
    return ruoyi({{QStringLiteral("clusterType"), QStringLiteral("traditionalScenario")},
                  {QStringLiteral("clusterMode"), QStringLiteral("cluster-manager")},
                  {QStringLiteral("permissions"), permissions},
                  {QStringLiteral("roles"), QJsonArray{roleKey(caller.roleId)}},
                  {QStringLiteral("user"), sysUser(caller)}});
}

SimReply AccountApi::userList(const SimRequest &request, const User &caller) const
{
    if (!caller.isAdmin())
        return ruoyi({}, QStringLiteral("没有权限，请联系管理员授权"), 403);
    bool numberOk = true;
    const auto number = [&](const QString &key, qint64 fallback) {
        const std::optional<QString> text = query(request, key);
        if (!text)
            return fallback;
        bool ok = false;
        const qint64 value = text->toLongLong(&ok);
        if (!ok || value < 1)
            numberOk = false;
        return value;
    };
    const qint64 pageNum = number(QStringLiteral("pageNum"), 1);
    const qint64 pageSize = number(QStringLiteral("pageSize"), 10);
    if (!numberOk)
        return ruoyi({}, QStringLiteral("分页参数错误"), 500);
    QJsonArray visible;
    for (const User &user : m_state.accounts.users()) {
        if (caller.roleId == role::SystemAdmin || user.tenantId == caller.tenantId)
            visible.append(sysUser(user));
    }
    QJsonArray page;
    for (qint64 i = (pageNum - 1) * pageSize; i < visible.size() && i < pageNum * pageSize; ++i)
        page.append(visible.at(i));
    return ruoyiTable(page, visible.size());
}

const User *AccountApi::quotaSubject(const QJsonObject &body, const User &caller,
                                     QString &error) const
{
    QString userId;
    switch (readString(body, QStringLiteral("userId"), userId)) {
    case Read::Absent: error = requiredMessage(QStringLiteral("userId")); return nullptr;
    case Read::Invalid: error = invalidMessage(QStringLiteral("userId")); return nullptr;
    case Read::Ok: break;
    }
    bool ok = false;
    const User *subject = m_state.accounts.user(userId.toLongLong(&ok));
    if (!ok || !subject || !State::canSee(caller, subject->userId, subject->tenantId)) {
        error = QStringLiteral("用户不存在或无权查询");
        return nullptr;
    }
    return subject;
}

SimReply AccountApi::remainResource(const QJsonObject &body, const User &caller) const
{
    QString error;
    const User *subject = quotaSubject(body, caller, error);
    if (!subject)
        return errorE4(error);
    QJsonObject result;
    if (subject->quotaConfigured) {
        const Usage used = m_state.board.usageOfUser(subject->userId);
        result = {{QStringLiteral("remainCpu"), subject->quotaCpu - used.cpu},
                  {QStringLiteral("remainMemory"), subject->quotaMemoryGb - used.memoryGb},
                  {QStringLiteral("remainVgpu"), subject->quotaVgpu - used.vgpu},
                  {QStringLiteral("remainMig"), subject->quotaMig - used.mig},
                  {QStringLiteral("remainJobNum"), subject->quotaJobs - used.jobs},
                  {QStringLiteral("remainGpu"), subject->quotaGpu - used.gpu},
                  {QStringLiteral("isInitConfig"), true},
                  {QStringLiteral("startTime"), dateTime(subject->quotaStartMs)},
                  {QStringLiteral("endTime"), dateTime(subject->quotaEndMs)}};
    } else {
        // No configuration: what the tenant's resource groups have left.
        int cpu = 0;
        double memory = 0;
        int gpu = 0;
        int mig = 0;
        int vgpu = 0;
        QSet<QString> seen;
        for (const ResourceGroup *group : m_state.catalog.groupsOfTenant(subject->tenantId)) {
            for (const QString &nodeName : group->nodeNames) {
                const Node *node = m_state.catalog.node(nodeName);
                if (!node || seen.contains(nodeName))
                    continue;
                seen.insert(nodeName);
                cpu += node->cpu;
                memory += node->memoryGb;
                if (group->gpuShare == QLatin1String("mig"))
                    mig += node->gpuCount * 7;
                else if (group->gpuShare == QLatin1String("vgpu"))
                    vgpu += node->gpuCount * 4;
                else
                    gpu += node->gpuCount;
            }
        }
        const Usage used = m_state.board.usageOfTenant(subject->tenantId);
        result = {{QStringLiteral("remainCpu"), cpu - used.cpu},
                  {QStringLiteral("remainMemory"), int(std::floor(memory)) - used.memoryGb},
                  {QStringLiteral("remainVgpu"), vgpu - used.vgpu},
                  {QStringLiteral("remainMig"), mig - used.mig},
                  {QStringLiteral("remainJobNum"), kTenantJobLimit - used.jobs},
                  {QStringLiteral("remainGpu"), gpu - used.gpu},
                  {QStringLiteral("isInitConfig"), false},
                  {QStringLiteral("startTime"), dateTime(subject->quotaStartMs)},
                  {QStringLiteral("endTime"), dateTime(subject->quotaEndMs)}};
    }
    return envelopeE4(result, QStringLiteral("获取剩余资源成功"));
}

SimReply AccountApi::storageQuota(const QJsonObject &body, const User &caller) const
{
    QString error;
    const User *subject = quotaSubject(body, caller, error);
    if (!subject)
        return errorE4(error);
    // The table spells it uId, the example uid: either is taken, and it must be the user's.
    const QString uidKey = body.contains(QStringLiteral("uid")) ? QStringLiteral("uid")
                                                                : QStringLiteral("uId");
    qint64 uid = 0;
    switch (readInt(body, uidKey, uid)) {
    case Read::Absent: return errorE4(requiredMessage(QStringLiteral("uid")));
    case Read::Invalid: return errorE4(invalidMessage(QStringLiteral("uid")));
    case Read::Ok: break;
    }
    if (uid != subject->uid)
        return errorE4(QStringLiteral("用户uid与userId不匹配"));
    QJsonObject result;
    if (subject->storageQuota) {
        result = {{QStringLiteral("inodeQuota"), subject->inodeQuota},
                  {QStringLiteral("inodeUsed"), subject->inodeUsed},
                  {QStringLiteral("inodeRemain"), subject->inodeQuota - subject->inodeUsed},
                  {QStringLiteral("blockQuota"), subject->blockQuotaGb},
                  {QStringLiteral("blockUsed"), subject->blockUsedGb},
                  {QStringLiteral("blockRemain"), subject->blockQuotaGb - subject->blockUsedGb},
                  {QStringLiteral("startTime"), dateTime(subject->storageStartMs)},
                  {QStringLiteral("endTime"), dateTime(subject->storageEndMs)},
                  {QStringLiteral("initConfig"), true}};
    } else {
        const QString off = QStringLiteral("存储配额未开启-无限制");
        result = {{QStringLiteral("inodeQuota"), off},  {QStringLiteral("inodeUsed"), off},
                  {QStringLiteral("inodeRemain"), off}, {QStringLiteral("blockQuota"), off},
                  {QStringLiteral("blockUsed"), off},   {QStringLiteral("blockRemain"), off},
                  {QStringLiteral("startTime"), off},   {QStringLiteral("endTime"), QStringLiteral("无限制")},
                  {QStringLiteral("initConfig"), false}};
    }
    return envelopeE4(result, QStringLiteral("查询成功"));
}

} // namespace suanli::sim::unis
