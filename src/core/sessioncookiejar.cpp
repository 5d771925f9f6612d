#include "sessioncookiejar.h"

#include "redactor.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace suanli {

namespace {

// The first line of an encoded jar: tells a cookie secret from any other string, and leaves room
// for another format later.
const QString kHeader = QStringLiteral("suanli-cookies/1");

bool expired(const QNetworkCookie &cookie, const QDateTime &now)
{
    return !cookie.isSessionCookie() && cookie.expirationDate() <= now;
}

} // namespace

SessionCookieJar::SessionCookieJar(QObject *parent)
    : QNetworkCookieJar(parent)
{
}

SessionCookieJar::~SessionCookieJar() = default;

QList<QNetworkCookie> SessionCookieJar::cookies() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QNetworkCookie> out;
    for (const QNetworkCookie &c : allCookies()) {
        if (!expired(c, now))
            out.append(c);
    }
    return out;
}

void SessionCookieJar::replaceCookies(const QList<QNetworkCookie> &cookies)
{
    ++m_quiet;
    setAllCookies(cookies);
    --m_quiet;
    m_dirty = false;
}

QString SessionCookieJar::toSecret() const
{
    return encode(cookies());
}

QString SessionCookieJar::encode(const QList<QNetworkCookie> &cookies)
{
    QStringList lines{kHeader};
    for (const QNetworkCookie &c : cookies)
        lines.append(QString::fromLatin1(c.toRawForm(QNetworkCookie::Full)));
    return lines.join(QLatin1Char('\n'));
}

bool SessionCookieJar::isCookieSecret(const QString &secret)
{
    return secret == kHeader || secret.startsWith(kHeader + QLatin1Char('\n'));
}

std::optional<QList<QNetworkCookie>> SessionCookieJar::decode(const QString &secret)
{
    if (!isCookieSecret(secret))
        return std::nullopt;
    const QStringList lines = secret.split(QLatin1Char('\n'));
    QList<QNetworkCookie> out;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QList<QNetworkCookie> parsed = QNetworkCookie::parseCookies(line.toLatin1());
        if (parsed.size() != 1 || parsed.constFirst().name().isEmpty())
            return std::nullopt; // damaged: better no cookies than a wrong one
        if (!expired(parsed.constFirst(), now))
            out.append(parsed.constFirst());
    }
    return out;
}

void SessionCookieJar::registerSecrets(const QString &secret)
{
    Redactor::registerSecret(secret);
    if (const auto cookies = decode(secret)) {
        for (const QNetworkCookie &c : *cookies)
            Redactor::registerSecret(QString::fromLatin1(c.value()));
    }
}

void SessionCookieJar::changedQuietly()
{
    if (m_quiet > 0) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    Q_EMIT changed();
}

bool SessionCookieJar::setCookiesFromUrl(const QList<QNetworkCookie> &cookieList, const QUrl &url)
{
    ++m_quiet;
    const bool added = QNetworkCookieJar::setCookiesFromUrl(cookieList, url);
    --m_quiet;
    if (m_dirty && m_quiet == 0)
        changedQuietly();
    return added;
}

bool SessionCookieJar::insertCookie(const QNetworkCookie &cookie)
{
    // The base class deletes the old cookie of the name first: that and the insertion are one
    // change, never an empty jar in between.
    ++m_quiet;
    const bool inserted = QNetworkCookieJar::insertCookie(cookie);
    --m_quiet;
    if (inserted)
        m_dirty = true;
    if (m_dirty && m_quiet == 0)
        changedQuietly();
    return inserted;
}

bool SessionCookieJar::updateCookie(const QNetworkCookie &cookie)
{
    ++m_quiet;
    const bool updated = QNetworkCookieJar::updateCookie(cookie);
    --m_quiet;
    if (m_dirty && m_quiet == 0)
        changedQuietly();
    return updated;
}

bool SessionCookieJar::deleteCookie(const QNetworkCookie &cookie)
{
    const bool deleted = QNetworkCookieJar::deleteCookie(cookie);
    if (deleted)
        changedQuietly();
    return deleted;
}

} // namespace suanli
