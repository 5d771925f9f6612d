#pragma once

namespace suanli::sim {

// One-shot failures a test arms on a path; each mirrors something real servers and proxies do.
enum class Fault {
    Http500,           // gateway error page, backend not reached
    Http503RetryAfter, // overload answer with "Retry-After: 1", backend not reached
    Reset,             // connection reset before the backend sees the request
    Truncate,          // backend runs, then half the body is written and the socket closed
    NoAnswer,          // backend does not run; the request is held and never answered
    DropAfterProcess,  // backend runs (state changes), then the connection is reset unanswered
    // Like DropAfterProcess, but only on a keep-alive connection that already carried a request:
    // the stale-connection race in which an HTTP stack may re-send a POST by itself.
    DropAfterProcessIfReused,
    // Backend runs; a streamed answer stops after half its parts and the connection is reset
    // (a proxy timing out a long stream). A whole answer is cut like Truncate.
    BreakStream,
};

} // namespace suanli::sim
