#include "transfer/transferjournal.h"

#include "transfer/transferlogging.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace suanli::transfer {

namespace {

constexpr int kSchemaVersion = 1;

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("suanli-transfer-journal-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

TransferJournal::TransferJournal(const QString &path)
    : m_path(path)
    , m_connection(nextConnectionName())
{
}

TransferJournal::~TransferJournal()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<TransferJournal> TransferJournal::open(const QString &path, QString *error)
{
    std::unique_ptr<TransferJournal> journal(new TransferJournal(path));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), journal->m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return nullptr;
    }
    const bool ready = journal->exec(QStringLiteral("PRAGMA foreign_keys=ON"))
                       && (path == u":memory:" || journal->exec(QStringLiteral("PRAGMA journal_mode=WAL")))
                       && journal->exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
                       && journal->exec(QStringLiteral(
                           "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)"))
                       && journal->exec(QStringLiteral(
                           "CREATE TABLE IF NOT EXISTS items("
                           "id INTEGER PRIMARY KEY AUTOINCREMENT, parent_id INTEGER NOT NULL DEFAULT 0, "
                           "kind INTEGER NOT NULL, account_id TEXT NOT NULL, is_public INTEGER NOT NULL, "
                           "local_path TEXT NOT NULL, remote_dir TEXT NOT NULL, remote_name TEXT NOT NULL, "
                           "size INTEGER NOT NULL, mtime_ms INTEGER NOT NULL, chunk_size INTEGER NOT NULL, "
                           "file_md5 TEXT NOT NULL, state INTEGER NOT NULL, error TEXT NOT NULL, "
                           "note TEXT NOT NULL, folder_created INTEGER NOT NULL, added_ms INTEGER NOT NULL)"))
                       && journal->exec(QStringLiteral("CREATE INDEX IF NOT EXISTS items_parent ON items(parent_id)"))
                       && journal->exec(QStringLiteral(
                           "CREATE TABLE IF NOT EXISTS chunks(item_id INTEGER NOT NULL, idx INTEGER NOT NULL, "
                           "md5 TEXT NOT NULL, acked INTEGER NOT NULL, PRIMARY KEY(item_id, idx)) WITHOUT ROWID"))
                       && journal->exec(QStringLiteral(
                           "CREATE TABLE IF NOT EXISTS file_md5(path TEXT PRIMARY KEY, size INTEGER NOT NULL, "
                           "mtime_ms INTEGER NOT NULL, md5 TEXT NOT NULL)"));
    if (!ready) {
        if (error)
            *error = journal->m_lastError;
        return nullptr;
    }
    QSqlQuery version(db);
    version.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema'"));
    if (version.next()) {
        if (version.value(0).toInt() > kSchemaVersion) {
            if (error)
                *error = QStringLiteral("the transfer journal %1 was written by a newer version").arg(path);
            return nullptr;
        }
    } else if (!journal->exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('schema', '%1')").arg(kSchemaVersion))) {
        if (error)
            *error = journal->m_lastError;
        return nullptr;
    }
    return journal;
}

bool TransferJournal::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(sql))
        return true;
    m_lastError = query.lastError().text();
    qCWarning(lcTransfer) << "journal:" << m_lastError;
    return false;
}

void TransferJournal::beginBatch()
{
    if (m_batchDepth++ == 0)
        QSqlDatabase::database(m_connection, false).transaction();
}

void TransferJournal::commitBatch()
{
    if (m_batchDepth > 0 && --m_batchDepth == 0)
        QSqlDatabase::database(m_connection, false).commit();
}

namespace {

void bindRecord(QSqlQuery &query, const TransferRecord &r)
{
    query.bindValue(QStringLiteral(":parent"), r.parentId);
    query.bindValue(QStringLiteral(":kind"), int(r.kind));
    query.bindValue(QStringLiteral(":account"), r.accountId);
    query.bindValue(QStringLiteral(":public"), r.isPublic ? 1 : 0);
    query.bindValue(QStringLiteral(":local"), r.localPath);
    query.bindValue(QStringLiteral(":dir"), r.remoteDir);
    query.bindValue(QStringLiteral(":name"), r.remoteName);
    query.bindValue(QStringLiteral(":size"), r.size);
    query.bindValue(QStringLiteral(":mtime"), r.mtimeMs);
    query.bindValue(QStringLiteral(":chunk"), r.chunkSize);
    query.bindValue(QStringLiteral(":md5"), r.fileMd5.isNull() ? QStringLiteral("") : r.fileMd5);
    query.bindValue(QStringLiteral(":state"), int(r.state));
    query.bindValue(QStringLiteral(":error"), r.error.isNull() ? QStringLiteral("") : r.error);
    query.bindValue(QStringLiteral(":note"), r.note.isNull() ? QStringLiteral("") : r.note);
    query.bindValue(QStringLiteral(":created"), r.folderCreated ? 1 : 0);
    query.bindValue(QStringLiteral(":added"), r.added.isValid() ? r.added.toMSecsSinceEpoch() : 0);
}

} // namespace

bool TransferJournal::add(TransferRecord &record)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral(
        "INSERT INTO items(parent_id, kind, account_id, is_public, local_path, remote_dir, remote_name, size, "
        "mtime_ms, chunk_size, file_md5, state, error, note, folder_created, added_ms) VALUES(:parent, :kind, "
        ":account, :public, :local, :dir, :name, :size, :mtime, :chunk, :md5, :state, :error, :note, :created, "
        ":added)"));
    bindRecord(query, record);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        qCWarning(lcTransfer) << "journal:" << m_lastError;
        return false;
    }
    record.id = query.lastInsertId().toLongLong();
    return true;
}

bool TransferJournal::update(const TransferRecord &record)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral(
        "UPDATE items SET parent_id = :parent, kind = :kind, account_id = :account, is_public = :public, "
        "local_path = :local, remote_dir = :dir, remote_name = :name, size = :size, mtime_ms = :mtime, "
        "chunk_size = :chunk, file_md5 = :md5, state = :state, error = :error, note = :note, "
        "folder_created = :created, added_ms = :added WHERE id = :id"));
    bindRecord(query, record);
    query.bindValue(QStringLiteral(":id"), record.id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        qCWarning(lcTransfer) << "journal:" << m_lastError;
        return false;
    }
    return true;
}

bool TransferJournal::remove(qint64 id)
{
    beginBatch();
    const QString tree = QStringLiteral(
        "WITH RECURSIVE tree(id) AS (SELECT %1 UNION ALL SELECT items.id FROM items JOIN tree ON items.parent_id = tree.id) ")
                             .arg(id);
    const bool ok = exec(tree + QStringLiteral("DELETE FROM chunks WHERE item_id IN (SELECT id FROM tree)"))
                    && exec(tree + QStringLiteral("DELETE FROM items WHERE id IN (SELECT id FROM tree)"));
    commitBatch();
    return ok;
}

QList<TransferRecord> TransferJournal::records() const
{
    QList<TransferRecord> out;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral(
            "SELECT id, parent_id, kind, account_id, is_public, local_path, remote_dir, remote_name, size, mtime_ms, "
            "chunk_size, file_md5, state, error, note, folder_created, added_ms FROM items ORDER BY id"))) {
        m_lastError = query.lastError().text();
        return out;
    }
    while (query.next()) {
        TransferRecord r;
        r.id = query.value(0).toLongLong();
        r.parentId = query.value(1).toLongLong();
        r.kind = query.value(2).toInt() == int(TransferKind::Folder) ? TransferKind::Folder : TransferKind::File;
        r.accountId = query.value(3).toString();
        r.isPublic = query.value(4).toInt() != 0;
        r.localPath = query.value(5).toString();
        r.remoteDir = query.value(6).toString();
        r.remoteName = query.value(7).toString();
        r.size = query.value(8).toLongLong();
        r.mtimeMs = query.value(9).toLongLong();
        r.chunkSize = query.value(10).toLongLong();
        r.fileMd5 = query.value(11).toString();
        const int state = query.value(12).toInt();
        r.state = state >= int(TransferState::Queued) && state <= int(TransferState::Cancelled) ? TransferState(state)
                                                                                                   : TransferState::Queued;
        r.error = query.value(13).toString();
        r.note = query.value(14).toString();
        r.folderCreated = query.value(15).toInt() != 0;
        const qint64 added = query.value(16).toLongLong();
        r.added = added > 0 ? QDateTime::fromMSecsSinceEpoch(added) : QDateTime();
        out.append(r);
    }
    return out;
}

bool TransferJournal::markChunk(qint64 itemId, int index, const QString &md5, bool acknowledged)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO chunks(item_id, idx, md5, acked) VALUES(?, ?, ?, ?)"));
    query.addBindValue(itemId);
    query.addBindValue(index);
    query.addBindValue(md5);
    query.addBindValue(acknowledged ? 1 : 0);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

QMap<int, TransferJournal::ChunkMark> TransferJournal::chunks(qint64 itemId) const
{
    QMap<int, ChunkMark> out;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT idx, md5, acked FROM chunks WHERE item_id = ?"));
    query.addBindValue(itemId);
    if (!query.exec())
        return out;
    while (query.next())
        out.insert(query.value(0).toInt(), {query.value(1).toString(), query.value(2).toInt() != 0});
    return out;
}

bool TransferJournal::clearChunks(qint64 itemId)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("DELETE FROM chunks WHERE item_id = ?"));
    query.addBindValue(itemId);
    return query.exec();
}

QString TransferJournal::value(const QString &key) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(QString(QStringLiteral("setting.") + key));
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool TransferJournal::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    query.addBindValue(QString(QStringLiteral("setting.") + key));
    query.addBindValue(value);
    return query.exec();
}

std::optional<QString> TransferJournal::cachedMd5(const QString &path, qint64 size, qint64 mtimeMs) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT md5 FROM file_md5 WHERE path = ? AND size = ? AND mtime_ms = ?"));
    query.addBindValue(path);
    query.addBindValue(size);
    query.addBindValue(mtimeMs);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return std::nullopt;
}

bool TransferJournal::cacheMd5(const QString &path, qint64 size, qint64 mtimeMs, const QString &md5)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO file_md5(path, size, mtime_ms, md5) VALUES(?, ?, ?, ?)"));
    query.addBindValue(path);
    query.addBindValue(size);
    query.addBindValue(mtimeMs);
    query.addBindValue(md5);
    return query.exec();
}

} // namespace suanli::transfer
