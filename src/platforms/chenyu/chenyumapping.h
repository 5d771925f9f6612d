#pragma once

#include "chenyutypes.h"

#include "core/httprequest.h"
#include "core/provider.h"
#include "core/resource.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace suanli::chenyu {

// Everything about Chenyu's JSON lives here: the envelope and each payload.
class Mapping final
{
    Q_DECLARE_TR_FUNCTIONS(ChenyuMapping)
public:
    // {"code":"0","msg":"","result":{...}}: "0" ok, "2" not logged in, "-2" system error.
    // Returns `result` (an empty object when absent) or the error.
    static Result<QJsonObject> envelope(const Result<HttpResponse> &response);

    static Result<AccountBalance> balance(const QJsonObject &result);
    static Result<Page<RechargeRecord>> recharges(const QJsonObject &result);
    static Result<Page<BillRecord>> bills(const QJsonObject &result);
    static Result<Page<Pod>> pods(const QJsonObject &result);
    static Result<GpuCatalog> gpuModels(const QJsonObject &result);
    static Result<Page<Instance>> instances(const QJsonObject &result);
    static Result<Instance> createdInstance(const QJsonObject &result);
    static Result<InstanceState> instanceState(const QJsonObject &result);

    static Instance instance(const QJsonObject &object);
    static ResourceStatus normalizedStatus(int status);
    static QString statusText(int status); // the document's Chinese names, for unknown texts
    static Resource toResource(const Instance &instance, const QString &accountId);
    static QStringList splitTags(const QString &tags);
};

} // namespace suanli::chenyu
