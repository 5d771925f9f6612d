#pragma once

#include <QCoreApplication>

namespace suanli::cli {

class CliContext;
class CommandLine;

// account add | list | remove | check | login
class AccountCommands final
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommands)
public:
    AccountCommands(CliContext &context, CommandLine &commandLine);

    int add();
    int list();
    int remove();
    int check();
    // A new sign-in for an account whose session ended (platforms that sign in by SMS).
    int login();

private:

    CliContext &m_context;
    CommandLine &m_commandLine;
};

} // namespace suanli::cli
