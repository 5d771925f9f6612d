#pragma once

#include "core/account.h"
#include "core/money.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;

namespace suanli {
class AccountSession;
class AppSettings;
class Provider;
}

namespace suanli::gui {

class BalancePanel;
class CreateInstanceDialog;
class InstancesPage;
class PagedTablePage;

// One account: header (name, state, balance), sub-tabs (resources, and the platform's bills and
// recharges where it has them), and the refresh loop: often while shown, rarely while hidden,
// with growing pauses while the platform cannot be reached.
class AccountTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountTab)

public:
    struct Summary
    {
        AccountState state = AccountState::SignedOut;
        QString reason;
        std::optional<Money> balance; // cash
        std::optional<Money> spendable;
        int running = 0;
        Money runningPerHour;
    };

    AccountTab(AccountSession *session, Provider *provider, AppSettings *settings, QWidget *parent = nullptr);
    ~AccountTab() override;

    QString accountId() const;
    AccountSession *session() const { return m_session; }
    Provider *provider() const { return m_provider; }
    InstancesPage *instancesPage() const { return m_instances; }
    PagedTablePage *billsPage() const { return m_bills; }
    PagedTablePage *rechargesPage() const { return m_recharges; }
    BalancePanel *balancePanel() const { return m_balance; }
    QTabWidget *pages() const { return m_pages; }
    CreateInstanceDialog *createDialog() const;

    Summary summary() const;
    bool hasLoaded() const { return m_loadedOnce; }
    int consecutiveFailures() const { return m_failures; }
    // The delay before the next automatic refresh, as scheduled now.
    int scheduledDelayMs() const { return m_scheduledDelayMs; }
    bool canCreate() const;

    // Re-reads the list and the balance now (and the history page shown, if any).
    void refresh();
    void openCreateDialog();
    // Updates the texts that include the account's name.
    void updateHeader();

Q_SIGNALS:
    void summaryChanged();
    // A list answer arrived (well or not).
    void listLoaded();
    // The user asks to enter the account's secret again.
    void secretRequested(const QString &accountId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshList();
    void refreshBalance();
    void scheduleNext();
    void onSessionState();
    void showBanner(const QString &text, bool offerSecret);
    void hideBanner();
    void buildHistoryPages();

    AccountSession *m_session;
    Provider *m_provider;
    AppSettings *m_settings;
    QLabel *m_icon;
    QLabel *m_name;
    QLabel *m_stateDot;
    QLabel *m_state;
    BalancePanel *m_balance;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_bannerSecret;
    QPushButton *m_bannerRetry;
    QTabWidget *m_pages;
    InstancesPage *m_instances;
    PagedTablePage *m_bills = nullptr;
    PagedTablePage *m_recharges = nullptr;
    QTimer *m_timer;
    QPointer<CreateInstanceDialog> m_createDialog;

    bool m_listInFlight = false;
    bool m_refreshAgain = false;
    bool m_balanceInFlight = false;
    bool m_loadedOnce = false;
    int m_failures = 0;
    int m_scheduledDelayMs = 0;
    QDateTime m_lastList;
    QDateTime m_lastBalance;
    QString m_selectWhenSeen; // a created instance to select once the list shows it
    QDateTime m_selectDeadline;
};

} // namespace suanli::gui
