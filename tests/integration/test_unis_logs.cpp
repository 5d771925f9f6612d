// UNIS pod logs against the simulator, over loopback and the real client: the tail, paging back
// to the first line with no line lost or shown twice at page boundaries (with both documents'
// reading of the next page), following a running pod, downloading a pod's whole log and a
// task's batch download; each compared with the simulator's own log.
#include "providerharness.h"
#include "waitfor.h"

#include "core/accountsession.h"
#include "core/eventlog.h"
#include "core/logs/linecleaner.h"
#include "core/logs/logdocument.h"
#include "platforms/platformregistry.h"
#include "platforms/unis/unislogin.h"
#include "platforms/unis/unislogs.h"
#include "platforms/unis/unispodlogsource.h"
#include "platforms/unis/unisprovider.h"
#include "sim/simenvironment.h"
#include "sim/simserver.h"
#include "sim/unis/unisbackend.h"
#include "sim/unis/unispodlog.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

using namespace suanli;
using namespace suanli::unis;
using suanli::test::await;
using suanli::test::waitFor;

namespace {

class UnisLogs : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(env.start({QStringLiteral("unis")})) << env.errorString().toStdString();
        backend = env.unis();
        ASSERT_TRUE(backend);
        Account account;
        account.id = Account::newId();
        account.displayName = QStringLiteral("unis-logs");
        account.platform = QStringLiteral("unis");
        account.baseUrl = env.server(QStringLiteral("unis"))->baseUrl();
        account.login = backend->userName();
        account.options.insert(Login::keyOption(), QString::fromLatin1(backend->aesKey()));
        session = std::make_unique<AccountSession>(account, &log);
        session->setSecret(backend->password());
        auto created = PlatformRegistry::createProvider(session.get());
        provider.reset(qobject_cast<UnisProvider *>(created.release()));
        ASSERT_TRUE(provider);
    }

    sim::UnisPodLife podOf(const QString &jobName)
    {
        const QString id = backend->jobIdByName(jobName);
        EXPECT_FALSE(id.isEmpty()) << jobName.toStdString();
        const QList<sim::UnisPodLife> pods = backend->podsOfJob(id);
        EXPECT_FALSE(pods.isEmpty()) << jobName.toStdString();
        return pods.isEmpty() ? sim::UnisPodLife{} : pods.constFirst();
    }

    // The pod's log as the simulator has it now, refreshed from the backend.
    QByteArrayList expected(const QString &podName, bool clean)
    {
        const std::optional<sim::UnisPodLife> pod = backend->pod(podName);
        if (!pod)
            return {};
        QByteArrayList lines = sim::UnisPodLog::lines(*pod, 0, sim::UnisPodLog::lineCount(*pod, backend->now()), backend->now());
        if (clean) {
            for (QByteArray &line : lines)
                line = LineCleaner::clean(line);
        }
        return lines;
    }

    static QByteArrayList held(const LogDocument &doc)
    {
        QByteArrayList out;
        for (qint64 i = 0; i < doc.store().lineCount(); ++i)
            out.append(doc.store().line(i).toByteArray());
        return out;
    }

    // Opens `source` in a document and pages back to the first line.
    void readAll(LogDocument &doc, PodLogSource *source)
    {
        doc.setSource(source);
        ASSERT_TRUE(waitFor([&] { return source->isOpen(); }));
        int pages = 0;
        while (source->hasOlder()) {
            const qint64 before = doc.store().lineCount();
            source->fetchOlder();
            ASSERT_TRUE(waitFor([&] { return doc.store().lineCount() > before || !source->hasOlder(); })) << pages;
            ASSERT_LT(++pages, 500);
        }
    }

    sim::SimEnvironment env;
    sim::UnisBackend *backend = nullptr;
    EventLog log;
    std::unique_ptr<AccountSession> session;
    std::unique_ptr<UnisProvider> provider;
};

} // namespace

TEST_F(UnisLogs, TailThenBackToTheFirstLine)
{
    // A finished job: its log no longer changes (some twenty thousand lines).
    const sim::UnisPodLife pod = podOf(QStringLiteral("resnet50-imagenet"));
    const QByteArrayList all = expected(pod.podName, true);
    ASSERT_GT(all.size(), 10000);

    LogDocument doc;
    auto *source = new PodLogSource(provider->client(), pod.podId, pod.podName, pod.jobId);
    source->setPageSize(997); // pages that do not divide the log evenly
    doc.setSource(source);
    ASSERT_TRUE(waitFor([&] { return source->isOpen(); }));
    // The tail: the last page, numbered as in the whole log.
    ASSERT_EQ(doc.store().lineCount(), 997);
    EXPECT_EQ(held(doc), all.mid(all.size() - 997));
    EXPECT_EQ(doc.store().firstLineNumber(), all.size() - 997 + 1);
    EXPECT_TRUE(source->hasOlder());
    EXPECT_TRUE(all.constLast().contains("任务成功结束"));

    int pages = 0;
    while (source->hasOlder()) {
        const qint64 before = doc.store().lineCount();
        source->fetchOlder();
        ASSERT_TRUE(waitFor([&] { return doc.store().lineCount() > before || !source->hasOlder(); }));
        ++pages;
    }
    EXPECT_EQ(pages, int((all.size() - 997 + 996) / 997));
    EXPECT_EQ(doc.store().firstLineNumber(), 1);
    EXPECT_EQ(source->firstHeld(), 0);
    EXPECT_EQ(doc.store().lineCount(), all.size());
    EXPECT_EQ(held(doc), all); // every line once, in order
    // Progress bars were redrawn with carriage returns: the viewer keeps the last state.
    EXPECT_TRUE(std::none_of(all.begin(), all.end(), [](const QByteArray &l) { return l.contains('\r'); }));
}

TEST_F(UnisLogs, EvaluationReadingOfThePageAboveGivesNoDuplicates)
{
    // The evaluation document sends back startReadLines + 1: the page above overlaps by a line.
    const sim::UnisPodLife pod = podOf(QStringLiteral("resnet50-imagenet"));
    const QByteArrayList all = expected(pod.podName, true);
    LogDocument doc;
    auto *source = new PodLogSource(provider->client(), pod.podId, pod.podName, {}, PodLogEndpoint::Evaluation);
    source->setPageSize(2500);
    readAll(doc, source);
    EXPECT_EQ(held(doc), all);
    EXPECT_EQ(doc.store().firstLineNumber(), 1);
}

TEST_F(UnisLogs, RawPagesAsTheDocumentsDescribe)
{
    const sim::UnisPodLife pod = podOf(QStringLiteral("resnet50-imagenet"));
    const QByteArrayList raw = expected(pod.podName, false);
    const qint64 n = raw.size();
    Logs logs(provider->client());
    auto page = [&](int size, std::optional<qint64> start, bool backwards) {
        return await<PodLogPage>([&](QObject *ctx, auto done) {
            logs.page(PodLogEndpoint::Kernel, pod.podId, size, start, backwards, pod.jobId, ctx, done);
        });
    };
    // First call: the tail.
    auto tail = page(1000, std::nullopt, true);
    ASSERT_TRUE(tail) << tail.error().message.toStdString();
    EXPECT_EQ(tail.value().first, n - 1000);
    EXPECT_EQ(tail.value().next, n + 1);
    EXPECT_TRUE(tail.value().moreAbove);
    EXPECT_EQ(tail.value().lines, raw.mid(n - 1000));
    // The page above: send back the answer's startReadLines.
    auto above = page(1000, tail.value().first, true);
    ASSERT_TRUE(above);
    EXPECT_EQ(above.value().first, n - 2000);
    EXPECT_EQ(above.value().lines, raw.mid(n - 2000, 1000));
    // Near the top: fewer lines, the top reached.
    auto top = page(1000, 30, true);
    ASSERT_TRUE(top);
    EXPECT_EQ(top.value().first, 0);
    EXPECT_FALSE(top.value().moreAbove);
    EXPECT_EQ(top.value().lines, raw.mid(0, 30));
    // Forward from line 1, and from past the end.
    auto head = page(5, std::nullopt, false);
    ASSERT_TRUE(head);
    EXPECT_EQ(head.value().lines, raw.mid(0, 5));
    EXPECT_EQ(head.value().next, 6);
    auto past = page(100, n + 1, false);
    ASSERT_TRUE(past);
    EXPECT_TRUE(past.value().lines.isEmpty());
    EXPECT_EQ(past.value().first, n);
    // The simulator's raw lines keep the carriage returns of progress bars.
    EXPECT_TRUE(std::any_of(raw.begin(), raw.end(), [](const QByteArray &l) { return l.contains('\r'); }));
    EXPECT_TRUE(std::any_of(raw.begin(), raw.end(), [](const QByteArray &l) { return l.startsWith("Traceback"); }));

    // Errors come back in the envelope: an unknown pod, a bad page size.
    auto unknown = await<PodLogPage>([&](QObject *ctx, auto done) {
        logs.page(PodLogEndpoint::Kernel, QStringLiteral("00000000000000000000000000000000"), 10, std::nullopt, true, {}, ctx, done);
    });
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().kind, ApiError::Kind::Platform);
    auto zero = page(0, std::nullopt, true);
    ASSERT_FALSE(zero);
    EXPECT_EQ(zero.error().kind, ApiError::Kind::Platform);
    // Another user's pod is not shown.
    const sim::UnisPodLife theirs = podOf(QStringLiteral("mindspore-resnet-910b"));
    auto denied = await<PodLogPage>([&](QObject *ctx, auto done) {
        logs.page(PodLogEndpoint::Kernel, theirs.podId, 10, std::nullopt, true, {}, ctx, done);
    });
    ASSERT_FALSE(denied);
    EXPECT_TRUE(denied.error().message.contains(QStringLiteral("无权限")));
}

TEST_F(UnisLogs, FollowPicksUpNewLines)
{
    // A running job, started less than an hour ago: three lines a second.
    const sim::UnisPodLife pod = podOf(QStringLiteral("bert-ner-中文实体识别"));
    ASSERT_EQ(pod.phase, sim::UnisPodLife::Phase::Running);
    LogDocument doc;
    auto *source = new PodLogSource(provider->client(), pod.podId, pod.podName, pod.jobId);
    source->setPageSize(300);
    source->setPollInterval(100, 400);
    source->setFollowing(true);
    doc.setSource(source);
    ASSERT_TRUE(waitFor([&] { return source->isOpen(); }));
    const qint64 first = doc.store().lineCount();
    EXPECT_EQ(first, 300);
    ASSERT_TRUE(waitFor([&] { return doc.store().lineCount() >= first + 8; }, 15000));
    // Some older pages too, while following.
    source->fetchOlder();
    ASSERT_TRUE(waitFor([&] { return doc.store().lineCount() >= first + 308; }, 15000));
    source->setFollowing(false);
    QTest::qWait(300); // let a poll in flight land

    // What is held is exactly the simulator's lines [firstHeld, endHeld).
    const QByteArrayList all = expected(pod.podName, true);
    ASSERT_GE(all.size(), source->endHeld());
    EXPECT_EQ(doc.store().lineCount(), source->endHeld() - source->firstHeld());
    EXPECT_EQ(doc.store().firstLineNumber(), source->firstHeld() + 1);
    EXPECT_EQ(held(doc), all.mid(source->firstHeld(), source->endHeld() - source->firstHeld()));
    // Chinese text arrived intact.
    EXPECT_TRUE(held(doc).join('\n').contains("已处理样本"));
}

TEST_F(UnisLogs, DownloadAPodLogAndATaskLog)
{
    QTemporaryDir dir;
    const sim::UnisPodLife pod = podOf(QStringLiteral("resnet50-imagenet"));
    const QByteArrayList raw = expected(pod.podName, false);

    // The whole pod log, page by page, with progress.
    PodLogSource source(provider->client(), pod.podId, pod.podName, pod.jobId);
    source.setPageSize(1000);
    QSignalSpy progress(&source, &LogSource::downloadProgress);
    QSignalSpy finished(&source, &LogSource::downloadFinished);
    const QString podPath = dir.filePath(QStringLiteral("pod.log"));
    source.download(podPath);
    ASSERT_TRUE(waitFor([&] { return finished.count() == 1; }, 60000));
    EXPECT_EQ(finished.at(0).at(1).toString(), QString());
    EXPECT_GE(progress.count(), 4);
    EXPECT_EQ(progress.last().at(0).toLongLong(), raw.size());
    QFile podFile(podPath);
    ASSERT_TRUE(podFile.open(QIODevice::ReadOnly));
    EXPECT_EQ(podFile.readAll(), raw.join('\n') + '\n');

    // The task's batch download: plain text, a section per pod.
    const QString jobId = backend->jobIdByName(QStringLiteral("resnet50-imagenet"));
    Logs logs(provider->client());
    const QString taskPath = dir.filePath(QStringLiteral("task.log"));
    auto done = await<DownloadedTaskLog>([&](QObject *ctx, auto cb) {
        logs.downloadTask(jobId, QStringLiteral("resnet50-imagenet"), taskPath, ctx, cb);
    }, 60000);
    ASSERT_TRUE(done) << done.error().message.toStdString();
    EXPECT_FALSE(done.value().zip);
    EXPECT_EQ(done.value().serverFileName, QStringLiteral("resnet50-imagenet.log"));
    QByteArray want;
    for (const sim::UnisPodLife &p : backend->podsOfJob(jobId))
        want += Logs::sectionHeader(p.podName).toUtf8() + '\n' + expected(p.podName, false).join('\n') + '\n';
    QFile taskFile(taskPath);
    ASSERT_TRUE(taskFile.open(QIODevice::ReadOnly));
    EXPECT_EQ(taskFile.readAll(), want);
    EXPECT_EQ(done.value().bytes, want.size());

    // A Chinese task name travels in the query and comes back as the file name.
    const QString chinese = QStringLiteral("bert-ner-中文实体识别");
    auto named = await<DownloadedTaskLog>([&](QObject *ctx, auto cb) {
        logs.downloadTask(backend->jobIdByName(chinese), chinese, dir.filePath(QStringLiteral("bert.log")), ctx, cb);
    }, 60000);
    ASSERT_TRUE(named) << named.error().message.toStdString();
    EXPECT_EQ(named.value().serverFileName, chinese + QStringLiteral(".log"));

    // An unknown task is the platform's error, and nothing is written.
    const QString nowhere = dir.filePath(QStringLiteral("none.log"));
    auto missing = await<DownloadedTaskLog>([&](QObject *ctx, auto cb) {
        logs.downloadTask(QStringLiteral("ffffffffffffffffffffffffffffffff"), QStringLiteral("x"), nowhere, ctx, cb);
    });
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind, ApiError::Kind::Platform);
    EXPECT_FALSE(QFile::exists(nowhere));
}

TEST(UnisLogsParsing, PagesAndFileNames)
{
    Envelope e;
    e.data = QJsonObject{{QStringLiteral("offset"), 75}, {QStringLiteral("startReadLines"), QStringLiteral("0")},
                         {QStringLiteral("reverseRead"), false},
                         {QStringLiteral("logContent"), QJsonArray{QStringLiteral("a"), QJsonValue(), QStringLiteral("中文")}}};
    const auto page = Logs::parsePage(e);
    ASSERT_TRUE(page);
    EXPECT_EQ(page.value().first, 0);
    EXPECT_EQ(page.value().next, 75);
    EXPECT_EQ(page.value().lines, (QByteArrayList{"a", "", "中文"}));
    e.data = QJsonObject{{QStringLiteral("logContent"), QJsonArray{}}};
    EXPECT_FALSE(Logs::parsePage(e));
    e.data = QJsonValue(QStringLiteral("not an object"));
    EXPECT_FALSE(Logs::parsePage(e));

    const QByteArray body = Logs::requestBody(QStringLiteral("e685"), 1000, std::nullopt, true, {});
    EXPECT_EQ(body, QByteArray(R"({"id":"e685","offset":1000,"recerseRead":true,"startReadLines":null})"));

    EXPECT_EQ(Logs::fileNameFrom("attachment; filename=\"test-3.log\""), QStringLiteral("test-3.log"));
    EXPECT_EQ(Logs::fileNameFrom("attachment; filename*=UTF-8''%E8%AE%AD%E7%BB%83.log"), QStringLiteral("训练.log"));
    EXPECT_EQ(Logs::fileNameFrom("attachment; filename=../../etc/passwd"), QStringLiteral("passwd"));
    EXPECT_EQ(Logs::fileNameFrom(""), QString());
}
