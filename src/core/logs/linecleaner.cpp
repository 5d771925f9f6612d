#include "linecleaner.h"

#include <cstring>

namespace suanli {

namespace {

// Drops ESC sequences: CSI "ESC [ params final", OSC "ESC ] ... BEL|ESC \", and two-byte ones.
QByteArray stripEscapes(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    const qsizetype n = in.size();
    for (qsizetype i = 0; i < n;) {
        const char c = in[i];
        if (c != '\x1b') {
            out.append(c);
            ++i;
            continue;
        }
        if (i + 1 >= n) { // a lone ESC at the end
            ++i;
            continue;
        }
        const char kind = in[i + 1];
        if (kind == '[') {
            qsizetype j = i + 2;
            // Parameter and intermediate bytes, then one final byte in 0x40..0x7e.
            while (j < n && (uchar(in[j]) >= 0x20 && uchar(in[j]) <= 0x3f))
                ++j;
            if (j < n && uchar(in[j]) >= 0x40 && uchar(in[j]) <= 0x7e)
                ++j;
            i = j;
        } else if (kind == ']') {
            qsizetype j = i + 2;
            while (j < n && in[j] != '\x07' && !(in[j] == '\x1b' && j + 1 < n && in[j + 1] == '\\'))
                ++j;
            i = j >= n ? n : (in[j] == '\x07' ? j + 1 : j + 2);
        } else {
            i += 2;
        }
    }
    return out;
}

} // namespace

bool LineCleaner::needsCleaning(QByteArrayView line)
{
    const auto *data = line.data();
    const size_t size = size_t(line.size());
    return std::memchr(data, '\r', size) != nullptr || std::memchr(data, '\x1b', size) != nullptr;
}

QByteArray LineCleaner::clean(QByteArrayView line)
{
    // Carriage returns first: the text after the last CR that is followed by anything. A CR at
    // the very end (CRLF, or a bar whose next state has not arrived) does not blank the line.
    qsizetype end = line.size();
    while (end > 0 && line[end - 1] == '\r')
        --end;
    QByteArrayView visible = line.first(end);
    const qsizetype lastCr = visible.lastIndexOf('\r');
    if (lastCr >= 0)
        visible = visible.sliced(lastCr + 1);
    if (visible.contains('\x1b'))
        return stripEscapes(visible);
    return visible.toByteArray();
}

} // namespace suanli
