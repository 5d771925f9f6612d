#pragma once

#include <QtGlobal>

#include <cstdlib>

namespace suanli {

// One block of a LineStore: the text of consecutive lines, each followed by '\n', and where each
// line starts. Both arrays come from malloc so that a block the store alone owns can grow (and
// be trimmed) with realloc; a block a snapshot also holds is never reallocated, so the bytes a
// snapshot reads stay where they are.
struct LineChunk
{
    char *data = nullptr;
    qint64 capacity = 0; // bytes allocated
    qint64 used = 0;     // bytes written
    quint32 *starts = nullptr;
    qint64 startCapacity = 0;
    qint64 lines = 0;

    LineChunk() = default;
    LineChunk(const LineChunk &) = delete;
    LineChunk &operator=(const LineChunk &) = delete;
    ~LineChunk()
    {
        std::free(data);
        std::free(starts);
    }

    qint64 lineBegin(qint64 i) const { return starts[i]; }
    // End of line i, without its '\n'.
    qint64 lineEnd(qint64 i) const { return (i + 1 < lines ? qint64(starts[i + 1]) : used) - 1; }
    qint64 memoryUsage() const { return capacity + startCapacity * qint64(sizeof(quint32)) + qint64(sizeof(LineChunk)); }
};

} // namespace suanli
