#pragma once

#include <QCoreApplication>
#include <QString>

namespace suanli::chenyu {
class ChenyuProvider;
}

namespace suanli::cli {

class CliContext;
class CommandLine;

// The commands only 晨羽智云 has: create, shutdown-at, gpus, pods, bills, recharges.
class ChenyuCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ChenyuCommands)
public:
    ChenyuCommands(CliContext &context, CommandLine &commandLine);

    int create();
    int shutdownAt();
    int gpus();
    int pods();
    int bills();
    int recharges();

private:
    // The --account (or only) account's provider, when it is a Chenyu account; its secret is
    // read only with `unlock`. Returns nullptr after printing why not and setting `exitCode`.
    chenyu::ChenyuProvider *provider(const QString &command, bool unlock, int *exitCode);
    // --page / --page-size / --keyword; false after printing a usage error.
    bool paging(const QString &command, int *page, int *pageSize, QString *keyword, int *exitCode);
    int pagedCommand(const QString &command, bool bills);

    CliContext &m_context;
    CommandLine &m_commandLine;
};

} // namespace suanli::cli
