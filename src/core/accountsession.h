#pragma once

#include "account.h"
#include "httpclient.h"

#include <QObject>
#include <QString>
#include <QVariantMap>

class QNetworkAccessManager;

namespace suanli {

class EventLog;
class SessionCookieJar;

// One account at run time: its network manager and cookie jar, its HTTP client with auth
// injection, its secret in memory once read, and its state.
class AccountSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSession)

public:
    AccountSession(Account account, EventLog *eventLog, QObject *parent = nullptr);
    ~AccountSession() override;

    const Account &account() const { return m_account; }
    void setAccount(const Account &account);
    QString name() const { return m_account.displayName; }

    QNetworkAccessManager *network() const { return m_nam; }
    HttpClient *http() const { return m_http; }
    EventLog *eventLog() const { return m_eventLog; }

    // The secret in memory (API key, token, password, cookie). Registered with the Redactor.
    QString secret() const { return m_secret; }
    void setSecret(const QString &secret);
    bool hasSecret() const { return !m_secret.isEmpty(); }

    // What the secret is. Text: a key or token the platform code sends itself. Cookies: the
    // session cookies of a platform that signs in with a cookie (元境); setSecret() then puts
    // them into the cookie jar, and whenever the platform sets or clears a cookie the secret
    // follows and secretChanged() tells the owner to store it again.
    enum class SecretKind { Text, Cookies };
    void setSecretKind(SecretKind kind);
    SecretKind secretKind() const { return m_secretKind; }
    SessionCookieJar *cookieJar() const { return m_jar; }

    AccountState state() const { return m_state; }
    QString stateReason() const { return m_stateReason; }
    void setState(AccountState state, const QString &reason = {});

    // The account option naming a PEM file of extra CA certificates trusted for this account
    // (a private deployment's own CA), applied to every request path of its HttpClient.
    static QString caCertificateOption() { return QStringLiteral("ca-cert"); }
    // Why the account's TLS settings could not be applied (empty when they were).
    QString tlsSetupError() const { return m_http->configurationError(); }

    // Base URL joined with an API path ("/api/v1/app/list").
    QUrl endpoint(const QString &path) const;

    // Small, non-secret facts a platform must remember between runs (how an instance was
    // stopped, say), kept in one JSON file per account. Without a file they live in memory.
    void setStateFile(const QString &path);
    // Where an account's state file lives in a config dir; the GUI and the CLI share it.
    static QString stateFilePath(const QString &configDir, const QString &accountId);
    QVariant persisted(const QString &key) const;
    void persist(const QString &key, const QVariant &value);

Q_SIGNALS:
    void stateChanged(suanli::AccountState state, const QString &reason);
    void accountChanged();
    // The platform changed the session cookies (SecretKind::Cookies only): `secret` is the new
    // secret, already in secret(), to be written to the secret store.
    void secretChanged(const QString &secret);

private:
    void onCookiesChanged();
    void applyTlsOptions();

    Account m_account;
    EventLog *m_eventLog;
    QNetworkAccessManager *m_nam;
    HttpClient *m_http;
    SessionCookieJar *m_jar;
    QString m_secret;
    SecretKind m_secretKind = SecretKind::Text;
    QString m_cookieSecret; // the jar as last encoded, to tell real changes from echoes
    AccountState m_state = AccountState::SignedOut;
    QString m_stateReason;
    QString m_stateFile;
    QVariantMap m_persisted;
};

} // namespace suanli
