#include "logviewerwindow.h"

#include "logview.h"
#include "logviewrulesdialog.h"
#include "logviewsearchbar.h"

#include "core/appsettings.h"
#include "core/logs/eventlogsource.h"
#include "core/logs/filelogsource.h"
#include "core/logs/highlightrule.h"
#include "core/logs/logdocument.h"
#include "core/logs/logsearchsession.h"
#include "core/logs/logsource.h"
#include "platforms/unis/unislogs.h"
#include "platforms/unis/unispodlogsource.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QProgressBar>
#include <QSaveFile>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace suanli::gui {

namespace {

// A file name from a title: no folder separators or characters file systems refuse.
QString safeFileName(QString name)
{
    static const QString bad = QStringLiteral("/\\\\:*?\"<>|");
    for (QChar &c : name) {
        if (bad.contains(c) || c.unicode() < 0x20)
            c = u'_';
    }
    return name.trimmed().isEmpty() ? QStringLiteral("log.txt") : name;
}

} // namespace

LogViewerWindow::LogViewerWindow(AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_document(new LogDocument(this))
    , m_search(new LogSearchSession(m_document, this))
    , m_view(new LogView(this))
    , m_searchBar(new LogViewSearchBar(m_search, m_view, this))
    , m_status(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_downloadProgress(new QProgressBar(this))
    , m_downloadCancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("logViewerWindow"));
    setWindowFlag(Qt::Window);
    setAcceptDrops(true);
    m_view->setDocument(m_document);
    m_view->setSearch(m_search);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_searchBar);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);

    m_status->setObjectName(QStringLiteral("logViewerStatus"));
    m_problem->setObjectName(QStringLiteral("logViewerProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_problem->setWordWrap(false);
    m_downloadProgress->setObjectName(QStringLiteral("logViewerDownloadProgress"));
    m_downloadProgress->setMaximumWidth(180);
    m_downloadProgress->hide();
    m_downloadCancel->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_downloadCancel->setToolTip(tr("Stop the download"));
    m_downloadCancel->setAutoRaise(true);
    m_downloadCancel->hide();
    statusBar()->addWidget(m_status);
    statusBar()->addWidget(m_problem, 1);
    statusBar()->addPermanentWidget(m_downloadProgress);
    statusBar()->addPermanentWidget(m_downloadCancel);
    connect(m_downloadCancel, &QToolButton::clicked, this, [this] {
        if (LogSource *s = source())
            s->cancelDownload();
    });

    buildActions();
    loadOptions();

    connect(m_document, &LogDocument::linesChanged, this, &LogViewerWindow::updateStatus);
    connect(m_document, &LogDocument::linesPrepended, this, &LogViewerWindow::updateStatus);
    connect(m_document, &LogDocument::reset, this, &LogViewerWindow::updateStatus);
    connect(m_view, &LogView::followingChanged, m_follow, &QAction::setChecked);
    connect(m_view, &LogView::wrapChanged, m_wrap, &QAction::setChecked);
    connect(m_view, &LogView::filteredChanged, m_filter, &QAction::setChecked);
    connect(m_view, &LogView::topReached, this, &LogViewerWindow::fetchOlder);
    connect(m_view, &LogView::filesDropped, this, [this](const QStringList &paths) { openFile(paths.constFirst()); });
    connect(m_view, &LogView::fontPointSizeChanged, this, [this] { saveOptions(); });
    connect(m_view, &LogView::currentLineChanged, this, &LogViewerWindow::updateStatus);

    resize(1100, 700);
    updateStatus();
    updateActions();
}

LogViewerWindow::~LogViewerWindow() = default;

LogViewerWindow *LogViewerWindow::showFile(const QString &path, AppSettings *settings, QWidget *parent)
{
    auto *window = new LogViewerWindow(settings, parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->openFile(path);
    window->show();
    return window;
}

LogViewerWindow *LogViewerWindow::showActivityLog(EventLog *log, AppSettings *settings, QWidget *parent)
{
    auto *window = new LogViewerWindow(settings, parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setSource(new EventLogSource(log, EventLogSource::Kind::Activity));
    window->show();
    return window;
}

LogViewerWindow *LogViewerWindow::showHttpLog(EventLog *log, AppSettings *settings, QWidget *parent)
{
    auto *window = new LogViewerWindow(settings, parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setSource(new EventLogSource(log, EventLogSource::Kind::Http));
    window->show();
    return window;
}

void LogViewerWindow::openPodLog(unis::Client *client, const QString &podId, const QString &podName, const QString &taskId,
                                 unis::PodLogEndpoint endpoint)
{
    setSource(new unis::PodLogSource(client, podId, podName, taskId, endpoint));
}

LogViewerWindow *LogViewerWindow::showPodLog(unis::Client *client, const QString &podId, const QString &podName,
                                             const QString &taskId, AppSettings *settings, QWidget *parent)
{
    auto *window = new LogViewerWindow(settings, parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->openPodLog(client, podId, podName, taskId, unis::PodLogEndpoint::Kernel);
    window->show();
    return window;
}

void LogViewerWindow::downloadTaskLogs(unis::Client *client, const QString &taskId, const QString &taskName, QString path,
                                       AppSettings *settings, QWidget *parent, std::function<void(LogViewerWindow *)> opened)
{
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(parent, tr("Download the task's logs"), safeFileName(taskName + QStringLiteral(".log")),
                                            tr("Logs (*.log *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
    }
    // The batch answer comes in one piece: the dialog shows that it is under way, not how far.
    auto *progress = new QProgressDialog(tr("Downloading the logs of “%1”…").arg(taskName), tr("Cancel"), 0, 0, parent);
    progress->setObjectName(QStringLiteral("taskLogDownloadProgress"));
    progress->setWindowTitle(tr("Task logs"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(0);
    auto *logs = new unis::Logs(client, progress);
    // Cancel drops the answer: the dialog goes, and with it `logs`, the call's context.
    connect(progress, &QProgressDialog::canceled, progress, &QWidget::close);
    QPointer<QWidget> owner(parent);
    // Closing the dialog deletes `logs`, and with it the answer's delivery.
    logs->downloadTask(taskId, taskName, path, logs,
                       [progress, owner, settings, opened = std::move(opened)](const Result<unis::DownloadedTaskLog> &r) {
                           progress->close();
                           if (!r) {
                               QMessageBox::warning(owner, tr("Task logs"),
                                                    tr("The logs could not be downloaded.\n\n%1").arg(r.error().toDisplayString()));
                               return;
                           }
                           if (r.value().zip) {
                               QMessageBox::information(owner, tr("Task logs"),
                                                        tr("The platform sent a zip archive; it was saved to %1.")
                                                            .arg(QDir::toNativeSeparators(r.value().path)));
                               return;
                           }
                           LogViewerWindow *window = showFile(r.value().path, settings, owner);
                           if (opened)
                               opened(window);
                       });
    progress->show();
}

LogSource *LogViewerWindow::source() const
{
    return m_document->source();
}

void LogViewerWindow::setSource(LogSource *source)
{
    m_problem->clear();
    m_sourceStatus.clear();
    m_view->setFollowing(true);
    if (source) {
        connect(source, &LogSource::failed, this, [this](const QString &message) { m_problem->setText(message); });
        connect(source, &LogSource::statusChanged, this, [this](const QString &status) {
            m_sourceStatus = status;
            updateStatus();
        });
        connect(source, &LogSource::busyChanged, this, [this] {
            updateStatus();
            updateActions();
        });
        connect(source, &LogSource::hasOlderChanged, this, [this] {
            updateActions();
            updateStatus();
            // A first page shorter than the window: fill it with older lines at once.
            if (m_view->topRow() == 0 && m_view->isAtEnd())
                fetchOlder();
        });
        connect(source, &LogSource::downloadProgress, this, [this](qint64 done, qint64 total) {
            m_downloadProgress->show();
            m_downloadCancel->show();
            if (total > 0) {
                m_downloadProgress->setRange(0, 1000);
                m_downloadProgress->setValue(int(done * 1000 / std::max<qint64>(total, 1)));
            } else {
                m_downloadProgress->setRange(0, 0);
            }
            m_downloadProgress->setToolTip(tr("%1 downloaded").arg(QLocale().formattedDataSize(done)));
        });
        connect(source, &LogSource::downloadFinished, this, [this](const QString &path, const QString &error) {
            m_downloadProgress->hide();
            m_downloadCancel->hide();
            if (!error.isEmpty()) {
                m_problem->setText(tr("Download failed: %1").arg(error));
                return;
            }
            statusBar()->showMessage(tr("Downloaded to %1").arg(QDir::toNativeSeparators(path)), 10000);
            LogViewerWindow *window = showFile(path, m_settings, parentWidget());
            Q_EMIT downloadOpened(window);
        });
    }
    m_document->setSource(source);
    setWindowTitle(source ? tr("%1 — Log viewer").arg(source->title()) : tr("Log viewer"));
    if (source)
        source->setFollowing(true);
    updateStatus();
    updateActions();
}

void LogViewerWindow::openFile(const QString &path)
{
    setSource(new FileLogSource(path));
}

void LogViewerWindow::buildActions()
{
    QToolBar *bar = addToolBar(tr("Log"));
    bar->setObjectName(QStringLiteral("logViewerToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open log…"), this,
                                    &LogViewerWindow::openDialog);
    open->setObjectName(QStringLiteral("actionLogOpen"));
    open->setShortcut(QKeySequence::Open);
    QAction *saveShownAction = file->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save shown lines…"),
                                               this, [this] { saveDialog(false); });
    saveShownAction->setObjectName(QStringLiteral("actionLogSaveShown"));
    saveShownAction->setShortcut(QKeySequence::Save);
    QAction *saveAll = file->addAction(tr("Save &everything…"), this, [this] { saveDialog(true); });
    saveAll->setObjectName(QStringLiteral("actionLogSaveAll"));
    saveAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_download = file->addAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("&Download whole log…"), this,
                                 &LogViewerWindow::downloadDialog);
    m_download->setObjectName(QStringLiteral("actionLogDownload"));
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(tr("&Copy"), m_view, &LogView::copy);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(copy);
    QAction *selectAll = edit->addAction(tr("Select &all"), m_view, &LogView::selectAll);
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(selectAll);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), m_searchBar, &LogViewSearchBar::focusSearch);
    find->setObjectName(QStringLiteral("actionLogFind"));
    find->setShortcut(QKeySequence::Find);
    QAction *next = edit->addAction(tr("Find &next"), m_view, &LogView::findNext);
    next->setShortcut(QKeySequence::FindNext);
    if (next->shortcut().isEmpty())
        next->setShortcut(QKeySequence(Qt::Key_F3));
    QAction *previous = edit->addAction(tr("Find &previous"), m_view, &LogView::findPrevious);
    previous->setShortcut(QKeySequence::FindPrevious);
    if (previous->shortcut().isEmpty())
        previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    QAction *goTo = edit->addAction(tr("&Go to line…"), this, &LogViewerWindow::goToLineDialog);
    goTo->setObjectName(QStringLiteral("actionLogGoTo"));
    goTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_follow = view->addAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Follow"));
    m_follow->setObjectName(QStringLiteral("actionLogFollow"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_follow->setToolTip(tr("Keep the newest lines in view (scrolling up stops it; the end starts it again)"));
    connect(m_follow, &QAction::triggered, m_view, &LogView::setFollowing);
    m_wrap = view->addAction(tr("&Wrap lines"));
    m_wrap->setObjectName(QStringLiteral("actionLogWrap"));
    m_wrap->setCheckable(true);
    m_wrap->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Z));
    connect(m_wrap, &QAction::triggered, this, [this](bool on) {
        m_view->setWrap(on);
        saveOptions();
    });
    m_lineNumbers = view->addAction(tr("Line &numbers"));
    m_lineNumbers->setCheckable(true);
    m_lineNumbers->setChecked(true);
    connect(m_lineNumbers, &QAction::triggered, this, [this](bool on) {
        m_view->setLineNumbersVisible(on);
        saveOptions();
    });
    m_filter = view->addAction(tr("Show only &matching lines"));
    m_filter->setObjectName(QStringLiteral("actionLogFilter"));
    m_filter->setCheckable(true);
    m_filter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_filter, &QAction::triggered, m_view, &LogView::setFiltered);
    view->addSeparator();
    QAction *zoomIn = view->addAction(tr("Zoom &in"), m_view, &LogView::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = view->addAction(tr("Zoom &out"), m_view, &LogView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomReset = view->addAction(tr("&Reset zoom"), m_view, &LogView::resetZoom);
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    m_older = view->addAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("Load &older lines"), this,
                              &LogViewerWindow::fetchOlder);
    m_older->setObjectName(QStringLiteral("actionLogOlder"));
    QAction *rules = view->addAction(tr("&Highlight rules…"), this, &LogViewerWindow::rulesDialog);
    rules->setObjectName(QStringLiteral("actionLogRules"));

    bar->addAction(m_follow);
    bar->addAction(m_wrap);
    bar->addAction(m_older);
    bar->addSeparator();
    bar->addAction(goTo);
    bar->addAction(zoomOut);
    bar->addAction(zoomIn);
    bar->addSeparator();
    bar->addAction(saveShownAction);
    bar->addAction(m_download);
    bar->addAction(rules);
}

void LogViewerWindow::loadOptions()
{
    if (!m_settings)
        return;
    const QJsonObject o = QJsonDocument::fromJson(m_settings->logViewerState()).object();
    m_view->setWrap(o.value(QStringLiteral("wrap")).toBool(false));
    m_view->setLineNumbersVisible(o.value(QStringLiteral("lineNumbers")).toBool(true));
    const double size = o.value(QStringLiteral("fontSize")).toDouble(0);
    if (size > 0)
        m_view->setFontPointSize(size);
    m_view->setHighlightRules(
        HighlightRule::listFromJson(QJsonDocument(o.value(QStringLiteral("rules")).toArray()).toJson(QJsonDocument::Compact)));
    m_wrap->setChecked(m_view->wrap());
    m_lineNumbers->setChecked(m_view->lineNumbersVisible());
}

void LogViewerWindow::saveOptions() const
{
    if (!m_settings)
        return;
    const QJsonObject o{
        {QStringLiteral("wrap"), m_view->wrap()},
        {QStringLiteral("lineNumbers"), m_view->lineNumbersVisible()},
        {QStringLiteral("fontSize"), m_view->fontPointSize()},
        {QStringLiteral("rules"), QJsonDocument::fromJson(HighlightRule::listToJson(m_view->highlightRules())).array()},
    };
    m_settings->setLogViewerState(QJsonDocument(o).toJson(QJsonDocument::Compact));
    m_settings->sync();
}

void LogViewerWindow::updateStatus()
{
    const auto &store = m_document->store();
    const QLocale locale;
    QString text = tr("%Ln line(s)", nullptr, int(std::min<qint64>(store.lineCount(), std::numeric_limits<int>::max())));
    if (store.firstLineNumber() > 1 && store.lineCount() > 0) {
        text = tr("lines %1–%2 of the log").arg(locale.toString(store.firstLineNumber()),
                                                 locale.toString(store.lineNumber(store.lineCount() - 1)));
    }
    LogSource *s = source();
    if (s && (s->features() & LogSource::Feature::Older) && s->hasOlder())
        text += tr(" · scroll up for older lines");
    if (s && s->isBusy())
        text += tr(" · loading…");
    if (!m_sourceStatus.isEmpty())
        text += QStringLiteral(" · ") + m_sourceStatus;
    const qint64 current = m_view->currentLine();
    if (current >= 0)
        text += tr(" · at line %1").arg(locale.toString(store.lineNumber(current)));
    m_status->setText(text);
}

void LogViewerWindow::updateActions()
{
    LogSource *s = source();
    const LogSource::Features features = s ? s->features() : LogSource::Features();
    m_older->setVisible(features.testFlag(LogSource::Feature::Older));
    m_older->setEnabled(s && s->hasOlder() && !s->isBusy());
    m_download->setVisible(features.testFlag(LogSource::Feature::Download));
}

void LogViewerWindow::fetchOlder()
{
    LogSource *s = source();
    if (s && (s->features() & LogSource::Feature::Older) && s->hasOlder() && !s->isBusy())
        s->fetchOlder();
}

void LogViewerWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open log"), QString(),
                                                      tr("Logs (*.log *.txt *.out *.err);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

QString LogViewerWindow::saveShown(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (!m_view->writeShown(&file)) {
        file.cancelWriting();
        return file.errorString();
    }
    return file.commit() ? QString() : file.errorString();
}

QString LogViewerWindow::saveEverything(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (!m_document->store().writeTo(&file)) {
        file.cancelWriting();
        return file.errorString();
    }
    return file.commit() ? QString() : file.errorString();
}

void LogViewerWindow::saveDialog(bool everything)
{
    const QString name = source() ? safeFileName(source()->suggestedFileName()) : QStringLiteral("log.txt");
    const QString path = QFileDialog::getSaveFileName(this, everything ? tr("Save every line") : tr("Save the lines shown"),
                                                      name, tr("Logs (*.log *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString error = everything ? saveEverything(path) : saveShown(path);
    if (error.isEmpty())
        statusBar()->showMessage(tr("Saved to %1").arg(QDir::toNativeSeparators(path)), 10000);
    else
        m_problem->setText(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
}

void LogViewerWindow::downloadTo(const QString &path)
{
    LogSource *s = source();
    if (!s || !(s->features() & LogSource::Feature::Download))
        return;
    m_problem->clear();
    m_downloadProgress->setRange(0, 0);
    m_downloadProgress->show();
    m_downloadCancel->show();
    s->download(path);
}

void LogViewerWindow::downloadDialog()
{
    LogSource *s = source();
    if (!s)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Download the whole log"), safeFileName(s->suggestedFileName()),
                                                      tr("Logs (*.log *.txt);;All files (*)"));
    if (!path.isEmpty())
        downloadTo(path);
}

void LogViewerWindow::goToLineDialog()
{
    const auto &store = m_document->store();
    if (store.lineCount() == 0)
        return;
    const qint64 first = store.firstLineNumber();
    const qint64 last = store.lineNumber(store.lineCount() - 1);
    const qint64 current = m_view->currentLine() >= 0 ? store.lineNumber(m_view->currentLine()) : first;
    bool ok = false;
    // QInputDialog takes an int; logs of more than two billion lines are not expected here.
    const int number = QInputDialog::getInt(this, tr("Go to line"), tr("Line (%1–%2):").arg(first).arg(last), int(current),
                                            int(first), int(std::min<qint64>(last, std::numeric_limits<int>::max())), 1, &ok);
    if (ok)
        m_view->goToLineNumber(number);
}

void LogViewerWindow::rulesDialog()
{
    LogViewRulesDialog dialog(m_view->highlightRules(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_view->setHighlightRules(dialog.rules());
    saveOptions();
}

void LogViewerWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void LogViewerWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            openFile(url.toLocalFile());
            return;
        }
    }
}

} // namespace suanli::gui
