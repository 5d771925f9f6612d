#include "httprequest.h"

namespace suanli {

HttpRequest HttpRequest::postJson(const QUrl &url, const QByteArray &json, Safety safety)
{
    HttpRequest r;
    r.method = "POST";
    r.url = url;
    r.body = json;
    r.safety = safety;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return r;
}

HttpRequest HttpRequest::get(const QUrl &url)
{
    HttpRequest r;
    r.method = "GET";
    r.url = url;
    return r;
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace suanli
