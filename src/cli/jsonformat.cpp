#include "jsonformat.h"

#include "core/timeparse.h"

namespace suanli::cli {

QJsonValue JsonFormat::money(const std::optional<Money> &amount)
{
    if (!amount)
        return QJsonValue::Null;
    return amount->toDecimalString();
}

QJsonValue JsonFormat::time(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return formatIsoWithOffset(time);
}

QJsonValue JsonFormat::text(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue::Null;
    return text;
}

QJsonObject JsonFormat::resource(const Resource &r, const QString &accountName)
{
    return {
        {QStringLiteral("account"), accountName},
        {QStringLiteral("platform"), r.platform},
        {QStringLiteral("kind"), ResourceNames::kindKey(r.kind)},
        {QStringLiteral("id"), r.id},
        {QStringLiteral("name"), r.name},
        {QStringLiteral("status"), ResourceNames::statusKey(r.status)},
        {QStringLiteral("statusText"), r.statusText},
        {QStringLiteral("gpuModel"), r.gpuModel},
        {QStringLiteral("gpuCount"), r.gpuCount},
        {QStringLiteral("cpuCores"), r.cpuCores > 0 ? QJsonValue(r.cpuCores) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("memoryGb"), r.memoryGb > 0 ? QJsonValue(r.memoryGb) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("pricePerHour"), money(r.pricePerHour)},
        {QStringLiteral("createdAt"), time(r.createdAt)},
        {QStringLiteral("expiresAt"), time(r.expiresAt)},
        {QStringLiteral("region"), text(r.region)},
        {QStringLiteral("webUrl"), text(r.webUrl)},
        {QStringLiteral("creator"), text(r.creator)},
        {QStringLiteral("startedAt"), time(r.startedAt)},
        {QStringLiteral("finishedAt"), time(r.finishedAt)},
    };
}

QJsonObject JsonFormat::account(const Account &a)
{
    return {
        {QStringLiteral("name"), a.displayName},
        {QStringLiteral("id"), a.id},
        {QStringLiteral("platform"), a.platform},
        {QStringLiteral("baseUrl"), a.baseUrl.toString()},
        {QStringLiteral("login"), text(a.login)},
        {QStringLiteral("options"), QJsonObject::fromVariantMap(a.options)},
    };
}

} // namespace suanli::cli
