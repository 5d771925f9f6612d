#pragma once

#include "linestore.h"

#include <QObject>

#include <memory>

namespace suanli {

class LogSource;

// One log as a viewer holds it: the lines (a LineStore) and, optionally, the source they come
// from. Tells its views what changed.
class LogDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogDocument)

public:
    explicit LogDocument(QObject *parent = nullptr);
    ~LogDocument() override;

    const LineStore &store() const { return m_store; }
    // Takes the source (it becomes a child) and opens it. Replaces the previous source.
    void setSource(LogSource *source);
    LogSource *source() const { return m_source; }

    // For sources of its own making and tests: lines added directly.
    void appendText(const QByteArray &text);
    void appendLines(const QByteArrayList &lines);
    void prependLines(const QByteArrayList &lines, qint64 firstLineNumber);
    void replace(LineStore store);
    void clear();

Q_SIGNALS:
    // Lines from index `from` on are new or changed (an unfinished last line grew); all at the end.
    void linesChanged(qint64 from);
    // `count` lines came in front; every index moved by `count` (ordinals did not).
    void linesPrepended(qint64 count);
    // Every line was replaced.
    void reset();

private:
    LineStore m_store;
    LogSource *m_source = nullptr;
};

} // namespace suanli
