#include "tracebackdetector.h"

#include <algorithm>

namespace suanli {

namespace {

bool indented(QByteArrayView line)
{
    return !line.isEmpty() && (line[0] == ' ' || line[0] == '\t');
}

// True when the indented run that ends at line `last` starts right after a traceback header.
bool framesFollowHeader(const TracebackDetector::LineAt &lineAt, qint64 last)
{
    const qint64 stop = std::max<qint64>(-1, last - TracebackDetector::kMaxBlockLines);
    for (qint64 j = last; j > stop; --j) {
        const QByteArrayView line = lineAt(j);
        if (indented(line))
            continue;
        return TracebackDetector::isHeader(line);
    }
    return false;
}

} // namespace

bool TracebackDetector::isHeader(QByteArrayView line)
{
    return line.startsWith("Traceback (most recent call last):");
}

TracebackDetector::Role TracebackDetector::role(const LineAt &lineAt, qint64 count, qint64 index)
{
    if (index < 0 || index >= count)
        return Role::None;
    const QByteArrayView line = lineAt(index);
    if (isHeader(line))
        return Role::Header;
    if (index == 0)
        return Role::None;
    if (indented(line))
        return framesFollowHeader(lineAt, index - 1) ? Role::Frame : Role::None;
    if (line.isEmpty())
        return Role::None;
    // The first line back at the left margin after the frames names the exception.
    const QByteArrayView previous = lineAt(index - 1);
    if (indented(previous) && framesFollowHeader(lineAt, index - 1))
        return Role::Exception;
    return Role::None;
}

} // namespace suanli
