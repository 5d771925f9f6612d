#pragma once

#include "core/money.h"
#include "core/result.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QTimer;

namespace suanli::yuanjing {

class Client;

// After a payment page was opened in the browser: asks for the balance every few seconds
// until it differs from the one before the payment (the platform sends no notice of a
// payment), or until stop(). The balance is the sum over the user's accounts.
class BalanceWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BalanceWatch)

public:
    // Without `before`, the first answer is taken as the balance before the payment.
    BalanceWatch(Client *client, std::optional<Money> before, int intervalMs = 3000, QObject *parent = nullptr);
    ~BalanceWatch() override;

    void start();
    void stop();
    bool isWatching() const { return m_watching; }
    std::optional<Money> before() const { return m_before; }
    int checks() const { return m_checks; }

Q_SIGNALS:
    // Each answer, the same balance or not.
    void checked(suanli::Money total);
    // The balance moved: the watch has stopped.
    void changed(suanli::Money before, suanli::Money after);
    // An answer that was an error; the watch goes on (an expired session stops it).
    void failed(const suanli::ApiError &error);

private:
    void ask();

    QPointer<Client> m_client;
    std::optional<Money> m_before;
    QTimer *m_timer;
    int m_checks = 0;
    bool m_watching = false;
    bool m_inFlight = false;
};

} // namespace suanli::yuanjing
