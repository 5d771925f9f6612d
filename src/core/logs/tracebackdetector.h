#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <functional>

namespace suanli {

// Finds Python tracebacks, so that a viewer can show one as a block:
//
//   Traceback (most recent call last):         Header
//     File "train.py", line 182, in <module>   Frame
//       model = AutoModel.from_config(         Frame
//   ImportError: Using `bitsandbytes` ...      Exception (the block's last line)
//
// Works on any single line by looking back a bounded distance, so it needs no state and stays
// right when lines are added at either end.
class TracebackDetector final
{
public:
    enum class Role { None, Header, Frame, Exception };
    // The text of line i (0 <= i < count).
    using LineAt = std::function<QByteArrayView(qint64)>;

    static Role role(const LineAt &lineAt, qint64 count, qint64 index);
    static bool isHeader(QByteArrayView line);
    // How many lines back a frame looks for its header, at most.
    static constexpr qint64 kMaxBlockLines = 2000;
};

} // namespace suanli
