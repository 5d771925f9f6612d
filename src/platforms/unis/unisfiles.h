#pragma once

#include "unisuploadform.h"

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace suanli::unis {

class Client;

// One entry of a folder listing (#25).
struct FileEntry
{
    QString name;
    QString path; // the entry's own path: the folder listed + "/" + name
    bool isDirectory = false;
    qint64 size = -1; // fileSizeBytes; -1 when absent
    QString sizeText; // the platform's "4.00KB"
    QDateTime modified;
    QString serverPath; // parentPath as the platform shows it (an absolute path on its side)
};

// What checkFileExist (#26) says of a file.
struct FileCheck
{
    int fileStatus = 2; // 1 exists, 2 does not
    QList<QPair<int, QString>> chunks; // held chunks: index (from 0), MD5
    bool exists() const { return fileStatus == 1; }
};

// SFTP access to a storage (#29). The password is registered with the Redactor.
struct SftpInfo
{
    QString username;
    QString password;
    QString protocol;
    QString address; // the platform's internal address: may not be reachable from outside
    QString port;    // a string on the wire ("222")
};

// The UNIS file management endpoints (#19-#29) of one account, private and public storage.
// Paths are absolute on the storage: "/" is its root, "/a/b" a folder. The user id the
// endpoints want is read once from /prod-api/getInfo.
class Files final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Files)

public:
    template<typename T>
    using Completion = std::function<void(const Result<T> &)>;

    explicit Files(Client *client, QObject *parent = nullptr);
    ~Files() override;

    Client *client() const { return m_client; }

    // Entries asked per listing request; the listing pages until a shorter page.
    void setPageSize(int count) { m_pageSize = std::max(1, count); }

    // The signed-in user's id as the file endpoints want it ("38"), from getInfo, once.
    void userId(QObject *context, Completion<QString> done);
    QString knownUserId() const { return m_userId; }

    void list(bool isPublic, const QString &folder, QObject *context, Completion<QList<FileEntry>> done);
    void createFolder(bool isPublic, const QString &parent, const QString &name, QObject *context, Completion<Done> done);
    // Files and folders; folders go with what is in them. Sent once.
    void remove(bool isPublic, const QStringList &paths, QObject *context, Completion<Done> done);
    // A whole file in one request (#19 / #20): `body` is the form's fileHead + bytes + fileTail.
    void uploadFile(bool isPublic, const UploadForm &form, QByteArray body, QObject *context, Completion<Done> done);
    void checkFile(bool isPublic, const QString &folder, const QString &fileName, const QString &fileMd5, qint64 fileSize,
                   QObject *context, Completion<FileCheck> done);
    // One chunk (#27): `body` is the form's chunkHead + bytes + chunkTail.
    void uploadChunk(const UploadForm &form, QByteArray body, QObject *context, Completion<Done> done);
    // Sent once; a failure is the caller's to check (checkFile) before anything else.
    void mergeChunks(bool isPublic, const QString &folder, const QString &fileName, const QString &fileMd5,
                     qint64 fileSize, int total, QObject *context, Completion<Done> done);
    void sftpInfo(bool isPublic, QObject *context, Completion<SftpInfo> done);

    // How the endpoints want a folder written.
    static QString currentPath(const QString &folder);  // "/a/b/" and "/" (#26-#28 examples)
    static QString uploadPath(const QString &folder);   // "/a/b" and "/" (#19 example)
    static QString parentPath(const QString &folder);   // "/a/b" and "" for the root (#21 example)
    static QString normalizedFolder(const QString &folder); // "/a/b", "/"

    // Answers decoded without the network, for tests.
    static Result<QList<FileEntry>> parseListing(const QJsonValue &result, const QString &folder);
    static Result<FileCheck> parseCheck(const QJsonValue &result);
    static Result<SftpInfo> parseSftp(const QJsonValue &result);

private:
    void post(const QString &path, const QJsonObject &body, bool unsafe, int timeoutMs, const QString &label,
              QObject *context, std::function<void(const Result<QJsonValue> &)> done);
    void withUser(QObject *context, std::function<void(const Result<QString> &)> done);
    void listPage(bool isPublic, const QString &folder, int begin, QList<FileEntry> collected, QPointer<QObject> context,
                  Completion<QList<FileEntry>> done);

    Client *m_client;
    QString m_userId;
    int m_pageSize = 200;
};

} // namespace suanli::unis
