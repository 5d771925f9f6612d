#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace suanli::sim {

// A multipart/form-data body read the way a strict server reads it. Parts are kept as byte
// ranges of the body, never copied, so that a large file part is not held twice.
class MultipartForm
{
public:
    struct Part
    {
        QString name;
        QString fileName;   // from filename="..."; empty for a plain field
        bool isFile = false; // the part carried a filename attribute
        QByteArray contentType;
        qsizetype offset = 0; // into the body
        qsizetype size = 0;
    };

    // The form in `body` sent with `contentType` ("multipart/form-data; boundary=..."); nullopt
    // with a reason in `error` when it is not a well-formed form.
    static std::optional<MultipartForm> parse(const QByteArray &contentType, const QByteArray &body,
                                              QString *error);

    const QList<Part> &parts() const { return m_parts; }
    const Part *part(const QString &name) const; // the first part of that name, or nullptr
    bool has(const QString &name) const { return part(name) != nullptr; }
    // A plain field's value as UTF-8 text; a null string when absent.
    QString text(const QString &name) const;
    QByteArrayView bytes(const Part &part) const;

private:
    QByteArray m_body; // shared with the request, not copied
    QList<Part> m_parts;
};

} // namespace suanli::sim
