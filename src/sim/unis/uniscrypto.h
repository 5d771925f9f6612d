#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// The two pieces of cryptography the UNIS platform puts on the wire: the AES-encrypted login
// password and the HS256 JSON Web Token it answers with.
namespace suanli::sim::unis {

// 16, 24 or 32 bytes pick AES-128, AES-192 or AES-256.
bool isValidAesKey(const QByteArray &key);

// AES-CBC with a zero IV and PKCS7 padding, the ciphertext as upper-case hex: what the login
// document's CryptoJS snippet produces once its IV line is read as intended.
QString aesEncryptHex(const QByteArray &key, const QByteArray &plain);
// The reverse; nullopt for anything that is not hex of whole blocks or does not unpad. Hex
// digits of either case are taken, as Java hex decoders do.
std::optional<QByteArray> aesDecryptHex(const QByteArray &key, const QString &hex);

// {"alg":"HS256"} header (no "typ", like the document's token), claims as given.
QString signJwt(const QJsonObject &claims, const QByteArray &secret);
// The claims of a token whose signature matches; nullopt otherwise. Expiry is the caller's.
std::optional<QJsonObject> verifyJwt(const QString &token, const QByteArray &secret);

} // namespace suanli::sim::unis
