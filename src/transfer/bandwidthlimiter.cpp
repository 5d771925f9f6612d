#include "transfer/bandwidthlimiter.h"

#include <algorithm>
#include <cmath>

namespace suanli::transfer {

void BandwidthLimiter::setRate(qint64 bytesPerSecond, qint64 nowMs)
{
    bytesPerSecond = std::max<qint64>(0, bytesPerSecond);
    if (bytesPerSecond == m_rate)
        return;
    const double debtMs = std::max(0.0, m_busyUntilMs - double(nowMs));
    if (m_rate > 0 && bytesPerSecond > 0)
        m_busyUntilMs = double(nowMs) + debtMs * double(m_rate) / double(bytesPerSecond);
    else
        m_busyUntilMs = double(nowMs); // from or to no limit: nothing is owed
    m_rate = bytesPerSecond;
}

qint64 BandwidthLimiter::waitMs(qint64 bytes, qint64 nowMs) const
{
    Q_UNUSED(bytes);
    if (m_rate <= 0)
        return 0;
    return qint64(std::ceil(std::max(0.0, m_busyUntilMs - double(nowMs))));
}

void BandwidthLimiter::commit(qint64 bytes, qint64 nowMs)
{
    if (m_rate <= 0)
        return;
    const double start = std::max(m_busyUntilMs, double(nowMs));
    m_busyUntilMs = start + double(bytes) * 1000.0 / double(m_rate);
}

} // namespace suanli::transfer
