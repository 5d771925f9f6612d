#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace suanli::unis {

// One decoded answer, whatever of the UNIS envelopes it came in:
// E1 {code,msg,...extras}  E2 {code,msg,rows,total}  E3 {code,success,message,data}
// E4 {success,errorCode|returnCode,message,result|data}  E5 flat {...fields, success, message}.
struct Envelope
{
    int code = 0;             // code / errorCode / returnCode as an int (strings tolerated); 0 if absent
    QString message;          // msg ?? message
    QJsonValue data;          // data ?? result (Undefined when neither exists); a stringified JSON
                              // value is NOT unwrapped here (see parseEmbeddedJson)
    QJsonArray rows;          // E2 rows
    std::optional<qint64> total; // E2 total (or a number-as-string)
    QJsonObject whole;        // the whole top-level object (E1 extras like token/user/roles, E5 fields)
};

// Success = (code ?? errorCode ?? returnCode) == 200 && success != false; also code 0 with
// success == true (the fine-tune create and asset upload examples answer so), and an envelope
// without any code field when success == true (E5).
// An auth failure (code 401 in any envelope, or HTTP 401) -> ApiError::Kind::Auth;
// any other failure -> ApiError::Kind::Platform with the platform's message; a body that is not a
// JSON object -> ApiError::Kind::Parse; a non-2xx HTTP status with no envelope -> ApiError::Kind::Http.
Result<Envelope> decodeEnvelope(int httpStatus, const QByteArray &body);

// A field that holds JSON as a string ("{\"a\":1}") -> the value; a real object/array passes through.
// Text that is not JSON stays the string it was; "" and null become Undefined.
QJsonValue parseEmbeddedJson(const QJsonValue &value);

// Translated texts of the decoder.
class EnvelopeText final
{
    Q_DECLARE_TR_FUNCTIONS(UnisEnvelope)
public:
    static QString signedOut();
    static QString notAnEnvelope();
};

} // namespace suanli::unis
