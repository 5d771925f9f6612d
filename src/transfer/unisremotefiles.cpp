#include "transfer/unisremotefiles.h"

#include "core/accountsession.h"
#include "platforms/unis/unisclient.h"
#include "platforms/unis/unisfiles.h"
#include "platforms/unis/unisuploadform.h"

#include <QPointer>

namespace suanli::transfer {

// The UNIS forms around chunk and file bytes, for one signed-in user and one boundary.
class UnisRemoteFiles::Framer final : public PayloadFramer
{
public:
    explicit Framer(QString userId)
        : m_userId(std::move(userId))
    {
    }

    const unis::UploadForm &form() const { return m_form; }

    QByteArray chunkHead(const ChunkUpload &chunk) const override
    {
        unis::UploadForm::Chunk fields;
        fields.userId = m_userId;
        fields.isPublic = chunk.target.isPublic;
        fields.currentPath = unis::Files::currentPath(chunk.target.directory);
        fields.fileName = chunk.target.fileName;
        fields.fileMd5 = chunk.target.fileMd5;
        fields.fileSize = chunk.target.fileSize;
        fields.chunkSize = chunk.size;
        fields.index = chunk.index;
        fields.total = chunk.total;
        return m_form.chunkHead(fields);
    }
    QByteArray chunkTail(const ChunkUpload &chunk) const override { return m_form.chunkTail(chunk.chunkMd5); }
    QByteArray fileHead(const UploadTarget &target) const override
    {
        return m_form.fileHead(target.isPublic, m_userId, unis::Files::uploadPath(target.directory), target.fileName);
    }
    QByteArray fileTail(const UploadTarget &) const override { return m_form.fileTail(); }

private:
    const QString m_userId;
    const unis::UploadForm m_form;
};

UnisRemoteFiles::UnisRemoteFiles(unis::Client *client)
    : m_files(std::make_unique<unis::Files>(client))
{
}

UnisRemoteFiles::~UnisRemoteFiles() = default;

QString UnisRemoteFiles::accountName() const
{
    return m_files->client()->session()->name();
}

void UnisRemoteFiles::prepare(QObject *context, Completion<Done> done)
{
    if (m_framer) {
        QMetaObject::invokeMethod(context, [done = std::move(done)] { done(Done{}); }, Qt::QueuedConnection);
        return;
    }
    m_files->userId(context, [this, done = std::move(done)](const Result<QString> &user) {
        if (!user) {
            done(user.error());
            return;
        }
        if (!m_framer)
            m_framer = std::make_shared<const Framer>(user.value());
        done(Done{});
    });
}

std::shared_ptr<const PayloadFramer> UnisRemoteFiles::framer() const
{
    return m_framer;
}

void UnisRemoteFiles::list(bool isPublic, const QString &directory, QObject *context, Completion<QList<RemoteEntry>> done)
{
    m_files->list(isPublic, directory, context, [done = std::move(done)](const Result<QList<unis::FileEntry>> &r) {
        if (!r) {
            done(r.error());
            return;
        }
        QList<RemoteEntry> entries;
        entries.reserve(r.value().size());
        for (const unis::FileEntry &e : r.value())
            entries.append({e.name, e.path, e.isDirectory, e.size, e.modified});
        done(entries);
    });
}

void UnisRemoteFiles::createFolder(bool isPublic, const QString &parent, const QString &name, QObject *context,
                                   Completion<Done> done)
{
    m_files->createFolder(isPublic, parent, name, context, std::move(done));
}

void UnisRemoteFiles::remove(bool isPublic, const QStringList &paths, QObject *context, Completion<Done> done)
{
    m_files->remove(isPublic, paths, context, std::move(done));
}

void UnisRemoteFiles::checkFile(const UploadTarget &target, QObject *context, Completion<ExistingUpload> done)
{
    m_files->checkFile(target.isPublic, target.directory, target.fileName, target.fileMd5, target.fileSize, context,
                       [done = std::move(done)](const Result<unis::FileCheck> &r) {
                           if (!r) {
                               done(r.error());
                               return;
                           }
                           ExistingUpload existing;
                           existing.complete = r.value().exists();
                           for (const auto &[index, md5] : r.value().chunks)
                               existing.chunks.insert(index, md5);
                           done(existing);
                       });
}

void UnisRemoteFiles::uploadChunk(const ChunkUpload &chunk, QByteArray body, QObject *context, Completion<Done> done)
{
    Q_UNUSED(chunk);
    m_files->uploadChunk(m_framer->form(), std::move(body), context, std::move(done));
}

void UnisRemoteFiles::mergeChunks(const UploadTarget &target, int total, QObject *context, Completion<Done> done)
{
    m_files->mergeChunks(target.isPublic, target.directory, target.fileName, target.fileMd5, target.fileSize, total,
                         context, std::move(done));
}

void UnisRemoteFiles::uploadWholeFile(const UploadTarget &target, QByteArray body, QObject *context, Completion<Done> done)
{
    m_files->uploadFile(target.isPublic, m_framer->form(), std::move(body), context, std::move(done));
}

} // namespace suanli::transfer
