#include "oneshothttp.h"

#include "redactor.h"

#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <utility>

namespace suanli {

namespace {
constexpr qsizetype kMaxHeaderBytes = 256 * 1024;
constexpr qint64 kMaxBodyBytes = 256LL * 1024 * 1024;
} // namespace

OneShotHttp::OneShotHttp(HttpRequest request, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_timeoutMs(timeoutMs)
{
}

OneShotHttp::~OneShotHttp()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QByteArray OneShotHttp::serializeHead() const
{
    const QUrl &url = m_request.url;
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());

    QByteArray out = m_request.method + ' ' + target + " HTTP/1.1\r\n";
    out += "Host: " + host + "\r\n";
    bool hasContentType = false;
    for (const auto &h : m_request.headers) {
        const QByteArray name = h.first.toLower();
        if (name == "host" || name == "content-length" || name == "connection" || name == "transfer-encoding")
            continue;
        hasContentType |= name == "content-type";
        out += h.first + ": " + h.second + "\r\n";
    }
    if (!hasContentType && !m_request.body.isEmpty())
        out += "Content-Type: application/json\r\n";
    if (m_jar) {
        const QList<QNetworkCookie> cookies = m_jar->cookiesForUrl(url);
        if (!cookies.isEmpty()) {
            QByteArray cookie;
            for (const QNetworkCookie &c : cookies) {
                if (!cookie.isEmpty())
                    cookie += "; ";
                cookie += c.toRawForm(QNetworkCookie::NameAndValueOnly);
            }
            out += "Cookie: " + cookie + "\r\n";
        }
    }
    out += "Accept: application/json, */*\r\n";
    out += "User-Agent: SuanliConsole\r\n";
    out += "Connection: close\r\n";
    if (!m_request.body.isEmpty() || m_request.method == "POST" || m_request.method == "PUT" || m_request.method == "PATCH")
        out += "Content-Length: " + QByteArray::number(m_request.body.size()) + "\r\n";
    out += "\r\n";
    return out;
}

void OneShotHttp::start()
{
    const QUrl &url = m_request.url;
    const bool tls = url.scheme() == u"https";
    if (!url.isValid() || (url.scheme() != u"http" && !tls) || url.host().isEmpty()) {
        QTimer::singleShot(0, this, [this] { fail(ApiError::network(ApiError::tr("The address %1 is not a valid web address.").arg(Redactor::redact(m_request.url.toString())))); });
        return;
    }

    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, [this] {
        ApiError e = ApiError::timeout(m_sent);
        fail(e);
    });
    touch();

    if (tls) {
        auto *ssl = new QSslSocket(this);
        ssl->setSslConfiguration(m_ssl);
        ssl->setPeerVerifyName(url.host());
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(this);
    }
    m_socket->setProxy(m_proxy);
    connect(m_socket, &QTcpSocket::readyRead, this, &OneShotHttp::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &OneShotHttp::onDisconnected);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &OneShotHttp::onSocketError);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this](qint64) { touch(); });

    auto send = [this] {
        m_stage = Stage::StatusLine;
        m_sent = true;
        m_socket->write(serializeHead());
        // A write of its own: the socket keeps a reference to the body instead of a copy.
        if (!m_request.body.isEmpty())
            m_socket->write(m_request.body);
        touch();
    };
    if (tls) {
        auto *ssl = static_cast<QSslSocket *>(m_socket);
        connect(ssl, &QSslSocket::encrypted, this, send);
        ssl->connectToHostEncrypted(url.host(), quint16(url.port(443)));
    } else {
        connect(m_socket, &QTcpSocket::connected, this, send);
        m_socket->connectToHost(url.host(), quint16(url.port(80)));
    }
}

void OneShotHttp::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    ApiError e = ApiError::cancelled();
    e.ambiguous = m_sent;
    fail(e);
}

void OneShotHttp::touch()
{
    if (m_idle && m_timeoutMs > 0)
        m_idle->start(m_timeoutMs);
}

void OneShotHttp::onReadyRead()
{
    touch();
    m_buffer += m_socket->readAll();
    parse();
}

void OneShotHttp::onDisconnected()
{
    if (m_finished)
        return;
    m_buffer += m_socket->readAll();
    parse();
    if (m_finished)
        return;
    if (m_stage == Stage::Body && !m_chunked && m_contentLength < 0) {
        // No length given: the body ends with the connection.
        const QByteArray rest = std::exchange(m_buffer, QByteArray());
        if (!rest.isEmpty() && !deliver(rest))
            return;
        complete();
        return;
    }
    fail(ApiError::network(ApiError::tr("The server closed the connection before answering."), m_sent));
}

void OneShotHttp::onSocketError()
{
    if (m_finished)
        return;
    const auto err = m_socket->error();
    if (err == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    const QString detail = Redactor::redact(m_socket->errorString());
    if (err == QAbstractSocket::ConnectionRefusedError || err == QAbstractSocket::HostNotFoundError) {
        fail(ApiError::network(ApiError::tr("Cannot reach the server: %1").arg(detail), false));
        return;
    }
    if (err == QAbstractSocket::SslHandshakeFailedError || err == QAbstractSocket::SslInvalidUserDataError) {
        ApiError e = ApiError::network(ApiError::tr("The secure connection failed: %1").arg(detail), false);
        e.retryable = false;
        fail(e);
        return;
    }
    fail(ApiError::network(ApiError::tr("The connection failed: %1").arg(detail), m_sent));
}

bool OneShotHttp::parseHeaderLine(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    const QByteArray name = line.left(colon).trimmed();
    const QByteArray value = line.mid(colon + 1).trimmed();
    m_response.headers.append({name, value});
    const QByteArray lower = name.toLower();
    if (lower == "content-length") {
        bool ok = false;
        m_contentLength = value.toLongLong(&ok);
        if (!ok || m_contentLength < 0)
            return false;
    } else if (lower == "transfer-encoding" && value.toLower().contains("chunked")) {
        m_chunked = true;
    } else if (lower == "set-cookie" && m_jar) {
        m_jar->setCookiesFromUrl(QNetworkCookie::parseCookies(value), m_request.url);
    }
    return true;
}

void OneShotHttp::parse()
{
    while (!m_finished) {
        switch (m_stage) {
        case Stage::Connecting:
        case Stage::Sending:
        case Stage::Done:
            return;
        case Stage::StatusLine: {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0) {
                if (m_buffer.size() > kMaxHeaderBytes)
                    fail(ApiError::parse(ApiError::tr("the answer's status line is too long")));
                return;
            }
            const QByteArray line = m_buffer.left(eol);
            m_buffer.remove(0, eol + 2);
            const QList<QByteArray> parts = line.split(' ');
            bool ok = false;
            const int status = parts.size() >= 2 ? parts.at(1).toInt(&ok) : 0;
            if (!line.startsWith("HTTP/1.") || !ok || status < 100) {
                fail(ApiError::parse(ApiError::tr("not an HTTP answer")));
                return;
            }
            m_response = HttpResponse();
            m_response.status = status;
            m_contentLength = -1;
            m_chunked = false;
            m_stage = Stage::Headers;
            break;
        }
        case Stage::Headers: {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0) {
                if (m_buffer.size() > kMaxHeaderBytes)
                    fail(ApiError::parse(ApiError::tr("the answer's headers are too long")));
                return;
            }
            const QByteArray line = m_buffer.left(eol);
            m_buffer.remove(0, eol + 2);
            if (!line.isEmpty()) {
                if (!parseHeaderLine(line)) {
                    fail(ApiError::parse(ApiError::tr("a header of the answer is malformed")));
                    return;
                }
                break;
            }
            if (m_response.status >= 100 && m_response.status < 200) {
                m_stage = Stage::StatusLine; // an interim answer: the real one follows
                break;
            }
            if (m_response.status == 204 || m_response.status == 304 || m_request.method == "HEAD") {
                complete();
                return;
            }
            m_stage = m_chunked ? Stage::ChunkSize : Stage::Body;
            break;
        }
        case Stage::Body: {
            if (m_contentLength < 0) {
                if (m_response.body.size() + m_buffer.size() > kMaxBodyBytes) {
                    fail(ApiError::parse(ApiError::tr("the answer is too large")));
                    return;
                }
                // Read until the server closes, handing over what came so far.
                if (!m_buffer.isEmpty() && !deliver(std::exchange(m_buffer, QByteArray())))
                    return;
                return;
            }
            const qint64 missing = m_contentLength - m_response.body.size();
            if (missing > 0 && !m_buffer.isEmpty()) {
                const QByteArray part = m_buffer.left(missing);
                m_buffer.remove(0, part.size());
                if (!deliver(part))
                    return;
            }
            if (m_response.body.size() < m_contentLength)
                return;
            m_buffer.clear();
            complete();
            return;
        }
        case Stage::ChunkSize: {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0)
                return;
            QByteArray sizeText = m_buffer.left(eol);
            m_buffer.remove(0, eol + 2);
            if (const qsizetype semi = sizeText.indexOf(';'); semi >= 0)
                sizeText.truncate(semi);
            bool ok = false;
            m_chunkRemaining = sizeText.trimmed().toLongLong(&ok, 16);
            if (!ok || m_chunkRemaining < 0 || m_response.body.size() + m_chunkRemaining > kMaxBodyBytes) {
                fail(ApiError::parse(ApiError::tr("a chunk of the answer is malformed")));
                return;
            }
            m_stage = m_chunkRemaining == 0 ? Stage::ChunkTrailer : Stage::ChunkData;
            break;
        }
        case Stage::ChunkData: {
            // A chunk's bytes are handed over as they come, not when the chunk is complete.
            if (m_buffer.isEmpty())
                return;
            const QByteArray part = m_buffer.left(m_chunkRemaining);
            m_buffer.remove(0, part.size());
            m_chunkRemaining -= part.size();
            if (m_chunkRemaining == 0)
                m_stage = Stage::ChunkDataEnd;
            if (!deliver(part))
                return;
            break;
        }
        case Stage::ChunkDataEnd:
            if (m_buffer.size() < 2)
                return;
            if (!m_buffer.startsWith("\r\n")) {
                fail(ApiError::parse(ApiError::tr("a chunk of the answer is malformed")));
                return;
            }
            m_buffer.remove(0, 2);
            m_stage = Stage::ChunkSize;
            break;
        case Stage::ChunkTrailer: {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0)
                return;
            const bool last = eol == 0;
            m_buffer.remove(0, eol + 2);
            if (last) {
                complete();
                return;
            }
            break;
        }
        }
    }
}

bool OneShotHttp::deliver(const QByteArray &bytes)
{
    m_response.body += bytes;
    // Only a successful answer streams; an error page is read whole, as on the pooled path.
    if (bytes.isEmpty() || m_response.status < 200 || m_response.status >= 300)
        return !m_finished;
    // The receiver may cancel from its slot; then nothing more is read.
    const QPointer<OneShotHttp> self(this);
    Q_EMIT bodyReceived(bytes);
    return self && !m_finished;
}

void OneShotHttp::complete()
{
    m_stage = Stage::Done;
    finishWith(m_response);
}

void OneShotHttp::fail(const ApiError &error)
{
    finishWith(error);
}

void OneShotHttp::finishWith(const Result<HttpResponse> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_idle)
        m_idle->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    Q_EMIT finished(result);
}

} // namespace suanli
