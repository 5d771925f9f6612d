#pragma once

#include "unisenvelope.h"

#include "core/httprequest.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace suanli {
class AccountSession;
}

namespace suanli::unis {

// The UNIS transport: signs in with the account's username and (AES-encrypted) password, keeps
// the JWT in memory only, sends "Authorization: Bearer <token>" on every call, signs in again
// shortly before the token expires and once, transparently, after the platform says the
// sign-in is no longer valid. Decodes the answer's envelope. Completion comes through the event
// loop while `context` exists. Reads are retried by HttpClient; Unsafe requests are sent once.
class Client final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Client)

public:
    template<typename T>
    using Completion = std::function<void(const Result<T> &)>;
    using Clock = std::function<QDateTime()>;

    explicit Client(AccountSession *session, QObject *parent = nullptr);
    ~Client() override;

    AccountSession *session() const { return m_session; }

    // The account's base URL joined with a path as the document writes it ("/api/...",
    // "api/..." without the leading slash, "/prod-api/..."): a path without the leading slash
    // is joined as if it had one.
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;

    // Sends `request` with "Authorization: Bearer <token>", signing in first when there is no
    // token or it expires within a minute (JWT exp), and once more, transparently, after an
    // auth failure (then the auth error is the result). Decodes the envelope. Safety (retries)
    // comes from the request. Completion through the event loop, only while `context` lives.
    void call(HttpRequest request, QObject *context, Completion<Envelope> done);
    // The same for answers that are not an envelope (plain-text log downloads, files): the raw
    // response on 2xx; a JSON error envelope in the body is still turned into its ApiError.
    void callRaw(HttpRequest request, QObject *context, Completion<HttpResponse> done);

    // Signs in now (a fresh token even when one is held). Concurrent calls share one sign-in.
    void signIn(QObject *context, Completion<Done> done);
    // Forgets the token (sign-out on this side; the platform has no logout call).
    void clearToken();
    bool hasToken() const { return !m_token.isEmpty(); }
    // When the held token expires, if its `exp` said so.
    std::optional<QDateTime> tokenExpiry() const { return m_expiry; }
    // How many sign-ins went out (tests and the activity log).
    int signInCount() const { return m_signIns; }

    // For tests: the time the token's expiry is compared with.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // How long before `exp` a token is replaced (default one minute).
    void setRenewMargin(int seconds) { m_renewMarginSecs = seconds; }

    // The login body for the account: {"username", "password"} with the password encrypted
    // unless the account asks for the plain password; an Auth error when something is missing.
    Result<QByteArray> loginBody() const;

Q_SIGNALS:
    // A sign-in went out and ended (ok or not); the provider logs it.
    void signedIn(const QString &userName);
    void signInFailed(const suanli::ApiError &error);

private:
    using TokenWaiter = std::function<void(const Result<QString> &)>;

    // Calls `done` with a token that is valid for a while yet, signing in when needed.
    void withToken(bool forceNew, TokenWaiter done);
    void startSignIn();
    void finishSignIn(const Result<QString> &token);
    bool tokenFresh() const;
    // Sends once with `token`; on an auth failure signs in again and sends a second time.
    void send(HttpRequest request, bool raw, bool mayRenew, QPointer<QObject> context,
              std::function<void(const Result<HttpResponse> &, const Result<Envelope> &)> done);

    AccountSession *m_session;
    QString m_token;
    std::optional<QDateTime> m_expiry;
    bool m_signingIn = false;
    QList<TokenWaiter> m_waiters;
    int m_signIns = 0;
    int m_renewMarginSecs = 60;
    Clock m_clock;
};

} // namespace suanli::unis
