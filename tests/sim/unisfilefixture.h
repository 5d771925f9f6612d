#pragma once

#include "simtestclient.h"

#include "sim/backend.h"
#include "sim/simserver.h"
#include "sim/unis/unisfileservice.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace suanli::test {

// Stands in for the UNIS backend: every request comes from one signed-in user, and goes to the
// file service alone.
class FixedCallerBackend final : public sim::Backend
{
public:
    FixedCallerBackend(sim::UnisService *service, sim::UnisCaller caller)
        : m_service(service)
        , m_caller(std::move(caller))
    {
    }

    sim::SimReply handle(const sim::SimRequest &request) override
    {
        if (auto reply = m_service->handle(request, m_caller))
            return *reply;
        return sim::SimReply::text(404, QByteArrayLiteral("no such path"));
    }

private:
    sim::UnisService *m_service;
    sim::UnisCaller m_caller;
};

inline QString md5Of(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());
}

// Deterministic bytes that differ from chunk to chunk.
inline QByteArray patternBytes(qint64 size, quint32 seed = 1)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = seed * 2654435761u + 1;
    for (qint64 i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        data[i] = char(x);
    }
    return data;
}

// The file service on disk behind a simulator server on a free port.
class UnisFileFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(storage.isValid());
        service = std::make_unique<sim::UnisFileService>(storage.path());
        backend = std::make_unique<FixedCallerBackend>(service.get(), caller());
        server = std::make_unique<sim::SimServer>(backend.get());
        ASSERT_TRUE(server->start()) << server->errorString().toStdString();
        client = std::make_unique<SimTestClient>(server->baseUrl(), QStringLiteral("token"));
    }

    static sim::UnisCaller caller()
    {
        return {QStringLiteral("38"), QStringLiteral("hhj"), QStringLiteral("200"), QStringLiteral("4007")};
    }

    QJsonObject call(const QString &path, const QJsonObject &body) { return client->call(path, body); }

    // A multipart POST; `fileField` carries `data` with a file name.
    QJsonObject multipart(const QString &path, const QList<QPair<QString, QString>> &fields, const QString &fileField,
                          const QString &fileName, const QByteArray &data)
    {
        auto *form = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (const auto &[name, value] : fields) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader,
                           QStringLiteral("form-data; name=\"%1\"").arg(name));
            part.setBody(value.toUtf8());
            form->append(part);
        }
        if (!fileField.isEmpty()) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader,
                           QStringLiteral("form-data; name=\"%1\"; filename=\"%2\"").arg(fileField, fileName));
            part.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
            part.setBody(data);
            form->append(part);
        }
        QNetworkRequest request = client->request(path);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("multipart/form-data; boundary=" + form->boundary()));
        QNetworkReply *reply = client->nam().post(request, form);
        form->setParent(reply);
        const HttpResult result = SimTestClient::finish(reply);
        return result.json();
    }

    QJsonObject uploadChunk(const QString &dir, const QString &name, const QByteArray &file, qint64 chunkSize,
                            int index, bool withFileSize = true, const QString &userId = QStringLiteral("38"),
                            const QString &claimedMd5 = {})
    {
        const int total = int((file.size() + chunkSize - 1) / chunkSize);
        const QByteArray chunk = file.mid(index * chunkSize, chunkSize);
        QList<QPair<QString, QString>> fields{{QStringLiteral("userId"), userId},
                                              {QStringLiteral("currentPath"), dir},
                                              {QStringLiteral("fileName"), name},
                                              {QStringLiteral("fileMd5"), claimedMd5.isEmpty() ? md5Of(file) : claimedMd5},
                                              {QStringLiteral("chunkSize"), QString::number(chunk.size())},
                                              {QStringLiteral("chunkMd5"), md5Of(chunk)},
                                              {QStringLiteral("index"), QString::number(index)},
                                              {QStringLiteral("total"), QString::number(total)}};
        if (withFileSize)
            fields.append({QStringLiteral("fileSize"), QString::number(file.size())});
        return multipart(QStringLiteral("/api/file/file/uploadFile"), fields, QStringLiteral("chunk"),
                         QStringLiteral("blob"), chunk);
    }

    QJsonObject check(const QString &dir, const QString &name, const QByteArray &file, bool isPublic = false)
    {
        return call(QStringLiteral("/api/file/file/checkFileExist"),
                    {{QStringLiteral("userId"), QStringLiteral("38")},
                     {QStringLiteral("isPublic"), isPublic},
                     {QStringLiteral("fileName"), name},
                     {QStringLiteral("fileMd5"), md5Of(file)},
                     {QStringLiteral("fileSize"), double(file.size())},
                     {QStringLiteral("currentPath"), dir}});
    }

    QJsonObject merge(const QString &dir, const QString &name, const QByteArray &file, int total)
    {
        return call(QStringLiteral("/api/file/file/mergeFile"), {{QStringLiteral("userId"), QStringLiteral("38")},
                                                                 {QStringLiteral("currentPath"), dir},
                                                                 {QStringLiteral("fileName"), name},
                                                                 {QStringLiteral("fileMd5"), md5Of(file)},
                                                                 {QStringLiteral("fileSize"), double(file.size())},
                                                                 {QStringLiteral("total"), total}});
    }

    QJsonArray list(const QJsonValue &userId, const QString &path, int begin = 1, int count = 26)
    {
        return call(QStringLiteral("/api/file/file/getFolderInfo"), {{QStringLiteral("fileName"), QString()},
                                                                     {QStringLiteral("path"), path},
                                                                     {QStringLiteral("requestBegin"), begin},
                                                                     {QStringLiteral("requestFileAccount"), count},
                                                                     {QStringLiteral("userId"), userId}})
            .value(QStringLiteral("result"))
            .toArray();
    }

    QJsonObject addFolder(const QString &parent, const QString &name, bool isPublic = false)
    {
        return call(isPublic ? QStringLiteral("/api/file/file/addPublicFolder") : QStringLiteral("/api/file/file/addFolder"),
                    {{QStringLiteral("folderName"), name},
                     {QStringLiteral("parentPath"), parent},
                     {QStringLiteral("userId"), QStringLiteral("38")},
                     {QStringLiteral("publicUserId"), QStringLiteral("38")}});
    }

    static bool ok(const QJsonObject &answer)
    {
        return answer.value(QStringLiteral("success")).toBool() && answer.value(QStringLiteral("errorCode")).toInt() == 200;
    }

    QTemporaryDir storage;
    std::unique_ptr<sim::UnisFileService> service;
    std::unique_ptr<FixedCallerBackend> backend;
    std::unique_ptr<sim::SimServer> server;
    std::unique_ptr<SimTestClient> client;
};

} // namespace suanli::test
