#pragma once

#include "yuanjingtypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace suanli::yuanjing {

// The NDJSON of vidu_inference, read as it arrives: bytes go in as the network hands them over
// (a line may be split across reads, several lines may come in one read), and each complete
// line comes out as one event. Empty lines are skipped, "\r\n" is taken as a line end, and a
// line that is not JSON is kept as an Unreadable event for diagnostics.
class VideoStreamParser final
{
public:
    // Lines longer than this (a server gone wrong) come out as Unreadable, cut short.
    explicit VideoStreamParser(qsizetype maxLineBytes = 1024 * 1024);

    // The events of the lines these bytes complete, in order.
    QList<VideoEvent> feed(QByteArrayView bytes);
    // The stream ended: a last line without a newline counts too.
    QList<VideoEvent> finish();
    // Bytes of a line not yet complete.
    qsizetype pendingBytes() const { return m_buffer.size(); }
    int linesSeen() const { return m_lines; }

private:
    void take(const QByteArray &line, QList<VideoEvent> &out);

    qsizetype m_maxLineBytes;
    QByteArray m_buffer;
    bool m_skippingLongLine = false; // dropping the rest of an over-long line
    bool m_atStart = true;           // a UTF-8 byte-order mark may open the stream
    int m_lines = 0;
};

} // namespace suanli::yuanjing
