#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace suanli {

enum class LogLevel : quint8 { None, Debug, Info, Warning, Error };

// Finds the level a log line was written at, from the usual ways of writing it: a word (INFO,
// WARNING, [error], level=debug), the one-letter levels of glog, absl and logcat
// ("E0210 ...", "...600108: W tensorflow/...", "1702  8671 D Tag:"), and Python's
// "Traceback (most recent call last):", "SomeError: ..." and "UserWarning: ...". The first
// level in the line wins: a level field comes before the message.
class LogLevelDetector final
{
public:
    static LogLevel detect(QByteArrayView line);
};

} // namespace suanli
