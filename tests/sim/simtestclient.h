#pragma once

#include "waitfor.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QString>
#include <QUrl>

namespace suanli::test {

// What a client saw of one exchange.
struct HttpResult
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int httpStatus = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// A real QNetworkAccessManager talking to a simulator over loopback, one request at a time.
class SimTestClient
{
public:
    SimTestClient(const QUrl &baseUrl, const QString &apiKey)
        : m_baseUrl(baseUrl)
        , m_apiKey(apiKey)
    {
        m_nam.setProxy(QNetworkProxy::NoProxy); // never route loopback through a proxy
    }

    void setApiKey(const QString &key) { m_apiKey = key; }
    // What goes before the key in Authorization: "Bearer " by default, nothing for platforms
    // that take the raw token.
    void setAuthorizationPrefix(const QByteArray &prefix) { m_authorizationPrefix = prefix; }
    QNetworkAccessManager &nam() { return m_nam; }

    QNetworkRequest request(const QString &path, int transferTimeoutMs = 5000) const
    {
        QUrl url = m_baseUrl;
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (!m_apiKey.isEmpty())
            request.setRawHeader(QByteArrayLiteral("Authorization"),
                                 m_authorizationPrefix + m_apiKey.toUtf8());
        request.setTransferTimeout(transferTimeoutMs);
        return request;
    }

    QNetworkReply *start(const QString &path, const QJsonObject &body, int transferTimeoutMs = 5000)
    {
        return m_nam.post(request(path, transferTimeoutMs),
                          QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    static HttpResult finish(QNetworkReply *reply, int waitMs = 8000)
    {
        QElapsedTimer timer;
        timer.start();
        HttpResult result;
        result.finished = waitFor([reply] { return reply->isFinished(); }, waitMs);
        result.elapsedMs = timer.elapsed();
        result.error = reply->error();
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            result.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            result.headers.append({pair.first, pair.second});
        reply->deleteLater();
        return result;
    }

    HttpResult post(const QString &path, const QJsonObject &body = {}, int transferTimeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        HttpResult result = finish(start(path, body, transferTimeoutMs));
        result.elapsedMs = timer.elapsed();
        return result;
    }

    HttpResult postRaw(const QString &path, const QByteArray &body)
    {
        return finish(m_nam.post(request(path), body));
    }

    HttpResult get(const QString &path) { return finish(m_nam.get(request(path))); }

    // The platform envelope of a call that is expected to reach the backend with HTTP 200.
    QJsonObject call(const QString &path, const QJsonObject &body = {})
    {
        const HttpResult result = post(path, body);
        if (!result.finished || result.error != QNetworkReply::NoError || result.httpStatus != 200)
            return {};
        return result.json();
    }

private:
    QUrl m_baseUrl;
    QString m_apiKey;
    QByteArray m_authorizationPrefix = QByteArrayLiteral("Bearer ");
    QNetworkAccessManager m_nam;
};

} // namespace suanli::test
