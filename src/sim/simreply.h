#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace suanli::sim {

// A backend's answer. SimServer adds Content-Length and Connection itself.
struct SimReply
{
    // One timed piece of a streamed body.
    struct Part
    {
        int delayMs = 0; // after the previous part (or after the head, for the first)
        QByteArray data;
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString note; // short summary for the request log (e.g. the platform's result code)
    // When not empty, the body arrives in these parts over time with chunked transfer encoding
    // (and `body` is not sent): an answer that streams, such as NDJSON progress lines.
    QList<Part> parts;

    bool isStreamed() const { return !parts.isEmpty(); }
    // The whole body a streamed answer sends, for logs and tests.
    QByteArray streamedBody() const
    {
        QByteArray all;
        for (const Part &part : parts)
            all += part.data;
        return all;
    }

    static SimReply json(const QJsonObject &object, const QString &note = {}, int status = 200)
    {
        SimReply reply;
        reply.status = status;
        reply.headers.append({QByteArrayLiteral("Content-Type"),
                              QByteArrayLiteral("application/json; charset=utf-8")});
        reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        reply.note = note;
        return reply;
    }

    static SimReply stream(const QByteArray &contentType, QList<Part> parts, const QString &note = {},
                           int status = 200)
    {
        SimReply reply;
        reply.status = status;
        reply.headers.append({QByteArrayLiteral("Content-Type"), contentType});
        reply.parts = std::move(parts);
        reply.note = note;
        return reply;
    }

    static SimReply text(int status, const QByteArray &body, const QString &note = {})
    {
        SimReply reply;
        reply.status = status;
        reply.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8")});
        reply.body = body;
        reply.note = note;
        return reply;
    }
};

} // namespace suanli::sim
