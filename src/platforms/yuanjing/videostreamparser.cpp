#include "videostreamparser.h"

#include "yuanjingmapping.h"

#include <utility>

namespace suanli::yuanjing {

VideoStreamParser::VideoStreamParser(qsizetype maxLineBytes)
    : m_maxLineBytes(qMax<qsizetype>(64, maxLineBytes))
{
}

QList<VideoEvent> VideoStreamParser::feed(QByteArrayView bytes)
{
    QList<VideoEvent> out;
    qsizetype from = 0;
    while (from < bytes.size()) {
        const qsizetype newline = bytes.indexOf('\n', from);
        const qsizetype end = newline < 0 ? bytes.size() : newline;
        const QByteArrayView piece = bytes.sliced(from, end - from);
        if (!m_skippingLongLine) {
            m_buffer.append(piece);
            if (m_buffer.size() > m_maxLineBytes) {
                // Said once, then the rest of the line is dropped as it comes.
                VideoEvent e;
                e.kind = VideoEvent::Kind::Unreadable;
                e.raw = m_buffer.left(200);
                e.error = QStringLiteral("line longer than %1 bytes").arg(m_maxLineBytes);
                out.append(e);
                ++m_lines;
                m_buffer.clear();
                m_skippingLongLine = true;
            }
        }
        if (newline < 0)
            break;
        if (m_skippingLongLine)
            m_skippingLongLine = false;
        else
            take(std::exchange(m_buffer, QByteArray()), out);
        from = newline + 1;
    }
    return out;
}

QList<VideoEvent> VideoStreamParser::finish()
{
    QList<VideoEvent> out;
    if (!m_skippingLongLine)
        take(std::exchange(m_buffer, QByteArray()), out);
    m_buffer.clear();
    m_skippingLongLine = false;
    return out;
}

void VideoStreamParser::take(const QByteArray &line, QList<VideoEvent> &out)
{
    QByteArray text = line;
    if (m_atStart) {
        if (text.startsWith("\xEF\xBB\xBF"))
            text.remove(0, 3);
        if (!text.trimmed().isEmpty())
            m_atStart = false;
    }
    if (text.endsWith('\r'))
        text.chop(1);
    if (text.trimmed().isEmpty())
        return;
    ++m_lines;
    out.append(Mapping::videoEvent(text));
}

} // namespace suanli::yuanjing
