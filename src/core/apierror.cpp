#include "apierror.h"

namespace suanli {

ApiError ApiError::network(const QString &message, bool ambiguous)
{
    ApiError e;
    e.kind = Kind::Network;
    e.message = message;
    e.retryable = true;
    e.ambiguous = ambiguous;
    return e;
}

ApiError ApiError::timeout(bool ambiguous)
{
    ApiError e;
    e.kind = Kind::Timeout;
    e.message = tr("The server did not answer in time.");
    e.retryable = true;
    e.ambiguous = ambiguous;
    return e;
}

ApiError ApiError::http(int status, const QString &message)
{
    ApiError e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    e.message = message.isEmpty() ? tr("The server answered with HTTP status %1.").arg(status) : message;
    e.retryable = status == 408 || status == 425 || status == 429 || status >= 500;
    return e;
}

ApiError ApiError::auth(const QString &message, const QString &platformCode)
{
    ApiError e;
    e.kind = Kind::Auth;
    e.platformCode = platformCode;
    e.message = message;
    return e;
}

ApiError ApiError::platform(const QString &code, const QString &message)
{
    ApiError e;
    e.kind = Kind::Platform;
    e.platformCode = code;
    e.message = message.isEmpty() ? tr("The platform reported error %1.").arg(code) : message;
    return e;
}

ApiError ApiError::parse(const QString &message)
{
    ApiError e;
    e.kind = Kind::Parse;
    e.message = tr("The server's answer could not be read: %1").arg(message);
    return e;
}

ApiError ApiError::cancelled()
{
    ApiError e;
    e.kind = Kind::Cancelled;
    e.message = tr("Cancelled.");
    return e;
}

ApiError ApiError::unsupported(const QString &message)
{
    ApiError e;
    e.kind = Kind::Unsupported;
    e.message = message;
    return e;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Http: return QStringLiteral("http");
    case Kind::Auth: return QStringLiteral("auth");
    case Kind::Platform: return QStringLiteral("platform");
    case Kind::Parse: return QStringLiteral("parse");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::Unsupported: return QStringLiteral("unsupported");
    }
    return QStringLiteral("unknown");
}

QString ApiError::toDisplayString() const
{
    QString text = message;
    if (!platformCode.isEmpty())
        text = tr("%1 (code %2)").arg(text, platformCode);
    else if (httpStatus > 0 && kind != Kind::Http)
        text = tr("%1 (HTTP %2)").arg(text).arg(httpStatus);
    if (ambiguous)
        text += QLatin1Char(' ') + tr("The request may have reached the server; check the current state before trying again.");
    return text;
}

} // namespace suanli
