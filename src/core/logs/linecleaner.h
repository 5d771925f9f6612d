#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace suanli {

// What a log line shows once a terminal would have drawn it: a progress bar redrawn with
// carriage returns keeps only its last state ("10%\r20%\r30%" -> "30%"), the CR of a CRLF
// ending goes, and ANSI escape sequences (colours, cursor moves) are dropped. Bytes that are
// not valid UTF-8 are kept as they are; they are shown as replacement characters.
class LineCleaner final
{
public:
    // True when `line` needs cleaning (holds a CR or an ESC); most lines do not.
    static bool needsCleaning(QByteArrayView line);
    // The cleaned line; `line` must not hold '\n'.
    static QByteArray clean(QByteArrayView line);
};

} // namespace suanli
