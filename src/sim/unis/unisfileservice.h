#pragma once

#include "sim/unis/unisservice.h"

#include <QByteArrayView>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QTemporaryDir;

namespace suanli::sim {

class MultipartForm;

// The UNIS file management endpoints (#19-#29): private storage per user and one public
// storage, folders, listing, delete, the single-request uploads, the resumable flow
// (checkFileExist -> uploadFile chunks -> mergeFile) and the SFTP credentials.
//
// Everything lives on disk under one directory, so multi-GB uploads never sit in memory:
//   users/<userId>/...   a user's private files     public/...   the public storage
//   .uploads/<key>/      partial resumable uploads  .tmp/        files being written
// A partial upload keeps its chunks in place in one sparse data file plus an index of
// {index, offset, size, md5}; merging checks that every chunk is there, that the whole file's
// MD5 is the one announced, and renames the data file into place, so a merged file appears
// whole or not at all. The MD5 of the file is computed in chunk order while chunks arrive.
//
// What the document leaves open, decided here: a file "exists" for checkFileExist when a file
// of that name, size and MD5 is in the target folder; partial uploads are keyed by owner,
// folder, name and file MD5, and a chunk sent with a different `total` starts that partial
// upload over; chunkSize is the size of the chunk sent; uploads and new folders need their
// parent folder to exist; creating a folder that exists is refused; delete is recursive and
// refuses the whole request when one path does not exist; getFolderInfo's requestBegin counts
// from 1. Failures answer HTTP 200 with {"success":false,"errorCode":400|403|404|500,...}.
class UnisFileService final : public UnisService
{
public:
    // Keeps its files under `storageDir` (created when missing).
    explicit UnisFileService(const QString &storageDir);
    // Keeps its files in a temporary directory removed with the service.
    UnisFileService();
    ~UnisFileService() override;

    std::optional<SimReply> handle(const SimRequest &request, const UnisCaller &caller) override;

    static QString publicOwner() { return QStringLiteral("public"); }

    QString storageDir() const { return m_root; }
    // Where a remote file of `owner` (a user id or publicOwner()) is kept on disk.
    QString diskPath(const QString &owner, const QString &remotePath) const;
    // Inspection for tests: uploadFile requests that reached the service for the file at
    // `remotePath` of `owner`, per chunk index, whatever their outcome.
    QMap<int, int> chunkSends(const QString &owner, const QString &remotePath) const;
    int mergeRequests(const QString &owner, const QString &remotePath) const;
    // Chunks held for an unmerged upload of that file with that MD5 (index -> md5).
    QMap<int, QString> heldChunks(const QString &owner, const QString &remotePath, const QString &fileMd5) const;
    int partialUploadCount() const; // unmerged uploads on disk
    // The next `count` chunks arrive with one byte changed, as a broken link or proxy would
    // deliver them.
    void corruptNextChunks(int count);
    QString sftpPassword(const QString &owner);

private:
    struct ChunkRecord
    {
        qint64 offset = -1; // -1: the last chunk, kept apart until the chunk size is known
        qint64 size = 0;
        QString md5;
    };
    struct Partial
    {
        QString key;
        QString dir; // on disk
        QString owner;
        QString folder; // normalized, "" for the root
        QString name;
        QString fileMd5;
        int total = 0;
        qint64 nominal = -1;  // size of every chunk but the last, once one arrived
        qint64 fileSize = -1; // once a chunk said it
        QMap<int, ChunkRecord> chunks;
        // The whole file's MD5, fed in chunk order as chunks arrive.
        std::unique_ptr<QCryptographicHash> running;
        int hashedChunks = 0;
        qint64 hashedBytes = 0;
    };
    struct Space
    {
        QString owner;  // user id or publicOwner()
        QString root;   // on disk
        QString shown;  // the absolute server path shown as parentPath
    };
    struct Outcome
    {
        int code = 200;
        QString message;
        QJsonValue result;
    };

    void useRoot(const QString &storageDir);
    Outcome uploadSingle(const SimRequest &request, const UnisCaller &caller, bool isPublic);
    Outcome addFolder(const QJsonObject &body, const UnisCaller &caller, bool isPublic);
    Outcome deletePaths(const QJsonObject &body, const UnisCaller &caller, bool isPublic);
    Outcome folderInfo(const QJsonObject &body, const UnisCaller &caller);
    Outcome checkFileExist(const QJsonObject &body, const UnisCaller &caller);
    Outcome uploadChunk(const SimRequest &request, const UnisCaller &caller);
    Outcome mergeFile(const QJsonObject &body, const UnisCaller &caller);
    Outcome sftpInfo(const QJsonObject &body, const UnisCaller &caller);

    // The space a request addresses: the caller's private space (userId must be the caller's)
    // or the public one.
    std::optional<Space> space(bool isPublic, const QString &userId, const UnisCaller &caller, Outcome *refusal) const;
    Space publicSpace() const;
    Space privateSpace(const QString &userId, const QString &userName) const;
    static std::optional<QStringList> splitPath(const QString &path);
    static QString joinPath(const QStringList &segments);

    Partial *partial(const QString &owner, const QString &folder, const QString &name, const QString &fileMd5,
                     bool create);
    void savePartial(const Partial &p) const;
    void dropPartial(const QString &key);
    bool placeChunk(Partial &p, int index, QByteArrayView data, const QString &md5, QString *error);
    void feedRunningHash(Partial &p, int arrivedIndex, QByteArrayView arrived);
    std::optional<QByteArray> finishHash(Partial &p);

    // MD5 of a file on disk, remembered with its size and modification time.
    std::optional<QString> fileMd5(const QString &path);
    void rememberMd5(const QString &path, const QString &md5);
    QString tempFilePath();

    std::unique_ptr<QTemporaryDir> m_ownedDir;
    QString m_root;
    QHash<QString, std::shared_ptr<Partial>> m_partials;
    struct Md5Entry
    {
        qint64 size = -1;
        qint64 mtimeMs = 0;
        QString md5;
    };
    QHash<QString, Md5Entry> m_md5s;
    QHash<QString, QMap<int, int>> m_chunkSends; // owner + ':' + remote path
    QHash<QString, int> m_mergeRequests;
    QHash<QString, QString> m_sftpPasswords;
    int m_corruptChunks = 0;
    quint64 m_tempSeq = 0;
};

} // namespace suanli::sim
