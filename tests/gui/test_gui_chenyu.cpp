// The desktop console against the 晨羽智云 simulator, driven offscreen through its widgets:
// add an account through the dialog, see the instances, start one, destroy (answered "no"),
// schedule a shutdown, create an instance; then screenshots in English and in Chinese.
#include "gui/accountmanager.h"
#include "gui/accounttab.h"
#include "gui/addaccountdialog.h"
#include "gui/balancepanel.h"
#include "gui/createinstancedialog.h"
#include "gui/instancespage.h"
#include "gui/mainwindow.h"
#include "gui/pagedtablepage.h"
#include "gui/resourcedetailpane.h"
#include "gui/resourcefilterproxy.h"
#include "gui/resourcetablemodel.h"
#include "gui/scheduleshutdowndialog.h"
#include "gui/settingsdialog.h"
#include "gui/translationloader.h"

#include "core/accountsession.h"
#include "core/appsettings.h"
#include "core/eventlog.h"
#include "core/provider.h"
#include "core/secretstore.h"
#include "sim/chenyu/chenyubackend.h"
#include "sim/simenvironment.h"
#include "sim/simserver.h"

#include "guishots.h"
#include "waitfor.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>

using namespace suanli;
using suanli::test::waitFor;
using suanli::test::saveShot;
using suanli::test::UnexpectedBoxes;

namespace {

int liveInstanceCount(sim::ChenyuBackend *backend)
{
    int n = 0;
    for (const QString &id : backend->instanceIds()) {
        if (backend->instanceJson(id).value(QStringLiteral("status")).toInt() != 9)
            ++n;
    }
    return n;
}

QString firstInstanceWithStatus(sim::ChenyuBackend *backend, int status)
{
    for (const QString &id : backend->instanceIds()) {
        if (backend->instanceJson(id).value(QStringLiteral("status")).toInt() == status)
            return id;
    }
    return {};
}

QString statusShown(gui::InstancesPage *page, const QString &accountId, const QString &id)
{
    const int row = page->model()->rowOf(accountId, id);
    return row < 0 ? QString() : page->model()->index(row, gui::ResourceTableModel::Status).data().toString();
}

QString selectedId(gui::InstancesPage *page)
{
    const auto r = page->currentResource();
    return r ? r->id : QString();
}

// Opens the create dialog of the tab, waits for its catalogue, and returns it.
gui::CreateInstanceDialog *openCreate(gui::AccountTab *tab)
{
    tab->openCreateDialog();
    gui::CreateInstanceDialog *dialog = tab->createDialog();
    if (!dialog)
        return nullptr;
    if (!waitFor([dialog] { return dialog->isLoaded(); }, 10000))
        return nullptr;
    return dialog;
}

// A machine without a keychain: every write fails the way KeychainSecretStore reports it.
class NoKeychainStore final : public SecretStore
{
public:
    using SecretStore::SecretStore;
    void write(const QString &, const QString &, QObject *context, Completion<Done> done) override
    {
        QTimer::singleShot(0, context, [done] {
            done(ApiError::unsupported(KeychainSecretStore::unavailableMessage(QStringLiteral("no Secret Service"))));
        });
    }
    void read(const QString &, QObject *context, Completion<QString> done) override
    {
        QTimer::singleShot(0, context, [done] { done(ApiError::auth(QStringLiteral("nothing stored"))); });
    }
    void remove(const QString &, QObject *context, Completion<Done> done) override
    {
        QTimer::singleShot(0, context, [done] { done(Done{}); });
    }
    bool persistent() const override { return true; }
    QString description() const override { return QStringLiteral("test keychain"); }
};

struct Fixture
{
    Fixture()
        : settings(dir.path())
        , accounts(dir.path(), std::make_unique<MemorySecretStore>(), &log)
    {
    }
    QTemporaryDir dir;
    AppSettings settings;
    EventLog log;
    gui::AccountManager accounts;
};

} // namespace

TEST(GuiChenyu, AddAccountWatchInstancesAndActOnThem)
{
    sim::SimEnvironment env;
    ASSERT_TRUE(env.start({QStringLiteral("chenyu")})) << qPrintable(env.errorString());
    sim::ChenyuBackend *backend = env.chenyu();
    backend->setTransitionMs(150);
    const sim::SimEndpoint endpoint = env.endpoints().constFirst();

    Fixture f;
    ASSERT_TRUE(f.dir.isValid());
    ASSERT_TRUE(f.accounts.load().isEmpty());
    UnexpectedBoxes boxes;

    QString accountId;
    {
        gui::MainWindow window(&f.settings, &f.accounts, &f.log, {});
        window.resize(1280, 800);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

        // --- Add account, through the dialog's widgets -------------------------------------
        QAction *add = window.findChild<QAction *>(QStringLiteral("actionAddAccount"));
        ASSERT_TRUE(add);
        EXPECT_EQ(add->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
        add->trigger();
        auto *dialog = window.findChild<gui::AddAccountDialog *>();
        ASSERT_TRUE(dialog);
        ASSERT_TRUE(waitFor([dialog] { return dialog->isVisible(); }, 5000));
        auto *baseUrl = dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
        auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        ASSERT_TRUE(baseUrl && secret && status && buttons);
        EXPECT_EQ(baseUrl->text(), QStringLiteral("https://www.chenyu.cn")); // the platform's default
        EXPECT_EQ(secret->echoMode(), QLineEdit::Password);
        baseUrl->selectAll();
        QTest::keyClicks(baseUrl, endpoint.baseUrl.toString());

        // A wrong key first: the dialog stays, with the platform's error, and saves nothing.
        QTest::keyClicks(secret, QStringLiteral("not-the-key"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        ASSERT_TRUE(waitFor([dialog] { return !dialog->isVerifying() && !dialog->errorText().isEmpty(); }, 10000))
            << qPrintable(status->text()) << " url=" << qPrintable(baseUrl->text()) << " verifying=" << dialog->isVerifying();
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_TRUE(status->isVisible());
        EXPECT_TRUE(status->textInteractionFlags() & Qt::TextSelectableByMouse); // copyable
        EXPECT_TRUE(f.accounts.accounts().isEmpty());
        saveShot(dialog, QStringLiteral("add-account-error-en.png"));

        secret->clear();
        QTest::keyClicks(secret, endpoint.credential);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        ASSERT_TRUE(waitFor([&f] { return f.accounts.accounts().size() == 1; }, 10000));
        accountId = f.accounts.accounts().constFirst().id;
        EXPECT_EQ(f.accounts.accounts().constFirst().baseUrl, endpoint.baseUrl);

        // --- The instance table fills -------------------------------------------------------
        gui::AccountTab *tab = window.currentTab();
        ASSERT_TRUE(tab);
        EXPECT_EQ(tab->accountId(), accountId);
        gui::InstancesPage *page = tab->instancesPage();
        const int live = liveInstanceCount(backend);
        ASSERT_GT(live, 2);
        ASSERT_TRUE(waitFor([page, live] { return page->model()->rowCount() == live; }, 10000))
            << page->model()->rowCount() << " rows, expected " << live;
        EXPECT_EQ(page->view()->model()->rowCount(), live);
        ASSERT_TRUE(waitFor([tab] { return tab->balancePanel()->balance().has_value(); }, 10000));

        // Chenyu has no plain power-off: no Stop button, and a note that says so.
        EXPECT_EQ(page->actionFor(Action::Stop), nullptr);
        EXPECT_TRUE(page->stopNote()->isVisible());
        EXPECT_EQ(page->stopNote()->text(), tab->provider()->missingActionNote(Action::Stop));
        EXPECT_FALSE(page->stopNote()->text().isEmpty());

        // --- Start a stopped instance through its toolbar button ----------------------------
        const QString stopped = firstInstanceWithStatus(backend, 4);
        ASSERT_FALSE(stopped.isEmpty());
        ASSERT_TRUE(page->selectResource(stopped));
        EXPECT_TRUE(statusShown(page, accountId, stopped).startsWith(QStringLiteral("Stopped")));
        QAction *start = page->actionFor(Action::Start);
        ASSERT_TRUE(start);
        EXPECT_TRUE(start->isEnabled()) << qPrintable(start->toolTip());
        // Restart is not available on a stopped instance, and says why.
        EXPECT_FALSE(page->actionFor(Action::Restart)->isEnabled());
        EXPECT_FALSE(page->actionFor(Action::Restart)->toolTip().isEmpty());
        // The detail pane shows the raw fields.
        EXPECT_GT(page->detailPane()->tree()->topLevelItemCount(), 5);

        auto *toolbar = page->findChild<QToolBar *>(QStringLiteral("resourceToolbar"));
        ASSERT_TRUE(toolbar);
        QWidget *startButton = toolbar->widgetForAction(start);
        ASSERT_TRUE(startButton);
        QTest::mouseClick(startButton, Qt::LeftButton);
        ASSERT_TRUE(waitFor([&] { return statusShown(page, accountId, stopped).startsWith(QStringLiteral("Running")); }, 20000))
            << qPrintable(statusShown(page, accountId, stopped));
        EXPECT_EQ(backend->instanceJson(stopped).value(QStringLiteral("status")).toInt(), 2);
        // Refreshes went by meanwhile: the selection stayed on the same instance.
        EXPECT_EQ(selectedId(page), stopped);

        // --- Destroy asks first, naming the instance; "Cancel" leaves it alone ---------------
        const QString name = backend->instanceJson(stopped).value(QStringLiteral("title")).toString();
        QString asked;
        boxes.expect(true);
        QTimer::singleShot(300, &window, [&asked] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = box->text() + QLatin1Char('\n') + box->informativeText();
                box->button(QMessageBox::Cancel)->click();
            }
        });
        page->actionFor(Action::Destroy)->trigger();
        boxes.expect(false);
        EXPECT_TRUE(asked.contains(name)) << qPrintable(asked);
        EXPECT_TRUE(asked.contains(stopped)) << qPrintable(asked);
        EXPECT_TRUE(asked.contains(tab->provider()->actionInfo(Action::Destroy).warning)) << qPrintable(asked);
        QTest::qWait(300);
        EXPECT_EQ(backend->instanceJson(stopped).value(QStringLiteral("status")).toInt(), 2);

        // --- Schedule shutdown: the dialog proposes a time an hour ahead --------------------
        QSignalSpy finished(page, &gui::InstancesPage::actionFinished);
        QDateTime proposed;
        boxes.expect(true);
        QTimer::singleShot(300, &window, [&proposed] {
            if (auto *d = qobject_cast<gui::ScheduleShutdownDialog *>(QApplication::activeModalWidget())) {
                proposed = d->when();
                d->accept();
            }
        });
        page->actionFor(Action::ScheduleShutdown)->trigger();
        boxes.expect(false);
        ASSERT_TRUE(proposed.isValid());
        EXPECT_NEAR(QDateTime::currentDateTime().secsTo(proposed), 3600, 120);
        ASSERT_TRUE(waitFor([&finished] { return finished.count() == 1; }, 10000));
        EXPECT_EQ(finished.at(0).at(1).toBool(), true);

        // --- Create: confirmed with the price, sent once, then selected when it shows -------
        const int createdBefore = backend->createCount();
        gui::CreateInstanceDialog *create = openCreate(tab);
        ASSERT_TRUE(create);
        saveShot(create, QStringLiteral("create-instance-en.png"));
        QString confirmQuestion;
        create->setConfirmation([&confirmQuestion](const QString &, const QString &question) {
            confirmQuestion = question;
            return true;
        });
        const QString price = create->priceText();
        EXPECT_FALSE(price.isEmpty());
        QTest::mouseClick(create->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        EXPECT_TRUE(confirmQuestion.contains(price)) << qPrintable(confirmQuestion);
        ASSERT_TRUE(waitFor([backend, createdBefore] { return backend->createCount() == createdBefore + 1; }, 10000));
        const QStringList ids = backend->instanceIds();
        const QString createdId = ids.constLast();
        ASSERT_TRUE(waitFor([&] { return selectedId(page) == createdId; }, 15000)) << qPrintable(selectedId(page));
        EXPECT_EQ(backend->createCount(), createdBefore + 1);

        // --- Bills page loads and pages ------------------------------------------------------
        tab->pages()->setCurrentWidget(tab->billsPage());
        ASSERT_TRUE(waitFor([tab] { return tab->billsPage()->hasLoaded(); }, 10000));
        EXPECT_GT(tab->billsPage()->total(), 0);
        tab->pages()->setCurrentWidget(page);

        // Leave a running instance selected for the screenshot.
        const QString running = firstInstanceWithStatus(backend, 2);
        page->selectResource(running);
        QTest::qWait(300);
        saveShot(&window, QStringLiteral("main-en.png"));
        EXPECT_TRUE(boxes.seen().isEmpty()) << qPrintable(boxes.seen().join(QLatin1Char('\n')));

        // The user sorts by name; columns and window layout are remembered.
        page->view()->sortByColumn(gui::ResourceTableModel::Name, Qt::AscendingOrder);
        window.close();
        EXPECT_FALSE(f.settings.windowState().isEmpty());
        EXPECT_FALSE(f.settings.windowGeometry().isEmpty());
        EXPECT_EQ(f.settings.currentAccountId(), accountId);
    }
    EXPECT_FALSE(f.settings.tableState(QStringLiteral("chenyu.resources")).isEmpty());

    // --- The same window in Chinese ---------------------------------------------------------
    gui::TranslationLoader zh;
    ASSERT_EQ(zh.load(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    {
        gui::MainWindow window(&f.settings, &f.accounts, &f.log, {});
        window.resize(1280, 800);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        gui::AccountTab *tab = window.currentTab();
        ASSERT_TRUE(tab);
        gui::InstancesPage *page = tab->instancesPage();
        ASSERT_TRUE(waitFor([page] { return page->hasLoaded() && page->model()->rowCount() > 0; }, 10000));
        // The column state of the first window came back.
        EXPECT_EQ(page->view()->horizontalHeader()->sortIndicatorSection(), int(gui::ResourceTableModel::Name));
        ASSERT_TRUE(waitFor([tab] { return tab->balancePanel()->balance().has_value(); }, 10000));
        // Translated, not the English source.
        EXPECT_EQ(tab->pages()->tabText(0), QStringLiteral("实例"));
        EXPECT_NE(page->stopNote()->text(), QString());
        EXPECT_TRUE(page->stopNote()->text().contains(QStringLiteral("定时关机"))) << qPrintable(page->stopNote()->text());
        EXPECT_TRUE(page->actionFor(Action::Destroy)->text().contains(QStringLiteral("销毁")));
        const QString running = firstInstanceWithStatus(backend, 2);
        page->selectResource(running);
        EXPECT_TRUE(statusShown(page, accountId, running).startsWith(QStringLiteral("运行中")))
            << qPrintable(statusShown(page, accountId, running));
        QTest::qWait(300);
        saveShot(&window, QStringLiteral("main-zh_CN.png"));

        gui::CreateInstanceDialog *create = openCreate(tab);
        ASSERT_TRUE(create);
        saveShot(create, QStringLiteral("create-instance-zh_CN.png"));
        create->reject();

        tab->pages()->setCurrentWidget(tab->billsPage());
        ASSERT_TRUE(waitFor([tab] { return tab->billsPage()->hasLoaded(); }, 10000));
        QTest::qWait(200);
        saveShot(&window, QStringLiteral("bills-zh_CN.png"));

        bool settingsShown = false;
        QTimer::singleShot(300, &window, [&settingsShown] {
            if (auto *d = qobject_cast<gui::SettingsDialog *>(QApplication::activeModalWidget())) {
                settingsShown = true;
                saveShot(d, QStringLiteral("settings-zh_CN.png"));
                d->reject();
            }
        });
        window.openSettings();
        EXPECT_TRUE(settingsShown);

        auto *add = window.findChild<QAction *>(QStringLiteral("actionAddAccount"));
        add->trigger();
        auto *dialog = window.findChild<gui::AddAccountDialog *>();
        ASSERT_TRUE(dialog);
        ASSERT_TRUE(waitFor([dialog] { return dialog->isVisible(); }, 5000));
        saveShot(dialog, QStringLiteral("add-account-zh_CN.png"));
        dialog->reject();
    }
    zh.unload();
}

TEST(GuiChenyu, RemovingAnAccountAsksAndDeletesItsSecret)
{
    sim::SimEnvironment env;
    ASSERT_TRUE(env.start({QStringLiteral("chenyu")}));
    const sim::SimEndpoint endpoint = env.endpoints().constFirst();
    Fixture f;
    Account account;
    account.id = Account::newId();
    account.displayName = QStringLiteral("晨羽 · test");
    account.platform = QStringLiteral("chenyu");
    account.baseUrl = endpoint.baseUrl;
    ASSERT_TRUE(f.accounts.addAccount(account, endpoint.credential).isEmpty());

    gui::MainWindow window(&f.settings, &f.accounts, &f.log, {});
    window.show();
    ASSERT_TRUE(window.currentTab());

    QString asked;
    QTimer::singleShot(300, &window, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = box->text();
            for (QAbstractButton *b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click();
            }
        }
    });
    window.findChild<QAction *>(QStringLiteral("actionRemoveAccount"))->trigger();
    EXPECT_TRUE(asked.contains(account.displayName)) << qPrintable(asked);
    EXPECT_TRUE(f.accounts.accounts().isEmpty());
    EXPECT_EQ(window.tabs()->count(), 0);

    bool gone = false;
    f.accounts.secretStore()->read(account.id, &window, [&gone](const Result<QString> &r) { gone = !r.ok(); });
    EXPECT_TRUE(waitFor([&gone] { return gone; }, 5000));
}

TEST(GuiChenyu, WithoutAKeychainTheSecretIsKeptForTheSessionAndTheUserIsTold)
{
    sim::SimEnvironment env;
    ASSERT_TRUE(env.start({QStringLiteral("chenyu")}));
    const sim::SimEndpoint endpoint = env.endpoints().constFirst();
    QTemporaryDir dir;
    AppSettings settings(dir.path());
    EventLog log;
    gui::AccountManager accounts(dir.path(), std::make_unique<NoKeychainStore>(), &log);
    ASSERT_TRUE(accounts.load().isEmpty());
    gui::MainWindow window(&settings, &accounts, &log, {});
    window.show();

    QSignalSpy notices(&accounts, &gui::AccountManager::notice);
    Account account;
    account.id = Account::newId();
    account.displayName = QStringLiteral("晨羽 · no keychain");
    account.platform = QStringLiteral("chenyu");
    account.baseUrl = endpoint.baseUrl;
    ASSERT_TRUE(accounts.addAccount(account, endpoint.credential).isEmpty());
    ASSERT_TRUE(waitFor([&notices] { return notices.count() == 1; }, 5000));
    const QString expected = KeychainSecretStore::unavailableMessage(QStringLiteral("no Secret Service"));
    EXPECT_EQ(notices.at(0).at(0).toString(), expected);
    EXPECT_TRUE(accounts.isSessionOnly(account.id));

    // The user reads it plainly, and the account works for this session.
    QMessageBox *box = nullptr;
    ASSERT_TRUE(waitFor([&window, &box] {
        for (auto *b : window.findChildren<QMessageBox *>()) {
            if (b->isVisible())
                box = b;
        }
        return box != nullptr;
    }, 5000));
    EXPECT_EQ(box->text(), expected);
    box->accept();
    gui::AccountTab *tab = window.tabFor(account.id);
    ASSERT_TRUE(tab);
    EXPECT_TRUE(waitFor([tab] { return tab->instancesPage()->model()->rowCount() > 0; }, 10000));
}

TEST(GuiChenyu, AnUnreachablePlatformBacksOffKeepsTheRowsAndRecovers)
{
    sim::SimEnvironment env;
    ASSERT_TRUE(env.start({QStringLiteral("chenyu")}));
    const sim::SimEndpoint endpoint = env.endpoints().constFirst();
    Fixture f;
    Account account;
    account.id = Account::newId();
    account.displayName = QStringLiteral("晨羽 · flaky");
    account.platform = QStringLiteral("chenyu");
    account.baseUrl = endpoint.baseUrl;
    ASSERT_TRUE(f.accounts.addAccount(account, endpoint.credential).isEmpty());
    gui::MainWindow window(&f.settings, &f.accounts, &f.log, {});
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    gui::AccountTab *tab = window.tabFor(account.id);
    ASSERT_TRUE(tab);
    gui::InstancesPage *page = tab->instancesPage();
    ASSERT_TRUE(waitFor([page] { return page->model()->rowCount() > 0; }, 10000));
    const int rows = page->model()->rowCount();
    const QString selected = selectedId(page);
    ASSERT_FALSE(selected.isEmpty());
    EXPECT_LE(tab->scheduledDelayMs(), f.settings.refreshVisibleMs());

    // Every request fails: the list stays as it was, a banner says why, the pauses grow.
    env.server(QStringLiteral("chenyu"))->setErrorRate(1.0);
    auto *banner = tab->findChild<QWidget *>(QStringLiteral("accountBanner"));
    ASSERT_TRUE(banner);
    tab->refresh();
    ASSERT_TRUE(waitFor([tab] { return tab->consecutiveFailures() >= 1; }, 20000));
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(page->model()->rowCount(), rows);
    EXPECT_EQ(selectedId(page), selected);
    EXPECT_EQ(tab->scheduledDelayMs(), nextRefreshDelayMs(true, tab->consecutiveFailures(), f.settings.refreshVisibleMs(),
                                                          f.settings.refreshHiddenMs()));
    EXPECT_GT(tab->scheduledDelayMs(), f.settings.refreshVisibleMs());

    // Back again: "Retry now" brings the account back without waiting for the pause.
    env.server(QStringLiteral("chenyu"))->setErrorRate(0.0);
    auto *retry = banner->findChild<QPushButton *>(QStringLiteral("bannerRetry"));
    ASSERT_TRUE(retry && retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    ASSERT_TRUE(waitFor([tab] { return tab->consecutiveFailures() == 0; }, 10000));
    EXPECT_FALSE(banner->isVisible());
    EXPECT_EQ(selectedId(page), selected);
    EXPECT_EQ(tab->summary().state, AccountState::Online);
}
