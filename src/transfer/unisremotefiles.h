#pragma once

#include "transfer/remotefileservice.h"

#include <memory>

namespace suanli::unis {
class Client;
class Files;
}

namespace suanli::transfer {

// A UNIS account's storage for the uploader and the file browser, over unis::Files.
class UnisRemoteFiles final : public RemoteFileService
{
public:
    explicit UnisRemoteFiles(unis::Client *client);
    ~UnisRemoteFiles() override;

    unis::Files *files() const { return m_files.get(); }

    QString accountName() const override;
    void prepare(QObject *context, Completion<Done> done) override;
    std::shared_ptr<const PayloadFramer> framer() const override;

    void list(bool isPublic, const QString &directory, QObject *context, Completion<QList<RemoteEntry>> done) override;
    void createFolder(bool isPublic, const QString &parent, const QString &name, QObject *context,
                      Completion<Done> done) override;
    void remove(bool isPublic, const QStringList &paths, QObject *context, Completion<Done> done) override;
    void checkFile(const UploadTarget &target, QObject *context, Completion<ExistingUpload> done) override;
    void uploadChunk(const ChunkUpload &chunk, QByteArray body, QObject *context, Completion<Done> done) override;
    void mergeChunks(const UploadTarget &target, int total, QObject *context, Completion<Done> done) override;
    void uploadWholeFile(const UploadTarget &target, QByteArray body, QObject *context, Completion<Done> done) override;

private:
    class Framer;

    std::unique_ptr<unis::Files> m_files;
    std::shared_ptr<const Framer> m_framer;
};

} // namespace suanli::transfer
