#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QFlags>
#include <QObject>
#include <QString>

#include <memory>

namespace suanli {

class LineStore;

// Where a log viewer's lines come from: a local file, the console's own logs, a job's pod on a
// platform. A source delivers lines through its signals; a LogDocument keeps them. Sources of
// long remote logs open on the tail and page backwards on request, follow new lines while a
// job runs, and can download the whole log to a file.
class LogSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogSource)

public:
    enum class Feature {
        Follow = 0x1,   // new lines can arrive (setFollowing)
        Older = 0x2,    // opened on the tail: earlier pages on request (fetchOlder)
        Download = 0x4, // the whole log can be written to a file (download)
    };
    Q_DECLARE_FLAGS(Features, Feature)

    ~LogSource() override;

    // A short name for a window title: the file name, the pod's name.
    virtual QString title() const = 0;
    virtual Features features() const = 0;
    // Starts reading: the whole file, or a remote log's last page.
    virtual void open() = 0;
    // The page before the first line delivered so far (Feature::Older).
    virtual void fetchOlder();
    virtual bool hasOlder() const;
    // Looks for new lines while on (Feature::Follow).
    virtual void setFollowing(bool on);
    virtual bool isFollowing() const;
    // Writes the whole log to `path` (Feature::Download): downloadProgress, then downloadFinished.
    virtual void download(const QString &path);
    virtual void cancelDownload();
    // A suggested file name for download() and "save", without a folder.
    virtual QString suggestedFileName() const;

    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // Forget every line delivered so far (the file was replaced or truncated).
    void reset();
    // Every line, at once: a file read on a worker thread. The receiver takes the lines.
    void storeLoaded(std::shared_ptr<suanli::LineStore> store);
    // Raw text; it may end in the middle of a line, which then continues with the next text.
    void textAppended(const QByteArray &text);
    void linesAppended(const QByteArrayList &lines);
    // Lines before the first line delivered; `firstLineNumber` is the number of the first one.
    void linesPrepended(const QByteArrayList &lines, qint64 firstLineNumber);
    // The number of the first line delivered, when a source opens on a tail.
    void firstLineNumberChanged(qint64 number);
    void hasOlderChanged(bool hasOlder);
    void followingChanged(bool following);
    void busyChanged(bool busy);
    // Something went wrong (already translated); the lines delivered stay valid.
    void failed(const QString &message);
    // A short state for a status bar ("pod finished", "3 lines/s"); empty when nothing to say.
    void statusChanged(const QString &status);
    // `total` < 0 when unknown.
    void downloadProgress(qint64 done, qint64 total);
    // `error` is empty on success.
    void downloadFinished(const QString &path, const QString &error);

protected:
    explicit LogSource(QObject *parent = nullptr);
    void setBusy(bool busy);

private:
    bool m_busy = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(LogSource::Features)

} // namespace suanli
