#include "balancewatch.h"

#include "yuanjingclient.h"

#include <QTimer>

namespace suanli::yuanjing {

BalanceWatch::BalanceWatch(Client *client, std::optional<Money> before, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_before(before)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(qMax(100, intervalMs));
    connect(m_timer, &QTimer::timeout, this, &BalanceWatch::ask);
}

BalanceWatch::~BalanceWatch() = default;

void BalanceWatch::start()
{
    if (m_watching)
        return;
    m_watching = true;
    m_timer->start();
    QTimer::singleShot(0, this, &BalanceWatch::ask);
}

void BalanceWatch::stop()
{
    m_watching = false;
    m_timer->stop();
}

void BalanceWatch::ask()
{
    if (!m_watching || m_inFlight || !m_client)
        return;
    m_inFlight = true;
    m_client->balances(this, [this](const Result<QList<AccountBalance>> &r) {
        m_inFlight = false;
        if (!m_watching)
            return;
        ++m_checks;
        if (!r) {
            if (r.error().kind == ApiError::Kind::Auth)
                stop();
            Q_EMIT failed(r.error());
            return;
        }
        Money total;
        for (const AccountBalance &b : r.value())
            total += b.balance;
        Q_EMIT checked(total);
        if (!m_before) {
            m_before = total;
            return;
        }
        if (total != *m_before) {
            stop();
            Q_EMIT changed(*m_before, total);
        }
    });
}

} // namespace suanli::yuanjing
