#pragma once

#include "core/result.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QSaveFile;

namespace suanli::yuanjing {

// Saves a generated video to a file as it arrives, telling the progress. The file appears
// under its name only once complete; a failed or cancelled download leaves nothing behind.
class VideoDownload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoDownload)

public:
    VideoDownload(QNetworkAccessManager *network, QUrl url, QString filePath, QObject *parent = nullptr);
    ~VideoDownload() override;

    void start();
    void cancel();
    QString filePath() const { return m_path; }
    qint64 received() const { return m_received; }

Q_SIGNALS:
    // `total` is -1 when the server does not say.
    void progress(qint64 received, qint64 total);
    // Once: the path of the saved file, or why there is none.
    void finished(const suanli::Result<QString> &path);

private:
    void onReadyRead();
    void onFinished();
    void finishWith(const Result<QString> &result);

    QNetworkAccessManager *m_network;
    QUrl m_url;
    QString m_path;
    QPointer<QNetworkReply> m_reply;
    QSaveFile *m_file = nullptr;
    qint64 m_received = 0;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace suanli::yuanjing
