#include "unislogin.h"

#include "core/jsonutil.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <openssl/evp.h>

#include <memory>

namespace suanli::unis {

Result<QString> Login::encryptPassword(const QString &password, const QByteArray &key)
{
    const EVP_CIPHER *cipher = nullptr;
    switch (key.size()) {
    case 16:
        cipher = EVP_aes_128_cbc();
        break;
    case 24:
        cipher = EVP_aes_192_cbc();
        break;
    case 32:
        cipher = EVP_aes_256_cbc();
        break;
    default:
        return ApiError::auth(tr("The login encryption key must be 16, 24 or 32 characters long; this one has %n.",
                                 nullptr, int(key.size())));
    }
    const QByteArray plain = password.toUtf8();
    const unsigned char iv[16] = {};
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(plain.size() + 16, Qt::Uninitialized);
    int written = 0;
    int last = 0;
    const auto *keyBytes = reinterpret_cast<const unsigned char *>(key.constData());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), cipher, nullptr, keyBytes, iv) != 1
        || EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &written,
                             reinterpret_cast<const unsigned char *>(plain.constData()), int(plain.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + written, &last) != 1) {
        return ApiError::auth(tr("The password could not be encrypted for the sign-in."));
    }
    out.truncate(written + last);
    return QString::fromLatin1(out.toHex().toUpper());
}

QJsonObject Login::tokenClaims(const QString &token)
{
    const QStringList parts = token.trimmed().split(u'.');
    if (parts.size() != 3)
        return {};
    // JWTs drop the base64 padding; put it back so that a strict decode accepts the text.
    QByteArray payload = parts.at(1).toLatin1();
    while (payload.size() % 4 != 0)
        payload.append('=');
    const auto decoded = QByteArray::fromBase64Encoding(payload, QByteArray::Base64UrlEncoding
                                                                     | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    return QJsonDocument::fromJson(*decoded).object();
}

std::optional<QDateTime> Login::tokenExpiry(const QString &token)
{
    const std::optional<qint64> exp = json::integer(tokenClaims(token).value(QLatin1String("exp")));
    if (!exp || *exp <= 0)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(*exp, QTimeZone::utc());
}

} // namespace suanli::unis
