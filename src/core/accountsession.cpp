#include "accountsession.h"

#include "eventlog.h"
#include "redactor.h"

#include <QNetworkAccessManager>
#include <QNetworkCookieJar>

namespace suanli {

AccountSession::AccountSession(Account account, EventLog *eventLog, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_eventLog(eventLog)
    , m_nam(new QNetworkAccessManager(this))
    , m_http(new HttpClient(m_nam, this))
{
    m_nam->setCookieJar(new QNetworkCookieJar(m_nam));
    m_nam->setAutoDeleteReplies(false);
    m_http->setAccountName(m_account.displayName);
    if (m_eventLog)
        connect(m_http, &HttpClient::requestLogged, m_eventLog, &EventLog::appendHttp);
}

AccountSession::~AccountSession()
{
    m_http->cancelAll();
}

void AccountSession::setAccount(const Account &account)
{
    m_account = account;
    m_http->setAccountName(account.displayName);
    Q_EMIT accountChanged();
}

void AccountSession::setSecret(const QString &secret)
{
    if (!m_secret.isEmpty() && m_secret != secret)
        Redactor::forgetSecret(m_secret);
    m_secret = secret;
    Redactor::registerSecret(secret);
}

void AccountSession::setState(AccountState state, const QString &reason)
{
    if (state == m_state && reason == m_stateReason)
        return;
    m_state = state;
    m_stateReason = reason;
    Q_EMIT stateChanged(state, reason);
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
