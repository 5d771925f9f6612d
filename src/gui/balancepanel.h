#pragma once

#include "core/provider.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QTableWidget;
class QToolButton;

namespace suanli::gui {

// The balance in an account's header: cash, compute cards (remaining amount and expiry, in a
// drop-down table) and what can be spent in total.
class BalancePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BalancePanel)

public:
    using Clock = std::function<QDateTime()>;

    explicit BalancePanel(QWidget *parent = nullptr, Clock clock = {});
    ~BalancePanel() override;

    void setBalance(const Balance &balance);
    void setError(const QString &message);
    std::optional<Balance> balance() const { return m_balance; }
    // Cash plus what is left on cards that have not expired.
    std::optional<Money> spendable() const;
    QTableWidget *cardsTable() const { return m_cardsTable; }

private:
    QLabel *m_cash;
    QToolButton *m_cardsButton;
    QLabel *m_spendable;
    QTableWidget *m_cardsTable;
    std::optional<Balance> m_balance;
    Clock m_clock;
};

} // namespace suanli::gui
