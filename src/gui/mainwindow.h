#pragma once

#include <QHash>
#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace suanli {
class AppSettings;
class EventLog;
class SecretStore;
}

namespace suanli::transfer {
class TransferQueue;
}

namespace suanli::gui {

class AccountManager;
class AccountTab;
class ActivityLogView;
class AddAccountDialog;
class TransferDock;
class TransferNotifier;
class TransferStatusLabel;

struct MainWindowOptions
{
    // A demo profile: simulated platforms, a temporary config dir, secrets in memory.
    bool demo = false;
    // Makes the secret store the settings ask for ("keychain", "insecure-file"); empty in the
    // demo, where the storage cannot be changed.
    std::function<std::unique_ptr<SecretStore>(const QString &storage)> makeSecretStore;
    // The upload queue: with one, the window has a Transfers dock and a summary in the status bar.
    transfer::TransferQueue *transfers = nullptr;
};

// One tab per account, the Activity log dock, the status bar with the current account's state,
// balance and running cost, and the menus.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(AppSettings *settings, AccountManager *accounts, EventLog *eventLog, MainWindowOptions options = {},
               QWidget *parent = nullptr);
    ~MainWindow() override;

    QTabWidget *tabs() const { return m_tabs; }
    AccountTab *currentTab() const;
    AccountTab *tabFor(const QString &accountId) const;
    ActivityLogView *activityLog() const { return m_log; }
    QDockWidget *activityDock() const { return m_logDock; }
    QLabel *statusStateLabel() const { return m_statusState; }
    QLabel *statusDetailLabel() const { return m_statusDetail; }
    TransferDock *transferDock() const { return m_transferDock; }
    TransferStatusLabel *transferStatusLabel() const { return m_transferStatus; }

    // Opens the Add account dialog (window-modal, returns at once).
    AddAccountDialog *openAddAccountDialog();
    void openSettings();
    void removeCurrentAccount();
    void renameCurrentAccount();
    void enterSecretAgain(const QString &accountId);
    void refreshCurrent();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void buildTransfers();
    void addTab(const QString &accountId);
    void removeTab(const QString &accountId);
    void updateTabTitle(const QString &accountId);
    void updateStatusBar();
    void updateActions();
    void saveLayout();
    void restoreLayout();
    void showNotice(const QString &message);

    AppSettings *m_settings;
    AccountManager *m_accounts;
    EventLog *m_eventLog;
    MainWindowOptions m_options;

    QStackedWidget *m_central;
    QWidget *m_welcome;
    QTabWidget *m_tabs;
    QDockWidget *m_logDock;
    ActivityLogView *m_log;
    QLabel *m_statusDot;
    QLabel *m_statusState;
    QLabel *m_statusDetail;
    QLabel *m_demoBadge = nullptr;
    TransferDock *m_transferDock = nullptr;
    TransferStatusLabel *m_transferStatus = nullptr;
    TransferNotifier *m_transferNotifier = nullptr;

    QAction *m_addAccount = nullptr;
    QAction *m_removeAccount = nullptr;
    QAction *m_renameAccount = nullptr;
    QAction *m_enterSecret = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_createInstance = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_nextTab = nullptr;
    QAction *m_previousTab = nullptr;
    QAction *m_find = nullptr;
};

} // namespace suanli::gui
