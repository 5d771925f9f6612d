#include "sim/unis/uniscrypto.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include <openssl/evp.h>

#include <memory>

namespace suanli::sim::unis {

namespace {

const EVP_CIPHER *cipherFor(const QByteArray &key)
{
    switch (key.size()) {
    case 16: return EVP_aes_128_cbc();
    case 24: return EVP_aes_192_cbc();
    case 32: return EVP_aes_256_cbc();
    default: return nullptr;
    }
}

struct CipherContextDeleter
{
    void operator()(EVP_CIPHER_CTX *context) const { EVP_CIPHER_CTX_free(context); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

// Runs one whole CBC pass; nullopt when OpenSSL refuses (a bad final block when decrypting).
std::optional<QByteArray> runCipher(const QByteArray &key, const QByteArray &input, bool encrypt)
{
    const EVP_CIPHER *cipher = cipherFor(key);
    if (!cipher)
        return std::nullopt;
    CipherContext context(EVP_CIPHER_CTX_new());
    if (!context)
        return std::nullopt;
    const unsigned char iv[16] = {};
    const auto *keyBytes = reinterpret_cast<const unsigned char *>(key.constData());
    if (EVP_CipherInit_ex(context.get(), cipher, nullptr, keyBytes, iv, encrypt ? 1 : 0) != 1)
        return std::nullopt;
    QByteArray output(input.size() + 16, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(output.data());
    int written = 0;
    if (EVP_CipherUpdate(context.get(), out, &written,
                         reinterpret_cast<const unsigned char *>(input.constData()),
                         int(input.size()))
        != 1)
        return std::nullopt;
    int last = 0;
    if (EVP_CipherFinal_ex(context.get(), out + written, &last) != 1)
        return std::nullopt;
    output.resize(written + last);
    return output;
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray hs256(const QByteArray &message, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha256);
}

} // namespace

bool isValidAesKey(const QByteArray &key)
{
    return cipherFor(key) != nullptr;
}

QString aesEncryptHex(const QByteArray &key, const QByteArray &plain)
{
    const std::optional<QByteArray> cipherText = runCipher(key, plain, true);
    return cipherText ? QString::fromLatin1(cipherText->toHex().toUpper()) : QString();
}

std::optional<QByteArray> aesDecryptHex(const QByteArray &key, const QString &hex)
{
    static const QRegularExpression hexDigits(QStringLiteral("^(?:[0-9A-Fa-f]{32})+$"));
    if (!hexDigits.match(hex).hasMatch())
        return std::nullopt;
    return runCipher(key, QByteArray::fromHex(hex.toLatin1()), false);
}

QString signJwt(const QJsonObject &claims, const QByteArray &secret)
{
    const QByteArray header = base64Url(QByteArrayLiteral("{\"alg\":\"HS256\"}"));
    const QByteArray payload = base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signingInput = header + '.' + payload;
    return QString::fromLatin1(signingInput + '.' + base64Url(hs256(signingInput, secret)));
}

std::optional<QJsonObject> verifyJwt(const QString &token, const QByteArray &secret)
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3 || token.contains(QLatin1Char(' ')))
        return std::nullopt;
    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
    const auto decode = [](const QByteArray &part) {
        return QByteArray::fromBase64Encoding(part, QByteArray::Base64UrlEncoding
                                                        | QByteArray::AbortOnBase64DecodingErrors);
    };
    const auto signature = decode(parts.at(2));
    if (!signature || *signature != hs256(signingInput, secret))
        return std::nullopt;
    const auto header = decode(parts.at(0));
    const auto payload = decode(parts.at(1));
    if (!header || !payload)
        return std::nullopt;
    if (QJsonDocument::fromJson(*header).object().value(QStringLiteral("alg")).toString()
        != QLatin1String("HS256"))
        return std::nullopt;
    const QJsonDocument claims = QJsonDocument::fromJson(*payload);
    if (!claims.isObject())
        return std::nullopt;
    return claims.object();
}

} // namespace suanli::sim::unis
