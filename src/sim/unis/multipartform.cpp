#include "sim/unis/multipartform.h"

namespace suanli::sim {

namespace {

// The value of `key` in a header's parameters (boundary=..., name="..."), quotes removed.
std::optional<QByteArray> headerParameter(QByteArrayView header, QByteArrayView key)
{
    const QList<QByteArray> pieces = header.toByteArray().split(';');
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const QByteArray piece = pieces.at(i).trimmed();
        const qsizetype eq = piece.indexOf('=');
        if (eq <= 0)
            continue;
        if (piece.left(eq).trimmed().compare(key, Qt::CaseInsensitive) != 0)
            continue;
        QByteArray value = piece.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return std::nullopt;
}

} // namespace

std::optional<MultipartForm> MultipartForm::parse(const QByteArray &contentType, const QByteArray &body,
                                                  QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QByteArray mediaType = contentType.split(';').value(0).trimmed().toLower();
    if (mediaType != "multipart/form-data")
        return fail(QStringLiteral("Content-Type 应为 multipart/form-data"));
    const std::optional<QByteArray> boundary = headerParameter(contentType, "boundary");
    if (!boundary || boundary->isEmpty() || boundary->size() > 70)
        return fail(QStringLiteral("multipart 缺少 boundary"));

    MultipartForm form;
    form.m_body = body;
    const QByteArray opening = "--" + *boundary;
    const QByteArray delimiter = "\r\n--" + *boundary;

    // The first boundary may follow a preamble; it starts the body or a line.
    qsizetype pos = 0;
    if (!body.startsWith(opening)) {
        const qsizetype found = body.indexOf(delimiter);
        if (found < 0)
            return fail(QStringLiteral("multipart 格式错误：找不到 boundary"));
        pos = found + 2;
    }
    pos += opening.size();
    while (true) {
        // After a boundary: "--" ends the form, CRLF starts a part.
        if (body.mid(pos, 2) == "--")
            break;
        if (body.mid(pos, 2) != "\r\n")
            return fail(QStringLiteral("multipart 格式错误：boundary 之后缺少换行"));
        pos += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        if (headersEnd < 0)
            return fail(QStringLiteral("multipart 格式错误：分段头不完整"));
        Part part;
        const QList<QByteArray> lines = body.mid(pos, headersEnd - pos).split('\n');
        bool disposition = false;
        for (QByteArray line : lines) {
            line = line.trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                if (!value.toLower().startsWith("form-data"))
                    return fail(QStringLiteral("multipart 分段应为 form-data"));
                const auto fieldName = headerParameter(value, "name");
                if (!fieldName || fieldName->isEmpty())
                    return fail(QStringLiteral("multipart 分段缺少 name"));
                part.name = QString::fromUtf8(*fieldName);
                if (const auto fileName = headerParameter(value, "filename")) {
                    part.isFile = true;
                    part.fileName = QString::fromUtf8(*fileName);
                }
                disposition = true;
            } else if (name == "content-type") {
                part.contentType = value;
            }
        }
        if (!disposition)
            return fail(QStringLiteral("multipart 分段缺少 Content-Disposition"));
        part.offset = headersEnd + 4;
        const qsizetype next = body.indexOf(delimiter, part.offset);
        if (next < 0)
            return fail(QStringLiteral("multipart 格式错误：分段未结束"));
        part.size = next - part.offset;
        form.m_parts.append(part);
        pos = next + delimiter.size();
    }
    return form;
}

const MultipartForm::Part *MultipartForm::part(const QString &name) const
{
    for (const Part &p : m_parts) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QString MultipartForm::text(const QString &name) const
{
    const Part *p = part(name);
    if (!p)
        return {};
    QString value = QString::fromUtf8(bytes(*p));
    if (value.isNull())
        value = QStringLiteral(""); // present but empty stays distinguishable from absent
    return value;
}

QByteArrayView MultipartForm::bytes(const Part &part) const
{
    return QByteArrayView(m_body).sliced(part.offset, part.size);
}

} // namespace suanli::sim
