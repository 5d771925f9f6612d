#pragma once

#include <QByteArray>
#include <QString>

namespace suanli::unis {

// The multipart/form-data bodies of the UNIS upload endpoints, written around the file bytes
// (head + bytes + tail) so that a caller can read a chunk straight into its request body.
// Immutable once made: safe to use from worker threads.
class UploadForm final
{
public:
    // The fields of one chunk (#27 uploadFile); `chunkSize` is the size of this chunk.
    struct Chunk
    {
        QString userId;
        bool isPublic = false;
        QString currentPath; // "/a/b/", "/" for the root
        QString fileName;
        QString fileMd5;
        qint64 fileSize = 0;
        qint64 chunkSize = 0;
        int index = 0;
        int total = 1;
    };

    // A form with a fresh random boundary.
    UploadForm();
    explicit UploadForm(const QByteArray &boundary);

    QByteArray boundary() const { return m_boundary; }
    QByteArray contentType() const; // "multipart/form-data; boundary=..."

    // #27: every field, then the `chunk` file part, whose bytes follow the head; the tail
    // carries chunkMd5 (known once the bytes were read) and closes the form.
    QByteArray chunkHead(const Chunk &chunk) const;
    QByteArray chunkTail(const QString &chunkMd5) const;
    // #19 (private: no user field; the owner is the signed-in user) and #20 (public:
    // publicUserId): currentPath, then the `file` part.
    QByteArray fileHead(bool isPublic, const QString &publicUserId, const QString &currentPath,
                        const QString &fileName) const;
    QByteArray fileTail() const;

private:
    QByteArray field(const char *name, const QByteArray &value) const;
    QByteArray filePartHead(const char *name, const QString &fileName) const;

    QByteArray m_boundary;
};

} // namespace suanli::unis
