// Upload benchmark: a 1 GiB file through the uploader (chunked, per-chunk and whole-file MD5,
// merge) to the UNIS simulator, against `md5sum FILE && curl` sending the same bytes to the
// same server in one request, in the same run; and the uploader's peak memory for a 256 MiB and
// a 2 GiB file. Each upload runs in a process of its own so that its peak RSS is its own.
//
//   bench_upload [--dir DIR] [--rounds N] [--sim PATH]     the whole benchmark
//   bench_upload --upload FILE --url URL --user U --password P [--parallel N] [--chunk BYTES]
//                                                          one upload, for the benchmark
#include "core/account.h"
#include "core/accountsession.h"
#include "core/httpclient.h"
#include "platforms/unis/unisclient.h"
#include "platforms/unis/unislogin.h"
#include "transfer/transferjournal.h"
#include "transfer/transferqueue.h"
#include "transfer/unisremotefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <optional>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

using namespace suanli;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

qint64 peakRssKb()
{
#if defined(Q_OS_UNIX)
    struct rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss); // kilobytes on Linux
#else
    return -1;
#endif
}

// ---- one upload (child process) ----------------------------------------------------------------

int runUpload(const QStringList &args)
{
    const auto value = [&args](const QString &name) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
    };
    Account account;
    account.id = Account::newId();
    account.displayName = QStringLiteral("bench");
    account.platform = QStringLiteral("unis");
    account.baseUrl = QUrl(value(QStringLiteral("--url")));
    account.login = value(QStringLiteral("--user"));
    account.options.insert(unis::Login::plainPasswordOption(), QStringLiteral("true"));
    AccountSession session(account, nullptr);
    session.setSecret(value(QStringLiteral("--password")));
    unis::Client client(&session);
    transfer::UnisRemoteFiles remote(&client);
    // A journal on disk, as the CLI and the GUI keep it.
    QTemporaryDir journalDir;
    QString error;
    transfer::TransferQueue queue(transfer::TransferJournal::open(journalDir.filePath(QStringLiteral("journal.sqlite")), &error),
                                  [&remote](const QString &) { return static_cast<transfer::RemoteFileService *>(&remote); });
    transfer::TransferSettings settings;
    if (!value(QStringLiteral("--parallel")).isEmpty())
        settings.parallel = value(QStringLiteral("--parallel")).toInt();
    if (!value(QStringLiteral("--chunk")).isEmpty())
        settings.chunkSize = value(QStringLiteral("--chunk")).toLongLong();
    queue.setSettings(settings);

    QElapsedTimer timer;
    timer.start();
    qint64 firstChunkMs = -1;
    QObject::connect(&queue, &transfer::TransferQueue::chunkConfirmed, &queue, [&] {
        if (firstChunkMs < 0)
            firstChunkMs = timer.elapsed();
    });
    const qint64 id = queue.enqueue(account.id, false, {value(QStringLiteral("--upload"))}, QStringLiteral("/")).constFirst();
    QEventLoop loop;
    QObject::connect(&queue, &transfer::TransferQueue::queueFinished, &loop, &QEventLoop::quit);
    queue.start();
    loop.exec();
    const auto record = queue.record(id);
    const QJsonObject result{{QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0},
                             {QStringLiteral("firstChunkSeconds"), double(firstChunkMs) / 1000.0},
                             {QStringLiteral("maxRssKb"), double(peakRssKb())},
                             {QStringLiteral("state"), record && record->state == transfer::TransferState::Done ? QStringLiteral("done")
                                                                                                                : QStringLiteral("failed")},
                             {QStringLiteral("error"), record ? record->error : QString()},
                             {QStringLiteral("md5"), record ? record->fileMd5 : QString()}};
    say(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    return record && record->state == transfer::TransferState::Done ? 0 : 1;
}

// ---- the driver ----------------------------------------------------------------------------------

struct Sim
{
    QProcess process;
    QString url;
    QString user;
    QString password;
    QString storage;
};

bool startSim(Sim &sim, const QString &program, const QString &storage)
{
    sim.storage = storage;
    sim.process.setProgram(program);
    sim.process.setArguments({QStringLiteral("-p"), QStringLiteral("unis"), QStringLiteral("--unis-plain-password"),
                              QStringLiteral("--unis-files-dir"), storage, QStringLiteral("--unis-token-seconds"),
                              QStringLiteral("86400")});
    sim.process.setProcessChannelMode(QProcess::SeparateChannels);
    // Its request log is not read: a pipe nobody drains would stop the simulator.
    sim.process.setStandardErrorFile(QProcess::nullDevice());
    sim.process.start();
    if (!sim.process.waitForStarted(10000))
        return false;
    QByteArray line;
    QElapsedTimer waited;
    waited.start();
    while (!line.contains('\n') && waited.elapsed() < 10000) {
        sim.process.waitForReadyRead(500);
        line += sim.process.readAllStandardOutput();
    }
    // "unis http://127.0.0.1:PORT user=NAME password=PASSWORD ..."
    for (const QByteArray &word : line.trimmed().split(' ')) {
        if (word.startsWith("http"))
            sim.url = QString::fromUtf8(word);
        else if (word.startsWith("user="))
            sim.user = QString::fromUtf8(word.mid(5));
        else if (word.startsWith("password="))
            sim.password = QString::fromUtf8(word.mid(9));
    }
    return !sim.url.isEmpty();
}

QString signIn(const Sim &sim)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(sim.url + QStringLiteral("/prod-api/login")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(request, QJsonDocument(QJsonObject{{QStringLiteral("username"), sim.user},
                                                                       {QStringLiteral("password"), sim.password}})
                                                 .toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QString token = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("token")).toString();
    reply->deleteLater();
    return token;
}

bool makeFile(const QString &path, qint64 size)
{
    QFile file(path);
    if (file.exists() && file.size() == size)
        return true;
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(8 * kMiB, Qt::Uninitialized);
    QRandomGenerator random(20240601);
    for (qint64 written = 0; written < size; written += block.size()) {
        random.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        const qint64 n = std::min<qint64>(block.size(), size - written);
        if (file.write(block.constData(), n) != n)
            return false;
    }
    return true;
}

// Runs a process to its end while this one's event loop is idle; returns its wall time.
std::optional<double> timed(const QString &program, const QStringList &args, QByteArray *out)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(args);
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForStarted(10000))
        return std::nullopt;
    // The simulator is another process: waiting here blocks nobody.
    process.waitForFinished(-1);
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (out)
        *out = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), process.readAllStandardError().constData());
        return std::nullopt;
    }
    return seconds;
}

void dropStored(const Sim &sim)
{
    // Keep the disk from filling up between rounds: the simulator's copies go.
    QDir users(sim.storage + QStringLiteral("/users"));
    for (const QString &user : users.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QDir dir(users.filePath(user));
        for (const QString &name : dir.entryList(QDir::Files))
            dir.remove(name);
    }
}

struct UploadRun
{
    double seconds = 0;
    double firstChunkSeconds = 0;
    qint64 maxRssKb = 0;
};

std::optional<UploadRun> upload(const Sim &sim, const QString &file, qint64 chunk, int parallel)
{
    QByteArray out;
    const auto wall = timed(QCoreApplication::applicationFilePath(),
                            {QStringLiteral("--upload"), file, QStringLiteral("--url"), sim.url, QStringLiteral("--user"), sim.user,
                             QStringLiteral("--password"), sim.password, QStringLiteral("--parallel"), QString::number(parallel),
                             QStringLiteral("--chunk"), QString::number(chunk)},
                            &out);
    if (!wall)
        return std::nullopt;
    const QJsonObject result = QJsonDocument::fromJson(out.trimmed().split('\n').constLast()).object();
    if (result.value(QStringLiteral("state")).toString() != u"done") {
        std::fprintf(stderr, "upload failed: %s\n", out.constData());
        return std::nullopt;
    }
    return UploadRun{*wall, result.value(QStringLiteral("firstChunkSeconds")).toDouble(),
                     qint64(result.value(QStringLiteral("maxRssKb")).toDouble())};
}

int runBenchmark(const QStringList &args)
{
    const auto value = [&args](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const int rounds = std::max(1, value(QStringLiteral("--rounds"), QStringLiteral("3")).toInt());
    QTemporaryDir scratch(value(QStringLiteral("--dir"), QDir::tempPath()) + QStringLiteral("/bench-upload-XXXXXX"));
    if (!scratch.isValid()) {
        std::fprintf(stderr, "no scratch directory\n");
        return 1;
    }
    const QString simProgram = value(QStringLiteral("--sim"), QStringLiteral(SUANLI_SIM_PATH));
    const QString md5sum = QStandardPaths::findExecutable(QStringLiteral("md5sum"));
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (md5sum.isEmpty() || curl.isEmpty()) {
        std::fprintf(stderr, "md5sum and curl are needed for the baseline\n");
        return 1;
    }

    Sim sim;
    if (!startSim(sim, simProgram, scratch.filePath(QStringLiteral("storage")))) {
        std::fprintf(stderr, "the simulator did not start\n");
        return 1;
    }
    const QString token = signIn(sim);
    if (token.isEmpty()) {
        std::fprintf(stderr, "no token from the simulator\n");
        return 1;
    }

    const QString gib = scratch.filePath(QStringLiteral("one-gib.bin"));
    const QString small = scratch.filePath(QStringLiteral("256-mib.bin"));
    const QString large = scratch.filePath(QStringLiteral("two-gib.bin"));
    say(QStringLiteral("creating test files in %1").arg(scratch.path()));
    if (!makeFile(gib, 1024 * kMiB) || !makeFile(small, 256 * kMiB) || !makeFile(large, 2048 * kMiB)) {
        std::fprintf(stderr, "cannot write the test files\n");
        return 1;
    }

    // The baselines and the uploader take turns, each with the file in the page cache:
    //  A: md5sum, then curl -T: the bytes sent in one request, which the server reads and drops;
    //  B: md5sum, then curl -F to the single-request upload (#19): the server also stores them.
    QList<double> baseA;
    QList<double> baseB;
    QList<double> uploader;
    QList<double> hashing;
    QList<double> md5sums;
    const QString auth = QStringLiteral("-H 'Expect:' -H 'Authorization: Bearer %1'").arg(token);
    const QString putCommand = QStringLiteral("%1 %2 >/dev/null && %3 -sS -o /dev/null %4 -T '%2' %5/bench/sink")
                                   .arg(md5sum, gib, curl, auth, sim.url);
    const QString formCommand = QStringLiteral("%1 %2 >/dev/null && %3 -sS -f -o /dev/null %4 -F currentPath=/ -F 'file=@%2' "
                                               "%5/api/file/file/uploadFolder")
                                    .arg(md5sum, gib, curl, auth, sim.url);
    timed(md5sum, {gib}, nullptr); // warms the page cache
    for (int round = 0; round < rounds; ++round) {
        const auto alone = timed(md5sum, {gib}, nullptr);
        const auto a = timed(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), putCommand}, nullptr);
        const auto b = timed(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), formCommand}, nullptr);
        dropStored(sim);
        const auto ours = upload(sim, gib, 8 * kMiB, 3);
        dropStored(sim);
        if (!alone || !a || !b || !ours)
            return 1;
        md5sums.append(*alone);
        baseA.append(*a);
        baseB.append(*b);
        uploader.append(ours->seconds);
        hashing.append(ours->firstChunkSeconds);
        say(QStringLiteral("round %1: md5sum alone %6 s; md5sum && curl -T %2 s, md5sum && curl -F %3 s, uploader %4 s "
                           "(first chunk after %5 s)")
                .arg(round + 1)
                .arg(*a, 0, 'f', 2)
                .arg(*b, 0, 'f', 2)
                .arg(ours->seconds, 0, 'f', 2)
                .arg(ours->firstChunkSeconds, 0, 'f', 2)
                .arg(*alone, 0, 'f', 2));
    }
    const auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    const double medianA = median(baseA);
    const double medianB = median(baseB);
    const double oursMedian = median(uploader);
    say(QStringLiteral("1 GiB, medians of %1 rounds: md5sum && curl -T %2 s (%3 MiB/s); md5sum && curl -F %4 s (%5 MiB/s); "
                       "uploader %6 s (%7 MiB/s, first chunk after %8 s; md5sum alone %9 s)")
            .arg(rounds)
            .arg(medianA, 0, 'f', 2)
            .arg(1024.0 / medianA, 0, 'f', 0)
            .arg(medianB, 0, 'f', 2)
            .arg(1024.0 / medianB, 0, 'f', 0)
            .arg(oursMedian, 0, 'f', 2)
            .arg(1024.0 / oursMedian, 0, 'f', 0)
            .arg(median(hashing), 0, 'f', 2)
            .arg(median(md5sums), 0, 'f', 2));
    say(QStringLiteral("ratio uploader / (md5sum && curl -T): %1; uploader / (md5sum && curl -F): %2 (goal <= 1.25)")
            .arg(oursMedian / medianA, 0, 'f', 2)
            .arg(oursMedian / medianB, 0, 'f', 2));

    // Peak memory does not grow with the file.
    const auto smallRun = upload(sim, small, 8 * kMiB, 3);
    dropStored(sim);
    const auto largeRun = upload(sim, large, 8 * kMiB, 3);
    dropStored(sim);
    if (!smallRun || !largeRun)
        return 1;
    say(QStringLiteral("peak RSS: 256 MiB file %1 MiB, 2 GiB file %2 MiB; ratio %3 (goal: within 20%)")
            .arg(double(smallRun->maxRssKb) / 1024.0, 0, 'f', 1)
            .arg(double(largeRun->maxRssKb) / 1024.0, 0, 'f', 1)
            .arg(double(largeRun->maxRssKb) / double(smallRun->maxRssKb), 0, 'f', 2));
    sim.process.terminate();
    sim.process.waitForFinished(5000);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.contains(QStringLiteral("--upload")))
        return runUpload(args);
    return runBenchmark(args);
}
