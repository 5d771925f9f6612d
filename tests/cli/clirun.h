#pragma once

// Runs the real suanli-cli binary while this process spins its event loop: the simulator the
// CLI talks to lives in the test process, so the CLI is never waited for with a blocking call.
#include "waitfor.h"

#include <gtest/gtest.h>

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <ostream>

namespace suanli::test {

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

// For gtest messages.
inline std::ostream &operator<<(std::ostream &os, const CliRun &run)
{
    return os << "exit " << run.exitCode << "\n--- stdout:\n"
              << run.out.constData() << "\n--- stderr:\n"
              << run.err.constData();
}

// The environment of this process with the locale set to `locale` (unset when empty); every
// other locale variable that could outrank it is removed.
inline QProcessEnvironment withLocale(const QString &locale)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("LC_ALL"), QStringLiteral("LC_MESSAGES"), QStringLiteral("LANG"), QStringLiteral("LANGUAGE")})
        env.remove(name);
    if (!locale.isEmpty())
        env.insert(QStringLiteral("LANG"), locale);
    return env;
}

// Most tests read the CLI's English texts, whatever the locale of the machine that runs them.
inline QProcessEnvironment englishEnvironment()
{
    return withLocale(QStringLiteral("C.UTF-8"));
}

inline QProcessEnvironment chineseEnvironment()
{
    return withLocale(QStringLiteral("zh_CN.UTF-8"));
}

// Runs `suanli-cli ARGS...` with `input` on stdin (closed after it), spinning the event loop.
inline CliRun runCli(const QStringList &args, const QByteArray &input, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProgram(QStringLiteral(SUANLI_CLI_PATH));
    process.setArguments(args);
    process.setProcessEnvironment(env);
    process.start();
    process.write(input);
    process.closeWriteChannel();
    CliRun result;
    const bool ended = waitFor([&] { return process.state() == QProcess::NotRunning; }, 30000);
    if (!ended) {
        process.kill();
        waitFor([&] { return process.state() == QProcess::NotRunning; }, 5000);
    }
    result.finished = ended && process.error() != QProcess::FailedToStart && process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    EXPECT_TRUE(result.finished) << "suanli-cli " << args.join(u' ').toStdString() << " did not finish: "
                                 << process.errorString().toStdString();
    return result;
}

} // namespace suanli::test
