#pragma once

#include "sim/simreply.h"
#include "sim/simrequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// What every UNIS endpoint shares on the wire: its four envelopes, its three time formats and
// the leniency of a Spring server that reads the request.
namespace suanli::sim::unis::wire {

// ---- envelopes ------------------------------------------------------------------------------
// RuoYi AjaxResult: {"msg","code", ...extra}. Errors come back with HTTP 200 too.
SimReply ruoyi(QJsonObject extra, const QString &msg = QStringLiteral("操作成功"), int code = 200);
// RuoYi TableDataInfo: {"total","rows","code","msg"}.
SimReply ruoyiTable(const QJsonArray &rows, qint64 total, const QString &msg = QStringLiteral("查询成功"));
// {"code","success","message","data"}: the datahub, notebooks, preset specs, monitoring.
SimReply envelopeA(const QJsonValue &data, const QString &message = QStringLiteral("success"));
SimReply errorA(const QString &message, int code = 500);
// {"success","returnCode","message","data"}: trainOperator, fineTune, computationTask.
SimReply envelopeB(const QJsonValue &data, const QString &message = QStringLiteral("success"),
                   int returnCode = 200);
SimReply errorB(const QString &message, const QJsonValue &data = QJsonValue::Null);
// {"success","errorCode","message","result"}: quotas, resource groups (and the file service).
SimReply envelopeE4(const QJsonValue &result, const QString &message);
SimReply errorE4(const QString &message);
// The security filter's answer to a missing, bad or expired token, on every path.
SimReply unauthorized(const QString &path);
// Spring Boot's own error page, for what never reaches a controller: an unknown path, a wrong
// method, an unreadable body. The only answers with an HTTP error status.
SimReply springError(int status, const QString &path);

// ---- times (the platform is in China; zone-less times are China Standard Time) --------------
QString dateTime(qint64 ms);        // "2024-06-19 16:06:17"
QString isoCst(qint64 ms);          // "2024-06-21T14:06:18.000+08:00"
QString isoUtc(qint64 ms);          // "2024-09-10T07:43:31.000+00:00"
QString eventTime(qint64 nanosSinceEpoch); // "2024-12-30 16:51:08.282473060"
QString duration(qint64 ms);        // "00:04:03"; hours grow past 99 when they must

// ---- reading requests -----------------------------------------------------------------------
// A query parameter as Tomcat decodes it ('+' is a space); nullopt when absent.
std::optional<QString> query(const SimRequest &request, const QString &key);
// The JSON body: {} for an empty one, nullopt when it is not JSON at all.
std::optional<QJsonValue> jsonBody(const SimRequest &request);

// Jackson's default coercions: a string field takes a number, an integer field a digit string.
enum class Read { Absent, Ok, Invalid };
Read readString(const QJsonObject &body, const QString &key, QString &out);
Read readInt(const QJsonObject &body, const QString &key, qint64 &out);
Read readBool(const QJsonObject &body, const QString &key, bool &out);
QString requiredMessage(const QString &key); // "<key>不能为空"
QString invalidMessage(const QString &key);  // "<key>参数格式错误"

// Random ids in the platform's styles.
QString hexId();  // 32 lower-case hex digits
QString uuid();   // dashed UUID

} // namespace suanli::sim::unis::wire
