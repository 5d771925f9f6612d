#pragma once

#include "core/account.h"
#include "core/money.h"
#include "core/resource.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace suanli::cli {

// The CLI's JSON shapes. Money is a decimal string of yuan, times are ISO 8601 with an offset,
// and a missing value is null rather than an absent key, so scripts can rely on every key.
class JsonFormat final
{
public:
    static QJsonValue money(const std::optional<Money> &amount);
    static QJsonValue time(const QDateTime &time);
    static QJsonValue text(const QString &text); // empty → null

    static QJsonObject resource(const Resource &resource, const QString &accountName);
    static QJsonObject account(const Account &account);
};

} // namespace suanli::cli
