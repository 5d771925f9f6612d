// The Files page of a UNIS account and the Transfers dock, offscreen, against the UNIS simulator:
// a folder dropped from the desktop onto the browser is uploaded and appears in it; the queue
// ends with the summary and the notice; new folder, delete (confirmed), the public storage, the
// SFTP details with the password masked. Screenshots in English and in Chinese.
#include "gui/accountmanager.h"
#include "gui/filebrowsermodel.h"
#include "gui/filebrowserpage.h"
#include "gui/filebrowsersftpdialog.h"
#include "gui/mainwindow.h"
#include "gui/transferdock.h"
#include "gui/transfermodel.h"
#include "gui/transferservices.h"
#include "gui/transferstatuslabel.h"
#include "gui/translationloader.h"

#include "core/accountsession.h"
#include "core/appsettings.h"
#include "core/eventlog.h"
#include "core/secretstore.h"
#include "platforms/unis/unisprovider.h"
#include "sim/simenvironment.h"
#include "sim/unis/unisfileservice.h"
#include "transfer/transferjournal.h"
#include "transfer/transferqueue.h"

#include "guishots.h"
#include "waitfor.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace suanli;
using suanli::test::waitFor;
using suanli::test::saveShot;

namespace {

void writeFile(const QString &path, qint64 size, int seed)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    QByteArray data(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        data[i] = char((i * 131 + seed) >> 2);
    file.write(data);
}

// Drags local paths from "the desktop" onto a widget: enter, move, drop, as a window system does.
bool dropOn(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime.setUrls(urls);
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

QStringList names(const gui::FileBrowserPage &page)
{
    QStringList out;
    QAbstractItemModel *model = page.view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->index(row, gui::FileBrowserModel::Name).data().toString());
    return out;
}

// Clicks the confirm button of the next confirmation box and keeps its question.
void confirmNext(QObject *context, QString *asked)
{
    auto *poll = new QTimer(context);
    QObject::connect(poll, &QTimer::timeout, context, [poll, asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            *asked = box->text() + QLatin1Char('\n') + box->informativeText();
            if (auto *button = box->findChild<QPushButton *>(QStringLiteral("confirmButton")))
                button->click();
        }
    });
    poll->start(50);
}

struct Fixture
{
    Fixture()
        : settings(dir.path())
        , accounts(dir.path(), std::make_unique<MemorySecretStore>(), &log)
        , services(&accounts)
    {
    }
    QTemporaryDir dir;
    AppSettings settings;
    EventLog log;
    gui::AccountManager accounts;
    gui::TransferServices services;
};

} // namespace

TEST(GuiFiles, AFolderDroppedOnTheBrowserIsUploadedAndShown)
{
    QTemporaryDir storage;
    sim::SimEnvironment env;
    env.setUnisFilesDir(storage.path());
    ASSERT_TRUE(env.start({QStringLiteral("unis")})) << qPrintable(env.errorString());
    const sim::SimEndpoint endpoint = env.endpoints().constFirst();

    Fixture f;
    ASSERT_TRUE(f.accounts.load().isEmpty());
    Account account;
    account.id = Account::newId();
    account.displayName = QStringLiteral("UNIS · lab");
    account.platform = QStringLiteral("unis");
    account.baseUrl = endpoint.baseUrl;
    account.login = endpoint.login;
    for (auto it = endpoint.options.cbegin(); it != endpoint.options.cend(); ++it)
        account.options.insert(it.key(), it.value());
    ASSERT_TRUE(f.accounts.addAccount(account, endpoint.credential).isEmpty());
    ASSERT_TRUE(waitFor([&] { return f.accounts.session(account.id) && f.accounts.session(account.id)->hasSecret(); }));
    auto *provider = qobject_cast<unis::UnisProvider *>(f.accounts.provider(account.id));
    ASSERT_TRUE(provider);

    QString error;
    transfer::TransferQueue queue(transfer::TransferJournal::open(f.dir.filePath(QStringLiteral("transfers.sqlite")), &error),
                                  f.services.resolver());
    f.services.attach(&queue);
    transfer::TransferSettings settings;
    settings.chunkSize = 1024 * 1024;
    queue.setSettings(settings);

    // A dataset on the desktop.
    QTemporaryDir desktop;
    const QString dataset = desktop.filePath(QStringLiteral("imagenet-mini"));
    writeFile(dataset + QStringLiteral("/labels.csv"), 4000, 1);
    writeFile(dataset + QStringLiteral("/train/shard-000.bin"), 3 * 1024 * 1024 + 77, 2);
    writeFile(dataset + QStringLiteral("/train/shard-001.bin"), 2 * 1024 * 1024, 3);
    writeFile(dataset + QStringLiteral("/val/验证集.bin"), 900 * 1024, 4);

    gui::MainWindowOptions options;
    options.transfers = &queue;
    gui::MainWindow window(&f.settings, &f.accounts, &f.log, options);
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.transferDock());
    QAbstractItemModelTester tester(window.transferDock()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    gui::FileBrowserPage page(provider->client(), account.id, &queue);
    page.setWindowTitle(QStringLiteral("UNIS · lab — Files"));
    page.resize(960, 560);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    ASSERT_TRUE(waitFor([&] { return !page.isLoading(); }, 15000));
    EXPECT_TRUE(names(page).isEmpty());
    EXPECT_TRUE(page.statusLabel()->text().contains(QStringLiteral("empty")));

    page.createFolder(QStringLiteral("datasets"));
    ASSERT_TRUE(waitFor([&] { return names(page).contains(QStringLiteral("datasets")); }, 15000));
    page.openFolder(QStringLiteral("/datasets"));
    ASSERT_TRUE(waitFor([&] { return !page.isLoading() && page.currentFolder() == u"/datasets"; }, 15000));
    queue.start();

    // The drop.
    QSignalSpy finished(&queue, &transfer::TransferQueue::queueFinished);
    ASSERT_TRUE(dropOn(page.view()->viewport(), {dataset}));
    ASSERT_EQ(queue.topLevelIds().size(), 1);
    EXPECT_TRUE(window.transferDock()->isVisible());
    ASSERT_TRUE(waitFor([&] { return finished.count() > 0; }, 60000));
    const qint64 id = queue.topLevelIds().constFirst();
    EXPECT_EQ(queue.record(id)->state, transfer::TransferState::Done) << qPrintable(queue.record(id)->error);
    EXPECT_EQ(finished.constLast().at(0).toInt(), 4);

    // The browser shows what arrived, without being asked.
    ASSERT_TRUE(waitFor([&] { return names(page).contains(QStringLiteral("imagenet-mini")); }, 15000));
    page.view()->selectRow(0);
    saveShot(&page, QStringLiteral("files-browser-en.png"));
    page.openFolder(QStringLiteral("/datasets/imagenet-mini/train"));
    ASSERT_TRUE(waitFor([&] { return names(page).size() == 2; }, 15000));
    EXPECT_EQ(names(page), (QStringList{QStringLiteral("shard-000.bin"), QStringLiteral("shard-001.bin")}));
    EXPECT_FALSE(page.view()->model()->index(0, gui::FileBrowserModel::Size).data().toString().isEmpty());
    EXPECT_FALSE(page.view()->model()->index(0, gui::FileBrowserModel::Modified).data().toString().isEmpty());

    // The stored bytes are the desktop's.
    QDirIterator users(storage.path() + QStringLiteral("/users"), QDir::Dirs | QDir::NoDotAndDotDot);
    ASSERT_TRUE(users.hasNext());
    QFile stored(users.next() + QStringLiteral("/datasets/imagenet-mini/val/验证集.bin"));
    ASSERT_TRUE(stored.open(QIODevice::ReadOnly));
    QFile original(dataset + QStringLiteral("/val/验证集.bin"));
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    EXPECT_EQ(stored.readAll(), original.readAll());

    // The dock, the status bar and the notice.
    gui::TransferModel *model = window.transferDock()->model();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->data(model->index(0, gui::TransferModel::State)).toString(), QStringLiteral("Done"));
    EXPECT_EQ(model->data(model->index(0, gui::TransferModel::Progress)).toString(), QStringLiteral("4 of 4 files"));
    bool told = false;
    for (int i = 0; i < f.log.size(); ++i)
        told = told || f.log.at(i).message.contains(QStringLiteral("4 file(s) uploaded"));
    EXPECT_TRUE(told);
    window.transferDock()->limitBox()->setValue(20);
    EXPECT_EQ(queue.settings().bandwidthLimit, 20 * 1024 * 1024);
    window.transferDock()->raise();
    saveShot(&window, QStringLiteral("files-transfers-en.png"));

    // Delete, confirmed, two at once.
    page.openFolder(QStringLiteral("/datasets/imagenet-mini"));
    ASSERT_TRUE(waitFor([&] { return names(page).size() == 3 && !page.isLoading(); }, 15000));
    page.view()->selectionModel()->select(page.view()->model()->index(0, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    page.view()->selectionModel()->select(page.view()->model()->index(2, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QString asked;
    confirmNext(&page, &asked);
    page.deleteAction()->trigger();
    EXPECT_TRUE(asked.contains(QStringLiteral("Delete 2 item(s)"))) << qPrintable(asked);
    ASSERT_TRUE(waitFor([&] { return names(page) == QStringList{QStringLiteral("val")}; }, 15000)) << qPrintable(names(page).join(u','));

    // The public storage and the SFTP details.
    page.setStorage(true);
    ASSERT_TRUE(waitFor([&] { return !page.isLoading(); }, 15000));
    EXPECT_TRUE(page.isPublic());
    page.showSftp();
    auto *sftp = page.findChild<gui::FileBrowserSftpDialog *>();
    ASSERT_TRUE(sftp);
    ASSERT_TRUE(waitFor([&] { return sftp->isLoaded(); }, 15000));
    EXPECT_EQ(sftp->passwordField()->echoMode(), QLineEdit::Password);
    EXPECT_EQ(sftp->passwordField()->text(), env.unisFiles()->sftpPassword(sim::UnisFileService::publicOwner()));
    saveShot(sftp, QStringLiteral("files-sftp-en.png"));
    sftp->revealButton()->click();
    EXPECT_EQ(sftp->passwordField()->echoMode(), QLineEdit::Normal);
    sftp->close();

    // --- the same in Chinese ------------------------------------------------------------------
    gui::TranslationLoader zh;
    ASSERT_EQ(zh.load(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    {
        gui::FileBrowserPage chinese(provider->client(), account.id, &queue);
        chinese.resize(960, 560);
        chinese.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&chinese));
        ASSERT_TRUE(waitFor([&] { return !chinese.isLoading(); }, 15000));
        chinese.openFolder(QStringLiteral("/datasets/imagenet-mini/val"));
        ASSERT_TRUE(waitFor([&] { return names(chinese) == QStringList{QStringLiteral("验证集.bin")}; }, 15000));
        saveShot(&chinese, QStringLiteral("files-browser-zh_CN.png"));
        gui::MainWindow zhWindow(&f.settings, &f.accounts, &f.log, options);
        zhWindow.resize(1280, 800);
        zhWindow.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&zhWindow));
        zhWindow.transferDock()->raise();
        saveShot(&zhWindow, QStringLiteral("files-transfers-zh_CN.png"));
    }
    zh.unload();
    window.close();
}
