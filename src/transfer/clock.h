#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

namespace suanli::transfer {

// Monotonic milliseconds for rates, pacing and backoff; tests drive a manual one.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;

protected:
    Clock() = default;

private:
    Q_DISABLE_COPY_MOVE(Clock)
};

class SteadyClock final : public Clock
{
public:
    SteadyClock() { m_timer.start(); }
    qint64 nowMs() const override { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer;
};

class ManualClock final : public Clock
{
public:
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }
    void set(qint64 ms) { m_now = ms; }

private:
    qint64 m_now = 0;
};

} // namespace suanli::transfer
