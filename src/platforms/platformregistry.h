#pragma once

#include "core/provider.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace suanli {

class AccountSession;

// What the GUI and CLI need to know about a platform before an account exists.
struct PlatformInfo
{
    QString key;            // "chenyu"
    QString displayName;    // translated, "晨羽智云"
    QUrl defaultBaseUrl;    // empty where every deployment has its own
    QString secretLabel;    // "API key"
    QString secretHelp;     // where the secret comes from
    bool needsLogin = false; // whether `login` (username / phone) is part of the account
    // Signs in with a code sent by SMS to the login (a phone): the secret is the session that
    // sign-in makes, never typed (元境).
    bool signsInBySms = false;
};

class PlatformRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(PlatformRegistry)
public:
    // The platforms this build supports, in menu order.
    static QList<PlatformInfo> available();
    static std::optional<PlatformInfo> find(const QString &key);
    // Every platform key the product knows of, supported in this build or not.
    static QStringList knownKeys();
    static std::unique_ptr<Provider> createProvider(AccountSession *session);
};

} // namespace suanli
