#include "unisfiles.h"

#include "unisclient.h"

#include "core/httprequest.h"
#include "core/jsonutil.h"
#include "core/redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace suanli::unis {

namespace {

const QString kFileApi = QStringLiteral("/api/file/file/");
// A big file may be assembled while the merge request waits; reads are quick.
constexpr int kMergeTimeoutMs = 15 * 60 * 1000;
constexpr int kChunkTimeoutMs = 120 * 1000;
constexpr int kMaxListed = 1000000;

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

QString joinPath(const QString &folder, const QString &name)
{
    return folder == u"/" ? QString(QLatin1Char('/') + name) : QString(folder + QLatin1Char('/') + name);
}

} // namespace

Files::Files(Client *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

Files::~Files() = default;

QString Files::normalizedFolder(const QString &folder)
{
    return QLatin1Char('/') + folder.split(QLatin1Char('/'), Qt::SkipEmptyParts).join(QLatin1Char('/'));
}

QString Files::currentPath(const QString &folder)
{
    const QString normalized = normalizedFolder(folder);
    return normalized == u"/" ? normalized : normalized + QLatin1Char('/');
}

QString Files::uploadPath(const QString &folder)
{
    return normalizedFolder(folder);
}

QString Files::parentPath(const QString &folder)
{
    const QString normalized = normalizedFolder(folder);
    return normalized == u"/" ? QString() : normalized;
}

void Files::post(const QString &path, const QJsonObject &body, bool unsafe, int timeoutMs, const QString &label,
                 QObject *context, std::function<void(const Result<QJsonValue> &)> done)
{
    HttpRequest request = HttpRequest::postJson(m_client->url(path), QJsonDocument(body).toJson(QJsonDocument::Compact),
                                                unsafe ? HttpRequest::Safety::Unsafe : HttpRequest::Safety::Safe);
    request.timeoutMs = timeoutMs;
    request.label = label;
    m_client->call(std::move(request), context, [done = std::move(done)](const Result<Envelope> &envelope) {
        if (!envelope)
            done(envelope.error());
        else
            done(envelope.value().data);
    });
}

void Files::withUser(QObject *context, std::function<void(const Result<QString> &)> done)
{
    if (!m_userId.isEmpty()) {
        QMetaObject::invokeMethod(context, [done = std::move(done), id = m_userId] { done(id); }, Qt::QueuedConnection);
        return;
    }
    HttpRequest request = HttpRequest::get(m_client->url(QStringLiteral("/prod-api/getInfo")));
    request.label = tr("current user");
    QPointer<Files> self(this);
    m_client->call(std::move(request), context, [self, done = std::move(done)](const Result<Envelope> &envelope) {
        if (!envelope) {
            done(envelope.error());
            return;
        }
        const QJsonObject user = envelope.value().whole.value(QStringLiteral("user")).toObject();
        const QString id = text(user.value(QStringLiteral("userId"))).trimmed();
        if (id.isEmpty()) {
            done(ApiError::parse(tr("the platform did not say which user is signed in")));
            return;
        }
        if (self)
            self->m_userId = id;
        done(id);
    });
}

void Files::userId(QObject *context, Completion<QString> done)
{
    withUser(context, std::move(done));
}

// ---- listing ---------------------------------------------------------------------------------

Result<QList<FileEntry>> Files::parseListing(const QJsonValue &result, const QString &folder)
{
    if (result.isNull() || result.isUndefined())
        return QList<FileEntry>();
    if (!result.isArray())
        return ApiError::parse(tr("the folder listing is not a list"));
    const QString base = normalizedFolder(folder);
    QList<FileEntry> entries;
    for (const QJsonValue &value : result.toArray()) {
        const QJsonObject o = value.toObject();
        FileEntry e;
        e.name = o.value(QStringLiteral("fileName")).toString();
        if (e.name.isEmpty())
            continue;
        e.path = joinPath(base, e.name);
        // The table names the flag isDirection, the example isDirectory: either, "1" or 1 or true.
        QJsonValue flag = o.value(QStringLiteral("isDirectory"));
        if (flag.isUndefined())
            flag = o.value(QStringLiteral("isDirection"));
        e.isDirectory = flag.isBool() ? flag.toBool() : text(flag).trimmed() == u"1";
        e.size = wholeNumber(o.value(QStringLiteral("fileSizeBytes"))).value_or(-1);
        e.sizeText = o.value(QStringLiteral("fileSize")).toString();
        if (const auto ms = wholeNumber(o.value(QStringLiteral("lastModifyTime"))); ms && *ms > 0) {
            e.modified = QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone(8 * 3600));
        } else {
            // "yyyy-MM-dd HH:mm:ss" without a zone: the platform's clock, China time.
            e.modified = QDateTime::fromString(o.value(QStringLiteral("updateTime")).toString(),
                                               QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            if (e.modified.isValid())
                e.modified.setTimeZone(QTimeZone(8 * 3600));
        }
        e.serverPath = o.value(QStringLiteral("parentPath")).toString();
        entries.append(e);
    }
    return entries;
}

void Files::list(bool isPublic, const QString &folder, QObject *context, Completion<QList<FileEntry>> done)
{
    listPage(isPublic, normalizedFolder(folder), 1, {}, QPointer<QObject>(context), std::move(done));
}

void Files::listPage(bool isPublic, const QString &folder, int begin, QList<FileEntry> collected,
                     QPointer<QObject> context, Completion<QList<FileEntry>> done)
{
    if (!context)
        return;
    QPointer<Files> self(this);
    withUser(context, [self, isPublic, folder, begin, collected, context, done](const Result<QString> &user) mutable {
        if (!self || !context)
            return;
        if (!user) {
            done(user.error());
            return;
        }
        // The public storage is listed with userId null; the document counts requestBegin
        // from 1 in its example.
        const QJsonObject body{{QStringLiteral("fileName"), QString()},
                               {QStringLiteral("path"), parentPath(folder)},
                               {QStringLiteral("requestBegin"), begin},
                               {QStringLiteral("requestFileAccount"), self->m_pageSize},
                               {QStringLiteral("userId"), isPublic ? QJsonValue() : QJsonValue(user.value())}};
        self->post(kFileApi + QStringLiteral("getFolderInfo"), body, false, 0, tr("folder listing"), context,
                   [self, isPublic, folder, begin, collected, context, done](const Result<QJsonValue> &r) mutable {
                       if (!self || !context)
                           return;
                       if (!r) {
                           done(r.error());
                           return;
                       }
                       Result<QList<FileEntry>> page = parseListing(r.value(), folder);
                       if (!page) {
                           done(page.error());
                           return;
                       }
                       const QList<FileEntry> &entries = page.value();
                       // A server that ignores requestBegin would send the first page forever.
                       const bool repeated = begin > 1 && !entries.isEmpty() && !collected.isEmpty()
                                             && entries.constFirst().name == collected.constFirst().name;
                       if (!repeated)
                           collected += entries;
                       if (repeated || entries.size() < self->m_pageSize || collected.size() >= kMaxListed) {
                           done(collected);
                           return;
                       }
                       self->listPage(isPublic, folder, begin + int(entries.size()), collected, context, done);
                   });
    });
}

// ---- folders and delete ----------------------------------------------------------------------

void Files::createFolder(bool isPublic, const QString &parent, const QString &name, QObject *context,
                         Completion<Done> done)
{
    QPointer<Files> self(this);
    QPointer<QObject> guard(context);
    withUser(context, [self, guard, isPublic, parent, name, done = std::move(done)](const Result<QString> &user) {
        if (!self || !guard)
            return;
        if (!user) {
            done(user.error());
            return;
        }
        // publicUserId is required on both endpoints and never explained; the examples set it
        // to the user's id.
        const QJsonObject body{{QStringLiteral("folderName"), name},
                               {QStringLiteral("parentPath"), parentPath(parent)},
                               {QStringLiteral("userId"), user.value()},
                               {QStringLiteral("publicUserId"), user.value()}};
        self->post(kFileApi + (isPublic ? QStringLiteral("addPublicFolder") : QStringLiteral("addFolder")), body, false, 0,
                   tr("create folder"), guard, [done](const Result<QJsonValue> &r) {
                       if (!r)
                           done(r.error());
                       else
                           done(Done{});
                   });
    });
}

void Files::remove(bool isPublic, const QStringList &paths, QObject *context, Completion<Done> done)
{
    QPointer<Files> self(this);
    QPointer<QObject> guard(context);
    withUser(context, [self, guard, isPublic, paths, done = std::move(done)](const Result<QString> &user) {
        if (!self || !guard)
            return;
        if (!user) {
            done(user.error());
            return;
        }
        QJsonArray list;
        for (const QString &path : paths)
            list.append(normalizedFolder(path));
        const QJsonObject body{{QStringLiteral("sPath"), list},
                               {QStringLiteral("userId"), user.value()},
                               {QStringLiteral("publicUserId"), user.value()}};
        // "Dictory" is how the platform spells it.
        self->post(kFileApi + (isPublic ? QStringLiteral("deletePublicFileOrDictory") : QStringLiteral("deleteFileOrDictory")),
                   body, true, 0, tr("delete files"), guard, [done](const Result<QJsonValue> &r) {
                       if (!r)
                           done(r.error());
                       else
                           done(Done{});
                   });
    });
}

// ---- uploads ---------------------------------------------------------------------------------

void Files::uploadFile(bool isPublic, const UploadForm &form, QByteArray body, QObject *context, Completion<Done> done)
{
    // #19 is written without the leading slash; the URL is the same.
    HttpRequest request;
    request.method = "POST";
    request.url = m_client->url(isPublic ? kFileApi + QStringLiteral("uploadPublicFolder")
                                         : QStringLiteral("api/file/file/uploadFolder"));
    request.headers.append({QByteArrayLiteral("Content-Type"), form.contentType()});
    request.body = std::move(body);
    request.timeoutMs = kChunkTimeoutMs;
    request.label = tr("upload file");
    m_client->call(std::move(request), context, [done = std::move(done)](const Result<Envelope> &r) {
        if (!r)
            done(r.error());
        else
            done(Done{});
    });
}

Result<FileCheck> Files::parseCheck(const QJsonValue &result)
{
    const QJsonObject o = result.toObject();
    const std::optional<qint64> status = wholeNumber(o.value(QStringLiteral("fileStatus")));
    if (!status || (*status != 1 && *status != 2))
        return ApiError::parse(tr("the answer about the file has no file status"));
    FileCheck check;
    check.fileStatus = int(*status);
    for (const QJsonValue &value : o.value(QStringLiteral("chunks")).toArray()) {
        const QJsonObject chunk = value.toObject();
        const std::optional<qint64> index = wholeNumber(chunk.value(QStringLiteral("index")));
        if (!index || *index < 0)
            continue;
        check.chunks.append({int(*index), chunk.value(QStringLiteral("md5")).toString().trimmed().toLower()});
    }
    return check;
}

void Files::checkFile(bool isPublic, const QString &folder, const QString &fileName, const QString &fileMd5,
                      qint64 fileSize, QObject *context, Completion<FileCheck> done)
{
    QPointer<Files> self(this);
    QPointer<QObject> guard(context);
    withUser(context, [self, guard, isPublic, folder, fileName, fileMd5, fileSize,
                       done = std::move(done)](const Result<QString> &user) {
        if (!self || !guard)
            return;
        if (!user) {
            done(user.error());
            return;
        }
        const QJsonObject body{{QStringLiteral("userId"), user.value()},
                               {QStringLiteral("isPublic"), isPublic},
                               {QStringLiteral("fileName"), fileName},
                               {QStringLiteral("fileMd5"), fileMd5},
                               {QStringLiteral("fileSize"), double(fileSize)},
                               {QStringLiteral("currentPath"), currentPath(folder)}};
        self->post(kFileApi + QStringLiteral("checkFileExist"), body, false, 0, tr("check file"), guard,
                   [done](const Result<QJsonValue> &r) {
                       if (!r)
                           done(r.error());
                       else
                           done(parseCheck(r.value()));
                   });
    });
}

void Files::uploadChunk(const UploadForm &form, QByteArray body, QObject *context, Completion<Done> done)
{
    HttpRequest request;
    request.method = "POST";
    request.url = m_client->url(kFileApi + QStringLiteral("uploadFile"));
    request.headers.append({QByteArrayLiteral("Content-Type"), form.contentType()});
    request.body = std::move(body);
    request.ownConnection = true; // megabytes of body: written to the socket in one piece
    request.timeoutMs = kChunkTimeoutMs;
    request.label = tr("upload chunk");
    // A chunk is the same bytes at the same index however often it is sent: safe to repeat.
    m_client->call(std::move(request), context, [done = std::move(done)](const Result<Envelope> &r) {
        if (!r)
            done(r.error());
        else
            done(Done{});
    });
}

void Files::mergeChunks(bool isPublic, const QString &folder, const QString &fileName, const QString &fileMd5,
                        qint64 fileSize, int total, QObject *context, Completion<Done> done)
{
    QPointer<Files> self(this);
    QPointer<QObject> guard(context);
    withUser(context, [self, guard, isPublic, folder, fileName, fileMd5, fileSize, total,
                       done = std::move(done)](const Result<QString> &user) {
        if (!self || !guard)
            return;
        if (!user) {
            done(user.error());
            return;
        }
        const QJsonObject body{{QStringLiteral("userId"), user.value()},
                               {QStringLiteral("isPublic"), isPublic},
                               {QStringLiteral("currentPath"), currentPath(folder)},
                               {QStringLiteral("fileName"), fileName},
                               {QStringLiteral("fileMd5"), fileMd5},
                               {QStringLiteral("fileSize"), double(fileSize)},
                               {QStringLiteral("total"), total}};
        self->post(kFileApi + QStringLiteral("mergeFile"), body, true, kMergeTimeoutMs, tr("merge chunks"), guard,
                   [done](const Result<QJsonValue> &r) {
                       if (!r)
                           done(r.error());
                       else
                           done(Done{});
                   });
    });
}

// ---- SFTP ------------------------------------------------------------------------------------

Result<SftpInfo> Files::parseSftp(const QJsonValue &result)
{
    const QJsonObject o = result.toObject();
    SftpInfo info;
    info.username = text(o.value(QStringLiteral("username")));
    info.password = text(o.value(QStringLiteral("password")));
    info.protocol = text(o.value(QStringLiteral("protocol")));
    info.address = text(o.value(QStringLiteral("address")));
    info.port = text(o.value(QStringLiteral("port")));
    if (info.username.isEmpty() || info.address.isEmpty())
        return ApiError::parse(tr("the SFTP details are incomplete"));
    if (info.protocol.isEmpty())
        info.protocol = QStringLiteral("sftp");
    return info;
}

void Files::sftpInfo(bool isPublic, QObject *context, Completion<SftpInfo> done)
{
    QPointer<Files> self(this);
    QPointer<QObject> guard(context);
    withUser(context, [self, guard, isPublic, done = std::move(done)](const Result<QString> &user) {
        if (!self || !guard)
            return;
        if (!user) {
            done(user.error());
            return;
        }
        const QJsonObject body{{QStringLiteral("userId"), user.value()},
                               {QStringLiteral("svcType"), QStringLiteral("sftp")},
                               {QStringLiteral("isPublic"), isPublic}};
        self->post(QStringLiteral("/api/file/user/queryUserInfo"), body, false, 0, tr("SFTP details"), guard,
                   [done](const Result<QJsonValue> &r) {
                       if (!r) {
                           done(r.error());
                           return;
                       }
                       Result<SftpInfo> info = parseSftp(r.value());
                       // Sent in clear text by the platform: kept out of every log from now on.
                       if (info && !info.value().password.isEmpty())
                           Redactor::registerSecret(info.value().password);
                       done(info);
                   });
    });
}

} // namespace suanli::unis
