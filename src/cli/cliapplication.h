#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace suanli::cli {

// Reads the command line, runs one command and returns the process exit code.
class CliApplication final
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)
public:
    // `arguments` without the program name.
    static int run(const QStringList &arguments);
};

} // namespace suanli::cli
