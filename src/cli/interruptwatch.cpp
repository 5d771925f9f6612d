#include "interruptwatch.h"

#include <QTimer>

#include <csignal>

namespace suanli::cli {

namespace {

// A signal handler may only set a flag; the watch's timer looks at it.
volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int signal)
{
    g_interrupted = 1;
    // The next one is not caught: a stuck command can still be ended.
    std::signal(signal, SIG_DFL);
}

} // namespace

InterruptWatch::InterruptWatch(QObject *parent)
    : QObject(parent)
    , m_poll(new QTimer(this))
{
    g_interrupted = 0;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    m_poll->setInterval(50);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (g_interrupted) {
            m_poll->stop();
            Q_EMIT interruptedNow();
        }
    });
    m_poll->start();
}

InterruptWatch::~InterruptWatch()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

bool InterruptWatch::interrupted() const
{
    return g_interrupted != 0;
}

} // namespace suanli::cli
