#pragma once

#include "sim/fault.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace suanli::sim {

class Backend;
struct SimReply;
struct SimRequest;

// Serves one Backend over HTTP/1.1 on loopback, with keep-alive, latency and fault injection.
// Works on the raw socket so that faults can reset, truncate or hold a connection.
class SimServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimServer)

public:
    // The backend is not owned and must outlive the server.
    explicit SimServer(Backend *backend, QObject *parent = nullptr);
    ~SimServer() override;

    // Listens on 127.0.0.1; port 0 picks a free one. Returns false (see errorString()) on failure.
    bool start(quint16 port = 0);
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT, no trailing slash
    QString errorString() const;

    // Knobs, changeable at any time.
    void setLatency(int ms);
    int latency() const;
    void setErrorRate(double rate); // fraction answered 500 without reaching the backend
    double errorRate() const;
    void setDropRate(double rate); // fraction reset without an answer, backend not reached
    double dropRate() const;
    void setRandomSeed(quint32 seed); // makes the rates reproducible

    // Arms a fault for the next `times` requests to `path` (an empty path matches any path).
    // Faults on one path fire in the order they were armed.
    void injectFault(const QString &path, Fault fault, int times = 1);
    void clearFaults();
    int armedFaultCount() const; // remaining shots over all paths

    // Counters.
    int requestCount(const QString &path) const; // requests whose backend handle() ran
    int totalRequestCount() const;               // backend runs over all paths
    int connectionCount() const;                 // TCP connections accepted
    QList<int> requestsPerConnection() const;    // requests received on each connection, in order
    int heldRequestCount() const;                // requests held unanswered by Fault::NoAnswer
    int openStreamCount() const;                 // streamed answers still sending parts
    void resetCounters();

Q_SIGNALS:
    // One per request once its fate is known; httpStatus is 0 when nothing was answered.
    void requestLogged(const QString &method, const QString &path, int httpStatus,
                       const QString &note);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    enum class Action { Answer, Http500, Http503, Reset, Truncate, Hold, DropAfterProcess, BreakStream };
    struct ArmedFault
    {
        QString path;
        Fault fault;
        int remaining;
    };
    struct Connection
    {
        int requests = 0; // over the socket's whole life, for the reuse check
        int slot = -1;    // index into m_requestsPerConnection, -1 after resetCounters()
    };

    Connection &trackConnection(QTcpSocket *socket);
    Action chooseAction(const QString &path, bool reusedConnection);
    void perform(QTcpSocket *socket, const SimRequest &request, Action action, bool closeAfter);
    SimReply runBackend(const SimRequest &request);
    void writeReply(QTcpSocket *socket, const SimReply &reply, bool closeAfter);
    void writeTruncated(QTcpSocket *socket, const SimReply &reply);
    // Sends the head at once and each part after its delay, as chunks; with `breakAfter` >= 0
    // the connection is reset after that many parts instead of ending the stream.
    void writeStream(QTcpSocket *socket, const SimReply &reply, bool closeAfter, qsizetype breakAfter);
    static QByteArray serializeHead(const SimReply &reply, bool closeAfter);
    static void resetConnection(QTcpSocket *socket);

    Backend *m_backend;
    QTcpServer *m_tcpServer = nullptr;
    QString m_errorString;
    int m_latencyMs = 0;
    double m_errorRate = 0.0;
    double m_dropRate = 0.0;
    QRandomGenerator m_random;
    QList<ArmedFault> m_faults;
    QHash<QString, int> m_requestCounts;
    int m_totalRequests = 0;
    int m_connections = 0;
    int m_held = 0;
    int m_openStreams = 0;
    QList<int> m_requestsPerConnection;
    QHash<QTcpSocket *, Connection> m_sockets;
};

} // namespace suanli::sim
