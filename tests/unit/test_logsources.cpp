// The local sources: a file read whole and then followed (growth, an unfinished last line,
// truncation), and the console's own activity and HTTP logs.
#include "core/eventlog.h"
#include "core/logs/eventlogsource.h"
#include "core/logs/filelogsource.h"
#include "core/logs/logdocument.h"
#include "core/redactor.h"

#include "waitfor.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTemporaryDir>

using namespace suanli;
using suanli::test::waitFor;

namespace {

void writeFile(const QString &path, const QByteArray &data, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile f(path);
    ASSERT_TRUE(f.open(mode));
    f.write(data);
}

QByteArrayList linesOf(const LineStore &store)
{
    QByteArrayList out;
    for (qint64 i = 0; i < store.lineCount(); ++i)
        out.append(store.line(i).toByteArray());
    return out;
}

} // namespace

TEST(FileLogSource, ReadsThenFollows)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("train.log"));
    writeFile(path, "one\r\ntwo\nthree 10%\rthree 50%");
    LogDocument doc;
    QSignalSpy reset(&doc, &LogDocument::reset);
    QSignalSpy changed(&doc, &LogDocument::linesChanged);
    auto *source = new FileLogSource(path);
    source->setPollInterval(20);
    doc.setSource(source);
    EXPECT_EQ(source->title(), QStringLiteral("train.log"));
    ASSERT_TRUE(waitFor([&] { return doc.store().lineCount() == 3; }));
    EXPECT_EQ(linesOf(doc.store()), (QByteArrayList{"one", "two", "three 50%"}));

    writeFile(path, "\rthree 100%\nfour\n", QIODevice::Append);
    ASSERT_TRUE(waitFor([&] { return doc.store().lineCount() == 4 && !doc.store().hasOpenLine(); }));
    EXPECT_EQ(linesOf(doc.store()), (QByteArrayList{"one", "two", "three 100%", "four"}));
    ASSERT_GE(changed.count(), 1);
    EXPECT_EQ(changed.last().at(0).toLongLong(), 2); // the open line changed, then one new line

    // Truncated and rewritten (log rotation): read again from the start.
    const int resetsBefore = int(reset.count());
    writeFile(path, "fresh\n");
    ASSERT_TRUE(waitFor([&] { return reset.count() > resetsBefore && doc.store().lineCount() == 1; }));
    EXPECT_EQ(linesOf(doc.store()), (QByteArrayList{"fresh"}));

    // Not following: nothing new is read.
    source->setFollowing(false);
    writeFile(path, "later\n", QIODevice::Append);
    QTest::qWait(150);
    EXPECT_EQ(doc.store().lineCount(), 1);
    source->setFollowing(true);
    ASSERT_TRUE(waitFor([&] { return doc.store().lineCount() == 2; }));
}

TEST(FileLogSource, MissingFileFails)
{
    LogDocument doc;
    auto *source = new FileLogSource(QStringLiteral("/nonexistent/suanli/none.log"));
    QSignalSpy failed(source, &LogSource::failed);
    doc.setSource(source);
    ASSERT_TRUE(waitFor([&] { return failed.count() == 1; }));
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("none.log")));
    EXPECT_EQ(doc.store().lineCount(), 0);
}

TEST(FileLogSource, ClosedWhileLoading)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.log"));
    writeFile(path, QByteArray(20 * 1024 * 1024, 'x') + "\n");
    {
        LogDocument doc;
        doc.setSource(new FileLogSource(path));
    }
    QTest::qWait(500); // the worker's result finds no source: dropped
    SUCCEED();
}

TEST(EventLogSource, ActivityAndHttpFollowed)
{
    EventLog log;
    log.info(QStringLiteral("UNIS · prod"), QStringLiteral("Signed in."));
    log.error(QString(), QStringLiteral("two\nlines"));
    LogDocument activity;
    activity.setSource(new EventLogSource(&log, EventLogSource::Kind::Activity));
    ASSERT_EQ(activity.store().lineCount(), 3);
    EXPECT_TRUE(activity.store().lineText(0).endsWith(QStringLiteral(" [INFO] UNIS · prod: Signed in.")));
    EXPECT_TRUE(activity.store().lineText(1).endsWith(QStringLiteral(" [ERROR] two")));
    EXPECT_EQ(activity.store().lineText(2), QStringLiteral("    lines"));
    log.warning(QStringLiteral("a"), QStringLiteral("later"));
    ASSERT_EQ(activity.store().lineCount(), 4);
    EXPECT_TRUE(activity.store().lineText(3).contains(QStringLiteral("[WARN] a: later")));

    LogDocument http;
    http.setSource(new EventLogSource(&log, EventLogSource::Kind::Http));
    EXPECT_EQ(http.store().lineCount(), 0);
    Redactor::registerSecret(QStringLiteral("s3cr3t-token-value"));
    HttpLogEntry e;
    e.accountName = QStringLiteral("prod");
    e.method = "POST";
    e.url = QStringLiteral("https://10.0.0.1:14443/api/kernel/trainOperatorPod/viewPodLogs?token=s3cr3t-token-value");
    e.status = 200;
    e.durationMs = 42;
    log.appendHttp(e);
    e.status = 0;
    e.attempt = 3;
    e.error = QStringLiteral("Connection refused");
    log.appendHttp(e);
    Redactor::forgetSecret(QStringLiteral("s3cr3t-token-value"));
    ASSERT_EQ(http.store().lineCount(), 2);
    const QString first = http.store().lineText(0);
    EXPECT_TRUE(first.contains(QStringLiteral("[INFO] POST /api/kernel/trainOperatorPod/viewPodLogs?token=")));
    EXPECT_TRUE(first.contains(QStringLiteral(" 200 42 ms prod"))) << first.toStdString();
    EXPECT_FALSE(first.contains(QStringLiteral("s3cr3t")));
    EXPECT_TRUE(http.store().lineText(1).contains(QStringLiteral("[ERROR] POST")));
    EXPECT_TRUE(http.store().lineText(1).endsWith(QStringLiteral("--- 42 ms prod (attempt 3): Connection refused")));
    EXPECT_TRUE(QDateTime::fromString(first.left(23), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")).isValid());
}
