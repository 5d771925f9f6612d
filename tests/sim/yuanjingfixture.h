#pragma once

#include "simtestclient.h"

#include "sim/simenvironment.h"
#include "sim/simrequest.h"
#include "sim/simserver.h"
#include "sim/yuanjing/yuanjingbackend.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QUrlQuery>

#include <memory>

namespace suanli::test {

// What a client saw of a streamed answer: each read with the time it came.
struct StreamRead
{
    qint64 atMs = 0;
    QByteArray bytes;
};

struct StreamResult
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int httpStatus = 0;
    QByteArray transferEncoding;
    QList<StreamRead> reads;
    QByteArray body;
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> out;
        for (const QByteArray &line : body.split('\n')) {
            if (!line.trimmed().isEmpty())
                out.append(QJsonDocument::fromJson(line).object());
        }
        return out;
    }
};

// A 元境 simulator on a free port with quick videos and no wait between SMS codes, and a client
// whose cookie jar carries the session the way a browser would.
class YuanjingFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(env.start({QStringLiteral("yuanjing")})) << env.errorString().toStdString();
        backend = env.yuanjing();
        server = env.server(QStringLiteral("yuanjing"));
        ASSERT_NE(backend, nullptr);
        ASSERT_NE(server, nullptr);
        backend->setSmsIntervalMs(0);
        backend->setGenerationMs(600);
        client = std::make_unique<SimTestClient>(server->baseUrl(), QString());
    }

    QUrl url(const QString &path, const QUrlQuery &query = {}) const
    {
        QUrl u = server->baseUrl();
        u.setPath(path);
        if (!query.isEmpty())
            u.setQuery(query);
        return u;
    }

    HttpResult get(const QString &path, const QUrlQuery &query = {}, SimTestClient *through = nullptr)
    {
        SimTestClient *c = through ? through : client.get();
        QNetworkRequest request(url(path, query));
        request.setTransferTimeout(5000);
        return SimTestClient::finish(c->nam().get(request));
    }

    HttpResult post(const QString &path, const QJsonObject &body, SimTestClient *through = nullptr)
    {
        SimTestClient *c = through ? through : client.get();
        QNetworkRequest request(url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(5000);
        return SimTestClient::finish(c->nam().post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }

    HttpResult postForm(const QString &path, const QUrlQuery &form, SimTestClient *through = nullptr)
    {
        SimTestClient *c = through ? through : client.get();
        QNetworkRequest request(url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        request.setTransferTimeout(5000);
        return SimTestClient::finish(c->nam().post(request, form.toString(QUrl::FullyEncoded).toUtf8()));
    }

    // The envelope of an HTTP 200 answer; empty otherwise.
    QJsonObject getJson(const QString &path, const QUrlQuery &query = {}, SimTestClient *through = nullptr)
    {
        const HttpResult r = get(path, query, through);
        return r.httpStatus == 200 ? r.json() : QJsonObject();
    }

    QJsonObject postJson(const QString &path, const QJsonObject &body, SimTestClient *through = nullptr)
    {
        const HttpResult r = post(path, body, through);
        return r.httpStatus == 200 ? r.json() : QJsonObject();
    }

    static QString statusOf(const QJsonObject &envelope) { return envelope.value(QStringLiteral("status")).toString(); }
    static QString messageOf(const QJsonObject &envelope)
    {
        return envelope[QStringLiteral("data")][QStringLiteral("message")].toString();
    }

    static QUrlQuery query(std::initializer_list<std::pair<QString, QString>> items)
    {
        QUrlQuery q;
        for (const auto &[key, value] : items)
            q.addQueryItem(key, value);
        return q;
    }

    // Asks for a code; returns the key (empty on failure).
    QString sendCode(const QString &phone, SimTestClient *through = nullptr)
    {
        const QJsonObject answer = getJson(QStringLiteral("/rbac/gen_sms_code.dspy"),
                                           query({{QStringLiteral("cellphone"), phone}}), through);
        return answer[QStringLiteral("data")][QStringLiteral("key")].toString();
    }

    QJsonObject login(const QString &phone, const QString &key, const QString &code, const QString &selected = {},
                      SimTestClient *through = nullptr)
    {
        QJsonObject body{{QStringLiteral("cellphone"), phone}, {QStringLiteral("key"), key}, {QStringLiteral("sms_code"), code}};
        if (!selected.isEmpty())
            body.insert(QStringLiteral("selected_id"), selected);
        return postJson(QStringLiteral("/rbac/phone_login.dspy"), body, through);
    }

    // The whole sign-in; the user id it ends with.
    QString signIn(const QString &phone = sim::YuanjingBackend::demoPhone(), const QString &selected = {},
                   SimTestClient *through = nullptr)
    {
        const QString key = sendCode(phone, through);
        const QJsonObject answer = login(phone, key, backend->lastSmsCode(phone), selected, through);
        return answer[QStringLiteral("data")][QStringLiteral("user")][QStringLiteral("id")].toString();
    }

    // Posts and records every read of the answer with its time.
    StreamResult stream(const QString &path, const QJsonObject &body, int waitMs = 10000)
    {
        QNetworkRequest request(url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(waitMs);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = client->nam().post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        StreamResult result;
        QObject::connect(reply, &QNetworkReply::readyRead, reply, [&result, reply, &timer] {
            const QByteArray bytes = reply->readAll();
            result.reads.append({timer.elapsed(), bytes});
            result.body += bytes;
        });
        result.finished = waitFor([reply] { return reply->isFinished(); }, waitMs);
        result.error = reply->error();
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.transferEncoding = reply->rawHeader(QByteArrayLiteral("Transfer-Encoding"));
        const QByteArray rest = reply->readAll();
        if (!rest.isEmpty()) {
            result.reads.append({timer.elapsed(), rest});
            result.body += rest;
        }
        reply->deleteLater();
        return result;
    }

    QJsonObject videoBody(const QString &llmid = QStringLiteral("vidu-q1"), const QString &prompt = QStringLiteral("a cat surfing"))
    {
        return {{QStringLiteral("llmid"), llmid},
                {QStringLiteral("prompt"), prompt},
                {QStringLiteral("duration"), 5},
                {QStringLiteral("audio"), false},
                {QStringLiteral("ratio"), QStringLiteral("16:9")},
                {QStringLiteral("resolution"), QStringLiteral("720p")}};
    }

    sim::SimEnvironment env;
    sim::YuanjingBackend *backend = nullptr;
    sim::SimServer *server = nullptr;
    std::unique_ptr<SimTestClient> client;
};

} // namespace suanli::test
