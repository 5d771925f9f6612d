#include "accountsession.h"

#include "eventlog.h"
#include "redactor.h"
#include "sessioncookiejar.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace suanli {

AccountSession::AccountSession(Account account, EventLog *eventLog, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_eventLog(eventLog)
    , m_nam(new QNetworkAccessManager(this))
    , m_http(new HttpClient(m_nam, this))
    , m_jar(new SessionCookieJar(m_nam))
{
    m_nam->setCookieJar(m_jar);
    connect(m_jar, &SessionCookieJar::changed, this, &AccountSession::onCookiesChanged);
    m_nam->setAutoDeleteReplies(false);
    m_http->setAccountName(m_account.displayName);
    if (m_eventLog)
        connect(m_http, &HttpClient::requestLogged, m_eventLog, &EventLog::appendHttp);
    applyTlsOptions();
}

AccountSession::~AccountSession()
{
    m_http->cancelAll();
}

void AccountSession::setAccount(const Account &account)
{
    m_account = account;
    m_http->setAccountName(account.displayName);
    applyTlsOptions();
    Q_EMIT accountChanged();
}

void AccountSession::applyTlsOptions()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    const QString path = m_account.options.value(caCertificateOption()).toString().trimmed();
    if (path.isEmpty()) {
        m_http->setSslConfiguration(config);
        m_http->setConfigurationError({});
        return;
    }
    QFile file(path);
    QString problem;
    QList<QSslCertificate> certificates;
    if (!file.open(QIODevice::ReadOnly)) {
        problem = file.errorString();
    } else {
        const QByteArray data = file.readAll();
        certificates = QSslCertificate::fromData(data, QSsl::Pem);
        if (certificates.isEmpty())
            certificates = QSslCertificate::fromData(data, QSsl::Der);
        if (certificates.isEmpty())
            problem = tr("it holds no PEM or DER certificate");
    }
    if (!problem.isEmpty()) {
        // No request goes out without the trust the account asks for.
        m_http->setConfigurationError(
            tr("The CA certificate file %1 of account %2 cannot be read: %3").arg(path, m_account.displayName, problem));
        return;
    }
    config.addCaCertificates(certificates);
    m_http->setSslConfiguration(config);
    m_http->setConfigurationError({});
}

void AccountSession::setSecret(const QString &secret)
{
    if (!m_secret.isEmpty() && m_secret != secret)
        Redactor::forgetSecret(m_secret);
    m_secret = secret;
    Redactor::registerSecret(secret);
    if (m_secretKind != SecretKind::Cookies)
        return;
    // Anything but a cookie secret leaves the jar empty: the platform then says the session is
    // gone, which is what it is.
    SessionCookieJar::registerSecrets(secret);
    m_jar->replaceCookies(SessionCookieJar::decode(secret).value_or(QList<QNetworkCookie>()));
    m_cookieSecret = m_jar->toSecret();
}

void AccountSession::setSecretKind(SecretKind kind)
{
    if (kind == m_secretKind)
        return;
    m_secretKind = kind;
    if (kind == SecretKind::Cookies && !m_secret.isEmpty())
        setSecret(m_secret);
}

void AccountSession::onCookiesChanged()
{
    if (m_secretKind != SecretKind::Cookies)
        return;
    const QString encoded = m_jar->toSecret();
    if (encoded == m_cookieSecret)
        return;
    m_cookieSecret = encoded;
    if (!m_secret.isEmpty() && m_secret != encoded)
        Redactor::forgetSecret(m_secret);
    m_secret = encoded;
    SessionCookieJar::registerSecrets(encoded);
    Q_EMIT secretChanged(encoded);
}

void AccountSession::setState(AccountState state, const QString &reason)
{
    if (state == m_state && reason == m_stateReason)
        return;
    m_state = state;
    m_stateReason = reason;
    Q_EMIT stateChanged(state, reason);
}

QString AccountSession::stateFilePath(const QString &configDir, const QString &accountId)
{
    return QDir(configDir).filePath(QStringLiteral("state/") + accountId + QStringLiteral(".json"));
}

void AccountSession::setStateFile(const QString &path)
{
    m_stateFile = path;
    QFile f(path);
    if (f.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        // What was set in memory before the file was known wins over the file.
        QVariantMap fromFile = o.toVariantMap();
        for (auto it = m_persisted.cbegin(); it != m_persisted.cend(); ++it)
            fromFile.insert(it.key(), it.value());
        m_persisted = fromFile;
    }
}

QVariant AccountSession::persisted(const QString &key) const
{
    return m_persisted.value(key);
}

void AccountSession::persist(const QString &key, const QVariant &value)
{
    if (value.isValid())
        m_persisted.insert(key, value);
    else
        m_persisted.remove(key);
    if (m_stateFile.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_stateFile).absolutePath());
    QSaveFile f(m_stateFile);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(QJsonObject::fromVariantMap(m_persisted)).toJson(QJsonDocument::Compact));
        f.commit();
    }
}

QUrl AccountSession::endpoint(const QString &path) const
{
    QUrl url = m_account.baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + (path.startsWith(u'/') ? path : QLatin1Char('/') + path));
    return url;
}

} // namespace suanli
