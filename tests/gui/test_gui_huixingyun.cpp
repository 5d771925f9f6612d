// The desktop console against the 慧星云 simulator, driven offscreen through its widgets: add the
// account with a token, rent an hourly instance through the Rent dialog, stop it card-less, start
// it (through the card-less start endpoint), stop it, destroy it; a batch start that partly fails;
// SSH access, the API tokens page, and a sign-in with username and password. Screenshots in
// English and in Chinese.
#include "gui/accountmanager.h"
#include "gui/accountpanels.h"
#include "gui/accounttab.h"
#include "gui/addaccountdialog.h"
#include "gui/balancepanel.h"
#include "gui/batchresultdialog.h"
#include "gui/buyapplicationdialog.h"
#include "gui/changebillingdialog.h"
#include "gui/huixingyunpanels.h"
#include "gui/instancespage.h"
#include "gui/mainwindow.h"
#include "gui/passworddialog.h"
#include "gui/renewdialog.h"
#include "gui/rentgpudialog.h"
#include "gui/resourcedetailpane.h"
#include "gui/resourcetablemodel.h"
#include "gui/secretclipboard.h"
#include "gui/terminallauncher.h"
#include "gui/tokenspage.h"
#include "gui/translationloader.h"

#include "core/accountsession.h"
#include "core/appsettings.h"
#include "core/eventlog.h"
#include "core/provider.h"
#include "core/secretstore.h"
#include "sim/huixingyun/huixingyunbackend.h"
#include "sim/simenvironment.h"
#include "sim/simserver.h"

#include "guishots.h"
#include "waitfor.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

using namespace suanli;
using suanli::test::waitFor;
using suanli::test::saveShot;
using suanli::test::UnexpectedBoxes;

namespace {

// Answers the next modal dialog of type T with `answer` once it is up.
template<typename T>
void answerNextModal(QObject *context, std::function<void(T *)> answer)
{
    auto *poll = new QTimer(context);
    QObject::connect(poll, &QTimer::timeout, context, [poll, answer] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            answer(dialog);
        }
    });
    poll->start(50);
}

// Clicks the named button of the next confirmation box, and keeps what it asked.
void confirmNext(QObject *context, QString *asked, bool go = true)
{
    answerNextModal<QMessageBox>(context, [asked, go](QMessageBox *box) {
        if (asked)
            *asked = box->text() + QLatin1Char('\n') + box->informativeText();
        if (go) {
            if (auto *button = box->findChild<QPushButton *>(QStringLiteral("confirmButton")))
                button->click();
            else
                box->accept();
        } else {
            box->reject();
        }
    });
}

const Resource *rowOf(gui::InstancesPage *page, const QString &accountId, const QString &id)
{
    const int row = page->model()->rowOf(accountId, id);
    return row < 0 ? nullptr : &page->model()->resourceAt(row);
}

ResourceStatus statusOf(gui::InstancesPage *page, const QString &accountId, const QString &id)
{
    const Resource *r = rowOf(page, accountId, id);
    return r ? r->status : ResourceStatus::Unknown;
}

QString selectedId(gui::InstancesPage *page)
{
    const auto r = page->currentResource();
    return r ? r->id : QString();
}

// The first seeded instance whose list item matches.
QString seeded(sim::HuixingyunBackend *backend, const QString &status, const QString &payMethod, const QString &gpuTypePart = {})
{
    for (const QString &gid : backend->instanceIds()) {
        const QJsonObject o = backend->instanceJson(gid);
        if (o.value(QStringLiteral("status")).toString() == status && o.value(QStringLiteral("pay_method")).toString() == payMethod
            && o.value(QStringLiteral("size")).toObject().value(QStringLiteral("gpu_type")).toString().contains(gpuTypePart))
            return gid;
    }
    return {};
}

sim::SimEndpoint endpointOf(const sim::SimEnvironment &env, const QString &platform)
{
    for (const sim::SimEndpoint &e : env.endpoints()) {
        if (e.platform == platform)
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

// Opens the Add account dialog of the window with 慧星云 chosen and the simulator's address.
gui::AddAccountDialog *openHuixingyunDialog(gui::MainWindow &window, const sim::SimEndpoint &endpoint)
{
    window.findChild<QAction *>(QStringLiteral("actionAddAccount"))->trigger();
    auto *dialog = window.findChild<gui::AddAccountDialog *>();
    if (!dialog || !waitFor([dialog] { return dialog->isVisible(); }, 5000))
        return nullptr;
    auto *platform = dialog->findChild<QComboBox *>(QStringLiteral("platformCombo"));
    const int index = platform->findData(QStringLiteral("huixingyun"));
    if (index < 0)
        return nullptr;
    platform->setCurrentIndex(index);
    auto *baseUrl = dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
    baseUrl->selectAll();
    QTest::keyClicks(baseUrl, endpoint.baseUrl.toString());
    return dialog;
}

gui::HuixingyunPanels *panelsOf(gui::AccountTab *tab)
{
    return qobject_cast<gui::HuixingyunPanels *>(tab->panels());
}

} // namespace

TEST(GuiHuixingyun, RentStopCardlessStartStopDestroyAndABatch)
{
    sim::SimEnvironment env;
    ASSERT_TRUE(env.start({QStringLiteral("chenyu"), QStringLiteral("huixingyun")})) << qPrintable(env.errorString());
    sim::HuixingyunBackend *backend = env.huixingyun();
    ASSERT_TRUE(backend);
    backend->setTransitionMs(150);
    sim::SimServer *server = env.server(QStringLiteral("huixingyun"));
    const sim::SimEndpoint endpoint = endpointOf(env, QStringLiteral("huixingyun"));
    ASSERT_FALSE(endpoint.credential.isEmpty());

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

        // --- Add the account with an existing token, through the dialog's widgets ----------
        gui::AddAccountDialog *dialog = openHuixingyunDialog(window, endpoint);
        ASSERT_TRUE(dialog);
        auto *tokenRadio = dialog->findChild<QRadioButton *>(QStringLiteral("tokenRadio"));
        auto *passwordRadio = dialog->findChild<QRadioButton *>(QStringLiteral("passwordRadio"));
        auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
        auto *login = dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        ASSERT_TRUE(tokenRadio && passwordRadio && secret && login && buttons);
        // 慧星云 offers both ways; the token is the default.
        EXPECT_TRUE(tokenRadio->isVisible());
        EXPECT_TRUE(tokenRadio->isChecked());
        EXPECT_TRUE(secret->isVisible());
        EXPECT_FALSE(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->isVisible());
        QTest::keyClicks(login, endpoint.login);
        QTest::keyClicks(secret, endpoint.credential);
        QSignalSpy added(&f.accounts, &gui::AccountManager::accountAdded);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        ASSERT_TRUE(waitFor([&added] { return added.count() == 1; }, 10000)) << qPrintable(dialog->errorText());
        accountId = added.at(0).at(0).toString();
        EXPECT_EQ(f.accounts.account(accountId)->login, endpoint.login);
        EXPECT_EQ(f.accounts.session(accountId)->secret(), endpoint.credential);

        gui::AccountTab *tab = window.currentTab();
        ASSERT_TRUE(tab);
        ASSERT_EQ(tab->accountId(), accountId);
        gui::InstancesPage *page = tab->instancesPage();
        gui::HuixingyunPanels *panels = panelsOf(tab);
        ASSERT_TRUE(panels);
        const int seededCount = int(backend->instanceIds().size());
        ASSERT_TRUE(waitFor([page, seededCount] { return page->model()->rowCount() == seededCount; }, 10000))
            << page->model()->rowCount();

        // No balance for this platform: said where the balance would be, no ¥0.00/h anywhere.
        EXPECT_FALSE(tab->balancePanel()->isVisible());
        ASSERT_TRUE(tab->noBalanceNote()->isVisible());
        EXPECT_TRUE(tab->noBalanceNote()->text().contains(QStringLiteral("no balance endpoint"))) << qPrintable(tab->noBalanceNote()->text());
        EXPECT_FALSE(window.statusDetailLabel()->text().contains(QStringLiteral("/h"))) << qPrintable(window.statusDetailLabel()->text());

        // The columns of an instance platform: CPU, memory, disk, billing, expiry, IP:port.
        QHeaderView *header = page->view()->horizontalHeader();
        for (int column : {gui::ResourceTableModel::Cpu, gui::ResourceTableModel::Memory, gui::ResourceTableModel::Disk,
                           gui::ResourceTableModel::Billing, gui::ResourceTableModel::Expires, gui::ResourceTableModel::Remote,
                           gui::ResourceTableModel::Region})
            EXPECT_FALSE(header->isSectionHidden(column)) << column;
        EXPECT_TRUE(header->isSectionHidden(gui::ResourceTableModel::PricePerHour)); // the API has no prices
        EXPECT_LT(header->visualIndex(gui::ResourceTableModel::Gpu), header->visualIndex(gui::ResourceTableModel::Cpu));
        // The monthly instance that expires within two days is flagged, with its countdown.
        const QString monthly = seeded(backend, QStringLiteral("Running"), QStringLiteral("Month"));
        ASSERT_FALSE(monthly.isEmpty());
        const int monthlyRow = page->model()->rowOf(accountId, monthly);
        const QModelIndex expires = page->model()->index(monthlyRow, gui::ResourceTableModel::Expires);
        EXPECT_TRUE(expires.data(gui::ResourceTableModel::ExpiringSoonRole).toBool());
        EXPECT_TRUE(expires.data().toString().contains(QStringLiteral("in 1 d"))) << qPrintable(expires.data().toString());
        const QString remote = page->model()->index(monthlyRow, gui::ResourceTableModel::Remote).data().toString();
        EXPECT_EQ(remote, backend->instanceJson(monthly).value(QStringLiteral("ip")).toString() + QLatin1Char(':')
                              + QString::number(backend->instanceJson(monthly).value(QStringLiteral("port")).toInt()));
        // Destroy is refused for it (monthly and running), and the tooltip says why.
        ASSERT_TRUE(page->selectResource(monthly));
        QAction *destroy = page->actionFor(Action::Destroy);
        ASSERT_TRUE(destroy);
        EXPECT_FALSE(destroy->isEnabled());
        EXPECT_TRUE(destroy->toolTip().contains(QStringLiteral("hourly"))) << qPrintable(destroy->toolTip());
        // Card-less stop explains itself.
        QAction *stopCardless = page->actionFor(Action::StopCardless);
        ASSERT_TRUE(stopCardless);
        EXPECT_TRUE(stopCardless->toolTip().contains(QStringLiteral("无卡关机"))) << qPrintable(stopCardless->toolTip());

        // --- Rent one hourly instance through the dialog -----------------------------------
        auto *toolbar = page->findChild<QToolBar *>(QStringLiteral("resourceToolbar"));
        ASSERT_TRUE(toolbar);
        QWidget *rentButton = toolbar->widgetForAction(panels->rentAction());
        ASSERT_TRUE(rentButton && rentButton->isVisible());
        QTest::mouseClick(rentButton, Qt::LeftButton);
        gui::RentGpuDialog *rent = panels->rentDialog();
        ASSERT_TRUE(rent);
        ASSERT_TRUE(waitFor([rent] { return rent->isLoaded() && rent->imagesLoaded(); }, 10000));
        ASSERT_TRUE(rent->selectedProduct().has_value());
        ASSERT_TRUE(waitFor([rent] { return rent->imagesLoaded() && rent->selectedImage().has_value(); }, 10000));
        EXPECT_EQ(rent->request().payUnit, huixingyun::PayUnit::Hourly);
        EXPECT_EQ(rent->request().count, 1);
        // GPUs per instance are bounded by what is left.
        auto *gpus = rent->findChild<QSpinBox *>(QStringLiteral("gpusSpin"));
        ASSERT_TRUE(gpus);
        EXPECT_EQ(gpus->maximum(), rent->selectedProduct()->gpuRemain);
        // The extra disk goes in steps of 100 GB.
        auto *disk = rent->findChild<QSpinBox *>(QStringLiteral("diskSpin"));
        ASSERT_TRUE(disk);
        EXPECT_EQ(disk->singleStep(), 100);
        saveShot(rent, QStringLiteral("hx-rent-en.png"));

        QString question;
        int asked = 0;
        rent->setConfirmation([&question, &asked](const QString &, const QString &q) {
            ++asked;
            question = q;
            return true;
        });
        const int boughtBefore = backend->buyCount();
        const QStringList idsBefore = backend->instanceIds();
        QTest::mouseClick(rent->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        EXPECT_EQ(asked, 1);
        EXPECT_TRUE(question.contains(QStringLiteral("no price"))) << qPrintable(question);
        EXPECT_TRUE(question.contains(rent->selectedProduct()->name)) << qPrintable(question);
        ASSERT_TRUE(waitFor([rent] { return rent->outcome().has_value(); }, 10000));
        EXPECT_EQ(backend->buyCount(), boughtBefore + 1);
        EXPECT_EQ(rent->outcome()->succeeded, 1);
        ASSERT_EQ(rent->outcome()->orderUids.size(), 1);
        auto *result = rent->findChild<QTreeWidget *>(QStringLiteral("resultList"));
        ASSERT_TRUE(result && result->isVisible());
        ASSERT_EQ(result->topLevelItemCount(), 1);
        EXPECT_TRUE(result->topLevelItem(0)->text(1).contains(rent->outcome()->orderUids.first()));
        // Sent once: clicking again does nothing.
        rent->accept();
        QTest::qWait(200);
        EXPECT_EQ(backend->buyCount(), boughtBefore + 1);
        saveShot(rent, QStringLiteral("hx-rent-result-en.png"));
        rent->reject();

        QString created;
        for (const QString &gid : backend->instanceIds()) {
            if (!idsBefore.contains(gid))
                created = gid;
        }
        ASSERT_FALSE(created.isEmpty());
        // The list follows the order until the instance shows, then selects it.
        ASSERT_TRUE(waitFor([&] { return selectedId(page) == created; }, 20000)) << qPrintable(selectedId(page));
        EXPECT_FALSE(tab->isWaitingForCreated());
        ASSERT_TRUE(waitFor([&] { return statusOf(page, accountId, created) == ResourceStatus::Running; }, 20000));

        // --- Stop it card-less --------------------------------------------------------------
        ASSERT_TRUE(page->selectResource(created));
        ASSERT_TRUE(waitFor([stopCardless] { return stopCardless->isEnabled(); }, 5000)) << qPrintable(stopCardless->toolTip());
        stopCardless->trigger();
        ASSERT_TRUE(waitFor([&] { return backend->stopMode(created) == QStringLiteral("card_less"); }, 10000));
        ASSERT_TRUE(waitFor([&] { return statusOf(page, accountId, created) == ResourceStatus::Stopped; }, 20000));
        EXPECT_TRUE(rowOf(page, accountId, created)->statusText.contains(QStringLiteral("card-less")))
            << qPrintable(rowOf(page, accountId, created)->statusText);

        // --- Start: the provider picks the card-less start endpoint ------------------------
        const int plainStartsBefore = server->requestCount(QStringLiteral("/gpu/instances/start"));
        QAction *start = page->actionFor(Action::Start);
        ASSERT_TRUE(waitFor([start] { return start->isEnabled(); }, 5000)) << qPrintable(start->toolTip());
        QWidget *startButton = toolbar->widgetForAction(start);
        ASSERT_TRUE(startButton && startButton->isVisible());
        QTest::mouseClick(startButton, Qt::LeftButton);
        ASSERT_TRUE(waitFor([&] { return statusOf(page, accountId, created) == ResourceStatus::Running; }, 20000));
        EXPECT_EQ(server->requestCount(QStringLiteral("/gpu/instances/cardless/start")), 1);
        EXPECT_EQ(server->requestCount(QStringLiteral("/gpu/instances/start")), plainStartsBefore);

        // --- Stop it normally ---------------------------------------------------------------
        QAction *stop = page->actionFor(Action::Stop);
        ASSERT_TRUE(waitFor([stop] { return stop->isEnabled(); }, 5000));
        // The keyboard works too.
        EXPECT_EQ(stop->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        page->view()->setFocus();
        QTest::keySequence(page->view(), stop->shortcut());
        ASSERT_TRUE(waitFor([&] { return backend->stopMode(created) == QStringLiteral("normal"); }, 10000));
        ASSERT_TRUE(waitFor([&] { return statusOf(page, accountId, created) == ResourceStatus::Stopped; }, 20000));

        // --- Destroy it (hourly and stopped), confirmed ------------------------------------
        EXPECT_EQ(selectedId(page), created);
        ASSERT_TRUE(waitFor([destroy] { return destroy->isEnabled(); }, 5000)) << qPrintable(destroy->toolTip());
        QString confirmText;
        boxes.expect(true);
        confirmNext(&window, &confirmText);
        destroy->trigger();
        boxes.expect(false);
        EXPECT_TRUE(confirmText.contains(created)) << qPrintable(confirmText);
        ASSERT_TRUE(waitFor([&] { return page->model()->rowOf(accountId, created) < 0; }, 20000));
        EXPECT_FALSE(backend->instanceIds().contains(created));

        // --- A batch start over two stopped instances, one of them stopped card-less in the web
        // console (so this app has no record of it): both start, each the right way ----------
        const QString windows = seeded(backend, QStringLiteral("Stopped"), QStringLiteral("Hour"), QStringLiteral("16u60m"));
        const QString cardless = seeded(backend, QStringLiteral("Stopped"), QStringLiteral("Hour"), QStringLiteral("l40s"));
        ASSERT_FALSE(windows.isEmpty());
        ASSERT_FALSE(cardless.isEmpty());
        ASSERT_EQ(backend->stopMode(cardless), QStringLiteral("card_less"));
        ASSERT_TRUE(page->selectResources({windows, cardless}));
        EXPECT_EQ(page->selectedResources().size(), 2);
        ASSERT_TRUE(start->isEnabled()) << qPrintable(start->toolTip());
        // Saving an image works on one instance only.
        EXPECT_FALSE(page->actionFor(Action::Snapshot)->isEnabled());
        start->trigger();
        ASSERT_TRUE(waitFor([page] { return page->lastBatchResult() != nullptr; }, 10000));
        gui::BatchResultDialog *batch = page->lastBatchResult();
        EXPECT_TRUE(batch->isVisible());
        EXPECT_EQ(batch->succeededCount(), 2) << qPrintable(batch->reasonFor(cardless).value_or(QString()));
        EXPECT_EQ(batch->failedCount(), 0);
        batch->close();
        ASSERT_TRUE(waitFor([&] { return statusOf(page, accountId, windows) == ResourceStatus::Running
                                          && statusOf(page, accountId, cardless) == ResourceStatus::Running; },
                            20000));

        // --- A batch that partly fails: one of two running instances is stopped behind the
        // app's back, then both are restarted; the result says per instance what happened ---
        const QString hourlyA = seeded(backend, QStringLiteral("Running"), QStringLiteral("Hour"), QStringLiteral("16u100m_106"));
        const QString hourlyB = seeded(backend, QStringLiteral("Running"), QStringLiteral("Hour"), QStringLiteral("16u100m_105"));
        ASSERT_FALSE(hourlyA.isEmpty());
        ASSERT_FALSE(hourlyB.isEmpty());
        ASSERT_TRUE(page->selectResources({hourlyA, hourlyB}));
        QAction *restart = page->actionFor(Action::Restart);
        ASSERT_TRUE(restart->isEnabled()) << qPrintable(restart->toolTip());
        {
            // The web console, as far as the app can tell.
            QNetworkAccessManager nam;
            QNetworkRequest request(endpoint.baseUrl.resolved(QUrl(QStringLiteral("/gpu/instances/stop"))));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            request.setRawHeader("Authorization", endpoint.credential.toUtf8());
            QNetworkReply *reply = nam.post(request, QJsonDocument(QJsonObject{{QStringLiteral("gid"), hourlyB},
                                                                               {QStringLiteral("card_less"), false}})
                                                         .toJson(QJsonDocument::Compact));
            ASSERT_TRUE(waitFor([reply] { return reply->isFinished(); }, 5000));
            ASSERT_EQ(reply->error(), QNetworkReply::NoError) << qPrintable(QString::fromUtf8(reply->readAll()));
            reply->deleteLater();
        }
        const int restartsBefore = backend->requestCountFor(hourlyA, QStringLiteral("/gpu/instances/restart"));
        restart->trigger();
        ASSERT_TRUE(waitFor([page, batch] { return page->lastBatchResult() != nullptr && page->lastBatchResult() != batch; }, 10000));
        batch = page->lastBatchResult();
        EXPECT_TRUE(batch->isVisible());
        EXPECT_EQ(batch->succeededCount(), 1);
        EXPECT_EQ(batch->failedCount(), 1);
        EXPECT_EQ(batch->reasonFor(hourlyA), QString());
        ASSERT_TRUE(batch->reasonFor(hourlyB).has_value());
        EXPECT_FALSE(batch->reasonFor(hourlyB)->isEmpty());
        EXPECT_TRUE(batch->summary().contains(QStringLiteral("1 of 2"))) << qPrintable(batch->summary());
        EXPECT_EQ(backend->requestCountFor(hourlyA, QStringLiteral("/gpu/instances/restart")), restartsBefore + 1);
        EXPECT_EQ(batch->list()->topLevelItemCount(), 2);
        saveShot(batch, QStringLiteral("hx-batch-result-en.png"));
        batch->close();

        // --- Remote access ------------------------------------------------------------------
        ASSERT_TRUE(page->selectResource(windows));
        const QJsonObject item = backend->instanceJson(windows);
        const QString expectedSsh = QStringLiteral("ssh -p %1 %2@%3")
                                        .arg(item.value(QStringLiteral("port")).toInt())
                                        .arg(item.value(QStringLiteral("username")).toString(), item.value(QStringLiteral("ip")).toString());
        page->copySshAction()->trigger();
        EXPECT_EQ(QGuiApplication::clipboard()->text(), expectedSsh);
        // The password is masked in the detail pane until revealed, and never in its tree.
        const QString password = item.value(QStringLiteral("password")).toString();
        ASSERT_FALSE(password.isEmpty());
        gui::ResourceDetailPane *detail = page->detailPane();
        ASSERT_TRUE(detail->remoteBox()->isVisible());
        EXPECT_FALSE(detail->passwordLabel()->text().contains(password));
        for (QTreeWidgetItem *field : detail->tree()->findItems(password, Qt::MatchContains | Qt::MatchRecursive, 1))
            ADD_FAILURE() << "password in the tree at " << qPrintable(field->text(0));
        QTest::mouseClick(detail->revealButton(), Qt::LeftButton);
        EXPECT_EQ(detail->passwordLabel()->text(), password);
        QTest::mouseClick(detail->revealButton(), Qt::LeftButton);
        EXPECT_NE(detail->passwordLabel()->text(), password);
        // Copied, then cleared after a while if the clipboard still holds it.
        page->secretClipboard()->setClearAfterMs(300);
        page->copyPasswordAction()->trigger();
        EXPECT_EQ(QGuiApplication::clipboard()->text(), password);
        EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("cleared"))) << qPrintable(window.statusBar()->currentMessage());
        EXPECT_TRUE(waitFor([] { return QGuiApplication::clipboard()->text().isEmpty(); }, 3000));
        // ...but not what the user copied meanwhile.
        page->copyPasswordAction()->trigger();
        QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
        QTest::qWait(500);
        EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("something else"));
        RemoteAccess opened;
        page->setTerminalOpener([&opened](const RemoteAccess &r) {
            opened = r;
            return QString();
        });
        page->openTerminalAction()->trigger();
        EXPECT_EQ(opened.host, item.value(QStringLiteral("ip")).toString());
        EXPECT_EQ(opened.port, item.value(QStringLiteral("port")).toInt());
        boxes.expect(true);
        QString terminalError;
        answerNextModal<QMessageBox>(&window, [&terminalError](QMessageBox *box) {
            terminalError = box->informativeText();
            box->accept();
        });
        page->setTerminalOpener([](const RemoteAccess &) { return QStringLiteral("no terminal here"); });
        page->openTerminalAction()->trigger();
        boxes.expect(false);
        EXPECT_TRUE(terminalError.contains(QStringLiteral("no terminal here"))) << qPrintable(terminalError);
        EXPECT_TRUE(terminalError.contains(expectedSsh)) << qPrintable(terminalError);

        // --- Renew and change billing go through their dialogs and a confirmation ---------
        const QString daily = seeded(backend, QStringLiteral("Running"), QStringLiteral("Day"));
        ASSERT_FALSE(daily.isEmpty());
        ASSERT_TRUE(page->selectResource(daily));
        QAction *renew = page->actionFor(Action::Renew);
        ASSERT_TRUE(renew->isEnabled()) << qPrintable(renew->toolTip());
        const QString expiresBefore = backend->instanceJson(daily).value(QStringLiteral("expire_at")).toString();
        QString renewAsked;
        QList<int> offered;
        boxes.expect(true);
        confirmNext(&window, &renewAsked);
        answerNextModal<gui::RenewDialog>(&window, [&offered](gui::RenewDialog *d) {
            auto *combo = d->findChild<QComboBox *>(QStringLiteral("periodCombo"));
            for (int i = 0; i < combo->count(); ++i)
                offered.append(combo->itemData(i).toInt());
            d->setPeriods(3);
            d->accept();
        });
        renew->trigger();
        boxes.expect(false);
        EXPECT_EQ(offered, (QList<int>{1, 3, 7})); // a daily instance renews by days
        EXPECT_TRUE(renewAsked.contains(QStringLiteral("3 days")) || renewAsked.contains(QStringLiteral("3 day(s)")))
            << qPrintable(renewAsked);
        ASSERT_TRUE(waitFor([&] { return backend->requestCountFor(daily, QStringLiteral("/gpu/instances/renew")) == 1; }, 10000));
        EXPECT_TRUE(waitFor([&] { return backend->instanceJson(daily).value(QStringLiteral("expire_at")).toString() != expiresBefore; }, 5000));

        const QString hourly = seeded(backend, QStringLiteral("Running"), QStringLiteral("Hour"), QStringLiteral("l40s"));
        ASSERT_FALSE(hourly.isEmpty());
        ASSERT_TRUE(page->selectResource(hourly));
        QAction *billing = page->actionFor(Action::ChangeBilling);
        ASSERT_TRUE(billing->isEnabled()) << qPrintable(billing->toolTip());
        QString billingAsked;
        bool bothTargets = false;
        boxes.expect(true);
        confirmNext(&window, &billingAsked);
        answerNextModal<gui::ChangeBillingDialog>(&window, [&bothTargets](gui::ChangeBillingDialog *d) {
            bothTargets = d->findChild<QRadioButton *>(QStringLiteral("target-daily")) != nullptr
                && d->findChild<QRadioButton *>(QStringLiteral("target-monthly")) != nullptr;
            d->setTarget(huixingyun::PayUnit::Daily);
            d->accept();
        });
        billing->trigger();
        boxes.expect(false);
        EXPECT_TRUE(bothTargets); // hourly may go daily or monthly
        EXPECT_TRUE(billingAsked.contains(QStringLiteral("cannot be undone"))) << qPrintable(billingAsked);
        ASSERT_TRUE(waitFor([&] { return backend->instanceJson(hourly).value(QStringLiteral("pay_method")).toString() == u"Day"; }, 10000));
        ASSERT_TRUE(waitFor([&] { return rowOf(page, accountId, hourly) && rowOf(page, accountId, hourly)->expiresAt.isValid(); }, 10000));

        // --- Buy an application: the new instance is selected once it shows ---------------
        panels->buyApplicationAction()->trigger();
        gui::BuyApplicationDialog *app = panels->applicationDialog();
        ASSERT_TRUE(app);
        ASSERT_TRUE(waitFor([app] { return app->isLoaded(); }, 10000));
        int appAsked = 0;
        app->setConfirmation([&appAsked](const QString &, const QString &) {
            ++appAsked;
            return true;
        });
        const QStringList beforeApp = backend->instanceIds();
        app->accept();
        EXPECT_EQ(appAsked, 1);
        ASSERT_TRUE(waitFor([app] { return app->outcome().has_value(); }, 10000));
        EXPECT_EQ(app->outcome()->succeeded, 1);
        app->reject();
        QString appInstance;
        for (const QString &gid : backend->instanceIds()) {
            if (!beforeApp.contains(gid))
                appInstance = gid;
        }
        ASSERT_FALSE(appInstance.isEmpty());
        ASSERT_TRUE(waitFor([&] { return selectedId(page) == appInstance; }, 20000)) << qPrintable(selectedId(page));

        // Leave a running instance selected for the screenshot.
        ASSERT_TRUE(page->selectResource(monthly));
        QTest::qWait(300);
        saveShot(&window, QStringLiteral("hx-main-en.png"));

        // --- API tokens: the password is asked for, kept for the session only ------------
        gui::TokensPage *tokens = panels->tokensPage();
        ASSERT_TRUE(tokens);
        tab->pages()->setCurrentWidget(tokens);
        // Nothing remembered: a prompt, not a surprise dialog.
        ASSERT_TRUE(waitFor([tokens] { return tokens->passwordPrompt()->isVisible(); }, 5000));
        EXPECT_FALSE(tokens->hasLoaded());
        boxes.expect(true);
        answerNextModal<gui::PasswordDialog>(&window, [](gui::PasswordDialog *d) {
            d->setPassword(QStringLiteral("demo-pass-1"));
            d->setRemember(false);
            d->accept();
        });
        QTest::mouseClick(tokens->passwordPrompt()->findChild<QPushButton *>(QStringLiteral("enterPassword")), Qt::LeftButton);
        boxes.expect(false);
        ASSERT_TRUE(waitFor([tokens] { return tokens->hasLoaded(); }, 10000)) << qPrintable(tokens->errorText());
        EXPECT_EQ(tokens->tokens().size(), backend->tokenValues().size());
        EXPECT_FALSE(f.accounts.isExtraSecretRemembered(accountId, QStringLiteral("password")));
        {
            bool readDone = false;
            QString inStore;
            f.accounts.secretStore()->read(gui::AccountManager::extraSecretKey(accountId, QStringLiteral("password")), &window,
                                           [&](const Result<QString> &r) {
                                               readDone = true;
                                               inStore = r.ok() ? r.value() : QString();
                                           });
            ASSERT_TRUE(waitFor([&readDone] { return readDone; }, 5000));
            EXPECT_TRUE(inStore.isEmpty()); // kept for the session only, as asked
        }
        // Masked until revealed, per row.
        const QString own = endpoint.credential;
        EXPECT_FALSE(tokens->shownValue(own).contains(own));
        QTreeWidget *list = tokens->list();
        QTreeWidgetItem *ownItem = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->data(1, Qt::UserRole).toString() == own)
                ownItem = list->topLevelItem(i);
        }
        ASSERT_TRUE(ownItem);
        EXPECT_NE(ownItem->text(1), own);
        auto *reveal = qobject_cast<QToolButton *>(list->itemWidget(ownItem, 2));
        ASSERT_TRUE(reveal);
        QTest::mouseClick(reveal, Qt::LeftButton);
        EXPECT_EQ(ownItem->text(1), own);
        // Deleting the token the account uses is refused, with the reason.
        list->clearSelection();
        ownItem->setSelected(true);
        QString refusal;
        boxes.expect(true);
        answerNextModal<QMessageBox>(&window, [&refusal](QMessageBox *box) {
            refusal = box->objectName() + QLatin1Char(' ') + box->informativeText();
            box->accept();
        });
        const int tokenCount = int(backend->tokenValues().size());
        tokens->deleteSelected();
        boxes.expect(false);
        EXPECT_TRUE(refusal.startsWith(QStringLiteral("refuseDelete"))) << qPrintable(refusal);
        EXPECT_EQ(backend->tokenValues().size(), tokenCount);
        // Create one, then delete it (confirmed).
        tokens->createToken(QStringLiteral("ci-token"));
        ASSERT_TRUE(waitFor([&] { return backend->tokenValues().size() == tokenCount + 1; }, 10000));
        ASSERT_TRUE(waitFor([&] { return tokens->tokens().size() == tokenCount + 1; }, 10000));
        QString fresh;
        for (const auto &t : tokens->tokens()) {
            if (t.name == u"ci-token")
                fresh = t.token;
        }
        ASSERT_FALSE(fresh.isEmpty());
        EXPECT_TRUE(tokens->isRevealed(fresh)); // a new token is shown: it is what the user came for
        QTest::qWait(200);
        saveShot(&window, QStringLiteral("hx-tokens-en.png"));
        list->clearSelection();
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->data(1, Qt::UserRole).toString() == fresh)
                list->topLevelItem(i)->setSelected(true);
        }
        QString deleteAsked;
        boxes.expect(true);
        confirmNext(&window, &deleteAsked);
        tokens->deleteSelected();
        boxes.expect(false);
        EXPECT_TRUE(deleteAsked.contains(QStringLiteral("ci-token"))) << qPrintable(deleteAsked);
        ASSERT_TRUE(waitFor([&] { return !backend->tokenValues().contains(fresh); }, 10000));
        tab->pages()->setCurrentWidget(page);

        EXPECT_TRUE(boxes.seen().isEmpty()) << qPrintable(boxes.seen().join(QLatin1Char('\n')));
        window.close();
    }

    // --- The same window in Chinese ---------------------------------------------------------
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
        ASSERT_TRUE(waitFor([page] { return page->hasLoaded() && page->model()->rowCount() > 0; }, 10000));
        EXPECT_EQ(tab->pages()->tabText(0), QStringLiteral("实例"));
        page->selectResource(seeded(backend, QStringLiteral("Running"), QStringLiteral("Month")));
        QTest::qWait(300);
        saveShot(&window, QStringLiteral("hx-main-zh_CN.png"));
        gui::HuixingyunPanels *panels = panelsOf(tab);
        ASSERT_TRUE(panels);
        panels->openRentDialog();
        gui::RentGpuDialog *rent = panels->rentDialog();
        ASSERT_TRUE(rent);
        ASSERT_TRUE(waitFor([rent] { return rent->isLoaded() && rent->imagesLoaded(); }, 10000));
        saveShot(rent, QStringLiteral("hx-rent-zh_CN.png"));
        rent->reject();
    }
    zh.unload();
}

TEST(GuiHuixingyun, SignInWithPasswordCreatesATokenForThisComputer)
{
    sim::SimEnvironment env;
    ASSERT_TRUE(env.start({QStringLiteral("huixingyun")})) << qPrintable(env.errorString());
    sim::HuixingyunBackend *backend = env.huixingyun();
    const sim::SimEndpoint endpoint = endpointOf(env, QStringLiteral("huixingyun"));
    Fixture f;
    ASSERT_TRUE(f.accounts.load().isEmpty());
    gui::MainWindow window(&f.settings, &f.accounts, &f.log, {});
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    gui::AddAccountDialog *dialog = openHuixingyunDialog(window, endpoint);
    ASSERT_TRUE(dialog);
    auto *passwordRadio = dialog->findChild<QRadioButton *>(QStringLiteral("passwordRadio"));
    passwordRadio->setChecked(true);
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberPasswordCheck"));
    auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    ASSERT_TRUE(password && remember && secret);
    EXPECT_TRUE(password->isVisible());
    EXPECT_FALSE(secret->isVisible());
    EXPECT_EQ(password->echoMode(), QLineEdit::Password);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit")), backend->username());
    saveShot(dialog, QStringLiteral("hx-add-account-en.png"));
    auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);

    // A wrong password first: no token, no account, the platform's reason shown.
    const int tokensBefore = int(backend->tokenValues().size());
    QTest::keyClicks(password, QStringLiteral("wrong"));
    QTest::mouseClick(ok, Qt::LeftButton);
    ASSERT_TRUE(waitFor([dialog] { return !dialog->isVerifying() && !dialog->errorText().isEmpty(); }, 10000));
    EXPECT_TRUE(f.accounts.accounts().isEmpty());
    EXPECT_EQ(backend->tokenValues().size(), tokensBefore);

    password->clear();
    QTest::keyClicks(password, backend->password());
    remember->setChecked(true);
    QSignalSpy added(&f.accounts, &gui::AccountManager::accountAdded);
    QTest::mouseClick(ok, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&added] { return added.count() == 1; }, 10000)) << qPrintable(dialog->errorText());
    const QString id = added.at(0).at(0).toString();
    // A new token, named after this computer, is the account's secret.
    ASSERT_EQ(backend->tokenValues().size(), tokensBefore + 1);
    const QString token = f.accounts.session(id)->secret();
    EXPECT_TRUE(backend->tokenValues().contains(token));
    EXPECT_NE(token, backend->apiToken());
    EXPECT_TRUE(gui::AccountPanels::signInTokenName().startsWith(QStringLiteral("Suanli Console @ ")));
    // The password went to the secret store under "<id>/password", as asked.
    EXPECT_TRUE(waitFor([&] { return f.accounts.isExtraSecretRemembered(id, QStringLiteral("password")); }, 5000));
    QString stored;
    bool read = false;
    f.accounts.secretStore()->read(gui::AccountManager::extraSecretKey(id, QStringLiteral("password")), &window,
                                   [&](const Result<QString> &r) {
                                       read = true;
                                       stored = r.ok() ? r.value() : QString();
                                   });
    ASSERT_TRUE(waitFor([&read] { return read; }, 5000));
    EXPECT_EQ(stored, backend->password());

    // Moving to another store takes the remembered password along.
    QString moveError = QStringLiteral("pending");
    f.accounts.replaceSecretStore(std::make_unique<MemorySecretStore>(), &window,
                                  [&moveError](const QString &error) { moveError = error; });
    ASSERT_TRUE(waitFor([&moveError] { return moveError != u"pending"; }, 5000));
    EXPECT_TRUE(moveError.isEmpty()) << qPrintable(moveError);
    read = false;
    stored.clear();
    f.accounts.secretStore()->read(gui::AccountManager::extraSecretKey(id, QStringLiteral("password")), &window,
                                   [&](const Result<QString> &r) {
                                       read = true;
                                       stored = r.ok() ? r.value() : QString();
                                   });
    ASSERT_TRUE(waitFor([&read] { return read; }, 5000));
    EXPECT_EQ(stored, backend->password());

    // The tokens page lists without asking, and shows the new token with its name.
    gui::AccountTab *tab = window.tabFor(id);
    ASSERT_TRUE(tab);
    gui::TokensPage *tokens = panelsOf(tab)->tokensPage();
    tab->pages()->setCurrentWidget(tokens);
    ASSERT_TRUE(waitFor([tokens] { return tokens->hasLoaded(); }, 10000)) << qPrintable(tokens->errorText());
    bool named = false;
    for (const auto &t : tokens->tokens())
        named = named || (t.token == token && t.name == gui::AccountPanels::signInTokenName());
    EXPECT_TRUE(named);

    // Removing the account deletes the remembered password too.
    f.accounts.removeAccount(id);
    bool gone = false;
    f.accounts.secretStore()->read(gui::AccountManager::extraSecretKey(id, QStringLiteral("password")), &window,
                                   [&gone](const Result<QString> &r) { gone = !r.ok() || r.value().isEmpty(); });
    EXPECT_TRUE(waitFor([&gone] { return gone; }, 5000));
}

TEST(GuiHuixingyun, TerminalPlansPerSystem)
{
    RemoteAccess remote{QStringLiteral("10.0.0.5"), 30022, QStringLiteral("root"), QStringLiteral("pw")};
    EXPECT_EQ(gui::TerminalLauncher::sshCommand(remote), QStringLiteral("ssh -p 30022 root@10.0.0.5"));
    using System = gui::TerminalLauncher::System;
    auto only = [](const QStringList &present) {
        return [present](const QString &name) { return present.contains(name) ? QStringLiteral("/usr/bin/") + name : QString(); };
    };
    auto onLinux = gui::TerminalLauncher::plan(remote, System::Linux, only({QStringLiteral("konsole"), QStringLiteral("xterm")}));
    ASSERT_TRUE(onLinux.ok());
    EXPECT_EQ(onLinux.program, QStringLiteral("/usr/bin/konsole")); // before xterm
    EXPECT_EQ(onLinux.arguments, (QStringList{QStringLiteral("-e"), QStringLiteral("ssh"), QStringLiteral("-p"),
                                            QStringLiteral("30022"), QStringLiteral("root@10.0.0.5")}));
    auto gnome = gui::TerminalLauncher::plan(remote, System::Linux, only({QStringLiteral("gnome-terminal")}));
    EXPECT_EQ(gnome.arguments.first(), QStringLiteral("--"));
    auto none = gui::TerminalLauncher::plan(remote, System::Linux, only({}));
    EXPECT_FALSE(none.ok());
    EXPECT_TRUE(none.error.contains(QStringLiteral("xterm")));
    auto windowsTerminal = gui::TerminalLauncher::plan(remote, System::Windows, only({QStringLiteral("wt"), QStringLiteral("cmd")}));
    EXPECT_EQ(windowsTerminal.program, QStringLiteral("/usr/bin/wt"));
    EXPECT_EQ(windowsTerminal.arguments.first(), QStringLiteral("ssh"));
    auto cmd = gui::TerminalLauncher::plan(remote, System::Windows, only({QStringLiteral("cmd")}));
    EXPECT_EQ(cmd.arguments.mid(0, 2), (QStringList{QStringLiteral("/k"), QStringLiteral("ssh")}));
    auto mac = gui::TerminalLauncher::plan(remote, System::MacOS, only({}), QStringLiteral("/tmp/x.command"));
    EXPECT_EQ(mac.program, QStringLiteral("open"));
    EXPECT_EQ(mac.arguments, (QStringList{QStringLiteral("-a"), QStringLiteral("Terminal"), QStringLiteral("/tmp/x.command")}));
    EXPECT_TRUE(mac.script.contains(QStringLiteral("ssh -p 30022 root@10.0.0.5")));
    // Whatever goes on a command line must be a plain host name.
    RemoteAccess hostile = remote;
    hostile.host = QStringLiteral("1.2.3.4 & calc");
    EXPECT_FALSE(gui::TerminalLauncher::plan(hostile, System::Windows, only({QStringLiteral("cmd")})).ok());
}

TEST(GuiHuixingyun, ExpiryCountdownReads)
{
    const QDateTime now(QDate(2024, 7, 1), QTime(12, 0), QTimeZone::utc());
    EXPECT_EQ(gui::ResourceTableModel::countdown(now.addSecs(28 * 3600 + 59), now), QStringLiteral("in 1 d 4 h"));
    EXPECT_EQ(gui::ResourceTableModel::countdown(now.addSecs(5 * 3600 + 12 * 60), now), QStringLiteral("in 5 h 12 min"));
    EXPECT_EQ(gui::ResourceTableModel::countdown(now.addSecs(20), now), QStringLiteral("in 1 min"));
    EXPECT_EQ(gui::ResourceTableModel::countdown(now.addSecs(-2 * 3600), now), QStringLiteral("expired 2 h 0 min ago"));

    // Highlighted under three days, by the model's clock.
    QDateTime clock = now;
    gui::ResourceTableModel model(nullptr, [&clock] { return clock; });
    Resource r;
    r.accountId = QStringLiteral("a");
    r.id = QStringLiteral("gpu-1");
    r.expiresAt = now.addDays(4);
    model.setResources({r});
    const QModelIndex expires = model.index(0, gui::ResourceTableModel::Expires);
    EXPECT_FALSE(expires.data(gui::ResourceTableModel::ExpiringSoonRole).toBool());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    clock = now.addDays(2);
    model.refreshCountdowns();
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(expires.data(gui::ResourceTableModel::ExpiringSoonRole).toBool());
    EXPECT_TRUE(expires.data().toString().contains(QStringLiteral("in 2 d 0 h"))) << qPrintable(expires.data().toString());
}
