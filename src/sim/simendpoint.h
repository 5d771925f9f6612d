#pragma once

#include <QMap>
#include <QString>
#include <QUrl>

namespace suanli::sim {

// What a client needs to reach one simulated platform.
struct SimEndpoint
{
    QString platform;       // "chenyu", ...
    QUrl baseUrl;           // http://127.0.0.1:PORT
    QString credentialName; // how the platform calls its secret: "api-key", ...
    QString credential;     // the secret itself
    QString login;          // user name / phone where the platform has one; empty otherwise
    // Account options a client needs besides the secret: "aes-key" (the UNIS login key).
    QMap<QString, QString> options;
};

} // namespace suanli::sim
