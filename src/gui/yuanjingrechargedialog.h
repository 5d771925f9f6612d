#pragma once

#include "core/money.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace suanli::yuanjing {
class BalanceWatch;
class YuanjingProvider;
}

namespace suanli::gui {

// Recharges a 元境 account with Alipay: the amount, a confirmation (real money), the payment
// page opened in the system browser (a new window, as the platform requires), then the balance
// asked every few seconds until the payment shows or the user stops waiting.
class YuanjingRechargeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YuanjingRechargeDialog)

public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    YuanjingRechargeDialog(yuanjing::YuanjingProvider *provider, QWidget *parent = nullptr);
    ~YuanjingRechargeDialog() override;

    // How the payment page is opened (QDesktopServices::openUrl by default).
    void setUrlOpener(UrlOpener opener) { m_open = std::move(opener); }
    void setPollMs(int ms) { m_pollMs = ms; }

    QLineEdit *amountEdit() const { return m_amount; }
    QPushButton *payButton() const { return m_pay; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *reopenButton() const { return m_reopen; }
    QLabel *statusLabel() const { return m_status; }
    std::optional<Money> amount() const;
    QUrl paymentUrl() const { return m_url; }
    bool isWaiting() const;
    bool isPaid() const { return m_paid; }

    // Confirms and starts the recharge of the amount typed.
    void pay();
    void stopWaiting();

Q_SIGNALS:
    // The balance moved after the payment.
    void paid(suanli::Money before, suanli::Money after);

private:
    void setStatus(const QString &text, bool error = false);
    void startWatching(std::optional<Money> before);

    yuanjing::YuanjingProvider *m_provider;
    QLineEdit *m_amount;
    QPushButton *m_pay;
    QPushButton *m_stop;
    QPushButton *m_reopen;
    QLabel *m_status;
    UrlOpener m_open;
    QUrl m_url;
    QPointer<yuanjing::BalanceWatch> m_watch;
    int m_pollMs = 3000;
    bool m_busy = false;
    bool m_paid = false;
};

} // namespace suanli::gui
