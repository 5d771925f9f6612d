#pragma once

#include <QCoreApplication>
#include <QString>

namespace suanli {

// Every failed call ends as one of these values; no exception crosses the event loop.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        Network,    // connection refused, reset, DNS, TLS
        Timeout,    // no bytes moved within the transfer timeout
        Http,       // a non-2xx HTTP status the platform did not wrap
        Auth,       // the platform says the credentials are missing or wrong
        Platform,   // the platform answered with its own error code
        Parse,      // the body is not what the document describes
        Cancelled,  // the caller gave up
        Unsupported // the platform has no such call
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString platformCode;
    QString message;       // translated, shown to the user, already redacted
    bool retryable = false;
    // The request may have reached the server even though no answer came back
    // (a write whose outcome is unknown: the caller must re-read the state).
    bool ambiguous = false;

    static ApiError network(const QString &message, bool ambiguous = false);
    static ApiError timeout(bool ambiguous = false);
    static ApiError http(int status, const QString &message);
    static ApiError auth(const QString &message, const QString &platformCode = {});
    static ApiError platform(const QString &code, const QString &message);
    static ApiError parse(const QString &message);
    static ApiError cancelled();
    static ApiError unsupported(const QString &message);

    // "auth", "network", ... stable names for the CLI's JSON and for logs.
    static QString kindName(Kind kind);
    // A one-line text for an error box or stderr, with the code when there is one.
    QString toDisplayString() const;
};

} // namespace suanli
