#include "linestore.h"

#include "linechunk.h"
#include "linecleaner.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>
#include <new>
#include <utility>

namespace suanli {

namespace {

constexpr qint64 kFirstChunkBytes = 64 * 1024;
constexpr qint64 kFirstChunkLines = 1024;

template<typename T>
T *reallocArray(T *old, qint64 count)
{
    void *p = std::realloc(old, size_t(std::max<qint64>(count, 1)) * sizeof(T));
    if (!p)
        throw std::bad_alloc();
    return static_cast<T *>(p);
}

std::shared_ptr<LineChunk> makeChunk(qint64 bytes, qint64 lines)
{
    auto chunk = std::make_shared<LineChunk>();
    chunk->data = reallocArray<char>(nullptr, bytes);
    chunk->capacity = bytes;
    chunk->starts = reallocArray<quint32>(nullptr, lines);
    chunk->startCapacity = lines;
    return chunk;
}

// Gives back what a finished block does not use.
void trim(LineChunk &chunk)
{
    if (chunk.capacity > chunk.used) {
        chunk.data = reallocArray(chunk.data, chunk.used);
        chunk.capacity = std::max<qint64>(chunk.used, 1);
    }
    if (chunk.startCapacity > chunk.lines) {
        chunk.starts = reallocArray(chunk.starts, chunk.lines);
        chunk.startCapacity = std::max<qint64>(chunk.lines, 1);
    }
}

} // namespace

LineStore::LineStore() = default;
LineStore::~LineStore() = default;
LineStore::LineStore(LineStore &&other) noexcept = default;
LineStore &LineStore::operator=(LineStore &&other) noexcept = default;

int LineStore::chunkOf(qint64 index) const
{
    const auto it = std::upper_bound(m_chunkFirst.begin(), m_chunkFirst.end(), index);
    return int(it - m_chunkFirst.begin()) - 1;
}

QByteArrayView LineStore::line(qint64 index) const
{
    if (index < 0 || index >= lineCount())
        return {};
    if (index == m_complete)
        return m_openClean;
    const auto k = size_t(chunkOf(index));
    const LineChunk &c = *m_chunks[k];
    const qint64 local = index - m_chunkFirst[k];
    const qint64 begin = c.lineBegin(local);
    return QByteArrayView(c.data + begin, c.lineEnd(local) - begin);
}

QString LineStore::lineText(qint64 index) const
{
    return QString::fromUtf8(line(index));
}

void LineStore::reserveForAppend(qint64 bytes)
{
    if (m_chunks.empty()) {
        m_chunks.push_back(makeChunk(std::max(kFirstChunkBytes, bytes), kFirstChunkLines));
        m_chunkFirst.push_back(m_complete);
        return;
    }
    std::shared_ptr<LineChunk> &last = m_chunks.back();
    LineChunk &c = *last;
    if (c.used + bytes <= c.capacity && c.lines < c.startCapacity)
        return;
    const bool shared = last.use_count() > 1;
    const bool full = c.lines >= kMaxChunkLines || (c.used > 0 && c.used + bytes > kMaxChunkBytes);
    if (full) {
        // A new block; the old one keeps only what it uses. Big stores get big blocks at once
        // (malloc hands out untouched pages, so the unused tail costs address space only).
        if (!shared)
            trim(c);
        m_chunks.push_back(makeChunk(std::max(kMaxChunkBytes, bytes), kMaxChunkLines / 8));
        m_chunkFirst.push_back(m_complete);
        return;
    }
    const qint64 newBytes = c.used + bytes <= c.capacity ? c.capacity
                                                         : std::max(std::min(c.capacity * 2, kMaxChunkBytes), c.used + bytes);
    const qint64 newLines = c.lines < c.startCapacity ? c.startCapacity : std::min(c.startCapacity * 2, kMaxChunkLines);
    if (!shared) {
        c.data = reallocArray(c.data, newBytes);
        c.capacity = newBytes;
        c.starts = reallocArray(c.starts, newLines);
        c.startCapacity = newLines;
        return;
    }
    // A snapshot reads this block: leave it be and continue in a copy.
    auto copy = makeChunk(newBytes, newLines);
    std::memcpy(copy->data, c.data, size_t(c.used));
    std::memcpy(copy->starts, c.starts, size_t(c.lines) * sizeof(quint32));
    copy->used = c.used;
    copy->lines = c.lines;
    last = std::move(copy);
}

void LineStore::appendClean(QByteArrayView line)
{
    const qint64 len = line.size();
    reserveForAppend(len + 1);
    LineChunk &c = *m_chunks.back();
    c.starts[c.lines++] = quint32(c.used);
    if (len > 0)
        std::memcpy(c.data + c.used, line.data(), size_t(len));
    c.data[c.used + len] = '\n';
    c.used += len + 1;
    ++m_complete;
    m_bytes += len + 1;
    m_longest = std::max(m_longest, len);
}

void LineStore::appendRaw(QByteArrayView line)
{
    // CRLF endings are common (Windows, many services): drop them without copying the line.
    qsizetype end = line.size();
    while (end > 0 && line[end - 1] == '\r')
        --end;
    const QByteArrayView body = line.first(end);
    if (LineCleaner::needsCleaning(body))
        appendClean(LineCleaner::clean(body));
    else
        appendClean(body);
}

void LineStore::appendText(QByteArrayView text)
{
    // A UTF-8 byte order mark is not part of the first line.
    if (m_complete == 0 && !m_hasOpen && text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    const char *const begin = text.data();
    const qsizetype n = text.size();
    qsizetype pos = 0;
    while (pos < n) {
        const auto *nl = static_cast<const char *>(std::memchr(begin + pos, '\n', size_t(n - pos)));
        if (!nl) {
            m_openRaw.append(text.sliced(pos));
            m_hasOpen = true;
            // Only the last state of a progress bar matters: drop the states before it.
            qsizetype end = m_openRaw.size();
            while (end > 0 && m_openRaw.at(end - 1) == '\r')
                --end;
            const qsizetype lastCr = end > 0 ? QByteArrayView(m_openRaw).first(end).lastIndexOf('\r') : -1;
            if (lastCr >= 0)
                m_openRaw.remove(0, lastCr + 1);
            m_openClean = LineCleaner::needsCleaning(m_openRaw) ? LineCleaner::clean(m_openRaw) : m_openRaw;
            m_longest = std::max<qint64>(m_longest, m_openClean.size());
            return;
        }
        const QByteArrayView piece(begin + pos, nl - (begin + pos));
        if (m_hasOpen) {
            m_openRaw.append(piece);
            appendRaw(m_openRaw);
            m_openRaw.clear();
            m_openClean.clear();
            m_hasOpen = false;
        } else {
            appendRaw(piece);
        }
        pos = (nl - begin) + 1;
    }
}

void LineStore::finishText()
{
    if (!m_hasOpen)
        return;
    const QByteArray raw = std::exchange(m_openRaw, {});
    m_openClean.clear();
    m_hasOpen = false;
    appendRaw(raw);
}

void LineStore::appendLine(QByteArrayView line)
{
    finishText();
    if (!line.contains('\n')) {
        appendRaw(line);
        return;
    }
    appendText(line);
    if (!line.endsWith('\n'))
        finishText();
}

void LineStore::appendLines(const QByteArrayList &lines)
{
    for (const QByteArray &line : lines)
        appendLine(line);
}

void LineStore::prependLines(const QByteArrayList &lines)
{
    if (lines.isEmpty())
        return;
    // The new lines go through a store of their own, whose blocks then go in front.
    LineStore front;
    front.appendLines(lines);
    for (auto &chunk : front.m_chunks)
        trim(*chunk);
    m_chunks.insert(m_chunks.begin(), std::make_move_iterator(front.m_chunks.begin()),
                    std::make_move_iterator(front.m_chunks.end()));
    m_complete += front.m_complete;
    m_bytes += front.m_bytes;
    m_longest = std::max(m_longest, front.m_longest);
    m_ordinalBase -= front.m_complete;
    m_firstNumber -= front.m_complete;
    rebuildChunkIndex();
}

void LineStore::rebuildChunkIndex()
{
    m_chunkFirst.clear();
    m_chunkFirst.reserve(m_chunks.size());
    qint64 first = 0;
    for (const auto &chunk : m_chunks) {
        m_chunkFirst.push_back(first);
        first += chunk->lines;
    }
}

void LineStore::clear()
{
    *this = LineStore();
}

LineStoreSnapshot LineStore::snapshot() const
{
    LineStoreSnapshot s;
    s.m_keep.reserve(m_chunks.size() + 1);
    s.m_blocks.reserve(m_chunks.size() + 1);
    for (size_t i = 0; i < m_chunks.size(); ++i) {
        const LineChunk &c = *m_chunks[i];
        if (c.lines == 0)
            continue;
        s.m_keep.push_back(m_chunks[i]);
        s.m_blocks.push_back({c.data, c.starts, c.lines, c.used, m_chunkFirst[i]});
    }
    if (m_hasOpen) {
        // The open line may still change: the snapshot gets a copy of it.
        auto open = makeChunk(m_openClean.size() + 1, 1);
        std::memcpy(open->data, m_openClean.constData(), size_t(m_openClean.size()));
        open->data[m_openClean.size()] = '\n';
        open->used = m_openClean.size() + 1;
        open->starts[0] = 0;
        open->lines = 1;
        s.m_blocks.push_back({open->data, open->starts, 1, open->used, m_complete});
        s.m_keep.push_back(std::move(open));
    }
    s.m_lines = lineCount();
    s.m_bytes = byteSize();
    s.m_ordinalBase = m_ordinalBase;
    return s;
}

qint64 LineStore::memoryUsage() const
{
    qint64 total = qint64(sizeof(LineStore));
    for (const auto &chunk : m_chunks)
        total += chunk->memoryUsage();
    total += qint64(m_chunks.capacity() * sizeof(m_chunks[0]) + m_chunkFirst.capacity() * sizeof(qint64));
    total += m_openRaw.capacity() + m_openClean.capacity();
    return total;
}

bool LineStore::writeTo(QIODevice *device) const
{
    for (const auto &chunk : m_chunks) {
        if (chunk->used > 0 && device->write(chunk->data, chunk->used) != chunk->used)
            return false;
    }
    if (m_hasOpen) {
        if (device->write(m_openClean) != m_openClean.size() || device->write("\n", 1) != 1)
            return false;
    }
    return true;
}

} // namespace suanli
