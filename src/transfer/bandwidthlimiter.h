#pragma once

#include <QtGlobal>

namespace suanli::transfer {

// Paces payloads to a byte rate shared by every upload. Requests are whole payloads (a chunk),
// so the limit holds on average over a few payloads: each may leave at once, and the next waits
// until the previous ones' bytes fit the rate. The rate can change at any time; debt already
// run up is rescaled to the new rate.
class BandwidthLimiter final
{
public:
    // Bytes per second; 0 means no limit.
    void setRate(qint64 bytesPerSecond, qint64 nowMs);
    qint64 rate() const { return m_rate; }

    // How long a payload of `bytes` must wait before it may be sent; 0 when it may go now.
    qint64 waitMs(qint64 bytes, qint64 nowMs) const;
    // Records that `bytes` are being sent now.
    void commit(qint64 bytes, qint64 nowMs);

private:
    qint64 m_rate = 0;
    double m_busyUntilMs = 0.0; // when the bytes committed so far have been paid for
};

} // namespace suanli::transfer
