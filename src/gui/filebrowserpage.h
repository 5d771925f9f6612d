#pragma once

#include <QWidget>

#include <memory>

class QAction;
class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QMimeData;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QToolButton;

namespace suanli::unis {
class Client;
}

namespace suanli::transfer {
class TransferQueue;
class UnisRemoteFiles;
}

namespace suanli::gui {

class FileBrowserModel;

// The Files page of a UNIS account: the private or the public storage, a path bar, the folder's
// entries with sizes and dates, new folder, delete (several at once, confirmed), refresh,
// uploads of files and folders (buttons, or dropped from the desktop) into the folder shown,
// and the SFTP details on request. Built from the account's UNIS client, its account id and
// the application's upload queue.
class FileBrowserPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileBrowserPage)

public:
    FileBrowserPage(unis::Client *client, const QString &accountId, transfer::TransferQueue *queue,
                    QWidget *parent = nullptr);
    ~FileBrowserPage() override;

    QString accountId() const { return m_accountId; }
    bool isPublic() const { return m_public; }
    QString currentFolder() const { return m_folder; }
    QTableView *view() const { return m_view; }
    FileBrowserModel *model() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }
    bool isLoading() const { return m_loading; }

    // Shows the private or the public storage, from its top.
    void setStorage(bool isPublic);
    void openFolder(const QString &folder);
    void goUp();
    void refresh();
    // Queues local files and folders to go into the folder shown.
    void upload(const QStringList &localPaths);
    void createFolder(const QString &name);
    // Deletes the selected entries after asking.
    void deleteSelected();
    void showSftp();

    QAction *refreshAction() const { return m_refresh; }
    QAction *newFolderAction() const { return m_newFolder; }
    QAction *deleteAction() const { return m_delete; }
    QAction *uploadFilesAction() const { return m_uploadFiles; }
    QAction *uploadFolderAction() const { return m_uploadFolder; }
    QAction *sftpAction() const { return m_sftp; }

Q_SIGNALS:
    // A listing arrived (or failed).
    void loaded();
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuildPathBar();
    void updateActions();
    void setStatus(const QString &text, bool error = false);
    QStringList selectedPaths() const;
    static QStringList localPaths(const QMimeData *mime);

    QString m_accountId;
    transfer::TransferQueue *m_queue;
    std::unique_ptr<transfer::UnisRemoteFiles> m_remote;
    bool m_public = false;
    QString m_folder = QStringLiteral("/");
    bool m_loading = false;
    bool m_loadedOnce = false;
    quint64 m_generation = 0;
    FileBrowserModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QButtonGroup *m_storage;
    QWidget *m_pathBar;
    QHBoxLayout *m_pathLayout;
    QLabel *m_status;
    QTimer *m_refreshSoon;
    QAction *m_up;
    QAction *m_refresh;
    QAction *m_newFolder;
    QAction *m_delete;
    QAction *m_uploadFiles;
    QAction *m_uploadFolder;
    QAction *m_sftp;
};

} // namespace suanli::gui
