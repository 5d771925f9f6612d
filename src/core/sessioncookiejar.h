#pragma once

#include <QList>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QString>

#include <optional>

namespace suanli {

// A cookie jar that tells when its cookies change and can be written to and read from one
// string: for platforms whose session is a cookie (元境), the cookies are the account's secret,
// kept in the keychain and restored into the jar at the next start.
class SessionCookieJar final : public QNetworkCookieJar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionCookieJar)

public:
    explicit SessionCookieJar(QObject *parent = nullptr);
    ~SessionCookieJar() override;

    // Every cookie held that has not expired.
    QList<QNetworkCookie> cookies() const;
    // Replaces every cookie; emits no changed() (the caller knows what it put in).
    void replaceCookies(const QList<QNetworkCookie> &cookies);

    // The cookies as one string: a header line, then one Set-Cookie form per line (session
    // cookies included: they are what a cookie session usually is).
    QString toSecret() const;
    static QString encode(const QList<QNetworkCookie> &cookies);
    // The cookies of a string made by encode(); nullopt when it is not one.
    static std::optional<QList<QNetworkCookie>> decode(const QString &secret);
    static bool isCookieSecret(const QString &secret);
    // Registers every cookie value (and the string) with the Redactor.
    static void registerSecrets(const QString &secret);

    // One answer's cookies are one change, told once.
    bool setCookiesFromUrl(const QList<QNetworkCookie> &cookieList, const QUrl &url) override;
    bool insertCookie(const QNetworkCookie &cookie) override;
    bool updateCookie(const QNetworkCookie &cookie) override;
    bool deleteCookie(const QNetworkCookie &cookie) override;

Q_SIGNALS:
    // A cookie was added, replaced or removed by a server's answer (or by code other than
    // replaceCookies()).
    void changed();

private:
    void changedQuietly();

    int m_quiet = 0;       // > 0 while a change made of several steps runs
    bool m_dirty = false;  // a step changed something that is not told yet
};

} // namespace suanli
