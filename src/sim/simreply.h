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
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString note; // short summary for the request log (e.g. the platform's result code)

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
