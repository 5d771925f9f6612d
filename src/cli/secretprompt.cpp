#include "secretprompt.h"

#include "output.h"

#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace suanli::cli {

namespace {

#ifndef Q_OS_WIN
// Saved for the signal handler: an interrupted prompt must not leave the terminal without echo.
struct termios savedTermios;
volatile std::sig_atomic_t echoDisabled = 0;

extern "C" void restoreEchoAndExit(int signalNumber)
{
    if (echoDisabled)
        tcsetattr(STDIN_FILENO, TCSANOW, &savedTermios);
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}
#endif

// Switches terminal echo off for its lifetime.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (m_handle != INVALID_HANDLE_VALUE && GetConsoleMode(m_handle, &m_mode))
            m_active = SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
#else
        if (tcgetattr(STDIN_FILENO, &savedTermios) != 0)
            return;
        struct termios quiet = savedTermios;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= tcflag_t(ECHONL); // the newline still shows, so the next output starts a line
        m_previousInt = std::signal(SIGINT, restoreEchoAndExit);
        m_previousTerm = std::signal(SIGTERM, restoreEchoAndExit);
        echoDisabled = 1;
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_WIN
        if (m_active)
            SetConsoleMode(m_handle, m_mode);
#else
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTermios);
        echoDisabled = 0;
        if (m_previousInt != SIG_ERR)
            std::signal(SIGINT, m_previousInt);
        if (m_previousTerm != SIG_ERR)
            std::signal(SIGTERM, m_previousTerm);
#endif
    }
    bool active() const { return m_active; }

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = INVALID_HANDLE_VALUE;
    DWORD m_mode = 0;
#else
    void (*m_previousInt)(int) = SIG_ERR;
    void (*m_previousTerm)(int) = SIG_ERR;
#endif
    Q_DISABLE_COPY_MOVE(EchoOff)
};

} // namespace

std::optional<QString> SecretPrompt::readLine()
{
    std::string line;
    if (!std::getline(std::cin, line) && line.empty())
        return std::nullopt;
    QString text = QString::fromStdString(line);
    while (text.endsWith(u'\r') || text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

bool SecretPrompt::stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

std::optional<QString> SecretPrompt::askHidden(const QString &prompt)
{
    Output::writeStderr(prompt.toUtf8());
    std::optional<QString> line;
    {
        EchoOff echoOff;
        line = readLine();
#ifdef Q_OS_WIN
        if (echoOff.active())
            Output::writeStderr("\n"); // the console swallowed the Enter along with the echo
#else
        Q_UNUSED(echoOff);
#endif
    }
    return line;
}

} // namespace suanli::cli
