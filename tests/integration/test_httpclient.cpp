// The HTTP layer on its own: TLS with an account's own CA on both request paths (the pooled
// one for reads, the one-shot one for writes), chunked answers, and cancellation.
#include "providerharness.h"
#include "waitfor.h"

#include "core/httpclient.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace suanli;
using suanli::test::await;
using suanli::test::waitFor;

namespace {

// Answers every request on a connection with `answer`, after the whole request has arrived.
void serve(QTcpSocket *socket, const QByteArray &answer, int *requests)
{
    auto buffer = std::make_shared<QByteArray>();
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer, answer, requests] {
        *buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            const QByteArray head = buffer->left(end).toLower();
            if (const qsizetype at = head.indexOf("content-length:"); at >= 0)
                length = head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            buffer->remove(0, end + 4 + length);
            ++*requests;
            socket->write(answer);
        }
    });
}

class TlsFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QSslSocket::supportsSsl());
        ASSERT_TRUE(dir.isValid());
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert});
        ASSERT_TRUE(openssl.waitForFinished(60000));
        ASSERT_EQ(openssl.exitCode(), 0) << openssl.readAllStandardError().constData();
        QFile kf(key), cf(cert);
        ASSERT_TRUE(kf.open(QIODevice::ReadOnly) && cf.open(QIODevice::ReadOnly));
        certificate = QSslCertificate(cf.readAll());
        privateKey = QSslKey(kf.readAll(), QSsl::Rsa);
        ASSERT_FALSE(certificate.isNull());

        QSslConfiguration serverConfig = QSslConfiguration::defaultConfiguration();
        serverConfig.setLocalCertificate(certificate);
        serverConfig.setPrivateKey(privateKey);
        serverConfig.setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not check clients
        server.setSslConfiguration(serverConfig);
        ASSERT_TRUE(server.listen(QHostAddress::LocalHost));
        QObject::connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [this] {
            while (QTcpSocket *s = server.nextPendingConnection())
                serve(s, answer, &requests);
        });
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(server.serverPort()).arg(path));
    }

    QTemporaryDir dir;
    QSslCertificate certificate;
    QSslKey privateKey;
    QSslServer server;
    QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"ok\":true}";
    int requests = 0;
};

} // namespace

TEST_F(TlsFixture, AccountCaIsTrustedOnBothPaths)
{
    QNetworkAccessManager nam;
    HttpClient client(&nam);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificate(certificate);
    client.setSslConfiguration(config);

    auto read = await<HttpResponse>([&](QObject *ctx, auto done) {
        QObject::connect(client.send(HttpRequest::postJson(url(QStringLiteral("/read")), "{}")), &HttpJob::finished, ctx, done);
    });
    ASSERT_TRUE(read) << read.error().message.toStdString();
    EXPECT_EQ(read.value().status, 200);
    EXPECT_EQ(read.value().body, QByteArray("{\"ok\":true}"));

    auto write = await<HttpResponse>([&](QObject *ctx, auto done) {
        QObject::connect(client.send(HttpRequest::postJson(url(QStringLiteral("/write")), "{}", HttpRequest::Safety::Unsafe)),
                         &HttpJob::finished, ctx, done);
    });
    ASSERT_TRUE(write) << write.error().message.toStdString();
    EXPECT_EQ(write.value().body, QByteArray("{\"ok\":true}"));
    EXPECT_EQ(requests, 2);
}

TEST_F(TlsFixture, UnknownCaIsRefusedAndNotRetried)
{
    QNetworkAccessManager nam;
    HttpClient client(&nam);
    for (auto safety : {HttpRequest::Safety::Safe, HttpRequest::Safety::Unsafe}) {
        auto r = await<HttpResponse>([&](QObject *ctx, auto done) {
            QObject::connect(client.send(HttpRequest::postJson(url(QStringLiteral("/x")), "{}", safety)), &HttpJob::finished, ctx, done);
        });
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().kind, ApiError::Kind::Network);
        EXPECT_FALSE(r.error().retryable);
        EXPECT_FALSE(r.error().ambiguous); // nothing was sent before the handshake failed
    }
    EXPECT_EQ(requests, 0);
}

TEST(OneShotHttp, ChunkedAnswerAndCookies)
{
    QTcpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost));
    int requests = 0;
    QByteArray seenCookie;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        QTcpSocket *s = server.nextPendingConnection();
        QObject::connect(s, &QTcpSocket::readyRead, s, [&, s] {
            const QByteArray req = s->readAll();
            if (const qsizetype at = req.indexOf("Cookie: "); at >= 0)
                seenCookie = req.mid(at + 8, req.indexOf("\r\n", at) - at - 8);
            ++requests;
            s->write("HTTP/1.1 200 OK\r\nSet-Cookie: sid=abc; Path=/\r\nTransfer-Encoding: chunked\r\n\r\n"
                     "5\r\n{\"a\":\r\n3;ext=1\r\n12}\r\n0\r\n\r\n");
        });
    });
    QNetworkAccessManager nam;
    HttpClient client(&nam);
    const QUrl base(QStringLiteral("http://127.0.0.1:%1/w").arg(server.serverPort()));
    auto send = [&] {
        return await<HttpResponse>([&](QObject *ctx, auto done) {
            QObject::connect(client.send(HttpRequest::postJson(base, "{}", HttpRequest::Safety::Unsafe)), &HttpJob::finished, ctx, done);
        });
    };
    auto first = send();
    ASSERT_TRUE(first) << first.error().message.toStdString();
    EXPECT_EQ(first.value().body, QByteArray("{\"a\":12}"));
    // The session cookie went into the account's jar and rides along on the next write.
    auto second = send();
    ASSERT_TRUE(second);
    EXPECT_EQ(seenCookie, QByteArray("sid=abc"));
    EXPECT_EQ(requests, 2);
}

TEST(HttpJob, AnOwnConnectionRequestIsRetriedAndCarriesItsBody)
{
    // One connection per request; the first answers 503, the second takes the body.
    QTcpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost));
    int connections = 0;
    QByteArray received;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        QTcpSocket *s = server.nextPendingConnection();
        const int number = ++connections;
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(s, &QTcpSocket::readyRead, s, [&, s, number, buffer] {
            *buffer += s->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0 || buffer->size() < end + 4 + 3 * 1024 * 1024)
                return;
            received = buffer->mid(end + 4);
            s->write(number == 1 ? QByteArray("HTTP/1.1 503 Busy\r\nContent-Length: 0\r\n\r\n")
                                 : QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"));
        });
    });
    QNetworkAccessManager nam;
    HttpClient client(&nam);
    RetryPolicy policy;
    policy.maxAttempts = 3;
    policy.baseDelayMs = 1;
    policy.maxDelayMs = 5;
    client.setRetryPolicy(policy);
    QByteArray body(3 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < body.size(); ++i)
        body[i] = char(i * 31 + (i >> 12));
    HttpRequest request;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/chunk").arg(server.serverPort()));
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream")});
    request.body = body;
    request.ownConnection = true;
    auto r = await<HttpResponse>([&](QObject *ctx, auto done) {
        QObject::connect(client.send(request), &HttpJob::finished, ctx, done);
    });
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(r.value().status, 200);
    EXPECT_EQ(r.value().attempts, 2);
    EXPECT_EQ(connections, 2);
    EXPECT_EQ(received, body);
}

TEST(HttpJob, CancelEndsWithCancelledThroughTheEventLoop)
{
    QTcpServer silent; // accepts and never answers
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost));
    QNetworkAccessManager nam;
    HttpClient client(&nam);
    for (auto safety : {HttpRequest::Safety::Safe, HttpRequest::Safety::Unsafe}) {
        HttpJob *job = client.send(HttpRequest::postJson(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort())), "{}", safety));
        std::optional<Result<HttpResponse>> out;
        QObject::connect(job, &HttpJob::finished, &client, [&](const Result<HttpResponse> &r) { out.emplace(r); });
        waitFor([] { return false; }, 200);
        job->cancel();
        EXPECT_FALSE(out.has_value()); // never synchronous
        ASSERT_TRUE(waitFor([&] { return out.has_value(); }, 5000));
        ASSERT_FALSE(*out);
        EXPECT_EQ(out->error().kind, ApiError::Kind::Cancelled);
    }
}
