#include "unisuploadform.h"

#include <QRandomGenerator>

namespace suanli::unis {

namespace {

// A file name inside a quoted header parameter: quotes, backslashes and line breaks would end
// it early, so they are replaced (the name is also a form field of its own).
QByteArray quotedName(const QString &name)
{
    QByteArray utf8 = name.toUtf8();
    for (char &c : utf8) {
        if (c == '"' || c == '\\' || c == '\r' || c == '\n')
            c = '_';
    }
    return utf8;
}

} // namespace

UploadForm::UploadForm()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    m_boundary = QByteArrayLiteral("----SuanliForm");
    for (int i = 0; i < 24; ++i)
        m_boundary += alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet - 1))];
}

UploadForm::UploadForm(const QByteArray &boundary)
    : m_boundary(boundary)
{
}

QByteArray UploadForm::contentType() const
{
    return QByteArrayLiteral("multipart/form-data; boundary=") + m_boundary;
}

QByteArray UploadForm::field(const char *name, const QByteArray &value) const
{
    return "--" + m_boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
}

QByteArray UploadForm::filePartHead(const char *name, const QString &fileName) const
{
    return "--" + m_boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
           + quotedName(fileName) + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
}

QByteArray UploadForm::chunkHead(const Chunk &chunk) const
{
    QByteArray head;
    head += field("userId", chunk.userId.toUtf8());
    head += field("isPublic", chunk.isPublic ? "true" : "false");
    head += field("currentPath", chunk.currentPath.toUtf8());
    head += field("fileName", chunk.fileName.toUtf8());
    head += field("fileMd5", chunk.fileMd5.toLatin1());
    // The table leaves fileSize out, the example sends it: sent, it costs nothing.
    head += field("fileSize", QByteArray::number(chunk.fileSize));
    head += field("chunkSize", QByteArray::number(chunk.chunkSize));
    head += field("index", QByteArray::number(chunk.index));
    head += field("total", QByteArray::number(chunk.total));
    head += filePartHead("chunk", chunk.fileName);
    return head;
}

QByteArray UploadForm::chunkTail(const QString &chunkMd5) const
{
    return "\r\n" + field("chunkMd5", chunkMd5.toLatin1()) + "--" + m_boundary + "--\r\n";
}

QByteArray UploadForm::fileHead(bool isPublic, const QString &publicUserId, const QString &currentPath,
                                const QString &fileName) const
{
    QByteArray head;
    if (isPublic)
        head += field("publicUserId", publicUserId.toUtf8());
    head += field("currentPath", currentPath.toUtf8());
    head += filePartHead("file", fileName);
    return head;
}

QByteArray UploadForm::fileTail() const
{
    return "\r\n--" + m_boundary + "--\r\n";
}

} // namespace suanli::unis
