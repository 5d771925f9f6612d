#pragma once

#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QProgressBar;
class QToolButton;

namespace suanli {
class AppSettings;
class EventLog;
class LogDocument;
class LogSearchSession;
class LogSource;
}

namespace suanli::unis {
class Client;
enum class PodLogEndpoint;
}

namespace suanli::gui {

class LogView;
class LogViewSearchBar;

// A window that shows one log, from any source: a local file (File → Open, drag and drop), the
// console's own activity or HTTP request log, a job's pod on a platform. Follows the log's end,
// pages back through long remote logs as the user scrolls up, searches and filters, highlights,
// saves what is shown or everything, and downloads a whole remote log.
class LogViewerWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogViewerWindow)

public:
    // `settings` (may be null) keeps the viewer's options and highlight rules.
    explicit LogViewerWindow(AppSettings *settings, QWidget *parent = nullptr);
    ~LogViewerWindow() override;

    // Shows the lines of `source` (the window takes it), replacing what was shown.
    void setSource(LogSource *source);
    LogSource *source() const;
    void openFile(const QString &path);

    // A new window (deleted when closed) showing a local file / the console's own logs.
    static LogViewerWindow *showFile(const QString &path, AppSettings *settings, QWidget *parent = nullptr);
    static LogViewerWindow *showActivityLog(EventLog *log, AppSettings *settings, QWidget *parent = nullptr);
    static LogViewerWindow *showHttpLog(EventLog *log, AppSettings *settings, QWidget *parent = nullptr);

    // ---- UNIS (for the task table: a pod row's "Logs" action) ----
    // A pod's log: opened on the tail, older pages as the user scrolls up, new lines followed,
    // "Download whole log" offered. `podId` is the pod record id (getPodList rows[].id, or an
    // evaluation instance id with PodLogEndpoint::Evaluation); `podName` is the title.
    void openPodLog(unis::Client *client, const QString &podId, const QString &podName, const QString &taskId,
                    unis::PodLogEndpoint endpoint);
    static LogViewerWindow *showPodLog(unis::Client *client, const QString &podId, const QString &podName,
                                       const QString &taskId, AppSettings *settings, QWidget *parent = nullptr);
    // Every pod's log of a task through the batch download, into `path` (asked for when empty),
    // with a progress dialog; the file is then opened in a new viewer window. The window is
    // returned through `opened` (not called on failure or cancel, which are shown to the user).
    static void downloadTaskLogs(unis::Client *client, const QString &taskId, const QString &taskName, QString path,
                                 AppSettings *settings, QWidget *parent,
                                 std::function<void(LogViewerWindow *)> opened = {});

    LogDocument *document() const { return m_document; }
    LogSearchSession *search() const { return m_search; }
    LogView *view() const { return m_view; }
    LogViewSearchBar *searchBar() const { return m_searchBar; }
    QLabel *statusLabel() const { return m_status; }

    // Writes the lines shown (the filter applied) or every line held; an error text on failure.
    QString saveShown(const QString &path) const;
    QString saveEverything(const QString &path) const;
    // Downloads the whole log (sources that can) to `path`; when done, opens it in a new window.
    void downloadTo(const QString &path);

    QAction *followAction() const { return m_follow; }
    QAction *wrapAction() const { return m_wrap; }
    QAction *filterAction() const { return m_filter; }
    QAction *olderAction() const { return m_older; }
    QAction *downloadAction() const { return m_download; }

Q_SIGNALS:
    // A download finished and was opened in `window`.
    void downloadOpened(suanli::gui::LogViewerWindow *window);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildActions();
    void updateStatus();
    void updateActions();
    void loadOptions();
    void saveOptions() const;
    void fetchOlder();
    void openDialog();
    void saveDialog(bool everything);
    void downloadDialog();
    void goToLineDialog();
    void rulesDialog();

    AppSettings *m_settings;
    LogDocument *m_document;
    LogSearchSession *m_search;
    LogView *m_view;
    LogViewSearchBar *m_searchBar;
    QLabel *m_status;
    QLabel *m_problem;
    QProgressBar *m_downloadProgress;
    QToolButton *m_downloadCancel;
    QAction *m_follow = nullptr;
    QAction *m_wrap = nullptr;
    QAction *m_lineNumbers = nullptr;
    QAction *m_filter = nullptr;
    QAction *m_older = nullptr;
    QAction *m_download = nullptr;
    QString m_sourceStatus;
};

} // namespace suanli::gui
