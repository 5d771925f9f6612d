#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace suanli::sim {

// A request as a backend sees it: transport details (socket, connection reuse) stay in SimServer.
struct SimRequest
{
    QString method; // upper case: "GET", "POST", ...
    QString path;   // decoded URL path, no query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Header names are case-insensitive in HTTP; returns an empty array when absent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace suanli::sim
