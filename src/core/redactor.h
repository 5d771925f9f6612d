#pragma once

#include <QByteArray>
#include <QString>

namespace suanli {

// Scrubs secrets from anything that may be logged or shown: known secret values registered
// at run time, Authorization / Cookie headers, and "password"/"token"/"key"-like JSON fields
// and query parameters. Process-wide on purpose: the Qt message handler must reach it.
class Redactor final
{
public:
    static void registerSecret(const QString &secret);
    static void forgetSecret(const QString &secret);

    static QString redact(const QString &text);
    static QByteArray redact(const QByteArray &text);
    // The value to log for one HTTP header.
    static QByteArray headerValue(const QByteArray &name, const QByteArray &value);
    static bool isSensitiveHeader(const QByteArray &name);

    static inline const QString mask = QStringLiteral("***");
};

} // namespace suanli
