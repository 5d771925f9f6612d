#include "sim/unis/unisfileservice.h"

#include "sim/simparams.h"
#include "sim/unis/multipartform.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <future>
#include <system_error>

namespace suanli::sim {

namespace {

using params::Param;

const QString kApi = QStringLiteral("/api/file/file/");
constexpr int kBadRequest = 400;
constexpr int kForbidden = 403;
constexpr int kNotFound = 404;
constexpr int kServerError = 500;
// Catching up the running MD5 from disk is bounded per request so that no answer waits long;
// merge finishes whatever is left.
constexpr qint64 kCatchUpBudget = 64 * 1024 * 1024;
constexpr qint64 kReadBlock = 1024 * 1024;
// Below this a chunk's two hashes are cheaper than starting a thread for one of them.
constexpr qsizetype kParallelHashMin = 1024 * 1024;
constexpr int kMaxListCount = 1000;

bool isMd5Hex(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{32}$"));
    return pattern.match(text).hasMatch();
}

// "4.00KB", as the listing example writes sizes.
QString humanSize(qint64 bytes)
{
    static const char *const units[] = {"B", "KB", "MB", "GB", "TB", "PB"};
    double value = double(bytes);
    int unit = 0;
    while (value >= 1024.0 && unit < 5) {
        value /= 1024.0;
        ++unit;
    }
    return QString::number(value, 'f', 2) + QLatin1String(units[unit]);
}

QString shanghaiTime(const QDateTime &time)
{
    // China keeps no daylight saving time: a fixed offset is exact.
    return time.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

std::optional<QString> requireString(const QJsonObject &body, const QString &key, QString &out)
{
    switch (params::readString(body, key, out)) {
    case Param::Absent: return params::requiredError(key);
    case Param::Invalid: return key + QStringLiteral(" 参数格式错误");
    case Param::Ok: break;
    }
    return std::nullopt;
}

// An optional boolean; JSON true/false only.
std::optional<QString> readBool(const QJsonObject &body, const QString &key, bool &out)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull()) {
        out = false;
        return std::nullopt;
    }
    if (!value.isBool())
        return key + QStringLiteral(" 参数格式错误");
    out = value.toBool();
    return std::nullopt;
}

// A 64-bit count of bytes: a whole JSON number from 0 up to 2^53.
std::optional<QString> requireSize(const QJsonObject &body, const QString &key, qint64 &out)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return params::requiredError(key);
    const double number = value.toDouble(-1.0);
    if (!value.isDouble() || !std::isfinite(number) || std::floor(number) != number || number < 0.0
        || number > 9007199254740992.0)
        return key + QStringLiteral(" 参数格式错误");
    out = qint64(number);
    return std::nullopt;
}

// Multipart fields are text: a whole number in decimal digits.
std::optional<qint64> wholeNumber(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,16}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

bool validName(const QString &name)
{
    return !name.isEmpty() && name != u"." && name != u".." && !name.contains(u'/') && !name.contains(u'\\')
           && !name.contains(QChar(0)) && name.toUtf8().size() <= 255;
}

bool validUserId(const QString &userId)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z_-]{1,64}$"));
    return pattern.match(userId).hasMatch();
}

QString shownPath(const QStringList &segments)
{
    return segments.isEmpty() ? QString() : QLatin1Char('/') + segments.join(QLatin1Char('/'));
}

bool renameReplacing(const QString &from, const QString &to)
{
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()),
                            error);
    return !error;
}

} // namespace

UnisFileService::UnisFileService(const QString &storageDir)
{
    useRoot(storageDir);
}

UnisFileService::UnisFileService()
    : m_ownedDir(std::make_unique<QTemporaryDir>())
{
    useRoot(m_ownedDir->path());
}

void UnisFileService::useRoot(const QString &storageDir)
{
    m_root = QDir(storageDir).absolutePath();
    QDir().mkpath(m_root);
    for (const QString &dir : {QStringLiteral("public"), QStringLiteral("users"), QStringLiteral(".uploads"),
                               QStringLiteral(".tmp")})
        QDir(m_root).mkpath(dir);
}

UnisFileService::~UnisFileService() = default;

std::optional<SimReply> UnisFileService::handle(const SimRequest &request, const UnisCaller &caller)
{
    const QString &path = request.path;
    const bool known = path == u"/api/file/user/queryUserInfo"
                       || (path.startsWith(kApi)
                           && QStringList{QStringLiteral("uploadFolder"), QStringLiteral("uploadPublicFolder"),
                                          QStringLiteral("addFolder"), QStringLiteral("addPublicFolder"),
                                          QStringLiteral("deleteFileOrDictory"),
                                          QStringLiteral("deletePublicFileOrDictory"), QStringLiteral("getFolderInfo"),
                                          QStringLiteral("checkFileExist"), QStringLiteral("uploadFile"),
                                          QStringLiteral("mergeFile")}
                                  .contains(path.mid(kApi.size())));
    if (!known)
        return std::nullopt;

    const auto answer = [](const Outcome &outcome, int httpStatus = 200) {
        const bool ok = outcome.code == 200;
        QJsonObject body{{QStringLiteral("success"), ok},
                         {QStringLiteral("errorCode"), outcome.code},
                         {QStringLiteral("message"), outcome.message},
                         {QStringLiteral("result"), outcome.result.isUndefined() ? QJsonValue() : outcome.result}};
        return SimReply::json(body, ok ? QString() : QStringLiteral("errorCode %1: %2").arg(outcome.code).arg(outcome.message),
                              httpStatus);
    };
    if (request.method != u"POST")
        return answer({kBadRequest, QStringLiteral("请求方法不支持"), {}}, 405);

    const QString endpoint = path.section(QLatin1Char('/'), -1);
    if (endpoint == u"uploadFolder")
        return answer(uploadSingle(request, caller, false));
    if (endpoint == u"uploadPublicFolder")
        return answer(uploadSingle(request, caller, true));
    if (endpoint == u"uploadFile")
        return answer(uploadChunk(request, caller));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return answer({kBadRequest, QStringLiteral("请求体不是合法的 JSON 对象"), {}});
    const QJsonObject body = document.object();
    if (endpoint == u"addFolder")
        return answer(addFolder(body, caller, false));
    if (endpoint == u"addPublicFolder")
        return answer(addFolder(body, caller, true));
    if (endpoint == u"deleteFileOrDictory")
        return answer(deletePaths(body, caller, false));
    if (endpoint == u"deletePublicFileOrDictory")
        return answer(deletePaths(body, caller, true));
    if (endpoint == u"getFolderInfo")
        return answer(folderInfo(body, caller));
    if (endpoint == u"checkFileExist")
        return answer(checkFileExist(body, caller));
    if (endpoint == u"mergeFile")
        return answer(mergeFile(body, caller));
    return answer(sftpInfo(body, caller));
}

// ---- spaces and paths ------------------------------------------------------------------------

UnisFileService::Space UnisFileService::publicSpace() const
{
    return {publicOwner(), m_root + QStringLiteral("/public"), QStringLiteral("/hpai/aios3.0/public/publicdata")};
}

UnisFileService::Space UnisFileService::privateSpace(const QString &userId, const QString &userName) const
{
    const QString root = m_root + QStringLiteral("/users/") + userId;
    QDir().mkpath(root);
    return {userId, root,
            QStringLiteral("/hpai/aios3.0/private/") + (userName.isEmpty() ? userId : userName)};
}

std::optional<UnisFileService::Space> UnisFileService::space(bool isPublic, const QString &userId,
                                                             const UnisCaller &caller, Outcome *refusal) const
{
    if (isPublic)
        return publicSpace();
    if (userId != caller.userId || !validUserId(userId)) {
        *refusal = {kForbidden, QStringLiteral("无权访问用户 %1 的文件").arg(userId), {}};
        return std::nullopt;
    }
    return privateSpace(userId, caller.userName);
}

std::optional<QStringList> UnisFileService::splitPath(const QString &path)
{
    QStringList segments;
    for (const QString &segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (segment == u".")
            continue;
        if (!validName(segment))
            return std::nullopt;
        segments.append(segment);
    }
    return segments;
}

QString UnisFileService::joinPath(const QStringList &segments)
{
    return segments.join(QLatin1Char('/'));
}

QString UnisFileService::diskPath(const QString &owner, const QString &remotePath) const
{
    const QString root = owner == publicOwner() ? QString(m_root + QStringLiteral("/public"))
                                                : QString(m_root + QStringLiteral("/users/") + owner);
    const QStringList segments = splitPath(remotePath).value_or(QStringList());
    return segments.isEmpty() ? root : root + QLatin1Char('/') + joinPath(segments);
}

QString UnisFileService::tempFilePath()
{
    return m_root + QStringLiteral("/.tmp/") + QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-')
           + QString::number(++m_tempSeq) + QLatin1Char('-')
           + QString::number(QRandomGenerator::global()->generate64(), 36);
}

// ---- MD5 of stored files ---------------------------------------------------------------------

std::optional<QString> UnisFileService::fileMd5(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return std::nullopt;
    const qint64 mtime = info.lastModified().toMSecsSinceEpoch();
    const auto known = m_md5s.constFind(path);
    if (known != m_md5s.cend() && known->size == info.size() && known->mtimeMs == mtime)
        return known->md5;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QCryptographicHash hash(QCryptographicHash::Md5);
    if (!hash.addData(&file))
        return std::nullopt;
    const QString md5 = QString::fromLatin1(hash.result().toHex());
    m_md5s.insert(path, {info.size(), mtime, md5});
    return md5;
}

void UnisFileService::rememberMd5(const QString &path, const QString &md5)
{
    const QFileInfo info(path);
    m_md5s.insert(path, {info.size(), info.lastModified().toMSecsSinceEpoch(), md5});
}

// ---- single-request uploads (#19, #20) -------------------------------------------------------

UnisFileService::Outcome UnisFileService::uploadSingle(const SimRequest &request, const UnisCaller &caller,
                                                       bool isPublic)
{
    QString error;
    const auto form = MultipartForm::parse(request.header(QByteArrayLiteral("Content-Type")), request.body, &error);
    if (!form)
        return {kBadRequest, error, {}};
    const MultipartForm::Part *file = form->part(QStringLiteral("file"));
    if (!file || !file->isFile)
        return {kBadRequest, params::requiredError(QStringLiteral("file")), {}};
    if (isPublic && form->text(QStringLiteral("publicUserId")).isEmpty())
        return {kBadRequest, params::requiredError(QStringLiteral("publicUserId")), {}};
    // #19 carries no userId: the owner is the signed-in user.
    const Space target = isPublic ? publicSpace() : privateSpace(caller.userId, caller.userName);
    const auto folder = splitPath(form->text(QStringLiteral("currentPath")));
    if (!folder)
        return {kBadRequest, QStringLiteral("currentPath 参数格式错误"), {}};
    QString name = file->fileName.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    if (!validName(name))
        return {kBadRequest, QStringLiteral("文件名不合法"), {}};
    const QString folderPath = folder->isEmpty() ? target.root : target.root + QLatin1Char('/') + joinPath(*folder);
    if (!QFileInfo(folderPath).isDir())
        return {kNotFound, QStringLiteral("目录不存在：%1").arg(shownPath(*folder)), {}};
    const QString destination = folderPath + QLatin1Char('/') + name;
    if (QFileInfo(destination).isDir())
        return {kBadRequest, QStringLiteral("已存在同名文件夹：%1").arg(name), {}};

    const QByteArrayView data = form->bytes(*file);
    const QString temp = tempFilePath();
    QFile out(temp);
    if (!out.open(QIODevice::WriteOnly) || out.write(data.data(), data.size()) != data.size()) {
        out.remove();
        return {kServerError, QStringLiteral("文件写入失败"), {}};
    }
    out.close();
    if (!renameReplacing(temp, destination)) {
        QFile::remove(temp);
        return {kServerError, QStringLiteral("文件写入失败"), {}};
    }
    // Its MD5 is worked out when a check first asks for it.
    m_md5s.remove(destination);
    return {200, QStringLiteral("文件上传成功"), {}};
}

// ---- folders (#21, #22), delete (#23, #24), listing (#25) ------------------------------------

UnisFileService::Outcome UnisFileService::addFolder(const QJsonObject &body, const UnisCaller &caller, bool isPublic)
{
    QString folderName;
    QString parentPath;
    QString userId;
    QString publicUserId;
    if (auto problem = requireString(body, QStringLiteral("folderName"), folderName))
        return {kBadRequest, *problem, {}};
    if (params::readString(body, QStringLiteral("parentPath"), parentPath) == Param::Invalid)
        return {kBadRequest, QStringLiteral("parentPath 参数格式错误"), {}};
    if (auto problem = requireString(body, QStringLiteral("userId"), userId))
        return {kBadRequest, *problem, {}};
    if (auto problem = requireString(body, QStringLiteral("publicUserId"), publicUserId))
        return {kBadRequest, *problem, {}};
    if (!validName(folderName))
        return {kBadRequest, QStringLiteral("文件夹名称不合法"), {}};
    Outcome refusal;
    const auto target = space(isPublic, userId, caller, &refusal);
    if (!target)
        return refusal;
    const auto parent = splitPath(parentPath);
    if (!parent)
        return {kBadRequest, QStringLiteral("parentPath 参数格式错误"), {}};
    const QString parentDisk = parent->isEmpty() ? target->root : target->root + QLatin1Char('/') + joinPath(*parent);
    if (!QFileInfo(parentDisk).isDir())
        return {kNotFound, QStringLiteral("父目录不存在：%1").arg(shownPath(*parent)), {}};
    const QString folder = parentDisk + QLatin1Char('/') + folderName;
    if (QFileInfo::exists(folder))
        return {kBadRequest, QStringLiteral("文件夹已存在：%1").arg(folderName), {}};
    if (!QDir().mkdir(folder))
        return {kServerError, QStringLiteral("文件夹创建失败"), {}};
    // The document's success message for a new folder, copied as it is.
    return {200, QStringLiteral("文件上传成功"), {}};
}

UnisFileService::Outcome UnisFileService::deletePaths(const QJsonObject &body, const UnisCaller &caller, bool isPublic)
{
    QString userId;
    QString publicUserId;
    if (isPublic) {
        if (params::readString(body, QStringLiteral("userId"), userId) == Param::Invalid)
            return {kBadRequest, QStringLiteral("userId 参数格式错误"), {}};
    } else if (auto problem = requireString(body, QStringLiteral("userId"), userId)) {
        return {kBadRequest, *problem, {}};
    }
    if (auto problem = requireString(body, QStringLiteral("publicUserId"), publicUserId))
        return {kBadRequest, *problem, {}};
    const QJsonValue list = body.value(QStringLiteral("sPath"));
    if (list.isUndefined() || list.isNull())
        return {kBadRequest, params::requiredError(QStringLiteral("sPath")), {}};
    if (!list.isArray() || list.toArray().isEmpty())
        return {kBadRequest, QStringLiteral("sPath 参数格式错误"), {}};
    Outcome refusal;
    const auto target = space(isPublic, userId, caller, &refusal);
    if (!target)
        return refusal;

    // Every path is checked before anything is removed.
    QStringList doomed;
    for (const QJsonValue &item : list.toArray()) {
        const auto segments = item.isString() ? splitPath(item.toString()) : std::nullopt;
        if (!segments || segments->isEmpty())
            return {kBadRequest, QStringLiteral("sPath 参数格式错误"), {}};
        const QString disk = target->root + QLatin1Char('/') + joinPath(*segments);
        if (!QFileInfo::exists(disk))
            return {kNotFound, QStringLiteral("文件或目录不存在：%1").arg(shownPath(*segments)), {}};
        doomed.append(disk);
    }
    for (const QString &disk : std::as_const(doomed)) {
        const QFileInfo info(disk);
        const bool removed = info.isDir() ? QDir(disk).removeRecursively() : QFile::remove(disk);
        if (!removed && QFileInfo::exists(disk))
            return {kServerError, QStringLiteral("删除失败：%1").arg(info.fileName()), {}};
        for (auto it = m_md5s.begin(); it != m_md5s.end();) {
            if (it.key() == disk || it.key().startsWith(disk + QLatin1Char('/')))
                it = m_md5s.erase(it);
            else
                ++it;
        }
    }
    return {200, QStringLiteral("文件上传成功"), {}};
}

UnisFileService::Outcome UnisFileService::folderInfo(const QJsonObject &body, const UnisCaller &caller)
{
    QString fileName;
    QString path;
    if (params::readString(body, QStringLiteral("fileName"), fileName) == Param::Invalid)
        return {kBadRequest, QStringLiteral("fileName 参数格式错误"), {}};
    if (params::readString(body, QStringLiteral("path"), path) == Param::Invalid)
        return {kBadRequest, QStringLiteral("path 参数格式错误"), {}};
    qint64 begin = 0;
    qint64 count = 0;
    for (const auto &[key, out] : {std::pair{QStringLiteral("requestBegin"), &begin},
                                   std::pair{QStringLiteral("requestFileAccount"), &count}}) {
        switch (params::readInt(body, key, *out, params::DigitStrings::Accept)) {
        case Param::Absent: return {kBadRequest, params::requiredError(key), {}};
        case Param::Invalid: return {kBadRequest, key + QStringLiteral(" 参数格式错误"), {}};
        case Param::Ok: break;
        }
    }
    if (begin < 1)
        return {kBadRequest, QStringLiteral("requestBegin 从 1 开始"), {}};
    if (count < 1 || count > kMaxListCount)
        return {kBadRequest, QStringLiteral("requestFileAccount 应在 1 到 %1 之间").arg(kMaxListCount), {}};
    // userId null lists the public storage; the key itself is required.
    if (!body.contains(QStringLiteral("userId")))
        return {kBadRequest, params::requiredError(QStringLiteral("userId")), {}};
    const QJsonValue user = body.value(QStringLiteral("userId"));
    if (!user.isNull() && !user.isString())
        return {kBadRequest, QStringLiteral("userId 参数格式错误"), {}};
    Outcome refusal;
    const auto target = space(user.isNull(), user.toString(), caller, &refusal);
    if (!target)
        return refusal;
    const auto segments = splitPath(path);
    if (!segments)
        return {kBadRequest, QStringLiteral("path 参数格式错误"), {}};
    const QString folder = segments->isEmpty() ? target->root : target->root + QLatin1Char('/') + joinPath(*segments);
    if (!QFileInfo(folder).isDir())
        return {kNotFound, QStringLiteral("目录不存在：%1").arg(shownPath(*segments)), {}};

    QFileInfoList entries = QDir(folder).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                                      QDir::DirsFirst | QDir::Name);
    if (!fileName.isEmpty()) {
        entries.erase(std::remove_if(entries.begin(), entries.end(),
                                     [&](const QFileInfo &info) {
                                         return !info.fileName().contains(fileName, Qt::CaseInsensitive);
                                     }),
                      entries.end());
    }
    QJsonArray result;
    const QString shown = shownPath(*segments);
    for (qint64 i = begin - 1; i < entries.size() && i < begin - 1 + count; ++i) {
        const QFileInfo &info = entries.at(i);
        const bool dir = info.isDir();
        const qint64 size = dir ? 4096 : info.size();
        result.append(QJsonObject{{QStringLiteral("fileName"), info.fileName()},
                                  {QStringLiteral("fileSize"), humanSize(size)},
                                  {QStringLiteral("isDirectory"), dir ? QStringLiteral("1") : QStringLiteral("0")},
                                  {QStringLiteral("filePath"), shown},
                                  {QStringLiteral("parentPath"), QString(target->shown + shown)},
                                  {QStringLiteral("updateTime"), shanghaiTime(info.lastModified())},
                                  {QStringLiteral("fileSizeBytes"), double(size)},
                                  {QStringLiteral("lastModifyTime"), double(info.lastModified().toMSecsSinceEpoch())}});
    }
    return {200, QStringLiteral("成功"), result};
}

// ---- the resumable flow (#26, #27, #28) ------------------------------------------------------

UnisFileService::Partial *UnisFileService::partial(const QString &owner, const QString &folder, const QString &name,
                                                   const QString &fileMd5, bool create)
{
    const QString identity = owner + QLatin1Char('\n') + folder + QLatin1Char('\n') + name + QLatin1Char('\n') + fileMd5;
    const QString key =
        QString::fromLatin1(QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha1).toHex());
    if (auto found = m_partials.constFind(key); found != m_partials.cend())
        return found->get();

    auto p = std::make_shared<Partial>();
    p->key = key;
    p->dir = m_root + QStringLiteral("/.uploads/") + key;
    p->owner = owner;
    p->folder = folder;
    p->name = name;
    p->fileMd5 = fileMd5;
    // A partial upload left by an earlier run of the simulator.
    QFile meta(p->dir + QStringLiteral("/meta.json"));
    if (meta.open(QIODevice::ReadOnly)) {
        const QJsonObject object = QJsonDocument::fromJson(meta.readAll()).object();
        p->total = object.value(QStringLiteral("total")).toInt();
        p->nominal = qint64(object.value(QStringLiteral("nominal")).toDouble(-1));
        p->fileSize = qint64(object.value(QStringLiteral("fileSize")).toDouble(-1));
        QFile index(p->dir + QStringLiteral("/chunks.idx"));
        if (index.open(QIODevice::ReadOnly)) {
            while (!index.atEnd()) {
                const QList<QByteArray> fields = index.readLine().trimmed().split(' ');
                if (fields.size() != 4)
                    continue;
                p->chunks.insert(fields.at(0).toInt(), {fields.at(1).toLongLong(), fields.at(2).toLongLong(),
                                                        QString::fromLatin1(fields.at(3))});
            }
        }
    } else if (!create) {
        return nullptr;
    } else {
        QDir().mkpath(p->dir);
    }
    Partial *raw = p.get();
    m_partials.insert(key, std::move(p));
    return raw;
}

void UnisFileService::savePartial(const Partial &p) const
{
    QSaveFile meta(p.dir + QStringLiteral("/meta.json"));
    if (!meta.open(QIODevice::WriteOnly))
        return;
    const QJsonObject object{{QStringLiteral("owner"), p.owner},   {QStringLiteral("folder"), p.folder},
                             {QStringLiteral("name"), p.name},     {QStringLiteral("fileMd5"), p.fileMd5},
                             {QStringLiteral("total"), p.total},   {QStringLiteral("nominal"), double(p.nominal)},
                             {QStringLiteral("fileSize"), double(p.fileSize)}};
    meta.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    meta.commit();
}

void UnisFileService::dropPartial(const QString &key)
{
    const auto found = m_partials.find(key);
    if (found == m_partials.end())
        return;
    QDir((*found)->dir).removeRecursively();
    m_partials.erase(found);
}

bool UnisFileService::placeChunk(Partial &p, int index, QByteArrayView data, const QString &md5, QString *error)
{
    const bool last = index == p.total - 1;
    qint64 offset = -1;
    if (!last)
        offset = qint64(index) * p.nominal;
    else if (p.total == 1)
        offset = 0;
    else if (p.fileSize >= 0)
        offset = p.fileSize - data.size();
    else if (p.nominal >= 0)
        offset = qint64(p.total - 1) * p.nominal;
    if (last && p.total > 1 && p.nominal >= 0 && offset != qint64(p.total - 1) * p.nominal) {
        *error = QStringLiteral("最后一个分片的大小与文件大小不符");
        return false;
    }
    if (p.fileSize >= 0 && offset >= 0 && offset + data.size() > p.fileSize) {
        *error = QStringLiteral("分片超出文件大小");
        return false;
    }

    QFile file(offset >= 0 ? p.dir + QStringLiteral("/data") : p.dir + QStringLiteral("/last.part"));
    if (!file.open(QIODevice::ReadWrite) || (offset > 0 && !file.seek(offset))
        || file.write(data.data(), data.size()) != data.size()) {
        *error = QStringLiteral("分片写入失败");
        return false;
    }
    file.close();

    const auto previous = p.chunks.constFind(index);
    if (previous != p.chunks.cend() && previous->md5 != md5 && index < p.hashedChunks)
        p.running.reset(); // bytes already hashed changed: start the running MD5 again
    p.chunks.insert(index, {offset, data.size(), md5});
    QFile indexFile(p.dir + QStringLiteral("/chunks.idx"));
    if (indexFile.open(QIODevice::Append)) {
        indexFile.write(QByteArray::number(index) + ' ' + QByteArray::number(offset) + ' '
                        + QByteArray::number(data.size()) + ' ' + md5.toLatin1() + '\n');
    }
    return true;
}

void UnisFileService::feedRunningHash(Partial &p, int arrivedIndex, QByteArrayView arrived)
{
    if (!p.running) {
        p.running = std::make_unique<QCryptographicHash>(QCryptographicHash::Md5);
        p.hashedChunks = 0;
        p.hashedBytes = 0;
    }
    qint64 budget = kCatchUpBudget;
    QFile data(p.dir + QStringLiteral("/data"));
    while (true) {
        const auto next = p.chunks.constFind(p.hashedChunks);
        if (next == p.chunks.cend() || next->offset != p.hashedBytes)
            return;
        if (p.hashedChunks == arrivedIndex && !arrived.isNull()) {
            p.running->addData(arrived);
        } else {
            if (budget < next->size)
                return;
            budget -= next->size;
            if (!data.isOpen() && !data.open(QIODevice::ReadOnly)) {
                p.running.reset();
                return;
            }
            data.seek(next->offset);
            qint64 left = next->size;
            while (left > 0) {
                const QByteArray block = data.read(std::min(left, kReadBlock));
                if (block.isEmpty()) {
                    p.running.reset();
                    return;
                }
                p.running->addData(block);
                left -= block.size();
            }
        }
        p.hashedBytes += next->size;
        ++p.hashedChunks;
    }
}

std::optional<QByteArray> UnisFileService::finishHash(Partial &p)
{
    if (!p.running)
        feedRunningHash(p, -1, {});
    QFile data(p.dir + QStringLiteral("/data"));
    if (!data.open(QIODevice::ReadOnly))
        return std::nullopt;
    // Whatever the running MD5 has not covered yet, straight from the data file.
    if (!data.seek(p.hashedBytes))
        return std::nullopt;
    while (!data.atEnd()) {
        const QByteArray block = data.read(kReadBlock);
        if (block.isEmpty())
            break;
        p.running->addData(block);
        p.hashedBytes += block.size();
    }
    return p.running->result().toHex();
}

UnisFileService::Outcome UnisFileService::checkFileExist(const QJsonObject &body, const UnisCaller &caller)
{
    QString userId;
    QString fileName;
    QString fileMd5;
    QString currentPath;
    bool isPublic = false;
    qint64 fileSize = 0;
    if (auto problem = requireString(body, QStringLiteral("userId"), userId))
        return {kBadRequest, *problem, {}};
    if (auto problem = readBool(body, QStringLiteral("isPublic"), isPublic))
        return {kBadRequest, *problem, {}};
    if (auto problem = requireString(body, QStringLiteral("fileName"), fileName))
        return {kBadRequest, *problem, {}};
    if (auto problem = requireString(body, QStringLiteral("fileMd5"), fileMd5))
        return {kBadRequest, *problem, {}};
    if (auto problem = requireSize(body, QStringLiteral("fileSize"), fileSize))
        return {kBadRequest, *problem, {}};
    if (auto problem = requireString(body, QStringLiteral("currentPath"), currentPath))
        return {kBadRequest, *problem, {}};
    if (!isMd5Hex(fileMd5))
        return {kBadRequest, QStringLiteral("fileMd5 应为 32 位小写十六进制"), {}};
    Outcome refusal;
    const auto target = space(isPublic, userId, caller, &refusal);
    if (!target)
        return refusal;
    // The example's fileName carries folders of its own: they are taken below currentPath.
    const auto folder = splitPath(currentPath);
    const auto named = splitPath(fileName);
    if (!folder || !named || named->isEmpty())
        return {kBadRequest, QStringLiteral("文件路径不合法"), {}};
    const QStringList segments = *folder + *named;
    const QString disk = target->root + QLatin1Char('/') + joinPath(segments);

    const QFileInfo info(disk);
    if (info.isFile() && info.size() == fileSize && fileMd5 == this->fileMd5(disk))
        return {200, QStringLiteral("success"),
                QJsonObject{{QStringLiteral("fileStatus"), 1}, {QStringLiteral("chunks"), QJsonArray()}}};
    QJsonArray chunks;
    if (const Partial *p = partial(target->owner, joinPath(segments.mid(0, segments.size() - 1)), segments.constLast(),
                                   fileMd5, false)) {
        for (auto it = p->chunks.cbegin(); it != p->chunks.cend(); ++it)
            chunks.append(QJsonObject{{QStringLiteral("index"), it.key()}, {QStringLiteral("md5"), it->md5}});
    }
    return {200, QStringLiteral("success"),
            QJsonObject{{QStringLiteral("fileStatus"), 2}, {QStringLiteral("chunks"), chunks}}};
}

UnisFileService::Outcome UnisFileService::uploadChunk(const SimRequest &request, const UnisCaller &caller)
{
    QString error;
    const auto form = MultipartForm::parse(request.header(QByteArrayLiteral("Content-Type")), request.body, &error);
    if (!form)
        return {kBadRequest, error, {}};
    for (const QString &key : {QStringLiteral("userId"), QStringLiteral("currentPath"), QStringLiteral("fileName"),
                               QStringLiteral("fileMd5"), QStringLiteral("chunk"), QStringLiteral("chunkSize"),
                               QStringLiteral("chunkMd5"), QStringLiteral("index"), QStringLiteral("total")}) {
        if (!form->has(key))
            return {kBadRequest, params::requiredError(key), {}};
    }
    const QString isPublicText = form->text(QStringLiteral("isPublic"));
    if (!isPublicText.isNull() && isPublicText != u"true" && isPublicText != u"false")
        return {kBadRequest, QStringLiteral("isPublic 参数格式错误"), {}};
    const bool isPublic = isPublicText == u"true";
    Outcome refusal;
    const auto target = space(isPublic, form->text(QStringLiteral("userId")), caller, &refusal);
    if (!target)
        return refusal;
    const auto folder = splitPath(form->text(QStringLiteral("currentPath")));
    const auto named = splitPath(form->text(QStringLiteral("fileName")));
    if (!folder || !named || named->isEmpty())
        return {kBadRequest, QStringLiteral("文件路径不合法"), {}};
    const QStringList segments = *folder + *named;
    const auto index = wholeNumber(form->text(QStringLiteral("index")));
    const auto total = wholeNumber(form->text(QStringLiteral("total")));
    const auto chunkSize = wholeNumber(form->text(QStringLiteral("chunkSize")));
    if (!index || !total || !chunkSize || *total < 1 || *total > 1000000 || *index >= *total)
        return {kBadRequest, QStringLiteral("index、total 或 chunkSize 参数不合法"), {}};
    ++m_chunkSends[target->owner + QLatin1Char(':') + joinPath(segments)][int(*index)];

    const QString fileMd5 = form->text(QStringLiteral("fileMd5"));
    const QString chunkMd5 = form->text(QStringLiteral("chunkMd5"));
    if (!isMd5Hex(fileMd5) || !isMd5Hex(chunkMd5))
        return {kBadRequest, QStringLiteral("fileMd5 与 chunkMd5 应为 32 位小写十六进制"), {}};
    std::optional<qint64> fileSize;
    if (form->has(QStringLiteral("fileSize"))) {
        fileSize = wholeNumber(form->text(QStringLiteral("fileSize")));
        if (!fileSize)
            return {kBadRequest, QStringLiteral("fileSize 参数格式错误"), {}};
    }

    QByteArrayView data = form->bytes(*form->part(QStringLiteral("chunk")));
    QByteArray damaged;
    if (m_corruptChunks > 0 && !data.isEmpty()) {
        --m_corruptChunks;
        damaged = data.toByteArray();
        damaged[damaged.size() / 2] = char(damaged.at(damaged.size() / 2) ^ 0x5a);
        data = damaged;
    }
    if (data.size() != *chunkSize)
        return {kBadRequest, QStringLiteral("分片大小与 chunkSize 不一致"), {}};

    // The chunk's MD5 and, when the chunk is the next one in order of an upload under way, the
    // file's running MD5 too: two streams over the same bytes, hashed side by side on two
    // threads. The running MD5 is this request's alone until the helper is joined.
    const QString parentFolder = joinPath(segments.mid(0, segments.size() - 1));
    Partial *ahead = partial(target->owner, parentFolder, segments.constLast(), fileMd5, false);
    const bool inOrder = ahead && ahead->running && ahead->total == int(*total) && ahead->hashedChunks == int(*index)
                         && (!fileSize || ahead->fileSize < 0 || ahead->fileSize == *fileSize);
    std::future<void> running;
    if (inOrder && data.size() >= kParallelHashMin)
        running = std::async(std::launch::async, [hash = ahead->running.get(), data] { hash->addData(data); });
    else if (inOrder)
        ahead->running->addData(data);
    QCryptographicHash chunkHash(QCryptographicHash::Md5);
    chunkHash.addData(data);
    if (running.valid())
        running.get();
    if (QString::fromLatin1(chunkHash.result().toHex()) != chunkMd5) {
        if (inOrder)
            ahead->running.reset(); // it took bytes that are not part of the file
        return {kBadRequest, QStringLiteral("分片MD5校验失败"), {}};
    }

    Partial *p = partial(target->owner, parentFolder, segments.constLast(), fileMd5, true);
    // Another chunk size, or another size of file: what was held cannot be part of this upload.
    if ((p->total != 0 && p->total != int(*total)) || (fileSize && p->fileSize >= 0 && p->fileSize != *fileSize)) {
        const QString key = p->key;
        dropPartial(key);
        p = partial(target->owner, joinPath(segments.mid(0, segments.size() - 1)), segments.constLast(), fileMd5, true);
    }
    bool metaChanged = p->total != int(*total);
    p->total = int(*total);
    if (fileSize && p->fileSize < 0) {
        p->fileSize = *fileSize;
        metaChanged = true;
    }
    if (*index < *total - 1) {
        if (p->nominal < 0) {
            p->nominal = *chunkSize;
            metaChanged = true;
        } else if (p->nominal != *chunkSize) {
            return {kBadRequest, QStringLiteral("分片大小与之前的分片不一致"), {}};
        }
    }
    if (metaChanged)
        savePartial(*p);
    if (!placeChunk(*p, int(*index), data, chunkMd5, &error)) {
        if (inOrder && p == ahead)
            p->running.reset();
        return {kBadRequest, error, {}};
    }
    // A last chunk kept apart can go into place once the chunk size is known.
    const auto last = p->chunks.constFind(p->total - 1);
    if (last != p->chunks.cend() && last->offset < 0 && (p->nominal >= 0 || p->fileSize >= 0)) {
        QFile apart(p->dir + QStringLiteral("/last.part"));
        if (apart.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = apart.readAll();
            apart.close();
            const QString md5 = last->md5;
            if (placeChunk(*p, p->total - 1, bytes, md5, &error))
                apart.remove();
        }
    }
    if (inOrder && p == ahead && p->running && p->hashedChunks == int(*index)) {
        ++p->hashedChunks;
        p->hashedBytes += data.size();
        feedRunningHash(*p, -1, {}); // chunks that came early follow from disk
    } else {
        feedRunningHash(*p, int(*index), data);
    }
    return {200, QStringLiteral("success"), {}};
}

UnisFileService::Outcome UnisFileService::mergeFile(const QJsonObject &body, const UnisCaller &caller)
{
    QString userId;
    QString currentPath;
    QString fileName;
    QString fileMd5;
    bool isPublic = false;
    qint64 fileSize = 0;
    qint64 total = 0;
    if (auto problem = requireString(body, QStringLiteral("userId"), userId))
        return {kBadRequest, *problem, {}};
    if (auto problem = readBool(body, QStringLiteral("isPublic"), isPublic))
        return {kBadRequest, *problem, {}};
    if (auto problem = requireString(body, QStringLiteral("currentPath"), currentPath))
        return {kBadRequest, *problem, {}};
    if (auto problem = requireString(body, QStringLiteral("fileName"), fileName))
        return {kBadRequest, *problem, {}};
    if (auto problem = requireString(body, QStringLiteral("fileMd5"), fileMd5))
        return {kBadRequest, *problem, {}};
    if (auto problem = requireSize(body, QStringLiteral("fileSize"), fileSize))
        return {kBadRequest, *problem, {}};
    switch (params::readInt(body, QStringLiteral("total"), total)) {
    case Param::Absent: return {kBadRequest, params::requiredError(QStringLiteral("total")), {}};
    case Param::Invalid: return {kBadRequest, QStringLiteral("total 参数格式错误"), {}};
    case Param::Ok: break;
    }
    if (!isMd5Hex(fileMd5))
        return {kBadRequest, QStringLiteral("fileMd5 应为 32 位小写十六进制"), {}};
    Outcome refusal;
    const auto target = space(isPublic, userId, caller, &refusal);
    if (!target)
        return refusal;
    const auto folder = splitPath(currentPath);
    const auto named = splitPath(fileName);
    if (!folder || !named || named->isEmpty())
        return {kBadRequest, QStringLiteral("文件路径不合法"), {}};
    const QStringList segments = *folder + *named;
    ++m_mergeRequests[target->owner + QLatin1Char(':') + joinPath(segments)];

    Partial *p = partial(target->owner, joinPath(segments.mid(0, segments.size() - 1)), segments.constLast(), fileMd5,
                         false);
    if (!p || p->chunks.isEmpty())
        return {kNotFound, QStringLiteral("没有可合并的分片"), {}};
    if (p->total != total)
        return {kBadRequest, QStringLiteral("total 与已上传分片的总数不一致"), {}};
    QStringList missing;
    for (int i = 0; i < p->total && missing.size() < 5; ++i) {
        if (!p->chunks.contains(i))
            missing.append(QString::number(i));
    }
    if (!missing.isEmpty())
        return {kBadRequest, QStringLiteral("分片不完整，缺少分片：%1").arg(missing.join(QStringLiteral(", "))), {}};
    const ChunkRecord &last = p->chunks.value(p->total - 1);
    if (last.offset < 0 || last.offset + last.size != fileSize)
        return {kBadRequest, QStringLiteral("分片总大小与 fileSize 不一致"), {}};
    const QString folderDisk = target->root
                               + (segments.size() > 1 ? QLatin1Char('/') + joinPath(segments.mid(0, segments.size() - 1))
                                                      : QString());
    if (!QFileInfo(folderDisk).isDir())
        return {kNotFound, QStringLiteral("目标目录不存在：%1").arg(shownPath(segments.mid(0, segments.size() - 1))), {}};
    const QString destination = target->root + QLatin1Char('/') + joinPath(segments);
    if (QFileInfo(destination).isDir())
        return {kBadRequest, QStringLiteral("已存在同名文件夹：%1").arg(segments.constLast()), {}};

    const std::optional<QByteArray> md5 = finishHash(*p);
    if (!md5)
        return {kServerError, QStringLiteral("分片读取失败"), {}};
    if (QString::fromLatin1(*md5) != fileMd5) {
        dropPartial(p->key);
        return {kBadRequest, QStringLiteral("文件MD5校验失败，请重新上传"), {}};
    }
    const QString data = p->dir + QStringLiteral("/data");
    QFile(data).resize(fileSize);
    if (!renameReplacing(data, destination))
        return {kServerError, QStringLiteral("文件合并失败"), {}};
    rememberMd5(destination, fileMd5);
    dropPartial(p->key);
    return {200, QStringLiteral("success"), {}};
}

// ---- SFTP (#29) ------------------------------------------------------------------------------

QString UnisFileService::sftpPassword(const QString &owner)
{
    QString &password = m_sftpPasswords[owner];
    if (password.isEmpty()) {
        static const QString alphabet = QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
        for (int i = 0; i < 8; ++i)
            password += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    }
    return password;
}

UnisFileService::Outcome UnisFileService::sftpInfo(const QJsonObject &body, const UnisCaller &caller)
{
    QString userId;
    QString svcType;
    bool isPublic = false;
    if (auto problem = requireString(body, QStringLiteral("userId"), userId))
        return {kBadRequest, *problem, {}};
    if (auto problem = requireString(body, QStringLiteral("svcType"), svcType))
        return {kBadRequest, *problem, {}};
    if (auto problem = readBool(body, QStringLiteral("isPublic"), isPublic))
        return {kBadRequest, *problem, {}};
    if (svcType != u"sftp")
        return {kBadRequest, QStringLiteral("svcType 目前仅支持 sftp"), {}};
    Outcome refusal;
    const auto target = space(isPublic, userId, caller, &refusal);
    if (!target)
        return refusal;
    const QString name = isPublic ? QStringLiteral("public") : (caller.userName.isEmpty() ? userId : caller.userName);
    return {200, QStringLiteral("成功"),
            QJsonObject{{QStringLiteral("username"), name},
                        {QStringLiteral("password"), sftpPassword(target->owner)},
                        {QStringLiteral("protocol"), QStringLiteral("sftp")},
                        {QStringLiteral("address"), QStringLiteral("10.99.232.98")},
                        {QStringLiteral("port"), QStringLiteral("222")}}};
}

// ---- inspection ------------------------------------------------------------------------------

QMap<int, int> UnisFileService::chunkSends(const QString &owner, const QString &remotePath) const
{
    return m_chunkSends.value(owner + QLatin1Char(':') + joinPath(splitPath(remotePath).value_or(QStringList())));
}

int UnisFileService::mergeRequests(const QString &owner, const QString &remotePath) const
{
    return m_mergeRequests.value(owner + QLatin1Char(':') + joinPath(splitPath(remotePath).value_or(QStringList())));
}

QMap<int, QString> UnisFileService::heldChunks(const QString &owner, const QString &remotePath,
                                               const QString &fileMd5) const
{
    const QStringList segments = splitPath(remotePath).value_or(QStringList());
    if (segments.isEmpty())
        return {};
    const QString identity = owner + QLatin1Char('\n') + joinPath(segments.mid(0, segments.size() - 1))
                             + QLatin1Char('\n') + segments.constLast() + QLatin1Char('\n') + fileMd5;
    const QString key =
        QString::fromLatin1(QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha1).toHex());
    QMap<int, QString> held;
    if (const auto found = m_partials.constFind(key); found != m_partials.cend()) {
        for (auto it = (*found)->chunks.cbegin(); it != (*found)->chunks.cend(); ++it)
            held.insert(it.key(), it->md5);
    }
    return held;
}

int UnisFileService::partialUploadCount() const
{
    return int(QDir(m_root + QStringLiteral("/.uploads")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

void UnisFileService::corruptNextChunks(int count)
{
    m_corruptChunks = std::max(0, count);
}

} // namespace suanli::sim
