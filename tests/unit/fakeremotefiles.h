#pragma once

#include "transfer/md5.h"
#include "transfer/remotefileservice.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace suanli::test {

// A storage in memory that checks what it is sent the way the UNIS document describes: chunk
// bytes against their MD5, the merged file against the file MD5. Answers come through the
// event loop after `latencyMs`; failures can be armed per call, before or after the call's
// effect (a lost answer).
class FakeRemoteFiles final : public transfer::RemoteFileService
{
public:
    enum class Call { Prepare, List, CreateFolder, Remove, Check, Chunk, Merge, WholeFile };

    struct Fault
    {
        Call call;
        ApiError error;
        bool afterEffect = false; // the call did its work, then the answer was lost
        int chunkIndex = -1;      // Call::Chunk: only this index (-1: any)
    };

    // No framing: a chunk's request body is its bytes.
    class Framer final : public transfer::PayloadFramer
    {
    public:
        QByteArray chunkHead(const transfer::ChunkUpload &) const override { return {}; }
        QByteArray chunkTail(const transfer::ChunkUpload &) const override { return {}; }
        QByteArray fileHead(const transfer::UploadTarget &) const override { return {}; }
        QByteArray fileTail(const transfer::UploadTarget &) const override { return {}; }
    };

    QString accountName() const override { return QStringLiteral("fake"); }

    void prepare(QObject *context, Completion<Done> done) override
    {
        answer(context, Call::Prepare, -1, std::move(done), [] { return Result<Done>(Done{}); });
    }

    std::shared_ptr<const transfer::PayloadFramer> framer() const override { return m_framer; }

    void list(bool isPublic, const QString &directory, QObject *context,
              Completion<QList<transfer::RemoteEntry>> done) override
    {
        answer(context, Call::List, -1, std::move(done), [this, isPublic, directory]() -> Result<QList<transfer::RemoteEntry>> {
            const QString dir = key(isPublic, directory);
            if (!m_folders.contains(dir))
                return ApiError::platform(QStringLiteral("404"), QStringLiteral("目录不存在"));
            QList<transfer::RemoteEntry> out;
            const QString prefix = dir == key(isPublic, QStringLiteral("/")) ? dir : dir + QLatin1Char('/');
            for (const QString &folder : m_folders) {
                if (folder.startsWith(prefix) && folder != dir && !folder.mid(prefix.size()).contains(QLatin1Char('/')))
                    out.append({folder.mid(prefix.size()), folder, true, 4096, {}});
            }
            for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
                if (it.key().startsWith(prefix) && !it.key().mid(prefix.size()).contains(QLatin1Char('/')))
                    out.append({it.key().mid(prefix.size()), it.key(), false, it->size(), {}});
            }
            return out;
        });
    }

    void createFolder(bool isPublic, const QString &parent, const QString &name, QObject *context,
                      Completion<Done> done) override
    {
        answer(context, Call::CreateFolder, -1, std::move(done), [this, isPublic, parent, name]() -> Result<Done> {
            if (!m_folders.contains(key(isPublic, parent)))
                return ApiError::platform(QStringLiteral("404"), QStringLiteral("父目录不存在"));
            const QString folder = join(key(isPublic, parent), name);
            if (m_folders.contains(folder))
                return ApiError::platform(QStringLiteral("400"), QStringLiteral("文件夹已存在"));
            m_folders.insert(folder);
            ++m_folderCreations;
            return Done{};
        });
    }

    void remove(bool isPublic, const QStringList &paths, QObject *context, Completion<Done> done) override
    {
        answer(context, Call::Remove, -1, std::move(done), [this, isPublic, paths]() -> Result<Done> {
            for (const QString &path : paths) {
                m_files.remove(key(isPublic, path));
                m_folders.remove(key(isPublic, path));
            }
            return Done{};
        });
    }

    void checkFile(const transfer::UploadTarget &target, QObject *context,
                   Completion<transfer::ExistingUpload> done) override
    {
        ++m_checks;
        answer(context, Call::Check, -1, std::move(done), [this, target]() -> Result<transfer::ExistingUpload> {
            transfer::ExistingUpload existing;
            const QString path = join(key(target.isPublic, target.directory), target.fileName);
            const auto file = m_files.constFind(path);
            if (file != m_files.cend() && file->size() == target.fileSize
                && transfer::Md5::hexOf(*file) == target.fileMd5) {
                existing.complete = true;
                return existing;
            }
            for (auto it = m_partials.value(partialKey(target)).cbegin(); it != m_partials.value(partialKey(target)).cend(); ++it)
                existing.chunks.insert(it.key(), transfer::Md5::hexOf(*it));
            return existing;
        });
    }

    void uploadChunk(const transfer::ChunkUpload &chunk, QByteArray body, QObject *context, Completion<Done> done) override
    {
        ++m_chunkSends[join(key(chunk.target.isPublic, chunk.target.directory), chunk.target.fileName)][chunk.index];
        ++m_bodiesHeld;
        m_maxBodiesHeld = std::max(m_maxBodiesHeld, m_bodiesHeld);
        m_maxBodyBytes = std::max<qint64>(m_maxBodyBytes, body.size());
        answer(context, Call::Chunk, chunk.index, std::move(done), [this, chunk, body]() -> Result<Done> {
            --m_bodiesHeld;
            QByteArray data = body;
            if (m_corruptChunks > 0) {
                --m_corruptChunks;
                data[data.size() / 2] = char(data.at(data.size() / 2) ^ 0x55);
            }
            if (data.size() != chunk.size || transfer::Md5::hexOf(data) != chunk.chunkMd5)
                return ApiError::platform(QStringLiteral("400"), QStringLiteral("分片MD5校验失败"));
            m_partials[partialKey(chunk.target)].insert(chunk.index, data);
            m_totals[partialKey(chunk.target)] = chunk.total;
            return Done{};
        }, [this] { --m_bodiesHeld; });
    }

    void mergeChunks(const transfer::UploadTarget &target, int total, QObject *context, Completion<Done> done) override
    {
        ++m_merges;
        answer(context, Call::Merge, -1, std::move(done), [this, target, total]() -> Result<Done> {
            const QMap<int, QByteArray> chunks = m_partials.value(partialKey(target));
            if (chunks.size() != total)
                return ApiError::platform(QStringLiteral("400"), QStringLiteral("分片不完整"));
            if (!m_folders.contains(key(target.isPublic, target.directory)))
                return ApiError::platform(QStringLiteral("404"), QStringLiteral("目标目录不存在"));
            QByteArray whole;
            for (const QByteArray &chunk : chunks)
                whole += chunk;
            if (transfer::Md5::hexOf(whole) != target.fileMd5 || whole.size() != target.fileSize) {
                m_partials.remove(partialKey(target));
                return ApiError::platform(QStringLiteral("400"), QStringLiteral("文件MD5校验失败"));
            }
            m_files.insert(join(key(target.isPublic, target.directory), target.fileName), whole);
            m_partials.remove(partialKey(target));
            return Done{};
        });
    }

    void uploadWholeFile(const transfer::UploadTarget &target, QByteArray body, QObject *context,
                         Completion<Done> done) override
    {
        answer(context, Call::WholeFile, -1, std::move(done), [this, target, body]() -> Result<Done> {
            if (!m_folders.contains(key(target.isPublic, target.directory)))
                return ApiError::platform(QStringLiteral("404"), QStringLiteral("目录不存在"));
            m_files.insert(join(key(target.isPublic, target.directory), target.fileName), body);
            return Done{};
        });
    }

    // ---- the test's side ----

    void failNext(Call call, const ApiError &error, bool afterEffect = false, int chunkIndex = -1)
    {
        m_faults.append({call, error, afterEffect, chunkIndex});
    }
    void setLatency(int ms) { m_latencyMs = ms; }
    void corruptNextChunks(int count) { m_corruptChunks = count; }
    // Holds every answer until release(); the calls themselves take effect only then.
    void setHolding(bool hold)
    {
        m_holding = hold;
        if (!hold) {
            const auto held = std::exchange(m_held, {});
            for (const auto &release : held)
                release();
        }
    }
    void addFile(bool isPublic, const QString &path, const QByteArray &data) { m_files.insert(key(isPublic, path), data); }
    void addFolder(bool isPublic, const QString &path) { m_folders.insert(key(isPublic, path)); }
    void addPartialChunk(const transfer::UploadTarget &target, int index, const QByteArray &data)
    {
        m_partials[partialKey(target)].insert(index, data);
    }

    QByteArray file(bool isPublic, const QString &path) const { return m_files.value(key(isPublic, path)); }
    bool hasFile(bool isPublic, const QString &path) const { return m_files.contains(key(isPublic, path)); }
    bool hasFolder(bool isPublic, const QString &path) const { return m_folders.contains(key(isPublic, path)); }
    QMap<int, int> chunkSends(bool isPublic, const QString &path) const { return m_chunkSends.value(key(isPublic, path)); }
    int totalChunkSends() const
    {
        int n = 0;
        for (const auto &perFile : m_chunkSends) {
            for (int count : perFile)
                n += count;
        }
        return n;
    }
    int merges() const { return m_merges; }
    int checks() const { return m_checks; }
    int folderCreations() const { return m_folderCreations; }
    int maxBodiesHeld() const { return m_maxBodiesHeld; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    int partialCount() const { return int(m_partials.size()); }

    FakeRemoteFiles() { m_folders.insert(key(false, QStringLiteral("/"))), m_folders.insert(key(true, QStringLiteral("/"))); }

private:
    template<typename T, typename Effect>
    void answer(QObject *context, Call call, int chunkIndex, Completion<T> done, Effect effectFunction,
                std::function<void()> onFault = {})
    {
        std::function<Result<T>()> effect = std::move(effectFunction);
        std::optional<Fault> fault;
        for (qsizetype i = 0; i < m_faults.size(); ++i) {
            const Fault &f = m_faults.at(i);
            if (f.call == call && (f.chunkIndex < 0 || f.chunkIndex == chunkIndex)) {
                fault = m_faults.takeAt(i);
                break;
            }
        }
        auto run = [this, fault, done = std::move(done), effect = std::move(effect), onFault = std::move(onFault),
                    context = QPointer<QObject>(context)]() {
            if (!context)
                return;
            Result<T> result = ApiError::cancelled();
            if (fault && !fault->afterEffect) {
                if (onFault)
                    onFault();
                result = fault->error;
            } else {
                result = effect();
                if (fault)
                    result = fault->error;
            }
            done(result);
        };
        QTimer::singleShot(m_latencyMs, context, [this, run = std::move(run)]() mutable {
            if (m_holding)
                m_held.append(std::move(run));
            else
                run();
        });
    }

    static QString key(bool isPublic, const QString &path)
    {
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        return (isPublic ? QStringLiteral("public:/") : QStringLiteral("private:/")) + parts.join(QLatin1Char('/'));
    }
    static QString join(const QString &dir, const QString &name)
    {
        return dir.endsWith(QLatin1Char('/')) ? QString(dir + name) : QString(dir + QLatin1Char('/') + name);
    }
    static QString partialKey(const transfer::UploadTarget &target)
    {
        return join(key(target.isPublic, target.directory), target.fileName) + QLatin1Char('#') + target.fileMd5;
    }

    std::shared_ptr<const Framer> m_framer = std::make_shared<Framer>();
    QHash<QString, QByteArray> m_files;
    QSet<QString> m_folders;
    QHash<QString, QMap<int, QByteArray>> m_partials;
    QHash<QString, int> m_totals;
    QHash<QString, QMap<int, int>> m_chunkSends;
    QList<Fault> m_faults;
    QList<std::function<void()>> m_held;
    bool m_holding = false;
    int m_latencyMs = 1;
    int m_corruptChunks = 0;
    int m_merges = 0;
    int m_checks = 0;
    int m_folderCreations = 0;
    int m_bodiesHeld = 0;
    int m_maxBodiesHeld = 0;
    qint64 m_maxBodyBytes = 0;
};

} // namespace suanli::test
