#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <memory>
#include <vector>

namespace suanli {

struct LineChunk;

// The lines a LineStore held at one moment, readable from any thread while the store goes on
// growing: it keeps the store's blocks alive and never sees bytes written after it was taken.
class LineStoreSnapshot final
{
public:
    // One block: `lines` lines starting at line index `firstIndex`, each followed by '\n'.
    struct Block
    {
        const char *data = nullptr;
        const quint32 *starts = nullptr;
        qint64 lines = 0;
        qint64 used = 0;
        qint64 firstIndex = 0;

        qint64 lineBegin(qint64 i) const { return starts[i]; }
        qint64 lineEnd(qint64 i) const { return (i + 1 < lines ? qint64(starts[i + 1]) : used) - 1; }
    };

    LineStoreSnapshot();
    ~LineStoreSnapshot();
    LineStoreSnapshot(const LineStoreSnapshot &);
    LineStoreSnapshot &operator=(const LineStoreSnapshot &);
    LineStoreSnapshot(LineStoreSnapshot &&) noexcept;
    LineStoreSnapshot &operator=(LineStoreSnapshot &&) noexcept;

    qint64 lineCount() const { return m_lines; }
    qint64 ordinalBase() const { return m_ordinalBase; }
    qint64 byteSize() const { return m_bytes; }
    int blockCount() const { return int(m_blocks.size()); }
    const Block &block(int i) const { return m_blocks[size_t(i)]; }
    QByteArrayView line(qint64 index) const;
    // The block holding line `index`.
    int blockOf(qint64 index) const;

private:
    friend class LineStore;

    std::vector<std::shared_ptr<const LineChunk>> m_keep;
    std::vector<Block> m_blocks;
    qint64 m_lines = 0;
    qint64 m_bytes = 0;
    qint64 m_ordinalBase = 0;
};

} // namespace suanli
