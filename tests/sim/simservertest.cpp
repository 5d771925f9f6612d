// The transport on its own: keep-alive, counters, latency, rates and every fault kind, as a
// QNetworkAccessManager client sees them over loopback.
#include "simtestclient.h"

#include "sim/backend.h"
#include "sim/chenyu/chenyubackend.h"
#include "sim/simenvironment.h"
#include "sim/simserver.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QJsonObject>

#include <memory>

using namespace suanli::sim;
using suanli::test::HttpResult;
using suanli::test::SimTestClient;
using suanli::test::waitFor;

namespace {

// Answers every request with a JSON object counting how often it ran.
class CountingBackend final : public Backend
{
public:
    SimReply handle(const SimRequest &request) override
    {
        ++calls;
        lastBody = request.body;
        lastAuthorization = request.header(QByteArrayLiteral("authorization"));
        QJsonObject object{{QStringLiteral("call"), calls},
                           {QStringLiteral("path"), request.path},
                           {QStringLiteral("padding"), QString(200, QLatin1Char('x'))}};
        return SimReply::json(object, QStringLiteral("call %1").arg(calls));
    }

    int calls = 0;
    QByteArray lastBody;
    QByteArray lastAuthorization;
};

class SimServerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        server = std::make_unique<SimServer>(&backend);
        ASSERT_TRUE(server->start(0)) << server->errorString().toStdString();
        server->setRandomSeed(42);
        client = std::make_unique<SimTestClient>(server->baseUrl(), QStringLiteral("k"));
    }

    const QString path = QStringLiteral("/echo");
    CountingBackend backend;
    std::unique_ptr<SimServer> server;
    std::unique_ptr<SimTestClient> client;
};

TEST_F(SimServerTest, ListensOnLoopbackWithAnyPort)
{
    EXPECT_TRUE(server->isListening());
    EXPECT_GT(server->port(), 0);
    EXPECT_EQ(server->baseUrl().toString(),
              QStringLiteral("http://127.0.0.1:%1").arg(server->port()));
}

TEST_F(SimServerTest, PassesRequestToBackendAndAnswersWithContentLength)
{
    const HttpResult result = client->post(path, {{QStringLiteral("a"), 1}});
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.error, QNetworkReply::NoError);
    EXPECT_EQ(result.httpStatus, 200);
    EXPECT_EQ(result.json().value(QStringLiteral("call")).toInt(), 1);
    EXPECT_EQ(result.header(QByteArrayLiteral("Content-Length")).toInt(), result.body.size());
    EXPECT_EQ(backend.lastBody, QByteArrayLiteral("{\"a\":1}"));
    EXPECT_EQ(backend.lastAuthorization, QByteArrayLiteral("Bearer k"));
    EXPECT_EQ(server->requestCount(path), 1);
    EXPECT_EQ(server->requestCount(QStringLiteral("/other")), 0);
}

TEST_F(SimServerTest, SequentialRequestsReuseOneKeepAliveConnection)
{
    for (int i = 1; i <= 3; ++i) {
        const HttpResult result = client->post(path);
        ASSERT_EQ(result.error, QNetworkReply::NoError);
        EXPECT_EQ(result.json().value(QStringLiteral("call")).toInt(), i);
    }
    EXPECT_EQ(server->connectionCount(), 1);
    EXPECT_EQ(server->requestsPerConnection(), QList<int>({3}));
    EXPECT_EQ(server->requestCount(path), 3);
    EXPECT_EQ(server->totalRequestCount(), 3);
}

TEST_F(SimServerTest, ConnectionCloseFromClientIsHonoured)
{
    QNetworkRequest request = client->request(path);
    request.setRawHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    HttpResult first = SimTestClient::finish(client->nam().post(request, QByteArray("{}")));
    ASSERT_EQ(first.error, QNetworkReply::NoError);
    EXPECT_EQ(first.header(QByteArrayLiteral("Connection")), QByteArrayLiteral("close"));
    ASSERT_EQ(client->post(path).error, QNetworkReply::NoError);
    EXPECT_EQ(server->connectionCount(), 2);
    EXPECT_EQ(server->requestsPerConnection(), QList<int>({1, 1}));
}

TEST_F(SimServerTest, ResetCountersStartsAfresh)
{
    ASSERT_EQ(client->post(path).error, QNetworkReply::NoError);
    server->resetCounters();
    EXPECT_EQ(server->requestCount(path), 0);
    EXPECT_EQ(server->connectionCount(), 0);
    EXPECT_TRUE(server->requestsPerConnection().isEmpty());
    ASSERT_EQ(client->post(path).error, QNetworkReply::NoError);
    EXPECT_EQ(server->requestCount(path), 1);
    EXPECT_EQ(server->connectionCount(), 0); // the kept-alive connection is not new
    EXPECT_EQ(server->requestsPerConnection(), QList<int>({1}));
}

TEST_F(SimServerTest, LatencyDelaysWithoutBlockingTheThread)
{
    server->setLatency(300);
    QElapsedTimer timer;
    timer.start();
    // Two requests at once: if the delay blocked the thread they would take 600 ms.
    QNetworkReply *a = client->start(path, {});
    QNetworkReply *b = client->start(path, {});
    const HttpResult ra = SimTestClient::finish(a);
    const HttpResult rb = SimTestClient::finish(b);
    const qint64 elapsed = timer.elapsed();
    EXPECT_EQ(ra.error, QNetworkReply::NoError);
    EXPECT_EQ(rb.error, QNetworkReply::NoError);
    EXPECT_GE(elapsed, 290);
    EXPECT_LT(elapsed, 550);
    EXPECT_EQ(server->requestCount(path), 2);
}

TEST_F(SimServerTest, Http500FaultSkipsBackendOnce)
{
    server->injectFault(path, Fault::Http500);
    const HttpResult failed = client->post(path);
    EXPECT_EQ(failed.httpStatus, 500);
    EXPECT_EQ(failed.error, QNetworkReply::InternalServerError);
    EXPECT_EQ(backend.calls, 0);
    EXPECT_EQ(server->requestCount(path), 0);

    const HttpResult next = client->post(path);
    EXPECT_EQ(next.httpStatus, 200);
    EXPECT_EQ(backend.calls, 1);
}

TEST_F(SimServerTest, FaultOnlyHitsItsPathAndCountsDown)
{
    server->injectFault(path, Fault::Http500, 2);
    EXPECT_EQ(server->armedFaultCount(), 2);
    EXPECT_EQ(client->post(QStringLiteral("/elsewhere")).httpStatus, 200);
    EXPECT_EQ(client->post(path).httpStatus, 500);
    EXPECT_EQ(client->post(path).httpStatus, 500);
    EXPECT_EQ(client->post(path).httpStatus, 200);
    EXPECT_EQ(server->armedFaultCount(), 0);
}

TEST_F(SimServerTest, EmptyPathFaultHitsAnyPath)
{
    server->injectFault(QString(), Fault::Http500);
    EXPECT_EQ(client->post(QStringLiteral("/anything")).httpStatus, 500);
    EXPECT_EQ(client->post(QStringLiteral("/anything")).httpStatus, 200);
}

TEST_F(SimServerTest, Http503CarriesRetryAfter)
{
    server->injectFault(path, Fault::Http503RetryAfter);
    const HttpResult result = client->post(path);
    EXPECT_EQ(result.httpStatus, 503);
    EXPECT_EQ(result.error, QNetworkReply::ServiceUnavailableError);
    EXPECT_EQ(result.header(QByteArrayLiteral("Retry-After")), QByteArrayLiteral("1"));
    EXPECT_EQ(backend.calls, 0);
}

TEST_F(SimServerTest, ResetGivesNetworkErrorWithoutReachingBackend)
{
    // Armed generously: an HTTP stack may silently retry a reset request on a new connection.
    server->injectFault(path, Fault::Reset, 5);
    const HttpResult result = client->post(path);
    ASSERT_TRUE(result.finished);
    EXPECT_NE(result.error, QNetworkReply::NoError);
    EXPECT_EQ(result.httpStatus, 0);
    EXPECT_TRUE(result.body.isEmpty());
    EXPECT_EQ(backend.calls, 0);
    EXPECT_EQ(server->requestCount(path), 0);
}

TEST_F(SimServerTest, TruncateRunsBackendButCutsTheBody)
{
    server->injectFault(path, Fault::Truncate);
    const HttpResult result = client->post(path);
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(backend.calls, 1);
    EXPECT_EQ(server->requestCount(path), 1);
    EXPECT_NE(result.error, QNetworkReply::NoError);
    const int promised = result.header(QByteArrayLiteral("Content-Length")).toInt();
    EXPECT_LT(result.body.size(), promised);
    EXPECT_TRUE(result.json().isEmpty()); // half a JSON document does not parse
}

TEST_F(SimServerTest, NoAnswerHoldsUntilClientTimesOut)
{
    server->injectFault(path, Fault::NoAnswer);
    const HttpResult result = client->post(path, {}, 400);
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.error, QNetworkReply::OperationCanceledError); // the transfer timeout
    EXPECT_GE(result.elapsedMs, 380);
    EXPECT_EQ(backend.calls, 0);
    EXPECT_EQ(server->heldRequestCount(), 1);
    EXPECT_EQ(client->post(path).httpStatus, 200);
}

TEST_F(SimServerTest, DropAfterProcessRunsBackendButNeverAnswers)
{
    server->injectFault(path, Fault::DropAfterProcess, 5);
    const HttpResult result = client->post(path);
    ASSERT_TRUE(result.finished);
    EXPECT_NE(result.error, QNetworkReply::NoError);
    EXPECT_EQ(result.httpStatus, 0);
    EXPECT_GE(backend.calls, 1);
    EXPECT_EQ(server->requestCount(path), backend.calls);
}

TEST_F(SimServerTest, DropAfterProcessIfReusedWaitsForAReusedConnection)
{
    server->injectFault(path, Fault::DropAfterProcessIfReused);
    const HttpResult first = client->post(path);
    EXPECT_EQ(first.httpStatus, 200); // fresh connection: answered, fault stays armed
    EXPECT_EQ(server->armedFaultCount(), 1);

    const HttpResult second = client->post(path);
    ASSERT_TRUE(second.finished);
    EXPECT_EQ(server->armedFaultCount(), 0);
    // The dropped request was processed on the reused connection.
    ASSERT_FALSE(server->requestsPerConnection().isEmpty());
    EXPECT_EQ(server->requestsPerConnection().constFirst(), 2);
    EXPECT_GE(backend.calls, 2);
    if (second.error == QNetworkReply::NoError) {
        // The client's HTTP stack re-sent the POST on a new connection: the backend ran twice
        // for one call, which is exactly the hazard this fault exists to expose.
        EXPECT_EQ(backend.calls, 3);
        EXPECT_EQ(server->connectionCount(), 2);
    }
}

TEST_F(SimServerTest, ErrorRateOneAnswers500Always)
{
    server->setErrorRate(1.0);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(client->post(path).httpStatus, 500);
    EXPECT_EQ(backend.calls, 0);
    server->setErrorRate(0.0);
    EXPECT_EQ(client->post(path).httpStatus, 200);
}

TEST_F(SimServerTest, ErrorRateHalfMixesAnswers)
{
    server->setErrorRate(0.5);
    int failures = 0;
    for (int i = 0; i < 30; ++i)
        failures += client->post(path).httpStatus == 500 ? 1 : 0;
    EXPECT_GT(failures, 5);
    EXPECT_LT(failures, 25);
    EXPECT_EQ(backend.calls, 30 - failures);
}

TEST_F(SimServerTest, DropRateOneResetsEverything)
{
    server->setDropRate(1.0);
    const HttpResult result = client->post(path);
    EXPECT_NE(result.error, QNetworkReply::NoError);
    EXPECT_EQ(backend.calls, 0);
    server->setDropRate(0.0);
    EXPECT_EQ(client->post(path).httpStatus, 200);
}

TEST_F(SimServerTest, LogsEveryRequestWithItsFate)
{
    QStringList log;
    QObject::connect(
        server.get(), &SimServer::requestLogged, server.get(),
        [&log](const QString &method, const QString &p, int status, const QString &note) {
            log.append(method + QLatin1Char(' ') + p + QLatin1Char(' ') + QString::number(status)
                       + QLatin1Char(' ') + note);
        });
    client->post(path);
    server->injectFault(path, Fault::Http500);
    client->post(path);
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log.at(0), QStringLiteral("POST /echo 200 call 1"));
    EXPECT_TRUE(log.at(1).startsWith(QStringLiteral("POST /echo 500"))) << log.at(1).toStdString();
}

TEST(SimEnvironmentTest, StartsChenyuAndListsItsEndpoint)
{
    SimEnvironment env;
    ASSERT_TRUE(env.start({QStringLiteral("chenyu")})) << env.errorString().toStdString();
    const QList<SimEndpoint> endpoints = env.endpoints();
    ASSERT_EQ(endpoints.size(), 1);
    const SimEndpoint &endpoint = endpoints.constFirst();
    EXPECT_EQ(endpoint.platform, QStringLiteral("chenyu"));
    EXPECT_EQ(endpoint.baseUrl.host(), QStringLiteral("127.0.0.1"));
    EXPECT_GT(endpoint.baseUrl.port(), 0);
    EXPECT_EQ(endpoint.credentialName, QStringLiteral("api-key"));
    ASSERT_NE(env.chenyu(), nullptr);
    EXPECT_EQ(endpoint.credential, env.chenyu()->apiKey());
    ASSERT_NE(env.server(QStringLiteral("chenyu")), nullptr);
    EXPECT_EQ(env.server(QStringLiteral("chenyu"))->baseUrl(), endpoint.baseUrl);
    EXPECT_EQ(env.server(QStringLiteral("unis")), nullptr);

    SimTestClient client(endpoint.baseUrl, endpoint.credential);
    EXPECT_EQ(client.call(QStringLiteral("/api/v1/finances/balance"))
                  .value(QStringLiteral("code"))
                  .toString(),
              QStringLiteral("0"));
}

TEST(SimEnvironmentTest, UnknownPlatformFailsCleanly)
{
    SimEnvironment env;
    EXPECT_FALSE(env.start({QStringLiteral("chenyu"), QStringLiteral("nosuchcloud")}));
    EXPECT_TRUE(env.errorString().contains(QStringLiteral("nosuchcloud")));
    EXPECT_TRUE(env.endpoints().isEmpty());
    EXPECT_EQ(env.chenyu(), nullptr);
}

TEST(SimEnvironmentTest, EmptyListStartsEverySupportedPlatform)
{
    SimEnvironment env;
    ASSERT_TRUE(env.start());
    EXPECT_EQ(env.endpoints().size(), SimEnvironment::supportedPlatforms().size());
}

} // namespace
