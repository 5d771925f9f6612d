#include "sim/simserver.h"

#include "sim/backend.h"
#include "sim/simreply.h"
#include "sim/simrequest.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#if defined(Q_OS_WIN)
#include <winsock2.h>
#elif defined(Q_OS_UNIX)
#include <sys/socket.h>
#endif

#include <functional>
#include <memory>
#include <utility>

namespace suanli::sim {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head: return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QStringLiteral("TRACE");
    default: return QStringLiteral("UNKNOWN");
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    default: return QByteArrayLiteral("Unknown");
    }
}

// The pages a reverse proxy in front of a real platform sends: HTML, not the platform's JSON.
SimReply proxyErrorPage(int status)
{
    const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
    SimReply reply;
    reply.status = status;
    reply.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html")});
    reply.body = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>"
                 + title + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    return reply;
}

bool wantsClose(const SimRequest &request)
{
    return request.header(QByteArrayLiteral("Connection"))
               .trimmed()
               .compare(QByteArrayLiteral("close"), Qt::CaseInsensitive)
           == 0;
}

} // namespace

SimServer::SimServer(Backend *backend, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_backend(backend)
    , m_random(QRandomGenerator::securelySeeded())
{
    Q_ASSERT(m_backend);
}

SimServer::~SimServer() = default;

bool SimServer::start(quint16 port)
{
    if (m_tcpServer) {
        m_errorString = QStringLiteral("already listening");
        return false;
    }
    auto *tcpServer = new QTcpServer(this);
    if (!tcpServer->listen(QHostAddress::LocalHost, port)) {
        m_errorString = tcpServer->errorString();
        delete tcpServer;
        return false;
    }
    bind(tcpServer);
    // Connected after bind(), so the base class has already taken the socket when this runs.
    connect(tcpServer, &QTcpServer::newConnection, this, [this] { ++m_connections; });
    m_tcpServer = tcpServer;
    m_errorString.clear();
    return true;
}

bool SimServer::isListening() const
{
    return m_tcpServer && m_tcpServer->isListening();
}

quint16 SimServer::port() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

QUrl SimServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QString SimServer::errorString() const
{
    return m_errorString;
}

void SimServer::setLatency(int ms)
{
    m_latencyMs = qMax(0, ms);
}

int SimServer::latency() const
{
    return m_latencyMs;
}

void SimServer::setErrorRate(double rate)
{
    m_errorRate = qBound(0.0, rate, 1.0);
}

double SimServer::errorRate() const
{
    return m_errorRate;
}

void SimServer::setDropRate(double rate)
{
    m_dropRate = qBound(0.0, rate, 1.0);
}

double SimServer::dropRate() const
{
    return m_dropRate;
}

void SimServer::setRandomSeed(quint32 seed)
{
    m_random.seed(seed);
}

void SimServer::injectFault(const QString &path, Fault fault, int times)
{
    if (times > 0)
        m_faults.append({path, fault, times});
}

void SimServer::clearFaults()
{
    m_faults.clear();
}

int SimServer::armedFaultCount() const
{
    int count = 0;
    for (const ArmedFault &armed : m_faults)
        count += armed.remaining;
    return count;
}

int SimServer::requestCount(const QString &path) const
{
    return m_requestCounts.value(path);
}

int SimServer::totalRequestCount() const
{
    return m_totalRequests;
}

int SimServer::connectionCount() const
{
    return m_connections;
}

QList<int> SimServer::requestsPerConnection() const
{
    return m_requestsPerConnection;
}

int SimServer::heldRequestCount() const
{
    return m_held;
}

int SimServer::openStreamCount() const
{
    return m_openStreams;
}

void SimServer::resetCounters()
{
    m_requestCounts.clear();
    m_totalRequests = 0;
    m_connections = 0;
    m_held = 0;
    m_requestsPerConnection.clear();
    // Live connections keep their reuse history but get a fresh slot on their next request.
    for (Connection &connection : m_sockets)
        connection.slot = -1;
}

SimServer::Connection &SimServer::trackConnection(QTcpSocket *socket)
{
    auto it = m_sockets.find(socket);
    if (it == m_sockets.end()) {
        it = m_sockets.insert(socket, Connection{});
        // The pointer is only used as a key here; it is never dereferenced after destruction.
        connect(socket, &QObject::destroyed, this, [this, socket] { m_sockets.remove(socket); });
    }
    if (it->slot < 0) {
        it->slot = int(m_requestsPerConnection.size());
        m_requestsPerConnection.append(0);
    }
    ++it->requests;
    ++m_requestsPerConnection[it->slot];
    return *it;
}

SimServer::Action SimServer::chooseAction(const QString &path, bool reusedConnection)
{
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!it->path.isEmpty() && it->path != path)
            continue;
        Action action = Action::Answer;
        switch (it->fault) {
        case Fault::Http500: action = Action::Http500; break;
        case Fault::Http503RetryAfter: action = Action::Http503; break;
        case Fault::Reset: action = Action::Reset; break;
        case Fault::Truncate: action = Action::Truncate; break;
        case Fault::NoAnswer: action = Action::Hold; break;
        case Fault::DropAfterProcess: action = Action::DropAfterProcess; break;
        case Fault::BreakStream: action = Action::BreakStream; break;
        case Fault::DropAfterProcessIfReused:
            // On a fresh connection the fault stays armed and blocks the later ones on this path.
            if (!reusedConnection)
                return Action::Answer;
            action = Action::DropAfterProcess;
            break;
        }
        if (--it->remaining <= 0)
            m_faults.erase(it);
        return action;
    }
    if (m_dropRate > 0.0 && m_random.generateDouble() < m_dropRate)
        return Action::Reset;
    if (m_errorRate > 0.0 && m_random.generateDouble() < m_errorRate)
        return Action::Http500;
    return Action::Answer;
}

bool SimServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // QHttpServerRequest is reused for the socket's next request, so copy what is needed now.
    SimRequest simRequest;
    simRequest.method = methodName(request.method());
    simRequest.path = request.url().path();
    simRequest.query = request.query();
    simRequest.headers = request.headers();
    simRequest.body = request.body();

    const Connection &connection = trackConnection(socket);
    const bool reused = connection.requests > 1;
    const Action action = chooseAction(simRequest.path, reused);
    const bool closeAfter = wantsClose(simRequest);

    if (action == Action::Hold) {
        ++m_held;
        Q_EMIT requestLogged(simRequest.method, simRequest.path, 0,
                             QStringLiteral("fault: held, never answered"));
        return true;
    }
    if (m_latencyMs == 0) {
        perform(socket, simRequest, action, closeAfter);
        return true;
    }
    // Delayed on the event loop, never by blocking; the socket may be gone by then.
    QTimer::singleShot(m_latencyMs, this,
                       [this, guard = QPointer<QTcpSocket>(socket),
                        simRequest = std::move(simRequest), action, closeAfter] {
                           if (guard && guard->state() == QAbstractSocket::ConnectedState)
                               perform(guard, simRequest, action, closeAfter);
                       });
    return true;
}

void SimServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() takes every request; this only runs if that ever changes.
    const SimReply reply = SimReply::text(404, QByteArrayLiteral("404 page not found"));
    writeReply(socket, reply, false);
    Q_EMIT requestLogged(methodName(request.method()), request.url().path(), 404,
                         QStringLiteral("no handler"));
}

void SimServer::perform(QTcpSocket *socket, const SimRequest &request, Action action,
                        bool closeAfter)
{
    switch (action) {
    case Action::Answer: {
        const SimReply reply = runBackend(request);
        if (reply.isStreamed())
            writeStream(socket, reply, closeAfter, -1);
        else
            writeReply(socket, reply, closeAfter);
        Q_EMIT requestLogged(request.method, request.path, reply.status, reply.note);
        return;
    }
    case Action::BreakStream: {
        const SimReply reply = runBackend(request);
        if (reply.isStreamed()) {
            // At least one part goes out, so that the client has begun to read.
            writeStream(socket, reply, closeAfter, qMax<qsizetype>(1, reply.parts.size() / 2));
        } else {
            writeTruncated(socket, reply);
        }
        Q_EMIT requestLogged(request.method, request.path, reply.status,
                             QStringLiteral("fault: stream broken; ") + reply.note);
        return;
    }
    case Action::Http500:
        writeReply(socket, proxyErrorPage(500), closeAfter);
        Q_EMIT requestLogged(request.method, request.path, 500, QStringLiteral("fault: 500"));
        return;
    case Action::Http503: {
        SimReply reply = proxyErrorPage(503);
        reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
        writeReply(socket, reply, closeAfter);
        Q_EMIT requestLogged(request.method, request.path, 503,
                             QStringLiteral("fault: 503, Retry-After: 1"));
        return;
    }
    case Action::Reset:
        resetConnection(socket);
        Q_EMIT requestLogged(request.method, request.path, 0,
                             QStringLiteral("fault: reset before processing"));
        return;
    case Action::Truncate: {
        const SimReply reply = runBackend(request);
        writeTruncated(socket, reply);
        Q_EMIT requestLogged(request.method, request.path, reply.status,
                             QStringLiteral("fault: body truncated; ") + reply.note);
        return;
    }
    case Action::DropAfterProcess: {
        const SimReply reply = runBackend(request);
        resetConnection(socket);
        Q_EMIT requestLogged(request.method, request.path, 0,
                             QStringLiteral("fault: processed, then reset; ") + reply.note);
        return;
    }
    case Action::Hold: return;
    }
}

SimReply SimServer::runBackend(const SimRequest &request)
{
    ++m_requestCounts[request.path];
    ++m_totalRequests;
    return m_backend->handle(request);
}

QByteArray SimServer::serializeHead(const SimReply &reply, bool closeAfter)
{
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    if (reply.isStreamed())
        head += "Transfer-Encoding: chunked\r\n";
    else
        head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    head += closeAfter ? QByteArrayLiteral("Connection: close\r\n")
                       : QByteArrayLiteral("Connection: keep-alive\r\n");
    head += "\r\n";
    return head;
}

void SimServer::writeReply(QTcpSocket *socket, const SimReply &reply, bool closeAfter)
{
    socket->write(serializeHead(reply, closeAfter) + reply.body);
    if (closeAfter)
        socket->disconnectFromHost(); // flushes the answer first
}

void SimServer::writeStream(QTcpSocket *socket, const SimReply &reply, bool closeAfter,
                            qsizetype breakAfter)
{
    socket->write(serializeHead(reply, closeAfter));
    ++m_openStreams;
    // Each part is written from the event loop after its delay; the socket may be gone by then
    // (the client gave up), which ends the stream quietly.
    struct Stream
    {
        QPointer<QTcpSocket> socket;
        QList<SimReply::Part> parts;
        qsizetype next = 0;
        qsizetype breakAfter = -1;
        bool closeAfter = false;
    };
    auto stream = std::make_shared<Stream>(
        Stream{QPointer<QTcpSocket>(socket), reply.parts, 0, breakAfter, closeAfter});
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, stream, weakStep = std::weak_ptr<std::function<void()>>(step)] {
        QTcpSocket *s = stream->socket;
        if (!s || s->state() != QAbstractSocket::ConnectedState) {
            --m_openStreams;
            return;
        }
        if (stream->breakAfter >= 0 && stream->next >= stream->breakAfter) {
            --m_openStreams;
            resetConnection(s);
            return;
        }
        if (stream->next >= stream->parts.size()) {
            --m_openStreams;
            s->write(QByteArrayLiteral("0\r\n\r\n"));
            if (stream->closeAfter)
                s->disconnectFromHost();
            return;
        }
        const QByteArray data = stream->parts.at(stream->next).data;
        ++stream->next;
        // An empty chunk would end the stream: nothing to write for an empty part.
        if (!data.isEmpty())
            s->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
        const int delay = stream->next < stream->parts.size()
                              ? qMax(0, stream->parts.at(stream->next).delayMs)
                              : 0;
        if (auto self = weakStep.lock())
            QTimer::singleShot(delay, this, [self] { (*self)(); });
    };
    // The chain keeps itself alive through the timer's copy of `step` only.
    QTimer::singleShot(qMax(0, stream->parts.value(0).delayMs), this, [step] { (*step)(); });
}

void SimServer::writeTruncated(QTcpSocket *socket, const SimReply &reply)
{
    // The head promises the whole body; the close after half of it is what the client must notice.
    socket->write(serializeHead(reply, false) + reply.body.left(reply.body.size() / 2));
    socket->disconnectFromHost();
}

void SimServer::resetConnection(QTcpSocket *socket)
{
    // A zero linger time turns the close into a TCP RST, as a crashed server or a proxy would.
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor != -1) {
        struct linger option = {1, 0};
#if defined(Q_OS_WIN)
        ::setsockopt(SOCKET(descriptor), SOL_SOCKET, SO_LINGER,
                     reinterpret_cast<const char *>(&option), int(sizeof option));
#elif defined(Q_OS_UNIX)
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &option, socklen_t(sizeof option));
#endif
    }
    socket->abort();
}

} // namespace suanli::sim
