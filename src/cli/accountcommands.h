#pragma once

#include <QCoreApplication>

namespace suanli::cli {

class CliContext;
class CommandLine;

// account add | list | remove | check
class AccountCommands final
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommands)
public:
    AccountCommands(CliContext &context, CommandLine &commandLine);

    int add();
    int list();
    int remove();
    int check();

private:

    CliContext &m_context;
    CommandLine &m_commandLine;
};

} // namespace suanli::cli
