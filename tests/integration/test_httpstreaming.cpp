// Answers that stream, through the real HTTP layer: the body is handed over as it arrives on
// both request paths (the one-shot one for writes, the pooled one for reads), a chunked stream
// broken in the middle ends as an ambiguous failure after what did arrive, a Content-Length
// body arrives piece by piece too, and a safe read is never retried once bytes went out.
#include "providerharness.h"
#include "waitfor.h"

#include "core/httpclient.h"
#include "sim/backend.h"
#include "sim/fault.h"
#include "sim/simserver.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>

#include <memory>

using namespace suanli;
using suanli::test::waitFor;

namespace {

// "/stream": four lines 200 ms apart, the third split across two chunks; "/big": 64 KiB with a
// Content-Length, written in one go; "/cookie": sets a cookie and streams one line.
class StreamBackend final : public sim::Backend
{
public:
    sim::SimReply handle(const sim::SimRequest &request) override
    {
        ++calls;
        if (request.path == u"/denied")
            return sim::SimReply::text(401, QByteArrayLiteral("401: Unauthorized"));
        if (request.path == u"/big") {
            sim::SimReply r;
            r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream")});
            r.body = QByteArray(64 * 1024, 'b');
            return r;
        }
        sim::SimReply r = sim::SimReply::stream(QByteArrayLiteral("application/x-ndjson"),
                                                {{0, QByteArrayLiteral("{\"n\":1}\n")},
                                                 {200, QByteArrayLiteral("{\"n\":2}\n{\"n\"")},
                                                 {200, QByteArrayLiteral(":3}\n")},
                                                 {200, QByteArrayLiteral("{\"n\":4}\n")}});
        if (request.path == u"/cookie")
            r.headers.append({QByteArrayLiteral("Set-Cookie"), QByteArrayLiteral("AIOHTTP_SESSION=s-1; Path=/")});
        return r;
    }
    int calls = 0;
};

struct Streamed
{
    QList<QPair<qint64, QByteArray>> parts; // ms since start, bytes
    std::optional<Result<HttpResponse>> result;
    qint64 finishedAtMs = 0;
    QByteArray joined() const
    {
        QByteArray all;
        for (const auto &p : parts)
            all += p.second;
        return all;
    }
};

class HttpStreamingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        server = std::make_unique<sim::SimServer>(&backend);
        ASSERT_TRUE(server->start(0));
        nam.setCookieJar(new QNetworkCookieJar(&nam));
        client = std::make_unique<HttpClient>(&nam);
    }

    Streamed run(HttpRequest request)
    {
        Streamed s;
        QElapsedTimer timer;
        timer.start();
        QObject context;
        HttpJob *job = client->send(std::move(request));
        QObject::connect(job, &HttpJob::bodyReceived, &context,
                         [&s, &timer](const QByteArray &part) { s.parts.append({timer.elapsed(), part}); });
        QObject::connect(job, &HttpJob::finished, &context, [&s, &timer](const Result<HttpResponse> &r) {
            s.result.emplace(r);
            s.finishedAtMs = timer.elapsed();
        });
        EXPECT_TRUE(waitFor([&s] { return s.result.has_value(); }, 10000));
        return s;
    }

    QUrl url(const QString &path) const
    {
        QUrl u = server->baseUrl();
        u.setPath(path);
        return u;
    }

    StreamBackend backend;
    std::unique_ptr<sim::SimServer> server;
    QNetworkAccessManager nam;
    std::unique_ptr<HttpClient> client;
};

const QByteArray kWhole = QByteArrayLiteral("{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n{\"n\":4}\n");

TEST_F(HttpStreamingTest, OneShotWriteHandsTheBodyOverAsItArrives)
{
    HttpRequest request = HttpRequest::postJson(url(QStringLiteral("/stream")), "{}", HttpRequest::Safety::Unsafe);
    request.streamed = true;
    const Streamed s = run(request);
    ASSERT_TRUE(s.result.has_value());
    ASSERT_TRUE(*s.result) << s.result->error().message.toStdString();
    EXPECT_EQ(s.result->value().body, kWhole) << "finished() still has the whole body";
    EXPECT_EQ(s.joined(), kWhole);
    ASSERT_GE(s.parts.size(), 4) << "one piece per chunk at least";
    // The first line came long before the end: handed over, not held back.
    EXPECT_LE(s.parts.first().first + 400, s.finishedAtMs);
    EXPECT_EQ(s.parts.first().second, QByteArrayLiteral("{\"n\":1}\n"));
    // The split line arrived in two pieces, as sent.
    bool sawHalf = false;
    for (const auto &p : s.parts)
        sawHalf = sawHalf || p.second.endsWith("{\"n\"");
    EXPECT_TRUE(sawHalf);
    EXPECT_EQ(backend.calls, 1);
}

TEST_F(HttpStreamingTest, OneShotWriteKeepsTheCookieOfAStreamedAnswer)
{
    HttpRequest request = HttpRequest::postJson(url(QStringLiteral("/cookie")), "{}", HttpRequest::Safety::Unsafe);
    request.streamed = true;
    const Streamed s = run(request);
    ASSERT_TRUE(s.result && *s.result);
    const auto cookies = nam.cookieJar()->cookiesForUrl(server->baseUrl());
    ASSERT_EQ(cookies.size(), 1);
    EXPECT_EQ(cookies.constFirst().value(), QByteArrayLiteral("s-1"));
}

TEST_F(HttpStreamingTest, ABrokenStreamEndsAmbiguousAfterWhatArrived)
{
    server->injectFault(QStringLiteral("/stream"), sim::Fault::BreakStream);
    HttpRequest request = HttpRequest::postJson(url(QStringLiteral("/stream")), "{}", HttpRequest::Safety::Unsafe);
    request.streamed = true;
    const Streamed s = run(request);
    ASSERT_TRUE(s.result.has_value());
    ASSERT_FALSE(*s.result);
    EXPECT_EQ(s.result->error().kind, ApiError::Kind::Network);
    EXPECT_TRUE(s.result->error().ambiguous) << "it reached the server";
    EXPECT_EQ(s.joined(), QByteArrayLiteral("{\"n\":1}\n{\"n\":2}\n{\"n\"")) << "what came before the break was handed over";
    EXPECT_EQ(backend.calls, 1) << "never sent twice";
}

TEST_F(HttpStreamingTest, AContentLengthBodyAlsoArrivesInPieces)
{
    HttpRequest request = HttpRequest::get(url(QStringLiteral("/big")));
    request.safety = HttpRequest::Safety::Unsafe;
    request.streamed = true;
    const Streamed s = run(request);
    ASSERT_TRUE(s.result && *s.result);
    EXPECT_EQ(s.result->value().body.size(), 64 * 1024);
    EXPECT_EQ(s.joined(), s.result->value().body);
}

TEST_F(HttpStreamingTest, AnErrorAnswerIsNotHandedOverOnEitherPath)
{
    for (const auto safety : {HttpRequest::Safety::Unsafe, HttpRequest::Safety::Safe}) {
        HttpRequest request = HttpRequest::postJson(url(QStringLiteral("/denied")), "{}", safety);
        request.streamed = true;
        const Streamed s = run(request);
        ASSERT_TRUE(s.result && *s.result);
        EXPECT_EQ(s.result->value().status, 401);
        EXPECT_EQ(s.result->value().body, QByteArrayLiteral("401: Unauthorized"));
        EXPECT_TRUE(s.parts.isEmpty()) << "safety " << int(safety);
    }
}

TEST_F(HttpStreamingTest, ASafeStreamedReadHandsTheBodyOverAsItArrives)
{
    HttpRequest request = HttpRequest::get(url(QStringLiteral("/stream")));
    request.streamed = true;
    const Streamed s = run(request);
    ASSERT_TRUE(s.result && *s.result);
    EXPECT_EQ(s.result->value().body, kWhole);
    EXPECT_EQ(s.joined(), kWhole);
    ASSERT_GE(s.parts.size(), 3);
    EXPECT_LE(s.parts.first().first + 400, s.finishedAtMs);
}

TEST_F(HttpStreamingTest, ASafeStreamedReadIsNotRetriedOnceBytesWentOut)
{
    server->injectFault(QStringLiteral("/stream"), sim::Fault::BreakStream);
    HttpRequest request = HttpRequest::get(url(QStringLiteral("/stream")));
    request.streamed = true;
    const Streamed s = run(request);
    ASSERT_TRUE(s.result.has_value());
    ASSERT_FALSE(*s.result);
    EXPECT_EQ(backend.calls, 1);
    EXPECT_FALSE(s.joined().isEmpty());
}

TEST_F(HttpStreamingTest, ASafeReadThatIsNotStreamedIsRetriedAsBefore)
{
    server->injectFault(QStringLiteral("/stream"), sim::Fault::BreakStream);
    const Streamed s = run(HttpRequest::get(url(QStringLiteral("/stream"))));
    ASSERT_TRUE(s.result && *s.result) << "the second attempt succeeds";
    EXPECT_EQ(s.result->value().body, kWhole);
    EXPECT_TRUE(s.parts.isEmpty()) << "nothing is handed over for a request that did not ask";
    EXPECT_EQ(backend.calls, 2);
}

} // namespace
