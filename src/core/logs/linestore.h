#pragma once

#include "linestoresnapshot.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <vector>

class QIODevice;

namespace suanli {

struct LineChunk;

// The lines of one log, built for size: the text sits in a few large blocks (each line followed
// by '\n') with a 32-bit start offset per line, not in a list of strings, so a million lines cost
// little more than their bytes. Lines are stored as a terminal would show them (see
// LineCleaner). Lines can be added at the end (a log that grows), in raw pieces that may end in
// the middle of a line, or at the front (paging back through a long log).
//
// Every line has an ordinal that stays the same when lines are added in front of it, so that
// search hits and positions survive paging. The store lives on one thread; searches on other
// threads read a snapshot().
class LineStore final
{
public:
    LineStore();
    ~LineStore();
    LineStore(LineStore &&other) noexcept;
    LineStore &operator=(LineStore &&other) noexcept;
    LineStore(const LineStore &) = delete;
    LineStore &operator=(const LineStore &) = delete;

    // Lines held, counting an unfinished last line (appendText without a final newline).
    qint64 lineCount() const { return m_complete + (m_hasOpen ? 1 : 0); }
    bool isEmpty() const { return lineCount() == 0; }
    // Bytes of text held, one newline per line included.
    qint64 byteSize() const { return m_bytes + (m_hasOpen ? m_openClean.size() + 1 : 0); }
    // The bytes of a line (no line ending), valid until the store changes.
    QByteArrayView line(qint64 index) const;
    // The line as text; invalid UTF-8 becomes replacement characters.
    QString lineText(qint64 index) const;
    qint64 longestLine() const { return m_longest; }

    // Ordinals: stable line identities across prepends.
    qint64 ordinalOf(qint64 index) const { return index + m_ordinalBase; }
    qint64 indexOf(qint64 ordinal) const { return ordinal - m_ordinalBase; }
    // The number shown for the first line held (1 unless the log was opened at its tail).
    qint64 firstLineNumber() const { return m_firstNumber; }
    void setFirstLineNumber(qint64 number) { m_firstNumber = number; }
    qint64 lineNumber(qint64 index) const { return m_firstNumber + index; }

    // Raw text in any pieces: "\n" and "\r\n" end lines; a last piece without a newline stays
    // open (shown as the last line) until the rest arrives.
    void appendText(QByteArrayView text);
    // Closes an open last line (the input ended without a newline).
    void finishText();
    bool hasOpenLine() const { return m_hasOpen; }
    // Whole lines (any '\n' inside one splits it).
    void appendLine(QByteArrayView line);
    void appendLines(const QByteArrayList &lines);
    // Whole lines in front of the first line held; the first line number moves back with them.
    void prependLines(const QByteArrayList &lines);
    void clear();

    // An immutable view of the lines held now, for another thread.
    LineStoreSnapshot snapshot() const;
    // Bytes allocated for the text and the index.
    qint64 memoryUsage() const;
    // Writes every line, each followed by '\n'. False when the device refuses the bytes.
    bool writeTo(QIODevice *device) const;

    // Lines per block and the block size, at most; exposed for tests.
    static constexpr qint64 kMaxChunkBytes = 8 * 1024 * 1024;
    static constexpr qint64 kMaxChunkLines = 128 * 1024;

private:
    void appendClean(QByteArrayView line);
    void appendRaw(QByteArrayView line);
    void reserveForAppend(qint64 bytes);
    int chunkOf(qint64 index) const;
    void rebuildChunkIndex();

    std::vector<std::shared_ptr<LineChunk>> m_chunks;
    std::vector<qint64> m_chunkFirst; // first line index of each chunk
    qint64 m_complete = 0;
    qint64 m_bytes = 0;
    qint64 m_longest = 0;
    qint64 m_ordinalBase = 0;
    qint64 m_firstNumber = 1;
    bool m_hasOpen = false;
    QByteArray m_openRaw;   // the unfinished last line as it arrived
    QByteArray m_openClean; // and as it is shown
};

} // namespace suanli
