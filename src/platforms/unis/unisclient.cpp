#include "unisclient.h"

#include "unislogin.h"

#include "core/accountsession.h"
#include "core/httpclient.h"
#include "core/jsonutil.h"
#include "core/redactor.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace suanli::unis {

namespace {

const QString kLoginPath = QStringLiteral("/prod-api/login");

// A raw answer (a download) that is nonetheless a JSON envelope saying no.
std::optional<ApiError> envelopeRefusal(const HttpResponse &response)
{
    if (!response.body.trimmed().startsWith('{'))
        return std::nullopt;
    const Result<Envelope> env = decodeEnvelope(response.status, response.body);
    if (!env && (env.error().kind == ApiError::Kind::Auth || env.error().kind == ApiError::Kind::Platform))
        return env.error();
    return std::nullopt;
}

} // namespace

Client::Client(AccountSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    // Another account, another password: what was signed in no longer applies.
    connect(session, &AccountSession::accountChanged, this, &Client::clearToken);
}

Client::~Client()
{
    if (!m_token.isEmpty())
        Redactor::forgetSecret(m_token);
}

QUrl Client::url(const QString &path, const QUrlQuery &query) const
{
    QUrl u = m_session->endpoint(path.trimmed());
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

void Client::clearToken()
{
    if (!m_token.isEmpty())
        Redactor::forgetSecret(m_token);
    m_token.clear();
    m_expiry.reset();
}

bool Client::tokenFresh() const
{
    if (m_token.isEmpty())
        return false;
    if (!m_expiry)
        return true;
    return m_clock().secsTo(*m_expiry) > m_renewMarginSecs;
}

Result<QByteArray> Client::loginBody() const
{
    const Account &account = m_session->account();
    const QString username = account.login.trimmed();
    if (username.isEmpty())
        return ApiError::auth(tr("Enter the UNIS username of this account."));
    const QString password = m_session->secret();
    if (password.isEmpty())
        return ApiError::auth(tr("Enter the password of this UNIS account."));
    QString sent = password;
    const bool plain = json::boolean(QJsonValue::fromVariant(account.options.value(Login::plainPasswordOption())));
    if (!plain) {
        const QString key = account.options.value(Login::keyOption()).toString();
        if (key.isEmpty())
            return ApiError::auth(tr("Set the login encryption key (option %1) of this UNIS deployment, or send the "
                                     "password unencrypted (option %2=true) for platforms before version D11.")
                                      .arg(Login::keyOption(), Login::plainPasswordOption()));
        Result<QString> cipher = Login::encryptPassword(password, key.toUtf8());
        if (!cipher)
            return cipher.error();
        sent = cipher.value();
    }
    const QJsonObject body{{QStringLiteral("username"), username}, {QStringLiteral("password"), sent}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void Client::signIn(QObject *context, Completion<Done> done)
{
    QPointer<QObject> guard(context);
    withToken(true, [guard, done = std::move(done)](const Result<QString> &token) {
        if (!guard)
            return;
        if (token)
            done(Done{});
        else
            done(token.error());
    });
}

void Client::withToken(bool forceNew, TokenWaiter done)
{
    if (!forceNew && !m_signingIn && tokenFresh()) {
        done(m_token);
        return;
    }
    m_waiters.append(std::move(done));
    if (!m_signingIn)
        startSignIn();
}

void Client::startSignIn()
{
    m_signingIn = true;
    Result<QByteArray> body = loginBody();
    if (!body) {
        // Still from the event loop, like every other completion.
        QMetaObject::invokeMethod(this, [this, error = body.error()] { finishSignIn(error); }, Qt::QueuedConnection);
        return;
    }
    // The ciphertext opens the account as well as the password does.
    const QJsonObject sent = QJsonDocument::fromJson(body.value()).object();
    Redactor::registerSecret(sent.value(QLatin1String("password")).toString());

    ++m_signIns;
    HttpRequest request = HttpRequest::postJson(url(kLoginPath), body.value());
    request.label = tr("sign-in");
    HttpJob *job = m_session->http()->send(std::move(request));
    connect(job, &HttpJob::finished, this, [this](const Result<HttpResponse> &r) {
        if (!r) {
            finishSignIn(r.error());
            return;
        }
        Result<Envelope> env = decodeEnvelope(r.value().status, r.value().body);
        if (!env) {
            ApiError e = env.error();
            // The platform refusing a login means the credentials (or the key) are wrong.
            if (e.kind == ApiError::Kind::Platform) {
                e.kind = ApiError::Kind::Auth;
                e.retryable = false;
                e.message = tr("The UNIS platform refused the sign-in: %1").arg(e.message);
            }
            finishSignIn(e);
            return;
        }
        const QString token = json::text(env.value().whole.value(QLatin1String("token"))).trimmed();
        if (token.isEmpty()) {
            finishSignIn(ApiError::parse(tr("the sign-in answer carries no token")));
            return;
        }
        finishSignIn(token);
    });
}

void Client::finishSignIn(const Result<QString> &token)
{
    m_signingIn = false;
    clearToken();
    if (token) {
        m_token = token.value();
        Redactor::registerSecret(m_token);
        m_expiry = Login::tokenExpiry(m_token);
        // A token that looks expired on arrival means the clocks disagree: then trust the
        // platform's word (an auth failure) instead of signing in before every call.
        if (m_expiry && m_clock().secsTo(*m_expiry) <= m_renewMarginSecs)
            m_expiry.reset();
        Q_EMIT signedIn(m_session->account().login);
    } else {
        Q_EMIT signInFailed(token.error());
    }
    const QList<TokenWaiter> waiters = std::exchange(m_waiters, {});
    for (const TokenWaiter &w : waiters)
        w(token);
}

void Client::send(HttpRequest request, bool raw, bool mayRenew, QPointer<QObject> context,
                  std::function<void(const Result<HttpResponse> &, const Result<Envelope> &)> done)
{
    QPointer<Client> self(this);
    withToken(false, [self, request = std::move(request), raw, mayRenew, context, done = std::move(done)](
                         const Result<QString> &token) mutable {
        if (!self || !context)
            return;
        if (!token) {
            done(token.error(), token.error());
            return;
        }
        HttpRequest req = request;
        req.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.value().toUtf8()});
        HttpJob *job = self->m_session->http()->send(std::move(req));
        const QString used = token.value();
        connect(job, &HttpJob::finished, context.data(),
                [self, request, raw, mayRenew, context, done, used](const Result<HttpResponse> &r) {
                    if (!self)
                        return;
                    Result<Envelope> env = r ? decodeEnvelope(r.value().status, r.value().body) : Result<Envelope>(r.error());
                    bool authFailed = false;
                    if (raw && r && r.value().status >= 200 && r.value().status < 300) {
                        const std::optional<ApiError> refusal = envelopeRefusal(r.value());
                        authFailed = refusal && refusal->kind == ApiError::Kind::Auth;
                    } else {
                        authFailed = !env && env.error().kind == ApiError::Kind::Auth;
                    }
                    if (authFailed && mayRenew) {
                        // A refused token did nothing on the platform: sign in again and send once more.
                        if (self->m_token == used)
                            self->clearToken();
                        self->send(request, raw, false, context, done);
                        return;
                    }
                    done(r, env);
                });
    });
}

void Client::call(HttpRequest request, QObject *context, Completion<Envelope> done)
{
    send(std::move(request), false, true, QPointer<QObject>(context),
         [done = std::move(done)](const Result<HttpResponse> &, const Result<Envelope> &env) { done(env); });
}

void Client::callRaw(HttpRequest request, QObject *context, Completion<HttpResponse> done)
{
    send(std::move(request), true, true, QPointer<QObject>(context),
         [done = std::move(done)](const Result<HttpResponse> &r, const Result<Envelope> &env) {
             if (!r) {
                 done(r.error());
                 return;
             }
             const HttpResponse &response = r.value();
             if (response.status < 200 || response.status >= 300) {
                 done(env ? Result<HttpResponse>(ApiError::http(response.status, {})) : Result<HttpResponse>(env.error()));
                 return;
             }
             if (const std::optional<ApiError> refusal = envelopeRefusal(response)) {
                 done(*refusal);
                 return;
             }
             done(response);
         });
}

} // namespace suanli::unis
