#pragma once

#include "core/account.h"
#include "core/money.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
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

class AccountManager;
class AccountPanels;
class BalancePanel;
class CreateInstanceDialog;
class InstancesPage;
class PagedTablePage;

// One account: header (name, state, balance), sub-tabs (resources, and the pages only its
// platform has, from AccountPanels), and the refresh loop: often while shown, rarely while
// hidden, with growing pauses while the platform cannot be reached.
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
        bool anyPriced = false; // whether any running resource has an hourly price at all
    };

    // Names the resources a purchase created once the platform lists them (an order names no
    // instance): `found` gets their ids, possibly none yet.
    using CreatedFinder = std::function<void(QObject *context, std::function<void(const QStringList &ids)> found)>;

    AccountTab(AccountSession *session, Provider *provider, AppSettings *settings, AccountManager *accounts = nullptr,
               QWidget *parent = nullptr);
    ~AccountTab() override;

    QString accountId() const;
    AccountSession *session() const { return m_session; }
    Provider *provider() const { return m_provider; }
    InstancesPage *instancesPage() const { return m_instances; }
    PagedTablePage *billsPage() const;
    PagedTablePage *rechargesPage() const;
    BalancePanel *balancePanel() const { return m_balance; }
    // Where the balance would be, for platforms without one.
    QLabel *noBalanceNote() const { return m_noBalance; }
    QTabWidget *pages() const { return m_pages; }
    AccountPanels *panels() const { return m_panels; }
    // 晨羽智云's create dialog while it is open.
    CreateInstanceDialog *createDialog() const;

    Summary summary() const;
    bool hasLoaded() const { return m_loadedOnce; }
    int consecutiveFailures() const { return m_failures; }
    // The delay before the next automatic refresh, as scheduled now.
    int scheduledDelayMs() const { return m_scheduledDelayMs; }
    bool canCreate() const;
    // The main create action's text ("Create instance…", "Rent GPUs…"), without its mnemonic.
    QString createLabel() const;

    // Re-reads the list and the balance now (and the history page shown, if any).
    void refresh();
    // Something was bought or changed: the balance is stale too.
    void refreshAfterChange();
    void openCreateDialog();
    // Keeps re-reading the list until `finder` names `expected` resources (or time runs out),
    // then selects them.
    void selectWhenCreated(CreatedFinder finder, int expected);
    bool isWaitingForCreated() const { return static_cast<bool>(m_finder); }
    // Updates the texts that include the account's name.
    void updateHeader();

Q_SIGNALS:
    void summaryChanged();
    // A list answer arrived (well or not).
    void listLoaded();
    // The user asks to enter the account's secret again.
    void secretRequested(const QString &accountId);
    // A short note for the status bar (translated).
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshList();
    void refreshBalance();
    void scheduleNext();
    void onSessionState();
    void showBanner(const QString &text, bool offerSecret);
    void hideBanner();
    void lookForCreated();

    AccountSession *m_session;
    Provider *m_provider;
    AppSettings *m_settings;
    QLabel *m_icon;
    QLabel *m_name;
    QLabel *m_stateDot;
    QLabel *m_state;
    BalancePanel *m_balance;
    QLabel *m_noBalance;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_bannerSecret;
    QPushButton *m_bannerRetry;
    QTabWidget *m_pages;
    InstancesPage *m_instances;
    AccountPanels *m_panels = nullptr;
    QTimer *m_timer;

    bool m_listInFlight = false;
    bool m_refreshAgain = false;
    bool m_balanceInFlight = false;
    bool m_loadedOnce = false;
    int m_failures = 0;
    int m_scheduledDelayMs = 0;
    QDateTime m_lastList;
    QDateTime m_lastBalance;
    CreatedFinder m_finder; // names created resources to select once the list shows them
    int m_expectedCreated = 0;
    bool m_finderInFlight = false;
    int m_finderGeneration = 0;
    QDateTime m_selectDeadline;
};

} // namespace suanli::gui
