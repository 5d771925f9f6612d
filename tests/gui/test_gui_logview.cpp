// The log viewer driven offscreen: a local file that grows (follow, scroll up, follow again),
// a regex search with F3, filter mode that keeps the current line in place, wrap, zoom, go to
// line, copy and save, highlight rules kept in the settings, drag and drop, and the console's
// own activity and HTTP logs from the main window's View menu. Screenshots in English and
// Chinese.
#include "gui/accountmanager.h"
#include "gui/logview.h"
#include "gui/logviewcolors.h"
#include "gui/logviewerwindow.h"
#include "gui/logviewrulesdialog.h"
#include "gui/logviewsearchbar.h"
#include "gui/mainwindow.h"
#include "gui/translationloader.h"

#include "core/appsettings.h"
#include "core/eventlog.h"
#include "core/logs/filelogsource.h"
#include "core/logs/highlightrule.h"
#include "core/logs/logdocument.h"
#include "core/logs/logsearchsession.h"
#include "core/secretstore.h"
#include "core/accountsession.h"
#include "platforms/platformregistry.h"
#include "platforms/unis/unislogin.h"
#include "platforms/unis/unislogs.h"
#include "platforms/unis/unispodlogsource.h"
#include "platforms/unis/unisprovider.h"
#include "sim/simenvironment.h"
#include "sim/simserver.h"
#include "sim/unis/unisbackend.h"

#include "guishots.h"
#include "waitfor.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMimeData>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace suanli;
using suanli::test::waitFor;
using suanli::test::saveShot;

namespace {

void append(const QString &path, const QByteArray &data)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::Append));
    f.write(data);
}

// A training log: levels, a traceback, Chinese, progress bars, invalid bytes, a long line.
QByteArray trainingLog(int steps)
{
    QByteArray log;
    log += "[2025-02-10 15:55:03,248] [INFO] [real_accelerator.py:133:get_accelerator] Setting ds_accelerator to cuda\r\n";
    log += "[2025-02-10 15:55:03] [INFO] [AmphaToolkit.datasets.auto] 使用环境变量中的数据集路径: /ampha/dataset\n";
    log += "2025-02-10 15:55:00.600108: E external/local_xla/xla/stream_executor/cuda/cuda_dnn.cc:9261] Unable to register cuDNN factory\n";
    log += "2025-02-10 15:55:01.599896: W tensorflow/compiler/tf2tensorrt/utils/py_utils.cc:38] TF-TRT Warning: Could not find TensorRT\n";
    log += "Map:   0%|          | 0/88 [00:00<?, ? examples/s]\rMap:  50%|#####     | 44/88\rMap: 100%|██████████| 88/88 [00:00<00:00, 20514.60 examples/s]\n";
    log += "a line with broken bytes \xff\xfe here\n";
    log += "long: " + QByteArray(3000, 'x') + " end\n";
    for (int i = 1; i <= steps; ++i) {
        log += "[2025-02-10 15:56:" + QByteArray::number(10 + i % 50) + "] [INFO] step " + QByteArray::number(i) + "/" +
               QByteArray::number(steps) + " loss=" + QByteArray::number(2.0 / i, 'f', 4) + " lr=2e-05 训练中\n";
        if (i % 25 == 0)
            log += "[2025-02-10 15:56:59] [DEBUG] checkpoint saved to /ampha/output/checkpoint-" + QByteArray::number(i) + "\n";
    }
    log += "Traceback (most recent call last):\n"
           "  File \"/ampha/algorithm/sft.py\", line 182, in <module>\n"
           "    model = AutoModel.from_config(\n"
           "  File \"src/AmphaToolkit/text_generation/models/auto.py\", line 87, in from_config\n"
           "ImportError: Using `bitsandbytes` 8-bit quantization requires Accelerate\n"
           "[2025-02-10 15:57:11,076] torch.distributed.elastic.multiprocessing.api: [ERROR] failed (exitcode: 1)\n";
    return log;
}

struct Fixture
{
    Fixture()
        : settings(dir.path())
    {
    }
    QTemporaryDir dir;
    AppSettings settings;
};

qint64 lineOfText(const LogDocument *doc, const QByteArray &text)
{
    for (qint64 i = 0; i < doc->store().lineCount(); ++i) {
        if (doc->store().line(i).contains(text))
            return i;
    }
    return -1;
}

} // namespace

TEST(GuiLogView, FollowSearchFilterWrapSave)
{
    Fixture f;
    const QString path = f.dir.filePath(QStringLiteral("train.log"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(trainingLog(400));
    }
    gui::LogViewerWindow window(&f.settings);
    window.resize(1100, 640);
    window.openFile(path);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    LogDocument *doc = window.document();
    gui::LogView *view = window.view();
    ASSERT_TRUE(waitFor([&] { return doc->store().lineCount() > 400; }));
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("train.log")));
    const qint64 lines = doc->store().lineCount();
    EXPECT_EQ(doc->store().line(4), QByteArrayView("Map: 100%|██████████| 88/88 [00:00<00:00, 20514.60 examples/s]"));

    // --- Follow: opened at the end, keeps up with new lines ---------------------------------
    EXPECT_TRUE(view->isFollowing());
    EXPECT_TRUE(window.followAction()->isChecked());
    EXPECT_TRUE(view->isAtEnd());
    EXPECT_GT(view->topRow(), 0);
    append(path, "[2025-02-10 15:58:00] [WARN] appended while following\n");
    ASSERT_TRUE(waitFor([&] { return doc->store().lineCount() == lines + 1; }));
    ASSERT_TRUE(waitFor([&] { return view->isAtEnd(); }));
    saveShot(&window, QStringLiteral("logview-follow-en.png"));

    // Scrolling up stops following; new lines then do not move the view.
    QTest::keyClick(view, Qt::Key_PageUp);
    QTest::keyClick(view, Qt::Key_PageUp);
    EXPECT_FALSE(view->isFollowing());
    EXPECT_FALSE(window.followAction()->isChecked());
    const qint64 top = view->topRow();
    append(path, "[2025-02-10 15:58:01] [INFO] more\n[2025-02-10 15:58:02] [INFO] and more\n");
    ASSERT_TRUE(waitFor([&] { return doc->store().lineCount() == lines + 3; }));
    QTest::qWait(50);
    EXPECT_EQ(view->topRow(), top);
    EXPECT_FALSE(view->isAtEnd());
    // Ctrl+End goes back to the end and follows again.
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    EXPECT_TRUE(view->isFollowing());
    EXPECT_TRUE(view->isAtEnd());

    // --- Regex search from the search bar ----------------------------------------------------
    gui::LogViewSearchBar *bar = window.searchBar();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(bar->edit()->hasFocus());
    bar->regexButton()->setChecked(true);
    QTest::keyClicks(bar->edit(), QStringLiteral("step \\d+5/\\d+ loss=0\\.0[0-4]"));
    bar->searchNow();
    LogSearchSession *search = window.search();
    ASSERT_TRUE(waitFor([&] { return search->isComplete() && !search->hits().empty(); }));
    // Steps 55, 65, ... 395 have a loss under 0.05 (2/i), and every "...5" step from 45 up.
    std::vector<qint64> expected;
    for (qint64 i = 0; i < doc->store().lineCount(); ++i) {
        const QString text = doc->store().lineText(i);
        static const QRegularExpression re(QStringLiteral("step \\d+5/\\d+ loss=0\\.0[0-4]"));
        if (re.match(text).hasMatch())
            expected.push_back(doc->store().ordinalOf(i));
    }
    EXPECT_EQ(search->hits(), expected);
    EXPECT_TRUE(bar->countLabel()->text().startsWith(QStringLiteral("%1 hit").arg(expected.size()))) << qPrintable(bar->countLabel()->text());
    QTest::keyClick(bar->edit(), Qt::Key_Return); // first hit after the current position (wraps)
    const qint64 firstHit = view->currentLine();
    ASSERT_GE(firstHit, 0);
    EXPECT_EQ(doc->store().ordinalOf(firstHit), expected.front());
    EXPECT_FALSE(view->isFollowing()); // stepping to a hit left the end
    QTest::keyClick(&window, Qt::Key_F3);
    EXPECT_EQ(doc->store().ordinalOf(view->currentLine()), expected[1]);
    EXPECT_EQ(bar->countLabel()->text(), QStringLiteral("2 of %1").arg(expected.size()));
    QTest::keyClick(&window, Qt::Key_F3, Qt::ShiftModifier);
    EXPECT_EQ(view->currentLine(), firstHit);
    saveShot(&window, QStringLiteral("logview-search-en.png"));

    // --- Filter mode: only the hits, the current line stays where it was -----------------------
    const qint64 current = view->currentLine();
    window.filterAction()->trigger();
    EXPECT_TRUE(view->isFiltered());
    EXPECT_TRUE(bar->filterButton()->isChecked());
    EXPECT_EQ(view->rowCount(), qint64(expected.size()));
    EXPECT_EQ(view->currentLine(), current);
    EXPECT_LE(view->topRow(), 1);
    saveShot(&window, QStringLiteral("logview-filter-en.png"));
    // Lines that arrive and match show up in the filter too.
    append(path, "[2025-02-10 15:59:00] [INFO] step 9995/9999 loss=0.0001 训练中\n");
    ASSERT_TRUE(waitFor([&] { return view->rowCount() == qint64(expected.size()) + 1; }));
    const QString shownPath = f.dir.filePath(QStringLiteral("shown.log"));
    EXPECT_TRUE(window.saveShown(shownPath).isEmpty());
    {
        QFile shown(shownPath);
        ASSERT_TRUE(shown.open(QIODevice::ReadOnly));
        const QList<QByteArray> shownLines = shown.readAll().split('\n');
        EXPECT_EQ(shownLines.size(), qsizetype(expected.size()) + 2); // + the new hit, + the empty rest
        EXPECT_TRUE(shownLines.at(0).contains("step 45/400")) << shownLines.at(0).constData();
    }
    // Back to every line: the current line is still on screen.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_FALSE(view->isFiltered());
    EXPECT_EQ(view->currentLine(), current);
    EXPECT_LE(view->topRow(), current);
    EXPECT_GT(view->topRow() + 40, current);

    // --- Go to line, copy, select all, save everything ------------------------------------------
    EXPECT_TRUE(view->goToLineNumber(3));
    EXPECT_EQ(view->currentLine(), 2);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    EXPECT_TRUE(QGuiApplication::clipboard()->text().contains(QStringLiteral("Unable to register cuDNN factory")));
    EXPECT_FALSE(view->goToLineNumber(100000));
    EXPECT_EQ(view->currentLine(), doc->store().lineCount() - 1);
    QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
    EXPECT_TRUE(view->hasSelection());
    const QString all = view->selectedText();
    EXPECT_EQ(all.count(QLatin1Char('\n')), doc->store().lineCount() - 1);
    EXPECT_TRUE(all.contains(QStringLiteral("使用环境变量中的数据集路径")));
    EXPECT_TRUE(all.contains(QChar(QChar::ReplacementCharacter)));
    view->clearSelection();
    const QString everythingPath = f.dir.filePath(QStringLiteral("all.log"));
    EXPECT_TRUE(window.saveEverything(everythingPath).isEmpty());
    EXPECT_EQ(QFileInfo(everythingPath).size(), doc->store().byteSize());

    // --- Wrap: the 3000-character line takes several rows; zoom changes the row height ----------
    view->goToLineNumber(lineOfText(doc, "long: xxx") + 1);
    window.wrapAction()->trigger();
    EXPECT_TRUE(view->wrap());
    view->goToLineNumber(lineOfText(doc, "long: xxx") + 1);
    saveShot(&window, QStringLiteral("logview-wrap-en.png"));
    const qreal size = view->fontPointSize();
    QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
    EXPECT_GT(view->fontPointSize(), size);
    view->resetZoom();
    EXPECT_DOUBLE_EQ(view->fontPointSize(), size);
    window.wrapAction()->trigger();
    EXPECT_FALSE(view->wrap());

    // --- Highlight rules: kept in the settings for the next window -----------------------------------
    view->setHighlightRules({HighlightRule{QStringLiteral("checkpoint saved"), false, false, QString(), QStringLiteral("#2e7d32"),
                                           true, true},
                             HighlightRule{QStringLiteral("loss=[0-9.]+"), true, false, QStringLiteral("#1565c0"), QString(),
                                           false, true}});
    window.wrapAction()->trigger(); // any option change saves the options
    window.wrapAction()->trigger();
    {
        gui::LogViewerWindow second(&f.settings);
        EXPECT_EQ(second.view()->highlightRules().size(), 2);
        EXPECT_EQ(second.view()->highlightRules().at(1).pattern, QStringLiteral("loss=[0-9.]+"));
    }
    view->goToLineNumber(lineOfText(doc, "checkpoint-400") + 1);
    saveShot(&window, QStringLiteral("logview-rules-en.png"));

    // --- Drag and drop another file onto the view ------------------------------------------------------
    const QString other = f.dir.filePath(QStringLiteral("other.log"));
    {
        QFile file(other);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("first line of the other file\nsecond line\n");
    }
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(other)});
    // As a window system delivers it: an accepted enter makes the view the drop target.
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &drop);
    EXPECT_TRUE(drop.isAccepted());
    ASSERT_TRUE(waitFor([&] { return doc->store().lineCount() == 2; }));
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("other.log")));
}

TEST(GuiLogView, RulesDialogEditsRules)
{
    gui::LogViewRulesDialog dialog({HighlightRule{QStringLiteral("ERROR"), false, true, QStringLiteral("#ff0000"), QString(), true, true}});
    EXPECT_EQ(dialog.table()->rowCount(), 1);
    dialog.addRule(HighlightRule{QStringLiteral("检查点"), false, false, QString(), QStringLiteral("#123456"), false, true});
    dialog.addRule(HighlightRule{}); // empty patterns are dropped
    const QList<HighlightRule> rules = dialog.rules();
    ASSERT_EQ(rules.size(), 2);
    EXPECT_EQ(rules[0].foreground, QStringLiteral("#ff0000"));
    EXPECT_TRUE(rules[0].caseSensitive);
    EXPECT_EQ(rules[1].pattern, QStringLiteral("检查点"));
    EXPECT_FALSE(rules[1].wholeLine);
    dialog.show();
    saveShot(&dialog, QStringLiteral("logview-rules-dialog-en.png"));
}

TEST(GuiLogView, ConsoleLogsFromTheMainWindow)
{
    Fixture f;
    EventLog log;
    gui::AccountManager accounts(f.dir.path(), std::make_unique<MemorySecretStore>(), &log);
    gui::MainWindow main(&f.settings, &accounts, &log, {});
    main.show();
    log.info(QStringLiteral("UNIS · prod"), QStringLiteral("Signed in."));
    HttpLogEntry entry;
    entry.accountName = QStringLiteral("UNIS · prod");
    entry.method = "POST";
    entry.url = QStringLiteral("https://10.99.232.237:14443/api/kernel/trainOperatorPod/viewPodLogs");
    entry.status = 200;
    entry.durationMs = 87;
    log.appendHttp(entry);

    auto *httpAction = main.findChild<QAction *>(QStringLiteral("actionHttpLogViewer"));
    ASSERT_TRUE(httpAction);
    httpAction->trigger();
    auto *httpWindow = main.findChild<gui::LogViewerWindow *>();
    ASSERT_TRUE(httpWindow);
    ASSERT_EQ(httpWindow->document()->store().lineCount(), 1);
    EXPECT_TRUE(httpWindow->document()->store().lineText(0).contains(
        QStringLiteral("POST /api/kernel/trainOperatorPod/viewPodLogs 200 87 ms UNIS · prod")));
    entry.status = 500;
    entry.url = QStringLiteral("https://10.99.232.237:14443/api/kernel/trainOperator/listTask");
    log.appendHttp(entry);
    EXPECT_EQ(httpWindow->document()->store().lineCount(), 2);
    httpWindow->resize(900, 300);
    saveShot(httpWindow, QStringLiteral("logview-http-en.png"));
    httpWindow->close();

    main.findChild<QAction *>(QStringLiteral("actionActivityLogViewer"))->trigger();
    gui::LogViewerWindow *activity = nullptr;
    ASSERT_TRUE(waitFor([&] {
        for (auto *w : main.findChildren<gui::LogViewerWindow *>()) {
            if (w->source() && w->windowTitle().startsWith(QStringLiteral("Activity log")))
                activity = w;
        }
        return activity != nullptr;
    }));
    EXPECT_GE(activity->document()->store().lineCount(), 1);
    log.error(QString(), QStringLiteral("Something failed"));
    EXPECT_TRUE(activity->document()->store().lineText(activity->document()->store().lineCount() - 1)
                    .contains(QStringLiteral("[ERROR] Something failed")));
    EXPECT_TRUE(main.findChild<QAction *>(QStringLiteral("actionOpenLog")));
}

TEST(GuiLogView, ChineseScreenshots)
{
    gui::TranslationLoader zh;
    ASSERT_EQ(zh.load(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    Fixture f;
    const QString path = f.dir.filePath(QStringLiteral("训练日志.log"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(trainingLog(120));
    }
    gui::LogViewerWindow window(&f.settings);
    window.resize(1100, 640);
    window.openFile(path);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(waitFor([&] { return window.document()->store().lineCount() > 120; }));
    saveShot(&window, QStringLiteral("logview-follow-zh_CN.png"));
    window.searchBar()->edit()->setText(QStringLiteral("训练中 AND loss=0\\.0"));
    window.searchBar()->regexButton()->setChecked(true);
    window.searchBar()->searchNow();
    ASSERT_TRUE(waitFor([&] { return window.search()->isComplete(); }));
    EXPECT_FALSE(window.search()->hits().empty());
    window.view()->findNext();
    window.filterAction()->trigger();
    saveShot(&window, QStringLiteral("logview-filter-zh_CN.png"));
    zh.load(QStringLiteral("en"));
}

namespace {

// A UNIS account against the in-process simulator.
struct UnisFixture
{
    UnisFixture()
    {
        EXPECT_TRUE(env.start({QStringLiteral("unis")})) << qPrintable(env.errorString());
        backend = env.unis();
        Account account;
        account.id = Account::newId();
        account.displayName = QStringLiteral("UNIS · demo");
        account.platform = QStringLiteral("unis");
        account.baseUrl = env.server(QStringLiteral("unis"))->baseUrl();
        account.login = backend->userName();
        account.options.insert(unis::Login::keyOption(), QString::fromLatin1(backend->aesKey()));
        session = std::make_unique<AccountSession>(account, &log);
        session->setSecret(backend->password());
        auto created = PlatformRegistry::createProvider(session.get());
        provider.reset(qobject_cast<unis::UnisProvider *>(created.release()));
    }
    sim::UnisPodLife pod(const QString &jobName) const
    {
        return backend->podsOfJob(backend->jobIdByName(jobName)).value(0);
    }
    sim::SimEnvironment env;
    sim::UnisBackend *backend = nullptr;
    EventLog log;
    std::unique_ptr<AccountSession> session;
    std::unique_ptr<unis::UnisProvider> provider;
};

} // namespace

TEST(GuiLogView, RunningPodLogFollowOlderSearchFilterWrap)
{
    UnisFixture u;
    ASSERT_TRUE(u.provider);
    const sim::UnisPodLife pod = u.pod(QStringLiteral("bert-ner-中文实体识别"));
    ASSERT_FALSE(pod.podId.isEmpty());
    Fixture f;
    gui::LogViewerWindow window(&f.settings);
    window.resize(1200, 700);
    window.openPodLog(u.provider->client(), pod.podId, pod.podName, pod.jobId, unis::PodLogEndpoint::Kernel);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *source = qobject_cast<unis::PodLogSource *>(window.source());
    ASSERT_TRUE(source);
    source->setPollInterval(200, 800);
    LogDocument *doc = window.document();
    gui::LogView *view = window.view();
    ASSERT_TRUE(waitFor([&] { return source->isOpen(); }));
    EXPECT_EQ(doc->store().lineCount(), 1000); // the tail
    EXPECT_GT(doc->store().firstLineNumber(), 1000);
    EXPECT_TRUE(window.windowTitle().startsWith(pod.podName));
    EXPECT_TRUE(window.olderAction()->isVisible());
    EXPECT_TRUE(window.olderAction()->isEnabled());
    EXPECT_TRUE(window.downloadAction()->isVisible());
    EXPECT_TRUE(window.statusLabel()->text().contains(QStringLiteral("of the log")));

    // Follow: new lines arrive and stay in view.
    ASSERT_TRUE(waitFor([&] { return doc->store().lineCount() >= 1006; }, 20000));
    ASSERT_TRUE(waitFor([&] { return view->isAtEnd(); }));
    EXPECT_TRUE(view->isFollowing());
    saveShot(&window, QStringLiteral("logview-pod-follow-en.png"));

    // Up at the first line held asks for the page above; what is on screen stays put.
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    EXPECT_FALSE(view->isFollowing());
    const QByteArray topText = doc->store().line(view->lineAtRow(view->topRow())).toByteArray();
    const qint64 before = doc->store().lineCount();
    QTest::keyClick(view, Qt::Key_Up);
    ASSERT_TRUE(waitFor([&] { return doc->store().lineCount() >= before + 1000; }, 20000));
    EXPECT_EQ(doc->store().line(view->lineAtRow(view->topRow())).toByteArray(), topText);
    EXPECT_EQ(view->topRow(), 1000);

    // A regex search over what is held, then the filter.
    gui::LogViewSearchBar *bar = window.searchBar();
    bar->regexButton()->setChecked(true);
    bar->edit()->setText(QStringLiteral("'loss': \\d\\.\\d{3}[0-4]"));
    bar->searchNow();
    ASSERT_TRUE(waitFor([&] { return window.search()->isComplete() && !window.search()->hits().empty(); }));
    QTest::keyClick(&window, Qt::Key_F3);
    ASSERT_GE(view->currentHitIndex(), 0);
    const qint64 current = view->currentLine();
    window.filterAction()->trigger();
    EXPECT_EQ(view->rowCount(), qint64(window.search()->hits().size()));
    EXPECT_EQ(view->currentLine(), current);
    saveShot(&window, QStringLiteral("logview-pod-filter-en.png"));
    window.filterAction()->trigger();
    window.wrapAction()->trigger();
    EXPECT_TRUE(view->wrap());
    view->goToLineNumber(doc->store().lineNumber(current));
    saveShot(&window, QStringLiteral("logview-pod-wrap-en.png"));
    window.wrapAction()->trigger();

    // Download the whole log: then it opens in a window of its own.
    QTemporaryDir dir;
    gui::LogViewerWindow *downloaded = nullptr;
    QObject::connect(&window, &gui::LogViewerWindow::downloadOpened, &window,
                     [&](gui::LogViewerWindow *w) { downloaded = w; });
    const qint64 end = source->endHeld();
    window.downloadTo(dir.filePath(QStringLiteral("pod.log")));
    ASSERT_TRUE(waitFor([&] { return downloaded != nullptr; }, 60000));
    ASSERT_TRUE(waitFor([&] { return downloaded->document()->store().lineCount() >= end; }));
    // The file holds the whole log; its line `end` is the one the viewer holds at that place.
    EXPECT_EQ(downloaded->document()->store().line(end - 1), doc->store().line(end - 1 - source->firstHeld()));
    EXPECT_EQ(downloaded->document()->store().line(source->firstHeld()), doc->store().line(0));
    downloaded->close();

    // A task's batch download, opened when it is there.
    gui::LogViewerWindow *taskWindow = nullptr;
    gui::LogViewerWindow::downloadTaskLogs(u.provider->client(), pod.jobId, QStringLiteral("bert-ner-中文实体识别"),
                                           dir.filePath(QStringLiteral("task.log")), &f.settings, &window,
                                           [&](gui::LogViewerWindow *w) { taskWindow = w; });
    ASSERT_TRUE(waitFor([&] { return taskWindow && taskWindow->document()->store().lineCount() > 1000; }, 60000));
    EXPECT_EQ(taskWindow->document()->store().lineText(0), pod.podName + QStringLiteral("-log："));
    taskWindow->close();

    // The same in Chinese.
    gui::TranslationLoader zh;
    ASSERT_EQ(zh.load(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    {
        gui::LogViewerWindow chinese(&f.settings);
        chinese.resize(1200, 700);
        chinese.openPodLog(u.provider->client(), pod.podId, pod.podName, pod.jobId, unis::PodLogEndpoint::Kernel);
        chinese.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&chinese));
        auto *s2 = qobject_cast<unis::PodLogSource *>(chinese.source());
        ASSERT_TRUE(waitFor([&] { return s2->isOpen(); }));
        chinese.searchBar()->edit()->setText(QStringLiteral("已处理样本"));
        chinese.searchBar()->searchNow();
        ASSERT_TRUE(waitFor([&] { return chinese.search()->isComplete(); }));
        chinese.view()->findPrevious();
        saveShot(&chinese, QStringLiteral("logview-pod-zh_CN.png"));
    }
    zh.load(QStringLiteral("en"));
}

namespace {

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Highlight, QColor(0x26, 0x4f, 0x78));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    return p;
}

} // namespace

TEST(GuiLogView, ColoursReadOnLightAndDarkPalettes)
{
    for (const QPalette &palette : {QApplication::palette(), darkPalette()}) {
        const gui::LogViewColors c = gui::LogViewColors::forPalette(palette);
        EXPECT_GE(contrast(c.text, c.base), 4.5);
        for (const QColor &level : {c.error, c.warning, c.debug})
            EXPECT_GE(contrast(level, c.base), 3.0) << qPrintable(level.name()) << " on " << qPrintable(c.base.name());
        EXPECT_GE(contrast(c.hitText, c.hitBackground), 4.5);
        EXPECT_GE(contrast(c.hitText, c.currentHitBackground), 3.0);
        EXPECT_GE(contrast(c.error, c.tracebackBand), 3.0);
        EXPECT_GE(contrast(c.gutterText, c.gutterBase), 3.0);
        EXPECT_GE(contrast(c.text, c.currentLine), 4.5);
    }

    Fixture f;
    const QString path = f.dir.filePath(QStringLiteral("dark.log"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(trainingLog(60));
    }
    gui::LogViewerWindow window(&f.settings);
    window.setPalette(darkPalette());
    window.resize(1100, 640);
    window.openFile(path);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(waitFor([&] { return window.document()->store().lineCount() > 60; }));
    window.searchBar()->edit()->setText(QStringLiteral("loss=0.0"));
    window.searchBar()->searchNow();
    ASSERT_TRUE(waitFor([&] { return window.search()->isComplete(); }));
    window.view()->findPrevious();
    window.view()->setFollowing(true);
    saveShot(&window, QStringLiteral("logview-dark-en.png"));
}

TEST(GuiLogView, HighlightRulesColourLinesAndMatches)
{
    LogDocument doc;
    doc.appendLines({"alpha one", "beta checkpoint two", "gamma three", "delta checkpoint four"});
    gui::LogView view;
    view.resize(700, 200);
    view.setDocument(&doc);
    view.setHighlightRules({
        HighlightRule{QStringLiteral("checkpoint"), false, false, QString(), QStringLiteral("#2e7d32"), true, true},
        HighlightRule{QStringLiteral("beta"), false, false, QString(), QStringLiteral("#ff0000"), true, true},
        HighlightRule{QStringLiteral("gamma"), false, false, QString(), QStringLiteral("#0000ff"), true, false}, // off
        HighlightRule{QStringLiteral("[0-9]+"), true, false, QString(), QStringLiteral("#ff00ff"), true, true}, // bad: no digits
    });
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.viewport()->grab().toImage();
    const int x = image.width() - 10; // right of any text
    auto band = [&](int row) { return image.pixelColor(x, row * view.rowHeight() + view.rowHeight() / 2).name(); };
    EXPECT_EQ(band(1), QStringLiteral("#2e7d32")); // the first matching rule wins
    EXPECT_EQ(band(3), QStringLiteral("#2e7d32"));
    EXPECT_NE(band(2), QStringLiteral("#0000ff")); // a rule switched off does nothing
    EXPECT_NE(band(0), QStringLiteral("#2e7d32"));
}
