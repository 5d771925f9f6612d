// The desktop console against the 元境 simulator, driven offscreen through its widgets: add the
// account with an SMS code the simulator sent (and the choose branch of a phone with two
// accounts), generate a video and see its link, copy and download a finished one, recharge and
// see the payment arrive, the API keys and orders pages, and a session that ends and is signed
// in again with a new code. Screenshots in English and in Chinese.
#include "gui/accountmanager.h"
#include "gui/accounttab.h"
#include "gui/addaccountdialog.h"
#include "gui/balancepanel.h"
#include "gui/instancespage.h"
#include "gui/mainwindow.h"
#include "gui/pagedtablepage.h"
#include "gui/resourcetablemodel.h"
#include "gui/translationloader.h"
#include "gui/yuanjingbalancepage.h"
#include "gui/yuanjingfieldsform.h"
#include "gui/yuanjingkeyspage.h"
#include "gui/yuanjingorderspage.h"
#include "gui/yuanjingpanels.h"
#include "gui/yuanjingrechargedialog.h"
#include "gui/yuanjingsignindialog.h"
#include "gui/yuanjingsigninwidget.h"
#include "gui/yuanjingvideodialog.h"

#include "core/accountsession.h"
#include "core/appsettings.h"
#include "core/eventlog.h"
#include "core/secretstore.h"
#include "core/sessioncookiejar.h"
#include "platforms/yuanjing/videogeneration.h"
#include "sim/fault.h"
#include "sim/simenvironment.h"
#include "sim/simserver.h"
#include "sim/yuanjing/yuanjingbackend.h"

#include "guishots.h"
#include "waitfor.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkCookie>
#include <QPlainTextEdit>
#include <QProgressBar>
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

// Presses the confirmation button of the next message box, keeping what it asked.
void confirmNext(QObject *context, QString *asked)
{
    auto *poll = new QTimer(context);
    QObject::connect(poll, &QTimer::timeout, context, [poll, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll->stop();
        poll->deleteLater();
        if (asked)
            *asked = box->text() + QLatin1Char('\n') + box->informativeText();
        if (auto *button = box->findChild<QPushButton *>(QStringLiteral("confirmButton")))
            button->click();
        else
            box->accept();
    });
    poll->start(50);
}

sim::SimEndpoint endpointOf(const sim::SimEnvironment &env)
{
    for (const sim::SimEndpoint &e : env.endpoints()) {
        if (e.platform == u"yuanjing")
            return e;
    }
    return {};
}

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

gui::AddAccountDialog *openYuanjingDialog(gui::MainWindow &window, const QUrl &baseUrl)
{
    window.findChild<QAction *>(QStringLiteral("actionAddAccount"))->trigger();
    auto *dialog = window.findChild<gui::AddAccountDialog *>();
    if (!dialog || !waitFor([dialog] { return dialog->isVisible(); }, 5000))
        return nullptr;
    auto *platform = dialog->findChild<QComboBox *>(QStringLiteral("platformCombo"));
    const int index = platform->findData(QStringLiteral("yuanjing"));
    if (index < 0)
        return nullptr;
    platform->setCurrentIndex(index);
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
    url->selectAll();
    QTest::keyClicks(url, baseUrl.toString());
    return dialog;
}

// Sends a code to `phone` in the dialog and types what the simulator "sent".
bool typeCode(gui::YuanjingSignInWidget *sms, sim::YuanjingBackend *backend, const QString &phone)
{
    if (sms->phoneEdit()->isEnabled() && !sms->phoneEdit()->isReadOnly()) {
        sms->phoneEdit()->clear();
        QTest::keyClicks(sms->phoneEdit(), phone);
    }
    const int before = backend->smsCount(phone);
    QTest::mouseClick(sms->sendButton(), Qt::LeftButton);
    if (!waitFor([&] { return backend->smsCount(phone) > before && sms->codeEdit()->isEnabled(); }, 10000))
        return false;
    QTest::keyClicks(sms->codeEdit(), backend->lastSmsCode(phone));
    return true;
}

gui::YuanjingPanels *panelsOf(gui::AccountTab *tab)
{
    return qobject_cast<gui::YuanjingPanels *>(tab->panels());
}

} // namespace

TEST(GuiYuanjing, SignInWithAnSmsCodeGenerateAVideoAndSeeItsLink)
{
    sim::SimEnvironment env;
    ASSERT_TRUE(env.start({QStringLiteral("yuanjing")})) << qPrintable(env.errorString());
    sim::YuanjingBackend *backend = env.yuanjing();
    backend->setGenerationMs(1200);
    backend->setSmsIntervalMs(0); // the second code comes within the platform's minute
    const sim::SimEndpoint endpoint = endpointOf(env);
    const QString phone = sim::YuanjingBackend::demoPhone();

    Fixture f;
    ASSERT_TRUE(f.accounts.load().isEmpty());
    UnexpectedBoxes boxes;
    QString accountId;
    QString videoLink;
    {
        gui::MainWindow window(&f.settings, &f.accounts, &f.log, {});
        window.resize(1280, 800);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

        // --- The SMS sign-in in the Add account dialog ----------------------------------------
        gui::AddAccountDialog *dialog = openYuanjingDialog(window, endpoint.baseUrl);
        ASSERT_TRUE(dialog);
        gui::YuanjingSignInWidget *sms = dialog->smsSignIn();
        ASSERT_TRUE(sms);
        EXPECT_TRUE(dialog->usesSmsSignIn());
        EXPECT_TRUE(sms->isVisible());
        EXPECT_FALSE(dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->isVisible()) << "nothing secret to type";
        EXPECT_FALSE(dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit"))->isVisible());
        EXPECT_TRUE(sms->noteLabel()->isVisible());
        EXPECT_TRUE(sms->noteLabel()->text().contains(QStringLiteral("does not know yet gets a new 元境 account")))
            << qPrintable(sms->noteLabel()->text());
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        EXPECT_EQ(buttons->button(QDialogButtonBox::Ok)->text().remove(u'&'), QStringLiteral("Sign in and add"));
        // Signing in before a code was asked for says what to do.
        QTest::keyClicks(sms->phoneEdit(), phone);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("Send code"))) << qPrintable(dialog->errorText());
        ASSERT_TRUE(typeCode(sms, backend, phone));
        // A countdown before the next code.
        EXPECT_FALSE(sms->sendButton()->isEnabled());
        EXPECT_TRUE(sms->sendButton()->text().startsWith(QStringLiteral("Resend in"))) << qPrintable(sms->sendButton()->text());
        saveShot(dialog, QStringLiteral("yj-add-account-en.png"));
        QSignalSpy added(&f.accounts, &gui::AccountManager::accountAdded);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        ASSERT_TRUE(waitFor([&added] { return added.count() == 1; }, 10000)) << qPrintable(dialog->errorText());
        accountId = added.at(0).at(0).toString();
        const auto account = f.accounts.account(accountId);
        ASSERT_TRUE(account);
        EXPECT_EQ(account->platform, QStringLiteral("yuanjing"));
        EXPECT_EQ(account->login, phone);
        EXPECT_EQ(account->options.value(QStringLiteral("userId")).toString(), QStringLiteral("u-1001"));
        EXPECT_EQ(account->displayName, QStringLiteral("元境 · 演示用户"));
        const QString secret = f.accounts.session(accountId)->secret();
        EXPECT_TRUE(SessionCookieJar::isCookieSecret(secret));
        // In the store, never in the accounts file.
        QObject ctx;
        std::optional<Result<QString>> stored;
        f.accounts.secretStore()->read(accountId, &ctx, [&stored](const Result<QString> &r) { stored = r; });
        ASSERT_TRUE(waitFor([&stored] { return stored.has_value(); }, 3000));
        ASSERT_TRUE(*stored);
        EXPECT_EQ(stored->value(), secret);

        // --- The account's tab: tasks, balance, pages -----------------------------------------
        gui::AccountTab *tab = window.currentTab();
        ASSERT_TRUE(tab && tab->accountId() == accountId);
        gui::YuanjingPanels *panels = panelsOf(tab);
        ASSERT_TRUE(panels);
        gui::InstancesPage *page = tab->instancesPage();
        ASSERT_TRUE(waitFor([page] { return page->hasLoaded() && page->model()->rowCount() == 2; }, 10000))
            << page->model()->rowCount();
        EXPECT_EQ(tab->pages()->tabText(0), QStringLiteral("Video tasks"));
        QStringList titles;
        for (int i = 0; i < tab->pages()->count(); ++i)
            titles.append(tab->pages()->tabText(i));
        EXPECT_EQ(titles, (QStringList{QStringLiteral("Video tasks"), QStringLiteral("Balance"), QStringLiteral("Orders"),
                                       QStringLiteral("API keys")}));
        ASSERT_TRUE(waitFor([tab] { return tab->balancePanel()->balance().has_value(); }, 10000));
        EXPECT_EQ(tab->balancePanel()->balance()->available.fen(), 10850);
        EXPECT_TRUE(tab->balancePanel()->isVisible());
        // The failed seeded task says why; the succeeded one offers its link.
        const int failedRow = page->model()->rowOf(accountId, QStringLiteral("t-7a4e91c0b2f8"));
        ASSERT_GE(failedRow, 0);
        EXPECT_EQ(page->model()->resourceAt(failedRow).status, ResourceStatus::Failed);
        EXPECT_TRUE(page->model()->resourceAt(failedRow).statusText.contains(QStringLiteral("上游服务繁忙")));
        ASSERT_TRUE(page->selectResource(QStringLiteral("t-7a4e91c0b2f8")));
        EXPECT_FALSE(panels->copyLinkAction()->isEnabled());
        EXPECT_TRUE(panels->copyLinkAction()->toolTip().contains(QStringLiteral("上游服务繁忙")));
        ASSERT_TRUE(page->selectResource(QStringLiteral("t-5f1c0a2b9d3e")));
        EXPECT_TRUE(panels->copyLinkAction()->isEnabled());
        panels->copyLinkAction()->trigger();
        EXPECT_TRUE(QGuiApplication::clipboard()->text().endsWith(QStringLiteral("/media/video/t-5f1c0a2b9d3e.mp4")));
        // Download with progress, into the file chosen.
        const QString saved = f.dir.filePath(QStringLiteral("seeded.mp4"));
        QString suggestedName;
        panels->setSaveFileChooser([&](const QString &suggested) {
            suggestedName = suggested;
            return saved;
        });
        panels->downloadAction()->trigger();
        ASSERT_TRUE(waitFor([&] { return QFileInfo(saved).size() == 384 * 1024; }, 10000));
        EXPECT_EQ(suggestedName, QStringLiteral("t-5f1c0a2b9d3e.mp4"));
        auto *toolbar = page->findChild<QToolBar *>(QStringLiteral("resourceToolbar"));
        ASSERT_TRUE(toolbar);
        EXPECT_TRUE(toolbar->widgetForAction(panels->videoAction())->isVisible());
        EXPECT_TRUE(toolbar->widgetForAction(panels->downloadAction())->isVisible());
        saveShot(&window, QStringLiteral("yj-main-en.png"));

        // --- Generate a video: the price first, a confirmation, the stream, the link ----------
        QList<QUrl> opened;
        panels->setUrlOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });
        QTest::mouseClick(toolbar->widgetForAction(panels->videoAction()), Qt::LeftButton);
        gui::YuanjingVideoDialog *video = panels->videoDialog();
        ASSERT_TRUE(video);
        ASSERT_TRUE(waitFor([video] { return video->modelsLoaded() && video->modelCombo()->count() == 2; }, 10000));
        auto *prompt = qobject_cast<QPlainTextEdit *>(video->form()->editor(QStringLiteral("prompt")));
        ASSERT_TRUE(prompt);
        for (const char *field : {"duration", "audio", "ratio", "resolution"})
            EXPECT_TRUE(video->form()->editor(QLatin1String(field))) << field;
        EXPECT_FALSE(video->generateButton()->isEnabled()) << "no prompt yet";
        QTest::keyClicks(prompt, QStringLiteral("a cat surfing at sunset"));
        ASSERT_TRUE(waitFor([video] { return video->quote().has_value() && video->generateButton()->isEnabled(); }, 10000))
            << qPrintable(video->priceLabel()->text());
        EXPECT_TRUE(video->priceLabel()->text().contains(QStringLiteral("¥2.00"))) << qPrintable(video->priceLabel()->text());
        // A longer video at 1080p costs more, and the price follows the form.
        auto *resolution = qobject_cast<QComboBox *>(video->form()->editor(QStringLiteral("resolution")));
        ASSERT_TRUE(resolution);
        resolution->setCurrentIndex(resolution->findData(QStringLiteral("1080p")));
        ASSERT_TRUE(waitFor([video] { return video->priceLabel()->text().contains(QStringLiteral("¥4.00")); }, 10000))
            << qPrintable(video->priceLabel()->text());
        saveShot(video, QStringLiteral("yj-video-form-en.png"));
        QString asked;
        boxes.expect(true);
        confirmNext(video, &asked);
        QTest::mouseClick(video->generateButton(), Qt::LeftButton);
        boxes.expect(false);
        EXPECT_TRUE(asked.contains(QStringLiteral("¥4.00"))) << qPrintable(asked);
        ASSERT_TRUE(waitFor([video] { return video->generation() != nullptr; }, 3000));
        ASSERT_TRUE(waitFor([video] { return video->progressBar()->value() > 0 && video->progressBar()->value() < 100; }, 10000))
            << "progress shown while the stream runs";
        saveShot(video, QStringLiteral("yj-video-progress-en.png"));
        ASSERT_TRUE(waitFor([video] { return video->result().has_value() || !video->errorText().isEmpty(); }, 15000));
        ASSERT_TRUE(video->result().has_value()) << qPrintable(video->errorText());
        EXPECT_TRUE(video->result()->succeeded());
        videoLink = video->result()->video;
        EXPECT_TRUE(video->linkLabel()->isVisible());
        EXPECT_TRUE(video->linkLabel()->text().contains(videoLink));
        EXPECT_GE(video->eventList()->count(), 4);
        EXPECT_EQ(video->progressBar()->value(), 100);
        QTest::mouseClick(video->openButton(), Qt::LeftButton);
        ASSERT_EQ(opened.size(), 1);
        EXPECT_EQ(opened.constFirst(), QUrl(videoLink));
        QTest::mouseClick(video->copyButton(), Qt::LeftButton);
        EXPECT_EQ(QGuiApplication::clipboard()->text(), videoLink);
        EXPECT_EQ(backend->inferenceCount(), 1);
        saveShot(video, QStringLiteral("yj-video-done-en.png"));
        video->reject();
        // The task is in the table, finished, with its prompt.
        const QString taskId = videoLink.section(u'/', -1).section(u'.', 0, 0);
        ASSERT_TRUE(waitFor([&] {
            const int row = page->model()->rowOf(accountId, taskId);
            return row >= 0 && page->model()->resourceAt(row).status == ResourceStatus::Succeeded;
        },
                            10000));
        const Resource &row = page->model()->resourceAt(page->model()->rowOf(accountId, taskId));
        EXPECT_EQ(row.name, QStringLiteral("a cat surfing at sunset"));
        EXPECT_EQ(row.webUrl, videoLink);
        EXPECT_EQ(row.kind, ResourceKind::VideoTask);
        ASSERT_TRUE(page->selectResource(taskId));
        QTest::qWait(200);
        saveShot(&window, QStringLiteral("yj-tasks-en.png"));

        // --- Recharge: the page opens in the browser, the balance follows the payment ---------
        panels->openRechargeDialog();
        gui::YuanjingRechargeDialog *recharge = panels->rechargeDialog();
        ASSERT_TRUE(recharge);
        recharge->setPollMs(200);
        QTest::keyClicks(recharge->amountEdit(), QStringLiteral("50"));
        ASSERT_TRUE(recharge->payButton()->isEnabled());
        boxes.expect(true);
        confirmNext(recharge, &asked);
        QTest::mouseClick(recharge->payButton(), Qt::LeftButton);
        boxes.expect(false);
        EXPECT_TRUE(asked.contains(QStringLiteral("¥50.00"))) << qPrintable(asked);
        ASSERT_TRUE(waitFor([&opened] { return opened.size() == 2; }, 10000));
        EXPECT_EQ(opened.last().path(), QStringLiteral("/sim/alipay/gateway.do"));
        EXPECT_TRUE(recharge->isWaiting());
        saveShot(recharge, QStringLiteral("yj-recharge-waiting-en.png"));
        ASSERT_TRUE(backend->completeRecharge(backend->rechargeTradeNos().constFirst()));
        ASSERT_TRUE(waitFor([recharge] { return recharge->isPaid(); }, 10000));
        // 108.50 - 4.00 for the video + 50.00.
        EXPECT_TRUE(recharge->statusLabel()->text().contains(QStringLiteral("¥154.50"))) << qPrintable(recharge->statusLabel()->text());
        ASSERT_TRUE(waitFor([tab] { return tab->balancePanel()->balance() && tab->balancePanel()->balance()->available.fen() == 15450; },
                            10000));
        recharge->reject();

        // --- Balance, orders and API keys pages ---------------------------------------------------
        tab->pages()->setCurrentWidget(panels->balancePage());
        ASSERT_TRUE(waitFor([panels] { return panels->balancePage()->hasLoaded() && panels->balancePage()->list()->topLevelItemCount() == 2; },
                            10000));
        EXPECT_TRUE(panels->balancePage()->totalLabel()->text().contains(QStringLiteral("¥154.50")));
        tab->pages()->setCurrentWidget(panels->ordersPage());
        gui::PagedTablePage *orders = panels->ordersPage()->table();
        ASSERT_TRUE(waitFor([orders] { return orders->hasLoaded(); }, 10000));
        EXPECT_EQ(orders->total(), 97) << "the new video is an order";
        saveShot(&window, QStringLiteral("yj-orders-en.png"));
        tab->pages()->setCurrentWidget(panels->keysPage());
        gui::YuanjingKeysPage *keys = panels->keysPage();
        ASSERT_TRUE(waitFor([keys] { return keys->hasLoaded() && keys->list()->topLevelItemCount() == 1; }, 10000));
        keys->list()->setCurrentItem(keys->list()->topLevelItem(0));
        const QString apikey = backend->apps(QStringLiteral("u-1001")).constFirst().apikey;
        EXPECT_FALSE(keys->list()->topLevelItem(0)->text(2).contains(apikey)) << "masked";
        QSignalSpy fetched(keys, &gui::YuanjingKeysPage::keysFetched);
        QTest::mouseClick(keys->revealButton(), Qt::LeftButton);
        ASSERT_TRUE(waitFor([&fetched] { return fetched.count() == 1; }, 10000));
        EXPECT_EQ(keys->list()->topLevelItem(0)->text(2), apikey);
        keys->apply(QStringLiteral("gui-app"), QStringLiteral("made from the GUI test"));
        ASSERT_TRUE(waitFor([keys] { return keys->list()->topLevelItemCount() == 2; }, 10000));
        saveShot(&window, QStringLiteral("yj-keys-en.png"));
        tab->pages()->setCurrentWidget(page);

        // --- The session ends: the banner asks for a new code, the dialog signs in again --------
        backend->expireSessions();
        tab->refresh();
        AccountSession *session = f.accounts.session(accountId);
        ASSERT_TRUE(waitFor([session] { return session->state() == AccountState::AuthFailed; }, 10000));
        auto *banner = tab->findChild<QWidget *>(QStringLiteral("accountBanner"));
        auto *bannerText = tab->findChild<QLabel *>(QStringLiteral("bannerText"));
        auto *bannerButton = tab->findChild<QPushButton *>(QStringLiteral("bannerSecret"));
        ASSERT_TRUE(banner && bannerText && bannerButton);
        ASSERT_TRUE(waitFor([banner] { return banner->isVisible(); }, 5000));
        EXPECT_TRUE(bannerText->text().contains(QStringLiteral("SMS code"))) << qPrintable(bannerText->text());
        EXPECT_EQ(bannerButton->text(), QStringLiteral("Enter SMS code…"));
        saveShot(&window, QStringLiteral("yj-session-ended-en.png"));
        QTest::mouseClick(bannerButton, Qt::LeftButton);
        gui::YuanjingSignInDialog *again = panels->signInDialog();
        ASSERT_TRUE(again);
        ASSERT_TRUE(waitFor([again] { return again->isVisible(); }, 5000));
        EXPECT_EQ(again->signIn()->phone(), phone);
        EXPECT_TRUE(again->signIn()->phoneEdit()->isReadOnly());
        const QString oldSecret = session->secret();
        ASSERT_TRUE(typeCode(again->signIn(), backend, phone));
        saveShot(again, QStringLiteral("yj-sign-in-again-en.png"));
        again->accept();
        ASSERT_TRUE(waitFor([session] { return session->state() == AccountState::Online; }, 10000));
        EXPECT_NE(session->secret(), oldSecret);
        EXPECT_FALSE(banner->isVisible());
        stored.reset();
        f.accounts.secretStore()->read(accountId, &ctx, [&stored](const Result<QString> &r) { stored = r; });
        ASSERT_TRUE(waitFor([&stored] { return stored.has_value(); }, 3000));
        ASSERT_TRUE(*stored);
        EXPECT_EQ(stored->value(), session->secret()) << "the new session is the stored secret";
        // A cookie the platform sets on any answer becomes the stored secret too.
        const QString signedIn = session->secret();
        session->cookieJar()->setCookiesFromUrl(
            QNetworkCookie::parseCookies(sim::YuanjingBackend::cookieName().toLatin1() + "=renewed-by-the-platform; Path=/"),
            endpoint.baseUrl);
        EXPECT_TRUE(session->secret().contains(QStringLiteral("renewed-by-the-platform")));
        ASSERT_TRUE(waitFor([&] {
            stored.reset();
            f.accounts.secretStore()->read(accountId, &ctx, [&stored](const Result<QString> &r) { stored = r; });
            return waitFor([&stored] { return stored.has_value(); }, 1000) && *stored
                   && stored->value().contains(QStringLiteral("renewed-by-the-platform"));
        },
                            5000));
        f.accounts.setSecret(accountId, signedIn); // the real session again, for the rest

        EXPECT_TRUE(boxes.seen().isEmpty()) << qPrintable(boxes.seen().join(QLatin1Char('\n')));
        window.close();
    }

    // --- The same account in Chinese, after a restart of the window --------------------------
    gui::TranslationLoader zh;
    ASSERT_EQ(zh.load(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    {
        gui::MainWindow window(&f.settings, &f.accounts, &f.log, {});
        window.resize(1280, 800);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        gui::AccountTab *tab = window.tabFor(accountId);
        ASSERT_TRUE(tab);
        window.tabs()->setCurrentWidget(tab);
        gui::InstancesPage *page = tab->instancesPage();
        ASSERT_TRUE(waitFor([page] { return page->hasLoaded() && page->model()->rowCount() == 3; }, 10000))
            << page->model()->rowCount();
        const QString taskId = videoLink.section(u'/', -1).section(u'.', 0, 0);
        EXPECT_GE(page->model()->rowOf(accountId, taskId), 0) << "the generated video is listed again";
        page->selectResource(taskId);
        QTest::qWait(300);
        saveShot(&window, QStringLiteral("yj-main-zh_CN.png"));
        gui::YuanjingPanels *panels = panelsOf(tab);
        ASSERT_TRUE(panels);
        panels->openVideoDialog();
        gui::YuanjingVideoDialog *video = panels->videoDialog();
        ASSERT_TRUE(video);
        ASSERT_TRUE(waitFor([video] { return video->modelsLoaded() && video->quote().has_value(); }, 10000));
        saveShot(video, QStringLiteral("yj-video-form-zh_CN.png"));
        video->reject();
        gui::AddAccountDialog *dialog = openYuanjingDialog(window, endpoint.baseUrl);
        ASSERT_TRUE(dialog);
        QTest::keyClicks(dialog->smsSignIn()->phoneEdit(), phone);
        saveShot(dialog, QStringLiteral("yj-add-account-zh_CN.png"));
        dialog->reject();
    }
    zh.unload();
}

TEST(GuiYuanjing, APhoneWithTwoAccountsChoosesOneInTheDialog)
{
    sim::SimEnvironment env;
    ASSERT_TRUE(env.start({QStringLiteral("yuanjing")})) << qPrintable(env.errorString());
    sim::YuanjingBackend *backend = env.yuanjing();
    const sim::SimEndpoint endpoint = endpointOf(env);
    const QString phone = sim::YuanjingBackend::choosePhone();

    Fixture f;
    ASSERT_TRUE(f.accounts.load().isEmpty());
    UnexpectedBoxes boxes;
    gui::MainWindow window(&f.settings, &f.accounts, &f.log, {});
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    gui::AddAccountDialog *dialog = openYuanjingDialog(window, endpoint.baseUrl);
    ASSERT_TRUE(dialog);
    gui::YuanjingSignInWidget *sms = dialog->smsSignIn();
    ASSERT_TRUE(typeCode(sms, backend, phone));
    auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    ASSERT_TRUE(waitFor([sms] { return sms->isChoosing() && !sms->isBusy(); }, 10000)) << qPrintable(dialog->errorText());
    EXPECT_TRUE(sms->accountList()->isVisible());
    ASSERT_EQ(sms->accountList()->count(), 2);
    EXPECT_EQ(sms->accountList()->item(0)->text(), QStringLiteral("Alice (lab-alice)"));
    EXPECT_EQ(sms->accountList()->item(1)->text(), QStringLiteral("lab-alice-corp"));
    EXPECT_TRUE(f.accounts.accounts().isEmpty());
    EXPECT_TRUE(sms->accountList()->selectedItems().isEmpty()) << "nothing chosen for the user";
    // Signing in without a choice says to choose.
    QTest::mouseClick(ok, Qt::LeftButton);
    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("Choose"))) << qPrintable(dialog->errorText());
    saveShot(dialog, QStringLiteral("yj-add-account-choose-en.png"));
    sms->accountList()->setCurrentRow(1);
    QSignalSpy added(&f.accounts, &gui::AccountManager::accountAdded);
    QTest::mouseClick(ok, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&added] { return added.count() == 1; }, 10000)) << qPrintable(dialog->errorText());
    const auto account = f.accounts.account(added.at(0).at(0).toString());
    ASSERT_TRUE(account);
    EXPECT_EQ(account->options.value(QStringLiteral("userId")).toString(), QStringLiteral("u-2002"));
    gui::AccountTab *tab = window.currentTab();
    ASSERT_TRUE(tab);
    ASSERT_TRUE(waitFor([tab] { return tab->balancePanel()->balance().has_value(); }, 10000));
    EXPECT_EQ(tab->balancePanel()->balance()->available.fen(), 50000);
    EXPECT_TRUE(boxes.seen().isEmpty()) << qPrintable(boxes.seen().join(QLatin1Char('\n')));
}

TEST(GuiYuanjing, ABrokenStreamIsFollowedByPollingInTheDialog)
{
    sim::SimEnvironment env;
    ASSERT_TRUE(env.start({QStringLiteral("yuanjing")})) << qPrintable(env.errorString());
    sim::YuanjingBackend *backend = env.yuanjing();
    backend->setGenerationMs(800);
    sim::SimServer *server = env.server(QStringLiteral("yuanjing"));
    const sim::SimEndpoint endpoint = endpointOf(env);

    Fixture f;
    ASSERT_TRUE(f.accounts.load().isEmpty());
    Account a;
    a.id = Account::newId();
    a.displayName = QStringLiteral("yj");
    a.platform = QStringLiteral("yuanjing");
    a.baseUrl = endpoint.baseUrl;
    a.login = sim::YuanjingBackend::demoPhone();
    QNetworkCookie cookie(sim::YuanjingBackend::cookieName().toLatin1(), backend->createSession(QStringLiteral("u-1001")).toLatin1());
    cookie.setDomain(endpoint.baseUrl.host());
    cookie.setPath(QStringLiteral("/"));
    ASSERT_TRUE(f.accounts.addAccount(a, SessionCookieJar::encode({cookie})).isEmpty());

    UnexpectedBoxes boxes;
    gui::MainWindow window(&f.settings, &f.accounts, &f.log, {});
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    gui::AccountTab *tab = window.tabFor(a.id);
    ASSERT_TRUE(tab);
    gui::YuanjingPanels *panels = panelsOf(tab);
    ASSERT_TRUE(panels);
    panels->openVideoDialog();
    gui::YuanjingVideoDialog *video = panels->videoDialog();
    ASSERT_TRUE(video);
    ASSERT_TRUE(waitFor([video] { return video->modelsLoaded(); }, 10000));
    QTest::keyClicks(qobject_cast<QPlainTextEdit *>(video->form()->editor(QStringLiteral("prompt"))), QStringLiteral("broken"));
    ASSERT_TRUE(waitFor([video] { return video->generateButton()->isEnabled(); }, 10000));
    server->injectFault(QStringLiteral("/llmage/vidu_inference.dspy"), sim::Fault::BreakStream);
    boxes.expect(true);
    confirmNext(video, nullptr);
    QTest::mouseClick(video->generateButton(), Qt::LeftButton);
    boxes.expect(false);
    ASSERT_TRUE(waitFor([video] { return video->generation() != nullptr; }, 3000));
    // The dialog follows through the task status (every 5 s by default).
    ASSERT_TRUE(waitFor([video] { return video->result().has_value() || !video->errorText().isEmpty(); }, 20000));
    ASSERT_TRUE(video->result().has_value()) << qPrintable(video->errorText());
    EXPECT_TRUE(video->result()->succeeded());
    bool toldPolling = false;
    for (int i = 0; i < video->eventList()->count(); ++i)
        toldPolling = toldPolling || video->eventList()->item(i)->text().contains(QStringLiteral("stream broke"));
    EXPECT_TRUE(toldPolling);
    EXPECT_EQ(server->requestCount(QStringLiteral("/llmage/vidu_inference.dspy")), 1);
    EXPECT_TRUE(boxes.seen().isEmpty()) << qPrintable(boxes.seen().join(QLatin1Char('\n')));
}
