#pragma once

#include "huixingyuntypes.h"

#include "core/httprequest.h"
#include "core/provider.h"
#include "core/resource.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace suanli::huixingyun {

// Everything about 慧星云's JSON lives here. The platform has no envelope: every answer is a
// bare object, and errors are told by the HTTP status alone.
class Mapping final
{
    Q_DECLARE_TR_FUNCTIONS(HuixingyunMapping)
public:
    // Which secret a call carried, so that a 401 says what to fix.
    enum class Credential { Token, Password };

    // The body of a 2xx answer as one JSON object; any other status is an error carrying the
    // server's own message (401/403 as Auth).
    static Result<QJsonObject> body(const Result<HttpResponse> &response, Credential credential = Credential::Token);
    // The message a non-2xx answer carries: "message" / "msg" / "error" of a JSON body, else a
    // short excerpt of the text.
    static QString serverMessage(const QByteArray &body);

    static Result<ApiToken> generatedToken(const QJsonObject &object);
    static Result<QList<ApiToken>> tokens(const QJsonObject &object);
    // {"success":true}: token deletion and snapshot.
    static Result<Done> success(const QJsonObject &object);

    static Result<QList<GpuProduct>> products(const QJsonObject &object);
    static Result<QList<AppProduct>> applications(const QJsonObject &object);
    static Result<QList<Image>> images(const QJsonObject &object, bool mine);
    static Result<OrderOutcome> order(const QJsonObject &object);
    static Result<QList<Instance>> instances(const QJsonObject &object);
    // {"success":[gid...],"fails":[...]} against the gids that were sent: every requested gid
    // ends either in `succeeded` or in `failed`, the unanswered ones with a reason of their own.
    static Result<BatchOutcome> batch(const QJsonObject &object, const QStringList &requested);

    static Instance instance(const QJsonObject &object);
    static Image image(const QJsonObject &object, bool mine);
    static ApiToken token(const QJsonObject &object);

    // One element of a `fails` list as text: its shape is undocumented.
    static QString failureText(const QJsonValue &value);
    // The gid a `fails` element names, when it names one.
    static QString failureGid(const QJsonValue &value, const QStringList &requested);

    static ResourceStatus normalizedStatus(const QString &status);
    // "NVIDIA 4090 * 1" -> "NVIDIA 4090"
    static QString gpuModelName(const QString &gpuModel);
    // "Hour" / "Day" / "Month" as translated words; unknown values as they came.
    static QString billingLabel(const QString &payMethod);
    static std::optional<PayUnit> payUnitOfMethod(const QString &payMethod);
    // "hourly" / "daily" / "monthly" (ActionRequest::billing), case-insensitive.
    static std::optional<PayUnit> payUnitFromKey(const QString &key);
    static QString payUnitLabel(PayUnit unit);

    // `stoppedCardless`: the instance was powered off without its GPU (the list cannot say so).
    static Resource toResource(const Instance &instance, const QString &accountId, bool stoppedCardless = false);

    static QString noAnswerReason();
};

} // namespace suanli::huixingyun
