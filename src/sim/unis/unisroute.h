#pragma once

#include "sim/simreply.h"
#include "sim/simrequest.h"
#include "sim/unis/unisrecords.h"
#include "sim/unis/uniswire.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace suanli::sim::unis {

// One endpoint at an exact path. The handler gets the parsed JSON body ({} when there is none).
struct Route
{
    using Handler = std::function<SimReply(const SimRequest &, const QJsonValue &, const User &)>;
    QString method;
    QString path;
    Handler handler;
};

// The answer of the route for this request: nullopt for a path none of them has, Spring's 405
// for a known path with another method, its 400 for a body that is not JSON.
inline std::optional<SimReply> dispatch(const QList<Route> &routes, const SimRequest &request,
                                        const User &caller)
{
    bool pathKnown = false;
    for (const Route &route : routes) {
        if (route.path != request.path)
            continue;
        pathKnown = true;
        if (route.method != request.method)
            continue;
        // A form body (the fine-tune delete declares one) is left to the handler to read.
        const bool form = request.header(QByteArrayLiteral("Content-Type"))
                              .startsWith("application/x-www-form-urlencoded");
        const std::optional<QJsonValue> body =
            form ? std::optional<QJsonValue>(QJsonObject()) : wire::jsonBody(request);
        if (!body)
            return wire::springError(400, request.path);
        return route.handler(request, *body, caller);
    }
    if (pathKnown)
        return wire::springError(405, request.path);
    return std::nullopt;
}

} // namespace suanli::sim::unis
