#include "linestoresnapshot.h"

#include "linechunk.h"

#include <algorithm>

namespace suanli {

LineStoreSnapshot::LineStoreSnapshot() = default;
LineStoreSnapshot::~LineStoreSnapshot() = default;
LineStoreSnapshot::LineStoreSnapshot(const LineStoreSnapshot &) = default;
LineStoreSnapshot &LineStoreSnapshot::operator=(const LineStoreSnapshot &) = default;
LineStoreSnapshot::LineStoreSnapshot(LineStoreSnapshot &&) noexcept = default;
LineStoreSnapshot &LineStoreSnapshot::operator=(LineStoreSnapshot &&) noexcept = default;

int LineStoreSnapshot::blockOf(qint64 index) const
{
    const auto it = std::upper_bound(m_blocks.begin(), m_blocks.end(), index,
                                     [](qint64 i, const Block &b) { return i < b.firstIndex; });
    return int(it - m_blocks.begin()) - 1;
}

QByteArrayView LineStoreSnapshot::line(qint64 index) const
{
    if (index < 0 || index >= m_lines)
        return {};
    const Block &b = m_blocks[size_t(blockOf(index))];
    const qint64 local = index - b.firstIndex;
    const qint64 begin = b.lineBegin(local);
    return QByteArrayView(b.data + begin, b.lineEnd(local) - begin);
}

} // namespace suanli
