// The desktop console against the 紫光 UNIS simulator, driven offscreen through its widgets: add
// the account through the dialog (a wrong login key first, then the right one), see who the
// account is and its quotas, filter the task table to running fine-tune jobs, stop one, see its
// pods and their events, open a dev environment's web IDE, create a dev environment through the
// preset-spec flow and see it selected once the platform lists it, delete it (a cancelled
// confirmation first), create a fine-tune job from an algorithm strategy; a normal user sees
// no administrator page, a tenant administrator does. Screenshots in English and in Chinese.
#include "gui/accountmanager.h"
#include "gui/accounttab.h"
#include "gui/addaccountdialog.h"
#include "gui/instancespage.h"
#include "gui/mainwindow.h"
#include "gui/resourcedetailpane.h"
#include "gui/resourcefilterproxy.h"
#include "gui/resourcetablemodel.h"
#include "gui/translationloader.h"
#include "gui/filebrowsermodel.h"
#include "gui/filebrowserpage.h"
#include "gui/logviewerwindow.h"
#include "gui/monitorview.h"
#include "gui/transferservices.h"
#include "gui/unisaccountheader.h"
#include "gui/unisdevenvdialog.h"
#include "gui/unisjobtools.h"
#include "gui/unispanels.h"
#include "gui/unispodsview.h"
#include "gui/unisquotapanel.h"
#include "gui/unisspecspage.h"
#include "gui/unistaskdialog.h"

#include "core/accountsession.h"
#include "core/appsettings.h"
#include "core/eventlog.h"
#include "core/logs/logdocument.h"
#include "core/secretstore.h"
#include "platforms/unis/unislogin.h"
#include "sim/simenvironment.h"
#include "sim/unis/unisbackend.h"
#include "transfer/transferjournal.h"
#include "transfer/transferqueue.h"

#include "guishots.h"
#include "waitfor.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

using namespace suanli;
using suanli::test::waitFor;
using suanli::test::saveShot;
using suanli::test::UnexpectedBoxes;

namespace {

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

gui::UnisPanels *panelsOf(gui::AccountTab *tab)
{
    return qobject_cast<gui::UnisPanels *>(tab->panels());
}

bool selectCombo(QComboBox *combo, const QString &data)
{
    const int i = combo->findData(data);
    if (i >= 0)
        combo->setCurrentIndex(i);
    return i >= 0;
}

// Adds an account of another seeded user directly, the way the dialog would.
QString addUser(Fixture &f, const sim::SimEndpoint &endpoint, sim::UnisBackend *backend, const QString &user, const QString &name)
{
    Account account;
    account.id = Account::newId();
    account.displayName = name;
    account.platform = QStringLiteral("unis");
    account.baseUrl = endpoint.baseUrl;
    account.login = user;
    account.options.insert(unis::Login::keyOption(), QString::fromLatin1(backend->aesKey()));
    EXPECT_TRUE(f.accounts.addAccount(account, backend->passwordOf(user)).isEmpty());
    return account.id;
}

} // namespace

TEST(GuiUnis, SignInFilterStopPodsCreateAndDeleteADevEnvironment)
{
    sim::SimEnvironment env;
    ASSERT_TRUE(env.start({QStringLiteral("unis")})) << qPrintable(env.errorString());
    sim::UnisBackend *backend = env.unis();
    ASSERT_TRUE(backend);
    backend->setStepMs(200);
    const sim::SimEndpoint endpoint = endpointOf(env, QStringLiteral("unis"));
    ASSERT_FALSE(endpoint.baseUrl.isEmpty());

    Fixture f;
    ASSERT_TRUE(f.dir.isValid());
    ASSERT_TRUE(f.accounts.load().isEmpty());
    UnexpectedBoxes boxes;

    QString accountId;
    {
        gui::MainWindow window(&f.settings, &f.accounts, &f.log, {});
        window.resize(1360, 860);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

        // --- Add the account through the dialog ---------------------------------------------
        window.findChild<QAction *>(QStringLiteral("actionAddAccount"))->trigger();
        auto *dialog = window.findChild<gui::AddAccountDialog *>();
        ASSERT_TRUE(dialog);
        ASSERT_TRUE(waitFor([dialog] { return dialog->isVisible(); }, 5000));
        auto *platform = dialog->findChild<QComboBox *>(QStringLiteral("platformCombo"));
        ASSERT_TRUE(selectCombo(platform, QStringLiteral("unis")));
        auto *baseUrl = dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
        auto *login = dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit"));
        auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
        auto *aesKey = dialog->findChild<QLineEdit *>(QStringLiteral("aesKeyEdit"));
        auto *plain = dialog->findChild<QCheckBox *>(QStringLiteral("plainPasswordCheck"));
        auto *caCert = dialog->findChild<QLineEdit *>(QStringLiteral("caCertEdit"));
        auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        ASSERT_TRUE(baseUrl && login && secret && aesKey && plain && caCert && ok);
        // Privately deployed: no address to suggest, and the UNIS sign-in options are offered.
        EXPECT_TRUE(baseUrl->text().isEmpty());
        EXPECT_TRUE(login->isVisible());
        EXPECT_TRUE(secret->isVisible());
        EXPECT_TRUE(aesKey->isVisible());
        EXPECT_TRUE(plain->isVisible());
        EXPECT_TRUE(caCert->isVisible());
        EXPECT_FALSE(dialog->findChild<QRadioButton *>(QStringLiteral("passwordRadio"))->isVisible());
        // The address is required.
        QTest::keyClicks(login, backend->userName());
        QTest::keyClicks(secret, backend->password());
        QTest::mouseClick(ok, Qt::LeftButton);
        EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("address"))) << qPrintable(dialog->errorText());
        QTest::keyClicks(baseUrl, endpoint.baseUrl.toString());
        // A key of the wrong length is refused before anything is sent.
        QTest::keyClicks(aesKey, QStringLiteral("short"));
        QTest::mouseClick(ok, Qt::LeftButton);
        EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("16, 24 or 32"))) << qPrintable(dialog->errorText());
        EXPECT_EQ(backend->loginCount(backend->userName()), 0);
        // A key of the right length that is not the deployment's: the platform refuses the sign-in.
        aesKey->clear();
        QTest::keyClicks(aesKey, QStringLiteral("WrongDemoAesKey!"));
        QTest::mouseClick(ok, Qt::LeftButton);
        ASSERT_TRUE(waitFor([dialog] { return !dialog->isVerifying() && !dialog->errorText().isEmpty(); }, 10000));
        EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("did not accept"))) << qPrintable(dialog->errorText());
        EXPECT_TRUE(f.accounts.accounts().isEmpty());
        EXPECT_EQ(backend->loginCount(backend->userName()), 0);
        // The deployment's key.
        aesKey->clear();
        QTest::keyClicks(aesKey, QString::fromLatin1(backend->aesKey()));
        saveShot(dialog, QStringLiteral("unis-add-account-en.png"));
        QSignalSpy added(&f.accounts, &gui::AccountManager::accountAdded);
        QTest::mouseClick(ok, Qt::LeftButton);
        ASSERT_TRUE(waitFor([&added] { return added.count() == 1; }, 10000)) << qPrintable(dialog->errorText());
        accountId = added.at(0).at(0).toString();
        const auto account = f.accounts.account(accountId);
        ASSERT_TRUE(account);
        EXPECT_EQ(account->login, backend->userName());
        EXPECT_EQ(account->options.value(unis::Login::keyOption()).toString(), QString::fromLatin1(backend->aesKey()));
        EXPECT_FALSE(account->options.contains(unis::Login::plainPasswordOption()));
        EXPECT_FALSE(account->options.contains(unis::Login::caCertOption()));
        EXPECT_EQ(f.accounts.session(accountId)->secret(), backend->password());
        EXPECT_GE(backend->loginCount(backend->userName()), 1);

        gui::AccountTab *tab = window.currentTab();
        ASSERT_TRUE(tab);
        ASSERT_EQ(tab->accountId(), accountId);
        gui::UnisPanels *panels = panelsOf(tab);
        ASSERT_TRUE(panels);
        gui::InstancesPage *page = tab->instancesPage();
        const int seededJobs = int(backend->jobIds().size());
        ASSERT_TRUE(waitFor([page] { return page->hasLoaded() && page->model()->rowCount() > 0; }, 15000));
        EXPECT_EQ(tab->pages()->tabText(0), QStringLiteral("Jobs"));
        EXPECT_GT(seededJobs, page->model()->rowCount()); // other users' jobs are not listed

        // --- Who the account is, and its quotas ---------------------------------------------
        gui::UnisAccountHeader *header = panels->header();
        ASSERT_TRUE(header);
        ASSERT_TRUE(waitFor([header] { return header->identityLabel()->text().contains(QStringLiteral("zhangwei")); }, 10000));
        const QString who = header->identityLabel()->text();
        EXPECT_TRUE(who.contains(QStringLiteral("张伟"))) << qPrintable(who);
        EXPECT_TRUE(who.contains(QStringLiteral("大模型实验室"))) << qPrintable(who);
        EXPECT_TRUE(who.contains(QStringLiteral("Normal user"))) << qPrintable(who);
        ASSERT_TRUE(waitFor([header] { return header->hasQuotas(); }, 10000));
        gui::UnisQuotaPanel *quotas = header->quotaPanel();
        EXPECT_TRUE(quotas->errorText().isEmpty()) << qPrintable(quotas->errorText());
        for (const QString &item : {QStringLiteral("gpu"), QStringLiteral("vgpu"), QStringLiteral("mig"), QStringLiteral("cpu"),
                                    QStringLiteral("memory"), QStringLiteral("jobs"), QStringLiteral("period"), QStringLiteral("storage")})
            EXPECT_FALSE(quotas->valueText(item).isEmpty()) << qPrintable(item);
        EXPECT_EQ(quotas->valueText(QStringLiteral("storage")), QStringLiteral("819 of 2,048"));
        EXPECT_FALSE(tab->noBalanceNote()->isVisible()); // the quotas stand where a balance would

        // A normal user: no administrator page, and none of its requests.
        EXPECT_FALSE(panels->specsPage());
        for (int i = 0; i < tab->pages()->count(); ++i)
            EXPECT_NE(tab->pages()->tabText(i), QStringLiteral("Preset specs"));

        // --- The task table: every kind, with the kind filter beside the status filter -------
        QComboBox *kinds = page->kindCombo();
        ASSERT_TRUE(kinds->isVisible());
        for (const QString &k : {QStringLiteral("dev-env"), QStringLiteral("training"), QStringLiteral("fine-tune"), QStringLiteral("compute-task")})
            EXPECT_GE(kinds->findData(k), 0) << qPrintable(k);
        QHeaderView *columns = page->view()->horizontalHeader();
        for (int column : {gui::ResourceTableModel::Name, gui::ResourceTableModel::Kind, gui::ResourceTableModel::Status,
                           gui::ResourceTableModel::Creator, gui::ResourceTableModel::Gpu, gui::ResourceTableModel::Created,
                           gui::ResourceTableModel::RunTime})
            EXPECT_FALSE(columns->isSectionHidden(column)) << column;
        EXPECT_LT(columns->visualIndex(gui::ResourceTableModel::Status), columns->visualIndex(gui::ResourceTableModel::Creator));
        EXPECT_LT(columns->visualIndex(gui::ResourceTableModel::Created), columns->visualIndex(gui::ResourceTableModel::RunTime));
        EXPECT_TRUE(columns->isSectionHidden(gui::ResourceTableModel::PricePerHour));

        // Running fine-tune jobs only.
        ASSERT_TRUE(selectCombo(page->statusCombo(), QStringLiteral("running")));
        ASSERT_TRUE(selectCombo(kinds, QStringLiteral("fine-tune")));
        gui::ResourceFilterProxy *proxy = page->proxy();
        ASSERT_TRUE(waitFor([proxy] { return proxy->rowCount() >= 1; }, 5000));
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const Resource r = proxy->index(row, 0).data(gui::ResourceTableModel::ResourceRole).value<Resource>();
            EXPECT_EQ(r.kind, ResourceKind::FineTune) << qPrintable(r.name);
            EXPECT_EQ(r.status, ResourceStatus::Running) << qPrintable(r.name);
        }
        const QString tuneId = backend->jobIdByName(QStringLiteral("llama2-7b-sft"));
        ASSERT_FALSE(tuneId.isEmpty());
        ASSERT_TRUE(page->selectResource(tuneId));
        EXPECT_EQ(page->statusCombo()->currentData().toString(), QStringLiteral("running")); // the filters stayed
        const Resource tune = *page->currentResource();
        EXPECT_EQ(tune.creator, QStringLiteral("zhangwei"));
        const QModelIndex runTime = page->model()->index(page->model()->rowOf(accountId, tuneId), gui::ResourceTableModel::RunTime);
        const QString before = runTime.data().toString();
        EXPECT_TRUE(before.contains(QLatin1Char(':'))) << qPrintable(before);
        // It ticks while the job runs.
        EXPECT_TRUE(waitFor([&runTime, &before] { return runTime.data().toString() != before; }, 4000)) << qPrintable(before);

        // Its pods and their events, in the detail pane.
        gui::UnisPodsView *pods = panels->podsView();
        ASSERT_TRUE(pods);
        gui::ResourceDetailPane *detail = page->detailPane();
        ASSERT_GE(detail->pages()->indexOf(pods), 0);
        detail->pages()->setCurrentWidget(pods);
        ASSERT_TRUE(waitFor([pods, &tuneId] { return pods->job() && pods->job()->id == tuneId && pods->hasPods(); }, 10000))
            << qPrintable(pods->errorText());
        ASSERT_FALSE(pods->pods().isEmpty()) << qPrintable(pods->errorText());
        EXPECT_EQ(pods->podList()->topLevelItemCount(), pods->pods().size());
        ASSERT_TRUE(waitFor([pods] { return pods->hasEvents(); }, 10000)) << qPrintable(pods->errorText());
        EXPECT_FALSE(pods->events().isEmpty());
        EXPECT_EQ(pods->eventList()->topLevelItemCount(), pods->events().size());
        EXPECT_TRUE(pods->errorText().isEmpty()) << qPrintable(pods->errorText());
        saveShot(&window, QStringLiteral("unis-main-en.png"));

        // Stop it: one request, counted by the platform.
        const QString stopRoute = QStringLiteral("/api/kernel/fineTune/stopLlmFineTuneTask");
        QAction *stop = page->actionFor(Action::Stop);
        ASSERT_TRUE(stop);
        ASSERT_TRUE(stop->isEnabled()) << qPrintable(stop->toolTip());
        EXPECT_FALSE(page->actionFor(Action::Start)->isEnabled()); // only dev environments start again
        stop->trigger();
        ASSERT_TRUE(waitFor([&] { return backend->requestCountFor(tuneId, stopRoute) == 1; }, 10000));
        // The list shows it stopping, then stopped; the pods are read again as its status moves.
        ASSERT_TRUE(waitFor([&] {
            const int row = page->model()->rowOf(accountId, tuneId);
            return row >= 0 && page->model()->resourceAt(row).status != ResourceStatus::Running;
        }, 15000));
        EXPECT_EQ(backend->requestCountFor(tuneId, stopRoute), 1);
        page->statusCombo()->setCurrentIndex(0);
        kinds->setCurrentIndex(0);

        // --- A running dev environment's web IDE ----------------------------------------------
        const QString notebookId = backend->jobIdByName(QStringLiteral("qwen-debug-notebook"));
        ASSERT_TRUE(page->selectResource(notebookId));
        QAction *webIde = panels->openWebIdeAction();
        ASSERT_TRUE(waitFor([webIde] { return webIde->isEnabled(); }, 5000)) << qPrintable(webIde->toolTip());
        QUrl opened;
        panels->setUrlOpener([&opened](const QUrl &url) {
            opened = url;
            return true;
        });
        webIde->trigger();
        EXPECT_EQ(opened.host(), endpoint.baseUrl.host());
        EXPECT_EQ(opened.port(), endpoint.baseUrl.port());
        EXPECT_TRUE(opened.path().contains(QStringLiteral("/notebook/"))) << qPrintable(opened.toString());
        ASSERT_TRUE(page->selectResource(tuneId));
        EXPECT_FALSE(webIde->isEnabled());

        // --- Create a dev environment through the preset-spec flow ---------------------------
        auto *toolbar = page->findChild<QToolBar *>(QStringLiteral("resourceToolbar"));
        ASSERT_TRUE(toolbar);
        auto *newButton = qobject_cast<QToolButton *>(toolbar->widgetForAction(panels->createActions().first()));
        ASSERT_TRUE(newButton && newButton->isVisible());
        EXPECT_EQ(newButton->popupMode(), QToolButton::MenuButtonPopup);
        EXPECT_TRUE(tab->canCreate());
        QTest::mouseClick(newButton, Qt::LeftButton, {}, QPoint(8, newButton->height() / 2));
        gui::UnisDevEnvDialog *create = panels->devEnvDialog();
        ASSERT_TRUE(create);
        ASSERT_TRUE(waitFor([create] { return create->isLoaded(); }, 10000)) << qPrintable(create->errorText());
        EXPECT_TRUE(create->errorText().isEmpty()) << qPrintable(create->errorText());
        ASSERT_TRUE(create->usesPresetSpecs());
        // GPU model list -> spec list -> resource group.
        const QStringList models = create->gpuModels();
        ASSERT_GE(models.size(), 2) << qPrintable(models.join(QLatin1Char(',')));
        ASSERT_TRUE(models.contains(QString())); // CPU only
        QString gpuModel;
        for (const QString &m : models) {
            if (!m.isEmpty() && gpuModel.isEmpty()) {
                create->selectGpuModel(m);
                if (!create->shownSpecs().isEmpty())
                    gpuModel = m;
            }
        }
        ASSERT_FALSE(gpuModel.isEmpty());
        ASSERT_TRUE(create->selectGpuModel(gpuModel));
        const QList<unis::PresetSpec> specs = create->shownSpecs();
        ASSERT_FALSE(specs.isEmpty());
        ASSERT_TRUE(create->selectSpec(specs.first().specId));
        ASSERT_TRUE(waitFor([create] { return create->placement().has_value(); }, 10000));
        EXPECT_FALSE(create->placement()->resourceGroupId.isEmpty());
        const QString devEnvName = QStringLiteral("gui-notebook-1");
        create->setName(devEnvName);
        const unis::DevEnvRequest request = create->request();
        EXPECT_EQ(request.specId, specs.first().specId);
        EXPECT_EQ(request.resourceGroupId, create->placement()->resourceGroupId);
        EXPECT_FALSE(request.image.isEmpty());
        saveShot(create, QStringLiteral("unis-devenv-en.png"));
        QString question;
        create->setConfirmation([&question](const QString &, const QString &q) {
            question = q;
            return true;
        });
        QTest::mouseClick(create->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok), Qt::LeftButton);
        EXPECT_TRUE(question.contains(devEnvName)) << qPrintable(question);
        EXPECT_TRUE(question.contains(specs.first().label())) << qPrintable(question);
        ASSERT_TRUE(waitFor([&] { return !panels->devEnvDialog(); }, 15000)) << qPrintable(create ? create->errorText() : QString());
        EXPECT_EQ(backend->createCount(devEnvName), 1);
        // The create call returns no id: the new environment is selected once the list shows it.
        ASSERT_TRUE(waitFor([page, &devEnvName] {
            const auto r = page->currentResource();
            return r && r->name == devEnvName;
        }, 20000));
        const Resource created = *page->currentResource();
        EXPECT_EQ(created.kind, ResourceKind::DevEnv);
        EXPECT_EQ(created.id, backend->jobIdByName(devEnvName));
        EXPECT_FALSE(tab->isWaitingForCreated());

        // --- Delete it, confirmed (a cancelled confirmation sends nothing) ------------------
        const QString deleteRoute = QStringLiteral("/api/kernel/notebooks/{notebookId}");
        QAction *destroy = page->actionFor(Action::Destroy);
        ASSERT_TRUE(waitFor([destroy] { return destroy->isEnabled(); }, 5000)) << qPrintable(destroy->toolTip());
        QString asked;
        boxes.expect(true);
        confirmNext(&window, &asked, false);
        destroy->trigger();
        boxes.expect(false);
        EXPECT_TRUE(asked.contains(QStringLiteral("Delete the dev environment “%1”?").arg(devEnvName))) << qPrintable(asked);
        QTest::qWait(300);
        EXPECT_EQ(backend->requestCountFor(created.id, deleteRoute), 0);
        boxes.expect(true);
        confirmNext(&window, &asked, true);
        destroy->trigger();
        boxes.expect(false);
        ASSERT_TRUE(waitFor([&] { return backend->requestCountFor(created.id, deleteRoute) == 1; }, 10000));
        ASSERT_TRUE(waitFor([&] { return page->model()->rowOf(accountId, created.id) < 0; }, 20000));

        // --- A fine-tune job from an algorithm strategy --------------------------------------
        panels->newFineTuneAction()->trigger();
        gui::UnisTaskDialog *task = panels->taskDialog();
        ASSERT_TRUE(task);
        ASSERT_TRUE(waitFor([task] { return task->isLoaded(); }, 10000)) << qPrintable(task->errorText());
        ASSERT_TRUE(waitFor([task] { return task->isStrategyLoaded() && !task->isCommandPending() && !task->command().isEmpty(); }, 10000))
            << qPrintable(task->errorText());
        // The parameter form is built from the strategy's hyper-parameters.
        const QList<unis::HyperParam> params = task->hyperParams();
        ASSERT_FALSE(params.isEmpty());
        EXPECT_GT(task->shownParamCount(), 0);
        task->setName(QStringLiteral("gui-sft-1"));
        task->selectGroup(QStringLiteral("a100-train"));
        task->setResources(1, 16, 128, 1);
        task->generateCommand();
        ASSERT_TRUE(waitFor([task] { return !task->isCommandPending(); }, 10000));
        ASSERT_FALSE(task->command().isEmpty()) << qPrintable(task->errorText());
        task->findChild<QTabWidget *>(QStringLiteral("taskTabs"))->setCurrentIndex(1); // the parameter form
        saveShot(task, QStringLiteral("unis-finetune-en.png"));
        task->setConfirmation([](const QString &, const QString &) { return true; });
        QTest::mouseClick(task->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok), Qt::LeftButton);
        ASSERT_TRUE(waitFor([&] { return !panels->taskDialog(); }, 15000)) << qPrintable(task ? task->errorText() : QString());
        EXPECT_EQ(backend->createCount(QStringLiteral("gui-sft-1")), 1);
        ASSERT_TRUE(waitFor([page] {
            const auto r = page->currentResource();
            return r && r->name == u"gui-sft-1";
        }, 20000));
        EXPECT_EQ(page->currentResource()->kind, ResourceKind::FineTune);

        // --- Clone a compute task under a new name, register a finished job's model -----------
        const QString failedTask = backend->jobIdByName(QStringLiteral("sft-客服对话"));
        ASSERT_TRUE(page->selectResource(failedTask));
        QAction *clone = page->actionFor(Action::Clone);
        ASSERT_TRUE(waitFor([clone] { return clone->isEnabled(); }, 5000)) << qPrintable(clone->toolTip());
        boxes.expect(true);
        answerNextModal<QInputDialog>(&window, [](QInputDialog *input) {
            input->setTextValue(QStringLiteral("gui-clone-1"));
            input->accept();
        });
        // The cost is confirmed after the name.
        QString cloneAsked;
        confirmNext(&window, &cloneAsked);
        clone->trigger();
        ASSERT_TRUE(waitFor([&] { return backend->createCount(QStringLiteral("gui-clone-1")) == 1; }, 10000)) << qPrintable(cloneAsked);
        boxes.expect(false);
        EXPECT_TRUE(cloneAsked.contains(QStringLiteral("gui-clone-1"))) << qPrintable(cloneAsked);

        const QString finished = backend->jobIdByName(QStringLiteral("chatglm3-6b-lora"));
        ASSERT_TRUE(page->selectResource(finished));
        QAction *registerModel = page->actionFor(Action::RegisterModel);
        ASSERT_TRUE(waitFor([registerModel] { return registerModel->isEnabled(); }, 5000)) << qPrintable(registerModel->toolTip());
        boxes.expect(true);
        answerNextModal<QInputDialog>(&window, [](QInputDialog *input) {
            input->setTextValue(QStringLiteral("gui-model-1"));
            input->accept();
        });
        registerModel->trigger();
        ASSERT_TRUE(waitFor([&] { return backend->modelNames().contains(QStringLiteral("gui-model-1")); }, 10000));
        boxes.expect(false);

        EXPECT_TRUE(boxes.seen().isEmpty()) << qPrintable(boxes.seen().join(QLatin1Char('\n')));
        window.close();
    }

    // --- The same window in Chinese ---------------------------------------------------------
    gui::TranslationLoader zh;
    ASSERT_EQ(zh.load(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    {
        gui::MainWindow window(&f.settings, &f.accounts, &f.log, {});
        window.resize(1360, 860);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        gui::AccountTab *tab = window.tabFor(accountId);
        ASSERT_TRUE(tab);
        window.tabs()->setCurrentWidget(tab);
        gui::InstancesPage *page = tab->instancesPage();
        gui::UnisPanels *panels = panelsOf(tab);
        ASSERT_TRUE(panels);
        ASSERT_TRUE(waitFor([page] { return page->hasLoaded() && page->model()->rowCount() > 0; }, 15000));
        ASSERT_TRUE(waitFor([panels] { return panels->header()->hasQuotas(); }, 10000));
        const QString tuneId = backend->jobIdByName(QStringLiteral("deepseek-r1-distill-调优"));
        ASSERT_TRUE(page->selectResource(tuneId));
        page->detailPane()->pages()->setCurrentWidget(panels->podsView());
        ASSERT_TRUE(waitFor([panels] { return panels->podsView()->hasPods() && panels->podsView()->hasEvents(); }, 10000));
        saveShot(&window, QStringLiteral("unis-main-zh_CN.png"));
        panels->openDevEnvDialog();
        gui::UnisDevEnvDialog *create = panels->devEnvDialog();
        ASSERT_TRUE(create);
        ASSERT_TRUE(waitFor([create] { return create->isLoaded() && create->placement().has_value(); }, 10000));
        saveShot(create, QStringLiteral("unis-devenv-zh_CN.png"));
        create->reject();
        panels->openTaskDialog(int(gui::UnisTaskDialog::Flavor::Compute));
        gui::UnisTaskDialog *task = panels->taskDialog();
        ASSERT_TRUE(task);
        ASSERT_TRUE(waitFor([task] { return task->isLoaded() && task->isStrategyLoaded() && !task->isCommandPending(); }, 10000));
        task->findChild<QTabWidget *>(QStringLiteral("taskTabs"))->setCurrentIndex(1);
        saveShot(task, QStringLiteral("unis-compute-zh_CN.png"));
        task->reject();
        window.close();
    }
    zh.unload();
}

TEST(GuiUnis, OnlyAdministratorsSeeThePresetSpecCatalogue)
{
    sim::SimEnvironment env;
    ASSERT_TRUE(env.start({QStringLiteral("unis")})) << qPrintable(env.errorString());
    sim::UnisBackend *backend = env.unis();
    const sim::SimEndpoint endpoint = endpointOf(env, QStringLiteral("unis"));
    Fixture f;
    ASSERT_TRUE(f.accounts.load().isEmpty());
    const QString admin = addUser(f, endpoint, backend, QStringLiteral("lihua"), QStringLiteral("UNIS · lihua"));
    const QString user = addUser(f, endpoint, backend, QStringLiteral("wangfang"), QStringLiteral("UNIS · wangfang"));
    gui::MainWindow window(&f.settings, &f.accounts, &f.log, {});
    window.resize(1360, 860);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    gui::AccountTab *adminTab = window.tabFor(admin);
    gui::AccountTab *userTab = window.tabFor(user);
    ASSERT_TRUE(adminTab && userTab);
    window.tabs()->setCurrentWidget(adminTab);
    gui::UnisPanels *adminPanels = panelsOf(adminTab);
    ASSERT_TRUE(waitFor([adminPanels] { return adminPanels->specsPage() != nullptr; }, 15000));
    EXPECT_TRUE(adminPanels->header()->identityLabel()->text().contains(QStringLiteral("Tenant administrator")))
        << qPrintable(adminPanels->header()->identityLabel()->text());
    gui::UnisSpecsPage *specs = adminPanels->specsPage();
    EXPECT_EQ(adminTab->pages()->tabText(adminTab->pages()->indexOf(specs)), QStringLiteral("Preset specs"));
    adminTab->pages()->setCurrentWidget(specs);
    ASSERT_TRUE(waitFor([specs] { return specs->hasLoaded(); }, 10000));
    EXPECT_GT(specs->modelList()->topLevelItemCount(), 0);
    EXPECT_GT(specs->specList()->topLevelItemCount(), 0);
    // A model's MIG profiles when it is opened.
    QTreeWidgetItem *model = specs->modelList()->topLevelItem(0);
    model->setExpanded(true);
    ASSERT_TRUE(waitFor([model] { return model->childCount() > 0 && !model->child(0)->text(0).endsWith(QChar(0x2026)); }, 10000));
    saveShot(&window, QStringLiteral("unis-specs-en.png"));

    // The normal user: signed in and listed, but no administrator page.
    window.tabs()->setCurrentWidget(userTab);
    gui::UnisPanels *userPanels = panelsOf(userTab);
    ASSERT_TRUE(waitFor([userTab] { return userTab->instancesPage()->hasLoaded(); }, 15000));
    ASSERT_TRUE(waitFor([userPanels] { return userPanels->provider()->knownUser().has_value(); }, 10000));
    EXPECT_FALSE(userPanels->provider()->isAdmin());
    EXPECT_FALSE(userPanels->specsPage());
    for (int i = 0; i < userTab->pages()->count(); ++i)
        EXPECT_NE(userTab->pages()->tabText(i), QStringLiteral("Preset specs"));
    // wangfang has no quota set up: the panel says so rather than inventing limits.
    ASSERT_TRUE(waitFor([userPanels] { return userPanels->header()->hasQuotas(); }, 10000));
    // No quota of her own: the panel says so rather than passing the figures off as her limits.
    EXPECT_TRUE(userPanels->header()->quotaPanel()->findChild<QLabel *>(QStringLiteral("quotaLeftCaption"))->text().contains(
        QStringLiteral("no quota set")));
    saveShot(&window, QStringLiteral("unis-user-en.png"));

    // The same in a dark palette: captions and values must stay readable.
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8a, 0x8a, 0x8a));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8a, 0x8a, 0x8a));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8a, 0x8a, 0x8a));
    QApplication::setPalette(dark);
    userTab->instancesPage()->detailPane()->pages()->setCurrentWidget(userPanels->podsView());
    ASSERT_TRUE(waitFor([userPanels] { return userPanels->podsView()->hasEvents(); }, 10000));
    saveShot(&window, QStringLiteral("unis-user-dark-en.png"));
    QApplication::setPalette(light);
}

TEST(GuiUnis, AJobsLogChartsAndTheAccountsFilesAreOneClickAway)
{
    sim::SimEnvironment env;
    ASSERT_TRUE(env.start({QStringLiteral("unis")})) << qPrintable(env.errorString());
    sim::UnisBackend *backend = env.unis();
    ASSERT_TRUE(backend);
    const sim::SimEndpoint endpoint = endpointOf(env, QStringLiteral("unis"));

    Fixture f;
    ASSERT_TRUE(f.accounts.load().isEmpty());
    UnexpectedBoxes boxes;
    gui::TransferServices services(&f.accounts);
    QString journalError;
    transfer::TransferQueue queue(transfer::TransferJournal::open(f.dir.filePath(QStringLiteral("transfers.sqlite")), &journalError),
                                  services.resolver());
    services.attach(&queue);

    gui::MainWindowOptions options;
    options.transfers = &queue;
    gui::MainWindow window(&f.settings, &f.accounts, &f.log, options);
    window.resize(1360, 860);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QString accountId = addUser(f, endpoint, backend, backend->userName(), QStringLiteral("UNIS · lab"));
    gui::AccountTab *tab = nullptr;
    ASSERT_TRUE(waitFor([&] { return (tab = window.tabFor(accountId)) != nullptr; }, 5000));
    gui::UnisPanels *panels = panelsOf(tab);
    ASSERT_TRUE(panels);
    gui::UnisJobTools *tools = panels->jobTools();
    ASSERT_TRUE(tools);
    gui::InstancesPage *page = tab->instancesPage();
    ASSERT_TRUE(waitFor([page] { return page->hasLoaded() && page->model()->rowCount() > 0; }, 15000));

    // The account's storage is a page of its own, beside the jobs.
    gui::FileBrowserPage *files = tools->filesPage();
    ASSERT_TRUE(files);
    const int filesIndex = tab->pages()->indexOf(files);
    ASSERT_GT(filesIndex, 0);
    EXPECT_EQ(tab->pages()->tabText(filesIndex), QStringLiteral("Files"));
    tab->pages()->setCurrentIndex(filesIndex);
    ASSERT_TRUE(waitFor([files] { return !files->isLoading() && files->statusLabel()->text().size() > 0; }, 15000));
    // A normal user: no cluster monitor.
    EXPECT_FALSE(tools->clusterMonitorAction()->isVisible());
    tab->pages()->setCurrentIndex(0);

    // A dev environment keeps no log: the action says why.
    const QString devEnvId = backend->jobIds(QStringLiteral("dev-env")).value(0);
    ASSERT_FALSE(devEnvId.isEmpty());
    ASSERT_TRUE(page->selectResource(devEnvId));
    ASSERT_TRUE(waitFor([tools] { return !tools->jobLogsAction()->isEnabled(); }, 5000));
    EXPECT_TRUE(tools->jobLogsAction()->toolTip().contains(QStringLiteral("no log"))) << qPrintable(tools->jobLogsAction()->toolTip());
    EXPECT_TRUE(tools->monitorAction()->isEnabled());

    // A running fine-tune job: Ctrl+Shift+L opens its pod's log in a viewer window.
    const QString tuneId = backend->jobIdByName(QStringLiteral("llama2-7b-sft"));
    ASSERT_TRUE(page->selectResource(tuneId));
    ASSERT_TRUE(waitFor([tools] { return tools->jobLogsAction()->isEnabled(); }, 5000));
    EXPECT_EQ(tools->jobLogsAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    const auto viewers = [] {
        QList<gui::LogViewerWindow *> found;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *viewer = qobject_cast<gui::LogViewerWindow *>(w); viewer && viewer->isVisible())
                found.append(viewer);
        }
        return found;
    };
    ASSERT_TRUE(viewers().isEmpty());
    tools->jobLogsAction()->trigger();
    ASSERT_TRUE(waitFor([&] { return viewers().size() == 1 && viewers().first()->document()->store().lineCount() > 0; }, 15000));
    gui::LogViewerWindow *viewer = viewers().first();
    // Titled after the pod (the platform names a job's pods after the job, without its dashes).
    EXPECT_TRUE(viewer->windowTitle().contains(QStringLiteral("llama27bsft"))) << qPrintable(viewer->windowTitle());
    saveShot(viewer, QStringLiteral("unis-job-log-en.png"));
    viewer->close();

    // Ctrl+Shift+M charts the job's pods.
    ASSERT_TRUE(tools->monitorAction()->isEnabled());
    tools->monitorAction()->trigger();
    ASSERT_TRUE(waitFor([tools] { return tools->lastMonitor() != nullptr; }, 15000));
    gui::MonitorView *monitor = tools->lastMonitor();
    EXPECT_FALSE(monitor->subjects().isEmpty());
    for (const QString &pod : monitor->subjects())
        EXPECT_TRUE(pod.contains(QStringLiteral("llama27bsft"))) << qPrintable(pod);
    EXPECT_TRUE(monitor->isWindow());
    QSignalSpy updated(monitor, &gui::MonitorView::updated);
    ASSERT_TRUE(updated.wait(15000));
    saveShot(monitor, QStringLiteral("unis-job-monitor-en.png"));
    monitor->close();
    EXPECT_TRUE(waitFor([tools] { return tools->lastMonitor() == nullptr; }, 5000));
}
