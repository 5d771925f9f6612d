#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace suanli {
class Provider;
struct ApiError;
}

namespace suanli::huixingyun {
class HuixingyunProvider;
struct OrderOutcome;
}

namespace suanli::cli {

class CliContext;
class CommandLine;

// The commands only 慧星云 has: tokens, products, apps, images, buy, buy-app. Its instance
// actions (card-less stop, rebuild, billing, renew, snapshot) are the generic ones.
class HuixingyunCommands final
{
    Q_DECLARE_TR_FUNCTIONS(HuixingyunCommands)
public:
    HuixingyunCommands(CliContext &context, CommandLine &commandLine);

    int tokens(); // tokens [list] | tokens create NAME | tokens delete TOKEN...
    int products();
    int apps();
    int images();
    int buy();
    int buyApp();

    // For `account add --password-stdin`: makes an API token named after this computer from
    // the password. Returns the token, or nullopt after printing why and setting `exitCode`.
    static std::optional<QString> createAccountToken(CliContext &context, Provider *provider, const QString &password,
                                                     int *exitCode);
    // Where `account add --remember-password` keeps the password (the GUI uses the same key).
    static QString passwordKey(const QString &accountId);
    // "edfb…bad1": enough to tell tokens apart, not enough to use one.
    static QString maskToken(const QString &token);

private:
    // An option's whole number within [min, max], left alone when not given; false after
    // printing a usage error.
    bool wholeNumber(const QString &name, int min, int max, int *value, const QString &command, int *exitCode);
    // The --account (or only) account's provider, when it is a 慧星云 account, its secret read.
    // Returns nullptr after printing why not and setting `exitCode`.
    huixingyun::HuixingyunProvider *provider(const QString &command, int *exitCode);
    // The account's password for the token endpoints: --password-stdin, else the remembered one,
    // else asked on the terminal. `remembered` tells which, for a better message on rejection.
    std::optional<QString> password(huixingyun::HuixingyunProvider *p, const QString &command, bool *remembered,
                                    int *exitCode);
    // A token endpoint's failure; a rejected remembered password says how to replace it.
    int failWithPassword(const ApiError &error, bool remembered);
    int listTokens();
    int createToken();
    int deleteTokens();
    // An order that got no answer; a lost answer may still have bought something.
    int orderFailed(const ApiError &error);
    // Prints an order's answer (and with --wait the instances it made); returns the exit code.
    int reportOrder(huixingyun::HuixingyunProvider *p, const huixingyun::OrderOutcome &outcome, int requested);

    CliContext &m_context;
    CommandLine &m_commandLine;
};

} // namespace suanli::cli
