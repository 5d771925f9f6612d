#pragma once

#include "core/provider.h"

#include <QCoreApplication>
#include <QString>

namespace suanli::cli {

class CliContext;
class CommandLine;

// The platform-neutral commands: list, show, start / stop / restart / destroy / rebuild /
// snapshot / lengthen / renew, balance. They ask each Provider what it can do instead of
// knowing platforms.
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
    // One request over every id for platforms with batch endpoints, answered per id.
    int performBatch(Provider *provider, const ActionRequest &request, const QList<Resource> &targets,
                     const QString &command);

    CliContext &m_context;
    CommandLine &m_commandLine;
};

} // namespace suanli::cli
