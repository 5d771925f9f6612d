#include "videodownload.h"

#include "core/redactor.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QTimer>

namespace suanli::yuanjing {

namespace {
constexpr int kIdleTimeoutMs = 60000;
} // namespace

VideoDownload::VideoDownload(QNetworkAccessManager *network, QUrl url, QString filePath, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(std::move(url))
    , m_path(std::move(filePath))
{
}

VideoDownload::~VideoDownload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_file)
        m_file->cancelWriting();
}

void VideoDownload::start()
{
    const QString scheme = m_url.scheme().toLower();
    if (!m_url.isValid() || (scheme != u"http" && scheme != u"https")) {
        QTimer::singleShot(0, this, [this] { finishWith(ApiError::unsupported(tr("The video has no web address to download from."))); });
        return;
    }
    m_file = new QSaveFile(m_path, this);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString error = m_file->errorString();
        QTimer::singleShot(0, this, [this, error] {
            finishWith(ApiError::unsupported(tr("%1 cannot be written: %2").arg(m_path, error)));
        });
        return;
    }
    QNetworkRequest request(m_url);
    request.setTransferTimeout(kIdleTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &VideoDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        Q_EMIT progress(received, total > 0 ? total : -1);
    });
    connect(m_reply, &QNetworkReply::finished, this, &VideoDownload::onFinished);
}

void VideoDownload::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
    else
        QTimer::singleShot(0, this, [this] { finishWith(ApiError::cancelled()); });
}

void VideoDownload::onReadyRead()
{
    if (!m_reply || !m_file)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 0 && (status < 200 || status >= 300))
        return; // an error page: not written to the file
    const QByteArray bytes = m_reply->readAll();
    m_received += bytes.size();
    if (m_file->write(bytes) != bytes.size())
        m_reply->abort();
}

void VideoDownload::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_cancelled) {
        finishWith(ApiError::cancelled());
        return;
    }
    if (reply->error() != QNetworkReply::NoError && (status < 200 || status >= 300 || status == 0)) {
        if (status >= 400)
            finishWith(ApiError::http(status, tr("The video could not be downloaded: HTTP %1.").arg(status)));
        else
            finishWith(ApiError::network(tr("The video could not be downloaded: %1").arg(Redactor::redact(reply->errorString()))));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        finishWith(ApiError::network(tr("The download broke off: %1").arg(Redactor::redact(reply->errorString()))));
        return;
    }
    onReadyRead();
    if (!m_file->commit()) {
        const QString error = m_file->errorString();
        m_file = nullptr;
        finishWith(ApiError::unsupported(tr("%1 cannot be written: %2").arg(m_path, error)));
        return;
    }
    m_file->deleteLater();
    m_file = nullptr;
    finishWith(m_path);
}

void VideoDownload::finishWith(const Result<QString> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_file) {
        m_file->cancelWriting();
        m_file->deleteLater();
        m_file = nullptr;
    }
    Q_EMIT finished(result);
}

} // namespace suanli::yuanjing
