#pragma once

#include "core/resource.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace suanli::gui {

// Opens the system's terminal with an ssh session to a machine: x-terminal-emulator,
// gnome-terminal, konsole or xterm on Linux (whichever exists, in that order), Terminal.app on
// macOS through a .command script, Windows Terminal or else cmd on Windows.
class TerminalLauncher final
{
    Q_DECLARE_TR_FUNCTIONS(TerminalLauncher)
public:
    enum class System { Linux, MacOS, Windows };

    // What to start; `error` (translated) instead when nothing fits.
    struct Plan
    {
        QString program;
        QStringList arguments;
        QString script;      // macOS: the text of the .command file to write first
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    // Finds an executable by name on PATH ("" when absent): QStandardPaths::findExecutable.
    using Finder = std::function<QString(const QString &name)>;

    static System currentSystem();
    // "ssh -p 2222 root@1.2.3.4"
    static QString sshCommand(const RemoteAccess &remote);
    static QStringList sshArguments(const RemoteAccess &remote);
    // `scriptPath`: where the macOS .command script will be written.
    static Plan plan(const RemoteAccess &remote, System system, const Finder &finder, const QString &scriptPath = {});
    // Plans for this system and starts the terminal; returns an error text or an empty string.
    static QString open(const RemoteAccess &remote);

private:
    // Host and user go on a command line (cmd parses its own): only plain names pass.
    static bool isPlain(const QString &text);
};

} // namespace suanli::gui
