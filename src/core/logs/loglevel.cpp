#include "loglevel.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace suanli {

namespace {

// Only the start of a line holds its level field; long lines are not scanned to the end.
constexpr qsizetype kScanBytes = 256;

bool isAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

char upper(char c)
{
    return (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
}

struct Word
{
    const char *text;
    LogLevel level;
};

constexpr std::array kWords{
    Word{"ERROR", LogLevel::Error},   Word{"ERR", LogLevel::Error},     Word{"FATAL", LogLevel::Error},
    Word{"CRITICAL", LogLevel::Error}, Word{"CRIT", LogLevel::Error},   Word{"SEVERE", LogLevel::Error},
    Word{"EMERG", LogLevel::Error},   Word{"PANIC", LogLevel::Error},   Word{"WARNING", LogLevel::Warning},
    Word{"WARN", LogLevel::Warning},  Word{"INFO", LogLevel::Info},     Word{"NOTICE", LogLevel::Info},
    Word{"DEBUG", LogLevel::Debug},   Word{"TRACE", LogLevel::Debug},   Word{"VERBOSE", LogLevel::Debug},
};

LogLevel letterLevel(char c)
{
    switch (c) {
    case 'E':
    case 'F':
        return LogLevel::Error;
    case 'W':
        return LogLevel::Warning;
    case 'I':
        return LogLevel::Info;
    case 'D':
    case 'V':
        return LogLevel::Debug;
    default:
        return LogLevel::None;
    }
}

// A word in `w` (upper-cased) that names a level.
LogLevel wordLevel(QByteArrayView w)
{
    if (w.size() < 3 || w.size() > 8)
        return LogLevel::None;
    char buf[8];
    for (qsizetype i = 0; i < w.size(); ++i)
        buf[i] = upper(w[i]);
    const QByteArrayView up(buf, w.size());
    for (const Word &word : kWords) {
        if (up == QByteArrayView(word.text))
            return word.level;
    }
    return LogLevel::None;
}

bool endsWith(QByteArrayView w, const char *suffix)
{
    return w.endsWith(QByteArrayView(suffix));
}

} // namespace

LogLevel LogLevelDetector::detect(QByteArrayView line)
{
    const QByteArrayView head = line.first(std::min(line.size(), kScanBytes));
    const qsizetype n = head.size();
    if (n == 0)
        return LogLevel::None;

    if (head.startsWith("Traceback (most recent call last):"))
        return LogLevel::Error;

    // glog: "E0210 15:55:00.600108  57 file.cc:12] ..."
    if (n >= 6 && letterLevel(head[0]) != LogLevel::None && head[0] != 'D' && head[0] != 'V' && isDigit(head[1])
        && isDigit(head[2]) && isDigit(head[3]) && isDigit(head[4]) && head[5] == ' ')
        return letterLevel(head[0]);

    for (qsizetype i = 0; i < n; ++i) {
        const char c = head[i];
        const bool wordStart = isAlnum(c) && (i == 0 || !isAlnum(head[i - 1]));
        if (!wordStart)
            continue;
        qsizetype j = i;
        while (j < n && (isAlnum(head[j]) || head[j] == '.'))
            ++j;
        // Trailing dots belong to the sentence, not the word.
        qsizetype end = j;
        while (end > i && head[end - 1] == '.')
            --end;
        const QByteArrayView word = head.sliced(i, end - i);
        const char prev = i > 0 ? head[i - 1] : ' ';
        const char next = end < n ? head[end] : ' ';

        // One letter between spaces after a number (logcat) or after ": " (absl, TensorFlow).
        if (word.size() == 1 && next == ' ' && prev == ' ' && i >= 2) {
            const LogLevel l = letterLevel(c);
            if (l != LogLevel::None && (isDigit(head[i - 2]) || head[i - 2] == ':'))
                return l;
        }
        if (!word.contains('.')) {
            const bool allUpper = std::all_of(word.begin(), word.end(), [](char ch) { return !(ch >= 'a' && ch <= 'z'); });
            // Upper-case words anywhere; other spellings only in a level field ([error], level=info).
            const bool field = prev == '[' || prev == '=' || prev == '"' || prev == '<' || prev == '|' || prev == '(';
            if (allUpper || field) {
                const LogLevel l = wordLevel(word);
                if (l != LogLevel::None)
                    return l;
            }
        }
        // Python: "ImportError: ..." at the start, "...py:25: UserWarning: ..." anywhere.
        if (next == ':') {
            if (endsWith(word, "Warning"))
                return LogLevel::Warning;
            if (i == 0 && (endsWith(word, "Error") || endsWith(word, "Exception") || endsWith(word, "Interrupt")))
                return LogLevel::Error;
        }
        i = j - 1;
    }
    return LogLevel::None;
}

} // namespace suanli
