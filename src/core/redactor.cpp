#include "redactor.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>

namespace suanli {

namespace {

QMutex &secretsMutex()
{
    static QMutex m;
    return m;
}

QSet<QString> &secrets()
{
    static QSet<QString> s;
    return s;
}

const QRegularExpression &bearerPattern()
{
    static const QRegularExpression re(QStringLiteral(R"re((Authorization\s*[:=]\s*"?)(Bearer\s+)?([^\s",;]+))re"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &jsonFieldPattern()
{
    // "password":"..."  "token": "..."  "api_key":"..."  "secret":"..."  "cookie":"..."
    static const QRegularExpression re(
        QStringLiteral(R"re(("(?:[A-Za-z_]*(?:password|passwd|token|secret|api_?key|apikey|cookie|secretkey|aapikey)[A-Za-z_]*)"\s*:\s*")((?:[^"\\]|\\.)*)("))re"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &queryPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"re(([?&](?:access_token|token|password|key|api_key|secret)=)([^&\s#]+))re"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

void Redactor::registerSecret(const QString &secret)
{
    if (secret.size() < 4)
        return; // too short to scrub without mangling ordinary text
    QMutexLocker lock(&secretsMutex());
    secrets().insert(secret);
}

void Redactor::forgetSecret(const QString &secret)
{
    QMutexLocker lock(&secretsMutex());
    secrets().remove(secret);
}

QString Redactor::redact(const QString &text)
{
    QString out = text;
    {
        QMutexLocker lock(&secretsMutex());
        for (const QString &s : std::as_const(secrets()))
            out.replace(s, mask);
    }
    out.replace(bearerPattern(), QStringLiteral("\\1\\2") + mask);
    out.replace(jsonFieldPattern(), QStringLiteral("\\1") + mask + QStringLiteral("\\3"));
    out.replace(queryPattern(), QStringLiteral("\\1") + mask);
    return out;
}

QByteArray Redactor::redact(const QByteArray &text)
{
    return redact(QString::fromUtf8(text)).toUtf8();
}

bool Redactor::isSensitiveHeader(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    return n == "authorization" || n == "cookie" || n == "set-cookie" || n == "proxy-authorization"
        || n.contains("token") || n.contains("secret") || n.contains("api-key") || n == "signature";
}

QByteArray Redactor::headerValue(const QByteArray &name, const QByteArray &value)
{
    if (!isSensitiveHeader(name))
        return redact(value);
    if (name.compare("authorization", Qt::CaseInsensitive) == 0 && value.startsWith("Bearer "))
        return QByteArray("Bearer ") + mask.toLatin1();
    return mask.toLatin1();
}

} // namespace suanli
