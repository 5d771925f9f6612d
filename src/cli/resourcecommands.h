#pragma once

#include "core/provider.h"

#include <QCoreApplication>
#include <QString>

namespace suanli::cli {

class CliContext;
class CommandLine;

// The platform-neutral commands: list, show, start / stop / restart / destroy, balance.
// They ask each Provider what it can do instead of knowing platforms.
class ResourceCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ResourceCommands)
public:
    ResourceCommands(CliContext &context, CommandLine &commandLine);

    int list();
    int show();
    int perform(Action action, const QString &command);
    int balance();

private:
    int usageError(const QString &message, const QString &command);

    CliContext &m_context;
    CommandLine &m_commandLine;
};

} // namespace suanli::cli
