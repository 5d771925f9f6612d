#include "terminallauncher.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUuid>

namespace suanli::gui {

TerminalLauncher::System TerminalLauncher::currentSystem()
{
#if defined(Q_OS_MACOS)
    return System::MacOS;
#elif defined(Q_OS_WIN)
    return System::Windows;
#else
    return System::Linux;
#endif
}

QString TerminalLauncher::sshCommand(const RemoteAccess &remote)
{
    return QStringLiteral("ssh ") + sshArguments(remote).join(QLatin1Char(' '));
}

QStringList TerminalLauncher::sshArguments(const RemoteAccess &remote)
{
    const QString user = remote.user.isEmpty() ? QStringLiteral("root") : remote.user;
    return {QStringLiteral("-p"), QString::number(remote.port > 0 ? remote.port : 22), user + QLatin1Char('@') + remote.host};
}

bool TerminalLauncher::isPlain(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._:\\[\\]-]+$"));
    return plain.match(text).hasMatch();
}

TerminalLauncher::Plan TerminalLauncher::plan(const RemoteAccess &remote, System system, const Finder &finder,
                                              const QString &scriptPath)
{
    Plan p;
    if (!remote.isValid()) {
        p.error = tr("The platform gave no address to log in to.");
        return p;
    }
    if (!isPlain(remote.host) || (!remote.user.isEmpty() && !isPlain(remote.user))) {
        p.error = tr("The address “%1” does not look like a host name; no terminal was opened.").arg(remote.host);
        return p;
    }
    const QStringList ssh = sshArguments(remote);
    switch (system) {
    case System::Linux: {
        // Each terminal takes the command its own way.
        const QList<QPair<QString, QStringList>> terminals = {
            {QStringLiteral("x-terminal-emulator"), {QStringLiteral("-e")}},
            {QStringLiteral("gnome-terminal"), {QStringLiteral("--")}},
            {QStringLiteral("konsole"), {QStringLiteral("-e")}},
            {QStringLiteral("xterm"), {QStringLiteral("-e")}},
        };
        for (const auto &[name, lead] : terminals) {
            const QString path = finder(name);
            if (path.isEmpty())
                continue;
            p.program = path;
            p.arguments = lead + QStringList{QStringLiteral("ssh")} + ssh;
            return p;
        }
        p.error = tr("No terminal was found (looked for x-terminal-emulator, gnome-terminal, konsole and xterm). "
                     "Copy the SSH command instead.");
        return p;
    }
    case System::MacOS:
        // Terminal.app runs a .command file in a new window.
        p.program = QStringLiteral("open");
        p.arguments = {QStringLiteral("-a"), QStringLiteral("Terminal"), scriptPath};
        p.script = QStringLiteral("#!/bin/sh\nrm -f \"$0\"\nexec ") + sshCommand(remote) + QLatin1Char('\n');
        return p;
    case System::Windows: {
        const QString wt = finder(QStringLiteral("wt"));
        if (!wt.isEmpty()) {
            p.program = wt;
            p.arguments = QStringList{QStringLiteral("ssh")} + ssh;
            return p;
        }
        const QString cmd = finder(QStringLiteral("cmd"));
        if (cmd.isEmpty()) {
            p.error = tr("Neither Windows Terminal nor cmd was found. Copy the SSH command instead.");
            return p;
        }
        p.program = cmd;
        p.arguments = QStringList{QStringLiteral("/k"), QStringLiteral("ssh")} + ssh;
        return p;
    }
    }
    p.error = tr("This system has no known terminal.");
    return p;
}

QString TerminalLauncher::open(const RemoteAccess &remote)
{
    const System system = currentSystem();
    const QString scriptPath = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                   .filePath(QStringLiteral("suanli-ssh-") + QUuid::createUuid().toString(QUuid::WithoutBraces)
                                             + QStringLiteral(".command"));
    const Plan p = plan(remote, system, [](const QString &name) { return QStandardPaths::findExecutable(name); }, scriptPath);
    if (!p.ok())
        return p.error;
    if (!p.script.isEmpty()) {
        QFile script(scriptPath);
        if (!script.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return tr("The terminal script could not be written to %1: %2").arg(scriptPath, script.errorString());
        }
        script.write(p.script.toUtf8());
        script.close();
        script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    if (!QProcess::startDetached(p.program, p.arguments))
        return tr("The terminal (%1) could not be started.").arg(p.program);
    return {};
}

} // namespace suanli::gui
