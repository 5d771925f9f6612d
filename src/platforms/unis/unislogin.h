#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace suanli::unis {

// The pieces of the UNIS sign-in that need no network: the password cipher and the token's claims.
class Login final
{
    Q_DECLARE_TR_FUNCTIONS(UnisLogin)
public:
    // The login password as platforms from version D11 on expect it: AES-CBC over the UTF-8 text
    // with a 16-byte zero IV and PKCS#7 padding, the ciphertext as upper-case hex. The key is the
    // deployment's, taken as UTF-8 bytes; 16, 24 or 32 bytes select AES-128, -192 or -256.
    static Result<QString> encryptPassword(const QString &password, const QByteArray &key);

    // The JSON payload of a JWT (the middle, base64url part); empty when it is not a JWT.
    static QJsonObject tokenClaims(const QString &token);
    // The token's `exp` claim (epoch seconds, a number or a string); nullopt when absent.
    static std::optional<QDateTime> tokenExpiry(const QString &token);

    // Account options.
    static QString keyOption() { return QStringLiteral("aes-key"); }
    static QString plainPasswordOption() { return QStringLiteral("plain-password"); }
    static QString caCertOption() { return QStringLiteral("ca-cert"); }
};

} // namespace suanli::unis
