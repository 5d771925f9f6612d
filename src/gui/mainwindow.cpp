#include "mainwindow.h"

#include "accountmanager.h"
#include "accountpanels.h"
#include "accounttab.h"
#include "activitylogview.h"
#include "addaccountdialog.h"
#include "instancespage.h"
#include "logviewerwindow.h"
#include "platformicons.h"
#include "settingsdialog.h"
#include "statustones.h"
#include "transferdock.h"
#include "transfernotifier.h"
#include "transferstatuslabel.h"
#include "transfer/transferqueue.h"

#include "core/accountsession.h"
#include "core/appsettings.h"
#include "core/eventlog.h"
#include "core/provider.h"
#include "core/secretstore.h"
#include "platforms/platformregistry.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace suanli::gui {

MainWindow::MainWindow(AppSettings *settings, AccountManager *accounts, EventLog *eventLog, MainWindowOptions options,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_accounts(accounts)
    , m_eventLog(eventLog)
    , m_options(std::move(options))
    , m_central(new QStackedWidget(this))
    , m_welcome(new QWidget(m_central))
    , m_tabs(new QTabWidget(m_central))
    , m_logDock(new QDockWidget(this))
    , m_log(new ActivityLogView(eventLog, m_logDock))
    , m_statusDot(new QLabel(this))
    , m_statusState(new QLabel(this))
    , m_statusDetail(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(m_options.demo ? tr("Suanli Console — 算力控制台 (demo)") : tr("Suanli Console — 算力控制台"));
    setWindowIcon(PlatformIcons::appIcon());

    // The welcome page, for a first start without accounts.
    auto *welcomeLayout = new QVBoxLayout(m_welcome);
    welcomeLayout->addStretch(1);
    auto *welcomeTitle = new QLabel(tr("Welcome to Suanli Console"), m_welcome);
    QFont big = welcomeTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    welcomeTitle->setFont(big);
    welcomeTitle->setAlignment(Qt::AlignCenter);
    auto *welcomeText = new QLabel(tr("Add an account of a GPU cloud to see its instances, balance and bills here."), m_welcome);
    welcomeText->setAlignment(Qt::AlignCenter);
    welcomeText->setWordWrap(true);
    auto *welcomeButton = new QPushButton(tr("Add account…"), m_welcome);
    welcomeButton->setObjectName(QStringLiteral("welcomeAddAccount"));
    connect(welcomeButton, &QPushButton::clicked, this, &MainWindow::openAddAccountDialog);
    welcomeLayout->addWidget(welcomeTitle);
    welcomeLayout->addWidget(welcomeText);
    welcomeLayout->addWidget(welcomeButton, 0, Qt::AlignCenter);
    welcomeLayout->addStretch(2);

    m_tabs->setObjectName(QStringLiteral("accountTabs"));
    m_tabs->setDocumentMode(true);
    auto *plus = new QToolButton(m_tabs);
    plus->setObjectName(QStringLiteral("addAccountCorner"));
    plus->setText(QStringLiteral("+"));
    plus->setAutoRaise(true);
    plus->setToolTip(tr("Add account (Ctrl+N)"));
    connect(plus, &QToolButton::clicked, this, &MainWindow::openAddAccountDialog);
    m_tabs->setCornerWidget(plus, Qt::TopRightCorner);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (AccountTab *tab = currentTab())
            m_settings->setCurrentAccountId(tab->accountId());
        updateStatusBar();
        updateActions();
    });

    m_central->addWidget(m_welcome);
    m_central->addWidget(m_tabs);
    setCentralWidget(m_central);

    m_logDock->setObjectName(QStringLiteral("activityLogDock"));
    m_logDock->setWindowTitle(tr("Activity log"));
    m_logDock->setWidget(m_log);
    m_logDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    if (m_options.transfers)
        buildTransfers();

    buildMenus();
    buildStatusBar();

    connect(m_accounts, &AccountManager::accountAdded, this, [this](const QString &id) {
        addTab(id);
        if (AccountTab *tab = tabFor(id))
            m_tabs->setCurrentWidget(tab);
    });
    connect(m_accounts, &AccountManager::accountAboutToBeRemoved, this, &MainWindow::removeTab);
    connect(m_accounts, &AccountManager::accountRenamed, this, &MainWindow::updateTabTitle);
    connect(m_accounts, &AccountManager::secretAvailable, this, [this](const QString &id) {
        if (AccountTab *tab = tabFor(id))
            tab->refresh();
    });
    connect(m_accounts, &AccountManager::notice, this, &MainWindow::showNotice);

    for (const Account &account : m_accounts->accounts())
        addTab(account.id);
    if (AccountTab *tab = tabFor(m_settings->currentAccountId()))
        m_tabs->setCurrentWidget(tab);

    resize(1280, 800);
    restoreLayout();
    updateStatusBar();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openLog = file->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Open &log…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open log"), QString(),
                                                          tr("Logs (*.log *.txt *.out *.err);;All files (*)"));
        if (!path.isEmpty())
            LogViewerWindow::showFile(path, m_settings, this);
    });
    openLog->setObjectName(QStringLiteral("actionOpenLog"));
    openLog->setShortcut(QKeySequence::Open);
    m_settingsAction = file->addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("&Settings…"),
                                       this, &MainWindow::openSettings);
    m_settingsAction->setObjectName(QStringLiteral("actionSettings"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    if (m_settingsAction->shortcut().isEmpty())
        m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    if (quit->shortcut().isEmpty())
        quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *accounts = menuBar()->addMenu(tr("&Accounts"));
    m_addAccount = accounts->addAction(tr("&Add account…"), this, &MainWindow::openAddAccountDialog);
    m_addAccount->setObjectName(QStringLiteral("actionAddAccount"));
    m_addAccount->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_renameAccount = accounts->addAction(tr("Re&name account…"), this, &MainWindow::renameCurrentAccount);
    m_renameAccount->setObjectName(QStringLiteral("actionRenameAccount"));
    m_renameAccount->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_enterSecret = accounts->addAction(tr("Enter &secret again…"), this, [this] {
        if (AccountTab *tab = currentTab())
            enterSecretAgain(tab->accountId());
    });
    m_enterSecret->setObjectName(QStringLiteral("actionEnterSecret"));
    accounts->addSeparator();
    m_removeAccount = accounts->addAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Remove account…"), this,
                                          &MainWindow::removeCurrentAccount);
    m_removeAccount->setObjectName(QStringLiteral("actionRemoveAccount"));
    m_removeAccount->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    accounts->addSeparator();
    m_refresh = accounts->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Re&fresh"), this,
                                    &MainWindow::refreshCurrent);
    m_refresh->setObjectName(QStringLiteral("actionRefresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    if (m_refresh->shortcut().isEmpty())
        m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_nextTab = accounts->addAction(tr("&Next account"), this, [this] {
        if (m_tabs->count() > 1)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
    });
    m_nextTab->setObjectName(QStringLiteral("actionNextAccount"));
    m_nextTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_previousTab = accounts->addAction(tr("&Previous account"), this, [this] {
        if (m_tabs->count() > 1)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    m_previousTab->setObjectName(QStringLiteral("actionPreviousAccount"));
    m_previousTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *toggleLog = m_logDock->toggleViewAction();
    toggleLog->setText(tr("&Activity log"));
    toggleLog->setObjectName(QStringLiteral("actionShowActivityLog"));
    toggleLog->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(toggleLog);
    if (m_transferDock) {
        QAction *toggleTransfers = m_transferDock->toggleViewAction();
        toggleTransfers->setText(tr("&Transfers"));
        toggleTransfers->setObjectName(QStringLiteral("actionShowTransfers"));
        toggleTransfers->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
        view->addAction(toggleTransfers);
    }
    QAction *activityViewer = view->addAction(tr("Activity log in the log &viewer"), this,
                                              [this] { LogViewerWindow::showActivityLog(m_eventLog, m_settings, this); });
    activityViewer->setObjectName(QStringLiteral("actionActivityLogViewer"));
    activityViewer->setEnabled(m_eventLog != nullptr);
    QAction *httpViewer = view->addAction(tr("&HTTP request log"), this,
                                          [this] { LogViewerWindow::showHttpLog(m_eventLog, m_settings, this); });
    httpViewer->setObjectName(QStringLiteral("actionHttpLogViewer"));
    httpViewer->setEnabled(m_eventLog != nullptr);
    m_find = view->addAction(tr("&Filter the list"), this, [this] {
        if (AccountTab *tab = currentTab()) {
            tab->pages()->setCurrentWidget(tab->instancesPage());
            tab->instancesPage()->focusFilter();
        }
    });
    m_find->setObjectName(QStringLiteral("actionFind"));
    m_find->setShortcut(QKeySequence::Find);
    QAction *statusBarToggle = view->addAction(tr("&Status bar"));
    statusBarToggle->setCheckable(true);
    statusBarToggle->setChecked(true);
    connect(statusBarToggle, &QAction::toggled, this, [this](bool on) { statusBar()->setVisible(on); });

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_createInstance = tools->addAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("&Create instance…"),
                                        this, [this] {
                                            if (AccountTab *tab = currentTab())
                                                tab->openCreateDialog();
                                        });
    m_createInstance->setObjectName(QStringLiteral("actionCreateInstance"));
    m_createInstance->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    tools->addSeparator();
    QAction *copyLog = tools->addAction(tr("Copy the selected &log entries"), m_log, &ActivityLogView::copySelection);
    copyLog->setObjectName(QStringLiteral("actionCopyLog"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Suanli Console"), this, [this] {
        QMessageBox::about(this, tr("About Suanli Console"),
                           tr("<h3>Suanli Console %1</h3><p>One desktop console for the GPU clouds Chinese ML teams "
                              "rent from: instances, balances and bills in one window.</p><p>Secrets stay in the "
                              "system keychain; money is counted in fen, never rounded through floating point.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), this, [] { QApplication::aboutQt(); });
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::buildTransfers()
{
    transfer::TransferQueue *queue = m_options.transfers;
    m_transferDock = new TransferDock(queue, m_settings, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_transferDock);
    tabifyDockWidget(m_logDock, m_transferDock);
    m_transferStatus = new TransferStatusLabel(queue, this);
    connect(m_transferStatus, &TransferStatusLabel::clicked, this, [this] {
        m_transferDock->show();
        m_transferDock->raise();
    });
    // What was just queued is worth seeing.
    connect(queue, &transfer::TransferQueue::itemAdded, this, [this] {
        m_transferDock->show();
        m_transferDock->raise();
    });
    m_transferNotifier = new TransferNotifier(queue, [this](const QString &message) { statusBar()->showMessage(message, 15000); }, this);
    connect(m_transferNotifier, &TransferNotifier::notified, this,
            [this](const QString &title, const QString &message) { m_eventLog->info({}, title + QStringLiteral(": ") + message); });
}

void MainWindow::buildStatusBar()
{
    m_statusDot->setObjectName(QStringLiteral("statusDot"));
    m_statusState->setObjectName(QStringLiteral("statusState"));
    m_statusDetail->setObjectName(QStringLiteral("statusDetail"));
    statusBar()->addWidget(m_statusDot);
    statusBar()->addWidget(m_statusState);
    statusBar()->addWidget(m_statusDetail, 1);
    if (m_transferStatus)
        statusBar()->addPermanentWidget(m_transferStatus);
    if (m_options.demo) {
        m_demoBadge = new QLabel(tr("Demo: simulated platforms, temporary profile"), this);
        m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
        statusBar()->addPermanentWidget(m_demoBadge);
    }
}

AccountTab *MainWindow::currentTab() const
{
    return qobject_cast<AccountTab *>(m_tabs->currentWidget());
}

AccountTab *MainWindow::tabFor(const QString &accountId) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<AccountTab *>(m_tabs->widget(i));
        if (tab && tab->accountId() == accountId)
            return tab;
    }
    return nullptr;
}

void MainWindow::addTab(const QString &accountId)
{
    if (tabFor(accountId))
        return;
    AccountSession *session = m_accounts->session(accountId);
    Provider *provider = m_accounts->provider(accountId);
    if (!session || !provider) {
        if (session && m_eventLog)
            m_eventLog->warning(session->name(), tr("This build cannot open accounts of the platform “%1”.")
                                                     .arg(session->account().platform));
        return;
    }
    auto *tab = new AccountTab(session, provider, m_settings, m_accounts, m_tabs);
    if (m_options.transfers)
        tab->panels()->attachTransfers(m_options.transfers);
    m_tabs->addTab(tab, PlatformIcons::icon(session->account().platform), session->account().displayName);
    updateTabTitle(accountId);
    connect(tab, &AccountTab::summaryChanged, this, [this, tab] {
        if (tab == currentTab())
            updateStatusBar();
        updateActions();
    });
    connect(tab, &AccountTab::secretRequested, this, &MainWindow::enterSecretAgain);
    connect(tab, &AccountTab::statusMessage, this, [this, tab](const QString &text) {
        if (tab == currentTab())
            statusBar()->showMessage(text, 10000);
    });
    m_central->setCurrentWidget(m_tabs);
    updateActions();
}

void MainWindow::removeTab(const QString &accountId)
{
    AccountTab *tab = tabFor(accountId);
    if (!tab)
        return;
    m_tabs->removeTab(m_tabs->indexOf(tab));
    delete tab; // before the session and provider it uses go
    if (m_tabs->count() == 0)
        m_central->setCurrentWidget(m_welcome);
    updateStatusBar();
    updateActions();
}

void MainWindow::updateTabTitle(const QString &accountId)
{
    AccountTab *tab = tabFor(accountId);
    const auto account = m_accounts->account(accountId);
    if (!tab || !account)
        return;
    const int index = m_tabs->indexOf(tab);
    m_tabs->setTabText(index, account->displayName);
    const auto info = PlatformRegistry::find(account->platform);
    m_tabs->setTabToolTip(index, (info ? info->displayName + QStringLiteral("\n") : QString()) + account->baseUrl.toString());
    tab->updateHeader();
}

void MainWindow::updateStatusBar()
{
    AccountTab *tab = currentTab();
    if (!tab) {
        m_statusDot->clear();
        m_statusState->setText(m_accounts->accounts().isEmpty() ? tr("No account yet") : QString());
        m_statusDetail->clear();
        return;
    }
    const AccountTab::Summary s = tab->summary();
    const int size = qMax(8, fontMetrics().height() / 2);
    m_statusDot->setPixmap(StatusTones::dot(StatusTones::color(StatusTones::forAccountState(s.state), palette()), size)
                               .pixmap(size, size));
    m_statusState->setText(s.reason.isEmpty() || s.state == AccountState::Online
                               ? AccountStateNames::label(s.state)
                               : tr("%1 (%2)").arg(AccountStateNames::label(s.state), s.reason));
    m_statusState->setToolTip(s.reason);
    QStringList parts;
    if (s.balance)
        parts.append(tr("Balance %1").arg(s.balance->toDisplayString()));
    parts.append(tr("%n running", nullptr, s.running));
    // A platform that gives no prices would show ¥0.00/h, which reads as "free".
    // Video tasks have no hourly price at all.
    const Provider::Capabilities caps = tab->provider()->capabilities();
    if (s.anyPriced || (caps.testFlag(Provider::Capability::Balance) && !caps.testFlag(Provider::Capability::Video)))
        parts.append(tr("%1/h").arg(s.runningPerHour.toDisplayString()));
    m_statusDetail->setText(QStringLiteral("·  ") + parts.join(QStringLiteral("  ·  ")));
    m_statusDetail->setToolTip(s.spendable ? tr("Spendable including compute cards: %1").arg(s.spendable->toDisplayString())
                                           : QString());
}

void MainWindow::updateActions()
{
    AccountTab *tab = currentTab();
    m_removeAccount->setEnabled(tab != nullptr);
    m_renameAccount->setEnabled(tab != nullptr);
    m_enterSecret->setEnabled(tab != nullptr);
    m_refresh->setEnabled(tab != nullptr);
    m_find->setEnabled(tab != nullptr);
    m_createInstance->setEnabled(tab && tab->canCreate());
    // Named after what the account's platform creates ("Rent GPUs…" on 慧星云).
    m_createInstance->setText(tab && tab->canCreate() ? tab->createLabel() : tr("&Create instance…"));
    m_nextTab->setEnabled(m_tabs->count() > 1);
    m_previousTab->setEnabled(m_tabs->count() > 1);
}

AddAccountDialog *MainWindow::openAddAccountDialog()
{
    if (auto *open = findChild<AddAccountDialog *>(QString(), Qt::FindDirectChildrenOnly); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new AddAccountDialog(m_accounts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Account account = dialog->account();
        const QString error = m_accounts->addAccount(account, dialog->secret());
        if (!error.isEmpty()) {
            QMessageBox::warning(this, tr("Add account"), error);
            return;
        }
        // Typed once at sign-in: kept for the session, or remembered when the user asked.
        if (!dialog->password().isEmpty())
            m_accounts->setExtraSecret(account.id, QStringLiteral("password"), dialog->password(), dialog->rememberPassword());
    });
    dialog->open();
    return dialog;
}

void MainWindow::removeCurrentAccount()
{
    AccountTab *tab = currentTab();
    if (!tab)
        return;
    const auto account = m_accounts->account(tab->accountId());
    if (!account)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Remove account"),
                    tr("Remove the account “%1” from Suanli Console?").arg(account->displayName), QMessageBox::NoButton,
                    this);
    box.setInformativeText(tr("Its secret is deleted from %1. Nothing changes on the platform: instances keep running "
                              "and keep being billed.")
                               .arg(m_accounts->secretStore()->description()));
    QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove)
        m_accounts->removeAccount(account->id);
}

void MainWindow::renameCurrentAccount()
{
    AccountTab *tab = currentTab();
    if (!tab)
        return;
    const auto account = m_accounts->account(tab->accountId());
    if (!account)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename account"), tr("New name:"), QLineEdit::Normal,
                                               account->displayName, &ok)
                             .trimmed();
    if (!ok || name.isEmpty() || name == account->displayName)
        return;
    const QString error = m_accounts->renameAccount(account->id, name);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Rename account"), error);
}

void MainWindow::enterSecretAgain(const QString &accountId)
{
    const auto account = m_accounts->account(accountId);
    if (!account)
        return;
    // Platforms that sign in their own way (a new SMS code) do it themselves.
    if (AccountTab *tab = tabFor(accountId); tab && tab->panels()->signInAgain())
        return;
    const auto info = PlatformRegistry::find(account->platform);
    const QString label = info ? info->secretLabel : tr("Secret");
    bool ok = false;
    const QString secret = QInputDialog::getText(this, tr("Enter %1").arg(label),
                                                 tr("%1 for “%2”:").arg(label, account->displayName),
                                                 QLineEdit::Password, QString(), &ok)
                               .trimmed();
    if (ok && !secret.isEmpty())
        m_accounts->setSecret(accountId, secret);
}

void MainWindow::refreshCurrent()
{
    if (AccountTab *tab = currentTab())
        tab->refresh();
}

void MainWindow::openSettings()
{
    const QString storageNote = m_options.makeSecretStore
        ? QString()
        : tr("This profile keeps secrets in memory only (%1).").arg(m_accounts->secretStore()->description());
    SettingsDialog dialog(*m_settings, storageNote, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.language() != m_settings->language()) {
        m_settings->setLanguage(dialog.language());
        QMessageBox::information(this, tr("Language"), tr("The new language applies the next time Suanli Console starts."));
    }
    m_settings->setRefreshVisibleMs(dialog.refreshVisibleMs());
    m_settings->setRefreshHiddenMs(dialog.refreshHiddenMs());

    const QString storage = dialog.secretStorage();
    if (m_options.makeSecretStore && storage != m_settings->secretStorage()) {
        if (storage == u"insecure-file") {
            QMessageBox box(QMessageBox::Warning, tr("Unencrypted file"), InsecureFileSecretStore::warning(),
                            QMessageBox::NoButton, this);
            box.setInformativeText(tr("Keep secrets in an unencrypted file anyway?"));
            QPushButton *yes = box.addButton(tr("Use the file"), QMessageBox::DestructiveRole);
            box.addButton(QMessageBox::Cancel);
            box.setDefaultButton(QMessageBox::Cancel);
            box.exec();
            if (box.clickedButton() != yes)
                return;
        }
        m_accounts->replaceSecretStore(m_options.makeSecretStore(storage), this, [this, storage](const QString &error) {
            if (!error.isEmpty()) {
                QMessageBox::warning(this, tr("Secrets not moved"),
                                     tr("The secrets could not be moved; nothing was changed.\n\n%1").arg(error));
                return;
            }
            m_settings->setSecretStorage(storage);
            m_settings->sync();
            if (m_eventLog)
                m_eventLog->info({}, tr("Secrets are now kept in: %1").arg(m_accounts->secretStore()->description()));
        });
    }
    m_settings->sync();
}

void MainWindow::showNotice(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Secret kept for this session only"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
}

void MainWindow::saveLayout()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    if (AccountTab *tab = currentTab())
        m_settings->setCurrentAccountId(tab->accountId());
    m_settings->sync();
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = m_settings->windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings->windowState();
    if (!state.isEmpty())
        restoreState(state);
    else
        resizeDocks({m_logDock}, {130}, Qt::Vertical);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace suanli::gui
