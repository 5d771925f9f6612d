#pragma once

#include "waitfor.h"

#include "core/account.h"
#include "core/accountsession.h"
#include "core/httpclient.h"
#include "platforms/unis/unisclient.h"
#include "platforms/unis/unisfiles.h"
#include "platforms/unis/unislogin.h"
#include "sim/backend.h"
#include "sim/simserver.h"
#include "sim/unis/unisfileservice.h"
#include "transfer/md5.h"
#include "transfer/transferjournal.h"
#include "transfer/transferqueue.h"
#include "transfer/unisremotefiles.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace suanli::test {

// Sign-in and the current user in a few lines, every other request to the simulated file
// service as user 38: the file service behind the real UNIS client, over loopback.
class UnisFilesBackend final : public sim::Backend
{
public:
    explicit UnisFilesBackend(sim::UnisFileService *files)
        : m_files(files)
    {
    }

    sim::SimReply handle(const sim::SimRequest &request) override
    {
        if (request.path == u"/prod-api/login") {
            const QString token = QStringLiteral("tok-%1").arg(++logins);
            m_tokens.insert(token);
            return sim::SimReply::json({{QStringLiteral("msg"), QStringLiteral("操作成功")},
                                        {QStringLiteral("code"), 200},
                                        {QStringLiteral("token"), token}});
        }
        const QByteArray auth = request.header("Authorization");
        if (!auth.startsWith("Bearer ") || !m_tokens.contains(QString::fromUtf8(auth.mid(7))))
            return sim::SimReply::json({{QStringLiteral("msg"), QStringLiteral("认证失败，无法访问系统资源")}, {QStringLiteral("code"), 401}});
        if (request.path == u"/prod-api/getInfo") {
            ++getInfos;
            return sim::SimReply::json({{QStringLiteral("msg"), QStringLiteral("操作成功")},
                                        {QStringLiteral("code"), 200},
                                        {QStringLiteral("user"), QJsonObject{{QStringLiteral("userId"), 38},
                                                                             {QStringLiteral("userName"), QStringLiteral("hhj")}}}});
        }
        if (auto reply = m_files->handle(request, caller()))
            return *reply;
        return sim::SimReply::text(404, "not found");
    }

    static sim::UnisCaller caller()
    {
        return {QStringLiteral("38"), QStringLiteral("hhj"), QStringLiteral("200"), QStringLiteral("4007")};
    }

    int logins = 0;
    int getInfos = 0;

private:
    sim::UnisFileService *m_files;
    QSet<QString> m_tokens;
};

inline QByteArray testBytes(qint64 size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = seed * 2246822519u + 3;
    for (qint64 i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        data[i] = char(x >> 5);
    }
    return data;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The uploader against the simulated UNIS file service over loopback, through the real UNIS
// client (sign-in, bearer token, envelopes, multipart bodies).
class UnisUploadFixture : public ::testing::Test
{
protected:
    static constexpr qint64 kMiB = 1024 * 1024;

    void SetUp() override
    {
        ASSERT_TRUE(storage.isValid());
        ASSERT_TRUE(local.isValid());
        service = std::make_unique<sim::UnisFileService>(storage.path());
        backend = std::make_unique<UnisFilesBackend>(service.get());
        server = std::make_unique<sim::SimServer>(backend.get());
        ASSERT_TRUE(server->start()) << server->errorString().toStdString();

        Account account;
        account.id = Account::newId();
        account.displayName = QStringLiteral("unis-files");
        account.platform = QStringLiteral("unis");
        account.baseUrl = server->baseUrl();
        account.login = QStringLiteral("hhj");
        account.options.insert(unis::Login::plainPasswordOption(), QStringLiteral("true"));
        session = std::make_unique<AccountSession>(account, nullptr);
        session->setSecret(QStringLiteral("secret-pw"));
        RetryPolicy fast;
        fast.baseDelayMs = 5;
        fast.maxDelayMs = 20;
        session->http()->setRetryPolicy(fast);
        client = std::make_unique<unis::Client>(session.get());
        remote = std::make_unique<transfer::UnisRemoteFiles>(client.get());

        settings.parallel = 3;
        settings.chunkSize = kMiB;
        settings.retry.baseDelayMs = 5;
        settings.retry.maxDelayMs = 30;
        journalPath = local.filePath(QStringLiteral("journal.sqlite"));
        makeQueue();
    }

    void TearDown() override
    {
        queue.reset();
        remote.reset();
        client.reset();
        session.reset();
        server.reset();
    }

    void makeQueue()
    {
        QString error;
        auto journal = transfer::TransferJournal::open(journalPath, &error);
        ASSERT_TRUE(journal) << error.toStdString();
        queue = std::make_unique<transfer::TransferQueue>(std::move(journal), [this](const QString &) {
            return static_cast<transfer::RemoteFileService *>(remote.get());
        });
        queue->setSettings(settings);
        finished = std::make_unique<QSignalSpy>(queue.get(), &transfer::TransferQueue::queueFinished);
        confirmed = std::make_unique<QSignalSpy>(queue.get(), &transfer::TransferQueue::chunkConfirmed);
    }

    QString writeLocal(const QString &relative, const QByteArray &data)
    {
        const QString path = local.filePath(QStringLiteral("files/") + relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(data);
        return path;
    }

    QByteArray remoteFile(const QString &path) const
    {
        return readFile(service->diskPath(QStringLiteral("38"), path));
    }

    bool runToEnd(int timeoutMs = 60000)
    {
        return waitFor([this] { return queue->isIdle() && finished->count() > 0; }, timeoutMs);
    }

    transfer::TransferState state(qint64 id) const { return queue->record(id)->state; }

    QTemporaryDir storage;
    QTemporaryDir local;
    std::unique_ptr<sim::UnisFileService> service;
    std::unique_ptr<UnisFilesBackend> backend;
    std::unique_ptr<sim::SimServer> server;
    std::unique_ptr<AccountSession> session;
    std::unique_ptr<unis::Client> client;
    std::unique_ptr<transfer::UnisRemoteFiles> remote;
    transfer::TransferSettings settings;
    QString journalPath;
    std::unique_ptr<transfer::TransferQueue> queue;
    std::unique_ptr<QSignalSpy> finished;
    std::unique_ptr<QSignalSpy> confirmed;
};

} // namespace suanli::test
