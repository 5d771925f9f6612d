#pragma once

#include "transfer/transferitem.h"

#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace suanli::transfer {

// The upload queue on disk (SQLite through QtSql): items with their state, the chunks each has
// had acknowledged with the chunks' MD5s, and whole-file MD5s keyed by path, size and
// modification time. Every change is committed at once (write-ahead log, synced at checkpoints),
// so a quit or a crash of the application loses nothing committed, and a power cut at most the
// last changes; what the server holds is asked again on resume anyway.
class TransferJournal final
{
public:
    struct ChunkMark
    {
        QString md5;
        bool acknowledged = false; // the server said it has the chunk
    };

    // Opens (creating when needed) the journal at `path`; ":memory:" keeps it in memory.
    // Returns nullptr with `error` set when the file cannot be used.
    static std::unique_ptr<TransferJournal> open(const QString &path, QString *error);
    ~TransferJournal();
    TransferJournal(const TransferJournal &) = delete;
    TransferJournal &operator=(const TransferJournal &) = delete;

    QString path() const { return m_path; }

    // Many changes in one transaction (a folder's items).
    void beginBatch();
    void commitBatch();

    // Inserts the record and sets its id.
    bool add(TransferRecord &record);
    bool update(const TransferRecord &record);
    // Removes the item, everything under it and their chunks.
    bool remove(qint64 id);
    QList<TransferRecord> records() const; // in the order they were added

    bool markChunk(qint64 itemId, int index, const QString &md5, bool acknowledged);
    QMap<int, ChunkMark> chunks(qint64 itemId) const;
    bool clearChunks(qint64 itemId);

    std::optional<QString> cachedMd5(const QString &path, qint64 size, qint64 mtimeMs) const;
    bool cacheMd5(const QString &path, qint64 size, qint64 mtimeMs, const QString &md5);

    // Small settings kept with the queue (the bandwidth limit, say); empty when not set.
    QString value(const QString &key) const;
    bool setValue(const QString &key, const QString &value);

    QString lastError() const { return m_lastError; }

private:
    explicit TransferJournal(const QString &path);
    bool exec(const QString &sql);

    QString m_path;
    QString m_connection;
    mutable QString m_lastError;
    int m_batchDepth = 0;
};

} // namespace suanli::transfer
