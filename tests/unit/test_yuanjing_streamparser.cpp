// The NDJSON of vidu_inference read as it arrives: fed byte by byte, in reads that split lines
// anywhere and join several, with CRLF, blank lines, a byte-order mark, a line that is not
// JSON, an over-long line, and a last line without a newline.
#include "platforms/yuanjing/videostreamparser.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>

using namespace suanli::yuanjing;

namespace {

const QByteArray kStream = QByteArrayLiteral(
    "{\"status\":\"CREATED\",\"taskid\":\"t-1\",\"type\":\"video\"}\n"
    "{\"status\":\"PROCESSING\",\"taskid\":\"t-1\",\"progress\":40}\n"
    "{\"status\":\"SUCCEEDED\",\"taskid\":\"t-1\",\"video\":\"https://cdn.example.com/o.mp4\","
    "\"usage\":{\"seconds\":5},\"type\":\"视频\"}\n");

void expectTheThreeEvents(const QList<VideoEvent> &events)
{
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events.at(0).kind, VideoEvent::Kind::Progress);
    EXPECT_EQ(events.at(0).status, QStringLiteral("CREATED"));
    EXPECT_EQ(events.at(0).taskId, QStringLiteral("t-1"));
    EXPECT_EQ(events.at(1).progress, 40);
    EXPECT_EQ(events.at(2).kind, VideoEvent::Kind::Succeeded);
    EXPECT_EQ(events.at(2).video, QStringLiteral("https://cdn.example.com/o.mp4"));
    EXPECT_EQ(events.at(2).usage.value(QStringLiteral("seconds")).toInt(), 5);
    EXPECT_EQ(events.at(2).type, QStringLiteral("视频")) << "UTF-8 split across reads survives";
    EXPECT_TRUE(events.at(2).isFinal());
}

TEST(VideoStreamParserTest, WholeStreamInOneRead)
{
    VideoStreamParser p;
    QList<VideoEvent> events = p.feed(kStream);
    events += p.finish();
    expectTheThreeEvents(events);
    EXPECT_EQ(p.linesSeen(), 3);
}

TEST(VideoStreamParserTest, FedByteByByte)
{
    VideoStreamParser p;
    QList<VideoEvent> events;
    QList<int> completedAt; // the byte after which each event came out
    for (qsizetype i = 0; i < kStream.size(); ++i) {
        const QList<VideoEvent> out = p.feed(kStream.sliced(i, 1));
        for (qsizetype k = 0; k < out.size(); ++k)
            completedAt.append(int(i));
        events += out;
    }
    EXPECT_TRUE(p.finish().isEmpty());
    expectTheThreeEvents(events);
    // Each event exactly when its newline arrived, not earlier and not at the end.
    QList<int> newlines;
    for (qsizetype i = 0; i < kStream.size(); ++i) {
        if (kStream.at(i) == '\n')
            newlines.append(int(i));
    }
    EXPECT_EQ(completedAt, newlines);
}

TEST(VideoStreamParserTest, LinesSplitAcrossReadsAndSeveralInOneRead)
{
    // Cut points inside lines, inside a UTF-8 character and right at newlines.
    const qsizetype utf8 = kStream.indexOf("视") + 1;
    const QList<qsizetype> cuts{5, 60, 61, 62, utf8, kStream.size() - 1};
    VideoStreamParser p;
    QList<VideoEvent> events;
    qsizetype from = 0;
    QList<int> sizes;
    for (qsizetype cut : cuts) {
        const QList<VideoEvent> out = p.feed(kStream.sliced(from, cut - from));
        sizes.append(int(out.size()));
        events += out;
        from = cut;
    }
    events += p.feed(kStream.sliced(from));
    expectTheThreeEvents(events);
    EXPECT_EQ(sizes.value(0), 0) << "half a line gives nothing yet";

    // Two lines and the start of a third in one read.
    VideoStreamParser q;
    const qsizetype second = kStream.indexOf('\n', kStream.indexOf('\n') + 1) + 1;
    EXPECT_EQ(q.feed(kStream.left(second + 10)).size(), 2);
    EXPECT_EQ(q.pendingBytes(), 10);
    EXPECT_EQ(q.feed(kStream.mid(second + 10)).size(), 1);
}

TEST(VideoStreamParserTest, RandomSplitsGiveTheSameEvents)
{
    QRandomGenerator random(7);
    for (int round = 0; round < 200; ++round) {
        VideoStreamParser p;
        QList<VideoEvent> events;
        qsizetype from = 0;
        while (from < kStream.size()) {
            const qsizetype n = qMin<qsizetype>(kStream.size() - from, 1 + random.bounded(40));
            events += p.feed(kStream.sliced(from, n));
            from += n;
        }
        events += p.finish();
        ASSERT_EQ(events.size(), 3) << "round " << round;
        EXPECT_EQ(events.at(2).video, QStringLiteral("https://cdn.example.com/o.mp4"));
    }
}

TEST(VideoStreamParserTest, CrlfBlankLinesAndAByteOrderMark)
{
    VideoStreamParser p;
    QByteArray text = "\xEF\xBB\xBF" "\r\n\r\n" + kStream;
    text.replace("\n", "\r\n");
    QList<VideoEvent> events;
    for (const char c : std::as_const(text))
        events += p.feed(QByteArrayView(&c, 1));
    expectTheThreeEvents(events);
}

TEST(VideoStreamParserTest, ALastLineWithoutNewlineCountsAtTheEnd)
{
    VideoStreamParser p;
    QByteArray text = kStream;
    text.chop(1);
    QList<VideoEvent> events = p.feed(text);
    EXPECT_EQ(events.size(), 2);
    events += p.finish();
    expectTheThreeEvents(events);
}

TEST(VideoStreamParserTest, AnEnvelopeErrorBeforeTheStreamIsToldApart)
{
    VideoStreamParser p;
    QList<VideoEvent> events = p.feed(QByteArrayLiteral("{\"status\":\"error\",\"data\":{\"message\":\"账户余额不够\"}}"));
    EXPECT_TRUE(events.isEmpty());
    events = p.finish();
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.at(0).kind, VideoEvent::Kind::EnvelopeError);
    EXPECT_EQ(events.at(0).error, QStringLiteral("账户余额不够"));
    EXPECT_TRUE(events.at(0).isFinal());
}

TEST(VideoStreamParserTest, FailedCarriesItsReason)
{
    VideoStreamParser p;
    const QList<VideoEvent> events = p.feed(QByteArrayLiteral("{\"status\":\"FAILED\",\"error\":\"内容审核未通过\",\"taskid\":\"t-9\"}\n"));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.at(0).kind, VideoEvent::Kind::Failed);
    EXPECT_EQ(events.at(0).error, QStringLiteral("内容审核未通过"));
    EXPECT_EQ(events.at(0).taskId, QStringLiteral("t-9"));
}

TEST(VideoStreamParserTest, AnUnreadableLineIsKeptAndTheStreamGoesOn)
{
    VideoStreamParser p;
    const QList<VideoEvent> events =
        p.feed(QByteArrayLiteral("data: {not json}\n[1,2]\n{\"status\":\"RUNNING\",\"taskid\":\"t-2\"}\n"));
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events.at(0).kind, VideoEvent::Kind::Unreadable);
    EXPECT_EQ(events.at(0).raw, QByteArrayLiteral("data: {not json}"));
    EXPECT_EQ(events.at(1).kind, VideoEvent::Kind::Unreadable) << "a JSON list is not a line object";
    EXPECT_EQ(events.at(2).kind, VideoEvent::Kind::Progress);
    EXPECT_EQ(events.at(2).status, QStringLiteral("RUNNING"));
}

TEST(VideoStreamParserTest, AnOverlongLineIsCutAndTheNextLineIsRead)
{
    VideoStreamParser p(100);
    QList<VideoEvent> events;
    for (int i = 0; i < 10; ++i)
        events += p.feed(QByteArray(50, 'x'));
    EXPECT_EQ(events.size(), 1);
    EXPECT_EQ(events.at(0).kind, VideoEvent::Kind::Unreadable);
    EXPECT_LE(p.pendingBytes(), 100) << "the rest of the line is not kept";
    events += p.feed(QByteArrayLiteral("xxx\n{\"status\":\"SUCCEEDED\",\"video\":\"v\"}\n"));
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events.at(1).kind, VideoEvent::Kind::Succeeded);
}

} // namespace
