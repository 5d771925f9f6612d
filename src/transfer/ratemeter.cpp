#include "transfer/ratemeter.h"

#include <algorithm>
#include <cmath>

namespace suanli::transfer {

void RateMeter::add(qint64 bytes, qint64 nowMs)
{
    if (m_startMs < 0)
        m_startMs = nowMs;
    m_samples.emplace_back(nowMs, bytes);
    m_bytesInWindow += bytes;
    expire(nowMs);
}

void RateMeter::expire(qint64 nowMs) const
{
    while (!m_samples.empty() && m_samples.front().first < nowMs - m_windowMs) {
        m_bytesInWindow -= m_samples.front().second;
        m_samples.pop_front();
    }
}

double RateMeter::rate(qint64 nowMs) const
{
    if (m_startMs < 0)
        return 0.0;
    expire(nowMs);
    // Early on the window is what has passed since the start, at least a second so that one
    // quick payload does not read as an absurd rate.
    const qint64 span = std::clamp<qint64>(nowMs - m_startMs, 1000, m_windowMs);
    return double(m_bytesInWindow) * 1000.0 / double(span);
}

qint64 RateMeter::etaSeconds(qint64 remainingBytes, qint64 nowMs) const
{
    if (remainingBytes <= 0)
        return 0;
    const double bytesPerSecond = rate(nowMs);
    if (bytesPerSecond <= 0.0)
        return -1;
    return qint64(std::ceil(double(remainingBytes) / bytesPerSecond));
}

void RateMeter::clear()
{
    m_samples.clear();
    m_bytesInWindow = 0;
    m_startMs = -1;
}

void RateMeter::reset(qint64 nowMs)
{
    m_samples.clear();
    m_bytesInWindow = 0;
    m_startMs = nowMs;
}

} // namespace suanli::transfer
