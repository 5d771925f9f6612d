// The transport's streamed answers on their own: a reply whose body comes in timed parts goes
// out with chunked transfer encoding, each part when it is due; the BreakStream fault resets
// the connection in the middle; a client that leaves ends the stream quietly; and the
// connection stays usable afterwards.
#include "simtestclient.h"

#include "sim/backend.h"
#include "sim/fault.h"
#include "sim/simserver.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QTcpSocket>

#include <memory>

using namespace suanli::sim;
using suanli::test::SimTestClient;
using suanli::test::waitFor;

namespace {

// "/stream" answers four lines 150 ms apart, the third split in two; anything else a JSON object.
class StreamingBackend final : public Backend
{
public:
    SimReply handle(const SimRequest &request) override
    {
        ++calls;
        if (request.path != u"/stream")
            return SimReply::json({{QStringLiteral("path"), request.path}});
        return SimReply::stream(QByteArrayLiteral("application/x-ndjson"),
                                {{0, QByteArrayLiteral("{\"n\":1}\n")},
                                 {150, QByteArrayLiteral("{\"n\":2}\n{\"n\":")},
                                 {150, QByteArrayLiteral("3}\n")},
                                 {150, QByteArrayLiteral("{\"n\":4}\n")}},
                                QStringLiteral("four lines"));
    }
    int calls = 0;
};

struct Read
{
    qint64 atMs;
    QByteArray bytes;
};

class SimStreamingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        server = std::make_unique<SimServer>(&backend);
        ASSERT_TRUE(server->start(0)) << server->errorString().toStdString();
        client = std::make_unique<SimTestClient>(server->baseUrl(), QString());
    }

    // Reads the answer as it comes, with times.
    QList<Read> readStream(QNetworkReply::NetworkError *error, QByteArray *encoding = nullptr)
    {
        QNetworkRequest request(client->request(QStringLiteral("/stream")));
        QNetworkReply *reply = client->nam().get(request);
        QElapsedTimer timer;
        timer.start();
        QList<Read> reads;
        QObject::connect(reply, &QNetworkReply::readyRead, reply,
                         [&] { reads.append({timer.elapsed(), reply->readAll()}); });
        EXPECT_TRUE(waitFor([reply] { return reply->isFinished(); }, 5000));
        if (reply->bytesAvailable() > 0)
            reads.append({timer.elapsed(), reply->readAll()});
        *error = reply->error();
        if (encoding)
            *encoding = reply->rawHeader(QByteArrayLiteral("Transfer-Encoding"));
        reply->deleteLater();
        return reads;
    }

    static QByteArray joined(const QList<Read> &reads)
    {
        QByteArray all;
        for (const Read &r : reads)
            all += r.bytes;
        return all;
    }

    StreamingBackend backend;
    std::unique_ptr<SimServer> server;
    std::unique_ptr<SimTestClient> client;
};

TEST_F(SimStreamingTest, PartsArriveOverTimeWithChunkedEncoding)
{
    QNetworkReply::NetworkError error = QNetworkReply::UnknownNetworkError;
    QByteArray encoding;
    const QList<Read> reads = readStream(&error, &encoding);
    EXPECT_EQ(error, QNetworkReply::NoError);
    EXPECT_EQ(encoding.toLower(), QByteArrayLiteral("chunked"));
    EXPECT_EQ(joined(reads), QByteArrayLiteral("{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n{\"n\":4}\n"));
    ASSERT_GE(reads.size(), 3) << "not one read at the end";
    EXPECT_GE(reads.last().atMs - reads.first().atMs, 350);
    EXPECT_TRUE(reads.first().bytes.startsWith("{\"n\":1}"));
    EXPECT_TRUE(waitFor([this] { return server->openStreamCount() == 0; }, 1000));
}

TEST_F(SimStreamingTest, ChunksOnTheWireAreTheParts)
{
    QTcpSocket socket;
    socket.connectToHost(server->baseUrl().host(), quint16(server->port()));
    ASSERT_TRUE(waitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 3000));
    socket.write("GET /stream HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QByteArray raw;
    waitFor([&] {
        raw += socket.readAll();
        return socket.state() == QAbstractSocket::UnconnectedState || raw.endsWith("0\r\n\r\n");
    },
            5000);
    raw += socket.readAll();
    const qsizetype head = raw.indexOf("\r\n\r\n");
    ASSERT_GT(head, 0);
    EXPECT_TRUE(raw.left(head).toLower().contains("transfer-encoding: chunked"));
    EXPECT_FALSE(raw.left(head).toLower().contains("content-length"));
    EXPECT_EQ(raw.mid(head + 4), QByteArrayLiteral("8\r\n{\"n\":1}\n\r\n"
                                                   "d\r\n{\"n\":2}\n{\"n\":\r\n"
                                                   "3\r\n3}\n\r\n"
                                                   "8\r\n{\"n\":4}\n\r\n"
                                                   "0\r\n\r\n"));
}

TEST_F(SimStreamingTest, BreakStreamResetsTheConnectionHalfway)
{
    server->injectFault(QStringLiteral("/stream"), Fault::BreakStream);
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    const QList<Read> reads = readStream(&error);
    EXPECT_NE(error, QNetworkReply::NoError);
    EXPECT_EQ(joined(reads), QByteArrayLiteral("{\"n\":1}\n{\"n\":2}\n{\"n\":")) << "two of the four parts";
    EXPECT_EQ(backend.calls, 1) << "the backend ran";
    EXPECT_EQ(server->armedFaultCount(), 0);
    // The next answer is whole again.
    const QList<Read> again = readStream(&error);
    EXPECT_EQ(error, QNetworkReply::NoError);
    EXPECT_TRUE(joined(again).endsWith("{\"n\":4}\n"));
}

TEST_F(SimStreamingTest, BreakStreamOnAWholeAnswerTruncatesIt)
{
    server->injectFault(QStringLiteral("/plain"), Fault::BreakStream);
    const suanli::test::HttpResult r = client->get(QStringLiteral("/plain"));
    EXPECT_NE(r.error, QNetworkReply::NoError);
}

TEST_F(SimStreamingTest, AClientThatLeavesEndsTheStreamQuietly)
{
    QNetworkReply *reply = client->nam().get(client->request(QStringLiteral("/stream")));
    ASSERT_TRUE(waitFor([reply] { return reply->bytesAvailable() > 0; }, 3000));
    EXPECT_EQ(server->openStreamCount(), 1);
    reply->abort();
    reply->deleteLater();
    EXPECT_TRUE(waitFor([this] { return server->openStreamCount() == 0; }, 2000));
    // The server goes on serving.
    EXPECT_EQ(client->get(QStringLiteral("/plain")).httpStatus, 200);
}

TEST_F(SimStreamingTest, TheConnectionIsReusedAfterAStream)
{
    QNetworkReply::NetworkError error = QNetworkReply::UnknownNetworkError;
    readStream(&error);
    ASSERT_EQ(error, QNetworkReply::NoError);
    EXPECT_EQ(client->get(QStringLiteral("/plain")).httpStatus, 200);
    EXPECT_EQ(server->connectionCount(), 1);
    EXPECT_EQ(server->requestsPerConnection(), QList<int>{2});
}

TEST_F(SimStreamingTest, LatencyDelaysTheHeadAndThePartsKeepTheirPace)
{
    server->setLatency(200);
    QNetworkReply::NetworkError error = QNetworkReply::UnknownNetworkError;
    const QList<Read> reads = readStream(&error);
    EXPECT_EQ(error, QNetworkReply::NoError);
    ASSERT_FALSE(reads.isEmpty());
    EXPECT_GE(reads.first().atMs, 180);
    EXPECT_GE(reads.last().atMs - reads.first().atMs, 350);
}

} // namespace
