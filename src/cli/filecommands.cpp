#include "filecommands.h"

#include "awaitresult.h"
#include "clicontext.h"
#include "commandline.h"
#include "exitcode.h"
#include "jsonformat.h"
#include "output.h"
#include "tableprinter.h"
#include "textformat.h"

#include "core/accountsession.h"
#include "platforms/unis/unisfiles.h"
#include "platforms/unis/unisprovider.h"
#include "transfer/transferjournal.h"
#include "transfer/transferqueue.h"
#include "transfer/unisremotefiles.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QLockFile>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <cstdio>

#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <unistd.h>
#endif

namespace suanli::cli {

using transfer::TransferState;

namespace {

const QString kUnis = QStringLiteral("unis");

bool stderrIsTerminal()
{
#if defined(Q_OS_WIN)
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString duration(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("--:--");
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    return h > 0 ? QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'))
                 : QStringLiteral("%1:%2").arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
}

QString stateName(TransferState state)
{
    switch (state) {
    case TransferState::Queued: return QStringLiteral("queued");
    case TransferState::Hashing: return QStringLiteral("hashing");
    case TransferState::Uploading: return QStringLiteral("uploading");
    case TransferState::Merging: return QStringLiteral("merging");
    case TransferState::Paused: return QStringLiteral("paused");
    case TransferState::Done: return QStringLiteral("done");
    case TransferState::Failed: return QStringLiteral("failed");
    case TransferState::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString remoteJoin(const QString &dir, const QString &name)
{
    const QString folder = unis::Files::normalizedFolder(dir);
    return folder == u"/" ? QString(QLatin1Char('/') + name) : QString(folder + QLatin1Char('/') + name);
}

} // namespace

FileCommands::FileCommands(CliContext &context, CommandLine &commandLine)
    : m_context(context)
    , m_commandLine(commandLine)
{
}

std::optional<qint64> FileCommands::parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*([kKmMgGtT]?)(?:i?[bB])?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double number = match.captured(1).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    double factor = 1.0;
    const QString unit = match.captured(2).toLower();
    switch (unit.isEmpty() ? char16_t(0) : unit.at(0).unicode()) {
    case 'k': factor = 1024.0; break;
    case 'm': factor = 1024.0 * 1024.0; break;
    case 'g': factor = 1024.0 * 1024.0 * 1024.0; break;
    case 't': factor = 1024.0 * 1024.0 * 1024.0 * 1024.0; break;
    default: break;
    }
    const double bytes = number * factor;
    if (bytes > 9.0e15)
        return std::nullopt;
    return qint64(bytes);
}

QString FileCommands::journalPath(const QString &configDir)
{
    return QDir(configDir).filePath(QStringLiteral("uploads.sqlite"));
}

unis::UnisProvider *FileCommands::provider(const QString &command, int *exitCode)
{
    Provider *p = m_context.platformProvider(m_commandLine.value(QStringLiteral("account")), kUnis, command, true, exitCode);
    return p ? qobject_cast<unis::UnisProvider *>(p) : nullptr;
}

// ---- upload ----------------------------------------------------------------------------------

int FileCommands::upload()
{
    const QString command = QStringLiteral("upload");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true},
                                                              {QStringLiteral("to"), true},
                                                              {QStringLiteral("public"), false},
                                                              {QStringLiteral("parallel"), true},
                                                              {QStringLiteral("chunk-size"), true},
                                                              {QStringLiteral("limit"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    const QStringList paths = m_commandLine.positionals();
    if (paths.isEmpty())
        return m_context.usageError(tr("upload needs at least one file or folder."), command);
    if (!m_commandLine.isSet(QStringLiteral("to")))
        return m_context.usageError(tr("upload needs --to REMOTE_DIR, the folder to upload into (\"/\" for the top)."),
                                    command);
    const QString remoteDir = unis::Files::normalizedFolder(m_commandLine.value(QStringLiteral("to")));
    const bool isPublic = m_commandLine.isSet(QStringLiteral("public"));

    transfer::TransferSettings settings;
    if (m_commandLine.isSet(QStringLiteral("parallel"))) {
        bool ok = false;
        const int n = m_commandLine.value(QStringLiteral("parallel")).toInt(&ok);
        if (!ok || n < transfer::TransferSettings::kMinParallel || n > transfer::TransferSettings::kMaxParallel)
            return m_context.usageError(tr("--parallel takes a whole number from %1 to %2.")
                                            .arg(transfer::TransferSettings::kMinParallel)
                                            .arg(transfer::TransferSettings::kMaxParallel),
                                        command);
        settings.parallel = n;
    }
    if (m_commandLine.isSet(QStringLiteral("chunk-size"))) {
        const auto size = parseSize(m_commandLine.value(QStringLiteral("chunk-size")));
        if (!size || *size < transfer::TransferSettings::kMinChunk || *size > transfer::TransferSettings::kMaxChunk)
            return m_context.usageError(tr("--chunk-size takes a size from 1M to 64M, such as 8M."), command);
        settings.chunkSize = *size;
    }
    if (m_commandLine.isSet(QStringLiteral("limit"))) {
        const auto limit = parseSize(m_commandLine.value(QStringLiteral("limit")));
        if (!limit)
            return m_context.usageError(tr("--limit takes bytes per second, such as 10M (0 for no limit)."), command);
        settings.bandwidthLimit = *limit;
    }
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            return m_context.usageError(tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)), command);
    }

    int exitCode = ExitOk;
    unis::UnisProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    const Account account = p->session()->account();

    // One upload at a time per configuration: two would drive the same journal.
    QDir().mkpath(m_context.configDir());
    QLockFile lock(journalPath(m_context.configDir()) + QStringLiteral(".lock"));
    if (!lock.tryLock(0)) {
        m_context.out().error(tr("Another suanli-cli upload is running with this configuration; wait for it to end."));
        return ExitFailed;
    }
    QString journalError;
    std::unique_ptr<transfer::TransferJournal> journal =
        transfer::TransferJournal::open(journalPath(m_context.configDir()), &journalError);
    if (!journal) {
        m_context.out().error(tr("Cannot open the upload journal: %1").arg(journalError));
        return ExitFailed;
    }
    transfer::UnisRemoteFiles remote(p->client());
    transfer::TransferQueue queue(std::move(journal), [&remote, &account](const QString &accountId) {
        return accountId == account.id ? static_cast<transfer::RemoteFileService *>(&remote) : nullptr;
    });
    queue.setSettings(settings);

    const bool quiet = m_context.out().json();
    const bool progress = !quiet && stderrIsTerminal();
    int lastWidth = 0; // of the progress line on the terminal, to be wiped before a note
    QObject::connect(&queue, &transfer::TransferQueue::notice, &queue, [this, quiet, &lastWidth](qint64, const QString &message) {
        // Files already there are counted in the summary instead.
        if (quiet || message == transfer::TransferQueue::alreadyThereNote())
            return;
        if (lastWidth > 0) {
            Output::writeStderr(QString(QLatin1Char('\r') + QString(lastWidth, u' ') + QLatin1Char('\r')).toUtf8());
            lastWidth = 0;
        }
        m_context.out().note(message);
    });

    // The same command again resumes what it started; everything else in the journal waits.
    QSet<qint64> mine;
    int resumed = 0;
    for (const QString &path : paths) {
        if (const auto existing = queue.findUnfinished(account.id, isPublic, path, remoteDir)) {
            mine.insert(*existing);
            const auto record = queue.record(*existing);
            if (record->state == TransferState::Failed)
                queue.retry(*existing);
            else if (record->state == TransferState::Paused)
                queue.resume(*existing);
            ++resumed;
            continue;
        }
        for (qint64 id : queue.enqueue(account.id, isPublic, {path}, remoteDir))
            mine.insert(id);
    }
    for (qint64 id : queue.topLevelIds()) {
        if (!mine.contains(id))
            queue.pause(id);
    }
    if (resumed > 0 && !quiet)
        m_context.out().note(tr("Resuming %n upload(s) from the journal.", nullptr, resumed));

    const auto progressLine = [&queue, &mine]() {
        qint64 total = 0;
        qint64 done = 0;
        int files = 0;
        int filesDone = 0;
        qint64 hashed = 0;
        for (qint64 id : mine) {
            const auto item = queue.item(id);
            if (!item)
                continue;
            total += item->totalBytes;
            done += item->doneBytes;
            files += item->files;
            filesDone += item->filesDone;
            hashed += item->hashedBytes;
        }
        const transfer::TransferTotals totals = queue.totals();
        const int percent = total > 0 ? int(100 * done / total) : 0;
        QString line = tr("%1/%2 files, %3 of %4 (%5%)").arg(filesDone).arg(files).arg(sizeText(done), sizeText(total)).arg(percent);
        if (totals.bytesPerSecond > 0)
            line += tr(", %1/s, %2 left").arg(sizeText(qint64(totals.bytesPerSecond)), duration(totals.etaSeconds));
        else if (hashed > 0 && done == 0)
            line += tr(", checking files: %1").arg(sizeText(hashed));
        return line;
    };

    QEventLoop loop;
    QTimer ticker;
    if (progress) {
        QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
            const QString line = progressLine();
            const int width = TablePrinter::displayWidth(line);
            Output::writeStderr(QString(QLatin1Char('\r') + line + QString(std::max(0, lastWidth - width), u' ')).toUtf8());
            lastWidth = width;
        });
        ticker.start(500);
    }
    const auto allDone = [&queue, &mine] {
        for (qint64 id : mine) {
            const auto record = queue.record(id);
            if (record && !transfer::isFinished(record->state))
                return false;
        }
        return true;
    };
    QObject::connect(&queue, &transfer::TransferQueue::queueFinished, &loop, [&] {
        if (allDone())
            loop.quit();
    });
    queue.start();
    if (!allDone())
        loop.exec();
    ticker.stop();
    if (progress) {
        const QString line = progressLine();
        const int width = TablePrinter::displayWidth(line);
        Output::writeStderr(
            QString(QLatin1Char('\r') + line + QString(std::max(0, lastWidth - width), u' ') + QLatin1Char('\n')).toUtf8());
    }

    // The outcome, file by file for the failures.
    QJsonArray json;
    int failed = 0;
    int uploadedFiles = 0;
    int alreadyThere = 0;
    qint64 uploadedBytes = 0;
    for (qint64 id : queue.topLevelIds()) {
        if (!mine.contains(id))
            continue;
        const auto item = queue.item(id);
        if (!item)
            continue;
        const transfer::TransferRecord &r = item->record;
        uploadedFiles += item->filesDone;
        uploadedBytes += item->doneBytes;
        if (r.state == TransferState::Failed)
            ++failed;
        std::function<void(qint64)> countThere = [&](qint64 node) {
            const auto c = queue.record(node);
            if (c && c->kind == transfer::TransferKind::File && c->state == TransferState::Done
                && c->note == transfer::TransferQueue::alreadyThereNote())
                ++alreadyThere;
            for (qint64 child : queue.children(node))
                countThere(child);
        };
        countThere(id);
        json.append(QJsonObject{{QStringLiteral("path"), QDir::toNativeSeparators(r.localPath)},
                                {QStringLiteral("remote"), remoteJoin(r.remoteDir, r.remoteName)},
                                {QStringLiteral("public"), r.isPublic},
                                {QStringLiteral("kind"), r.kind == transfer::TransferKind::Folder ? QStringLiteral("folder")
                                                                                                 : QStringLiteral("file")},
                                {QStringLiteral("state"), stateName(r.state)},
                                {QStringLiteral("bytes"), double(item->totalBytes)},
                                {QStringLiteral("files"), item->files},
                                {QStringLiteral("filesDone"), item->filesDone},
                                {QStringLiteral("filesFailed"), item->filesFailed},
                                {QStringLiteral("md5"), JsonFormat::text(r.kind == transfer::TransferKind::File ? r.fileMd5 : QString())},
                                {QStringLiteral("note"), JsonFormat::text(r.note)},
                                {QStringLiteral("error"), JsonFormat::text(r.error)}});
        if (!quiet && r.state == TransferState::Failed)
            m_context.out().error(tr("%1: %2").arg(QDir::toNativeSeparators(r.localPath), r.error));
        if (!quiet && r.kind == transfer::TransferKind::Folder && item->filesFailed > 0) {
            // Which files, so that they can be looked at.
            std::function<void(qint64)> report = [&](qint64 parent) {
                for (qint64 child : queue.children(parent)) {
                    const auto c = queue.record(child);
                    if (c && c->kind == transfer::TransferKind::File && c->state == TransferState::Failed)
                        m_context.out().error(tr("%1: %2").arg(QDir::toNativeSeparators(c->localPath), c->error));
                    report(child);
                }
            };
            report(id);
        }
    }
    if (quiet) {
        m_context.out().printJson(json);
    } else {
        m_context.out().printLine(
            tr("Uploaded %n file(s), %1, to %2.", nullptr, uploadedFiles)
                .arg(sizeText(uploadedBytes),
                     (isPublic ? tr("the public storage of %1") : tr("the private storage of %1")).arg(account.displayName)
                         + QStringLiteral(" ") + remoteDir));
        if (alreadyThere > 0)
            m_context.out().note(tr("%n file(s) were on the server already and were not sent again.", nullptr, alreadyThere));
        if (failed > 0)
            m_context.out().error(tr("%n upload(s) failed. Run the same command again to retry them.", nullptr, failed));
    }
    return failed > 0 ? ExitFailed : ExitOk;
}

// ---- files ls / mkdir / rm / sftp ------------------------------------------------------------

int FileCommands::files()
{
    const QString sub = m_commandLine.words().value(1);
    const QString command = QStringLiteral("files");
    const QString parseError = m_commandLine.parseCommand(2, {{QStringLiteral("account"), true},
                                                              {QStringLiteral("public"), false},
                                                              {QStringLiteral("yes"), false},
                                                              {QStringLiteral("reveal-password"), false}});
    if (sub.isEmpty())
        return m_context.usageError(tr("files needs a subcommand: ls, mkdir, rm or sftp."), command);
    if (sub != u"ls" && sub != u"mkdir" && sub != u"rm" && sub != u"sftp")
        return m_context.usageError(tr("Unknown files subcommand \"%1\" (ls, mkdir, rm, sftp).").arg(sub), command);
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    const bool isPublic = m_commandLine.isSet(QStringLiteral("public"));
    const QStringList paths = m_commandLine.positionals();
    if ((sub == u"mkdir" || sub == u"rm") && paths.isEmpty())
        return m_context.usageError(tr("files %1 needs a remote path.").arg(sub), command);
    if (sub == u"rm" && !m_commandLine.isSet(QStringLiteral("yes"))) {
        m_context.out().error(tr("Deleting cannot be undone; folders go with everything in them."));
        m_context.out().error(tr("Nothing was done. Add --yes to files rm %1.").arg(paths.join(u' ')));
        return ExitRefused;
    }
    int exitCode = ExitOk;
    unis::UnisProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    if (sub == u"ls")
        return list(p, isPublic);
    if (sub == u"mkdir")
        return makeFolder(p, isPublic);
    if (sub == u"rm")
        return remove(p, isPublic);
    return sftp(p, isPublic);
}

int FileCommands::list(unis::UnisProvider *p, bool isPublic)
{
    const QString folder = unis::Files::normalizedFolder(m_commandLine.positionals().value(0, QStringLiteral("/")));
    unis::Files files(p->client());
    const Result<QList<unis::FileEntry>> listed = awaitResult<QList<unis::FileEntry>>(
        [&](QObject *ctx, auto done) { files.list(isPublic, folder, ctx, std::move(done)); });
    if (!listed)
        return m_context.fail(listed.error(), p->session()->name());
    if (m_context.out().json()) {
        QJsonArray array;
        for (const unis::FileEntry &e : listed.value())
            array.append(QJsonObject{{QStringLiteral("name"), e.name},
                                     {QStringLiteral("path"), e.path},
                                     {QStringLiteral("directory"), e.isDirectory},
                                     {QStringLiteral("size"), e.size >= 0 && !e.isDirectory ? QJsonValue(double(e.size)) : QJsonValue()},
                                     {QStringLiteral("modified"), JsonFormat::time(e.modified)}});
        m_context.out().printJson(array);
        return ExitOk;
    }
    TablePrinter table({tr("NAME"), tr("SIZE"), tr("MODIFIED")});
    table.setRightAligned(1);
    for (const unis::FileEntry &e : listed.value())
        table.addRow({e.isDirectory ? e.name + QLatin1Char('/') : e.name,
                      e.isDirectory || e.size < 0 ? QStringLiteral("-") : sizeText(e.size), TextFormat::time(e.modified)});
    if (table.rowCount() == 0)
        m_context.out().note(tr("%1 is empty.").arg(folder));
    else
        m_context.out().printTable(table);
    return ExitOk;
}

int FileCommands::makeFolder(unis::UnisProvider *p, bool isPublic)
{
    unis::Files files(p->client());
    for (const QString &path : m_commandLine.positionals()) {
        const QString normalized = unis::Files::normalizedFolder(path);
        if (normalized == u"/")
            return m_context.usageError(tr("The top folder exists already."), QStringLiteral("files"));
        const QString parent = normalized.section(QLatin1Char('/'), 0, -2);
        const QString name = normalized.section(QLatin1Char('/'), -1);
        const Result<Done> made = awaitResult<Done>(
            [&](QObject *ctx, auto done) { files.createFolder(isPublic, parent, name, ctx, std::move(done)); });
        if (!made)
            return m_context.fail(made.error(), p->session()->name());
        if (!m_context.out().json())
            m_context.out().printLine(tr("Created %1.").arg(normalized));
    }
    if (m_context.out().json())
        m_context.out().printJson(QJsonObject{{QStringLiteral("created"), QJsonArray::fromStringList(m_commandLine.positionals())}});
    return ExitOk;
}

int FileCommands::remove(unis::UnisProvider *p, bool isPublic)
{
    unis::Files files(p->client());
    QStringList paths;
    for (const QString &path : m_commandLine.positionals()) {
        const QString normalized = unis::Files::normalizedFolder(path);
        if (normalized == u"/")
            return m_context.usageError(tr("The top folder cannot be deleted."), QStringLiteral("files"));
        paths.append(normalized);
    }
    const Result<Done> removed =
        awaitResult<Done>([&](QObject *ctx, auto done) { files.remove(isPublic, paths, ctx, std::move(done)); });
    if (!removed)
        return m_context.fail(removed.error(), p->session()->name());
    if (m_context.out().json())
        m_context.out().printJson(QJsonObject{{QStringLiteral("deleted"), QJsonArray::fromStringList(paths)}});
    else
        m_context.out().printLine(tr("Deleted %1.").arg(paths.join(QStringLiteral(", "))));
    return ExitOk;
}

int FileCommands::sftp(unis::UnisProvider *p, bool isPublic)
{
    unis::Files files(p->client());
    const Result<unis::SftpInfo> info =
        awaitResult<unis::SftpInfo>([&](QObject *ctx, auto done) { files.sftpInfo(isPublic, ctx, std::move(done)); });
    if (!info)
        return m_context.fail(info.error(), p->session()->name());
    const bool reveal = m_commandLine.isSet(QStringLiteral("reveal-password"));
    const QString password = reveal ? info.value().password : QStringLiteral("********");
    if (m_context.out().json()) {
        m_context.out().printJson(QJsonObject{{QStringLiteral("protocol"), info.value().protocol},
                                              {QStringLiteral("address"), info.value().address},
                                              {QStringLiteral("port"), info.value().port},
                                              {QStringLiteral("username"), info.value().username},
                                              {QStringLiteral("password"), reveal ? QJsonValue(password) : QJsonValue()}});
        return ExitOk;
    }
    m_context.out().printLine(tr("Protocol: %1").arg(info.value().protocol));
    m_context.out().printLine(tr("Address:  %1").arg(info.value().address));
    m_context.out().printLine(tr("Port:     %1").arg(info.value().port));
    m_context.out().printLine(tr("User:     %1").arg(info.value().username));
    m_context.out().printLine(tr("Password: %1").arg(password));
    if (!reveal)
        m_context.out().note(tr("Add --reveal-password to show the password."));
    m_context.out().note(tr("The address is the platform's internal one; it may not be reachable from outside its network."));
    return ExitOk;
}

} // namespace suanli::cli
