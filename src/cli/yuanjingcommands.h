#pragma once

#include "core/account.h"

#include <QCoreApplication>
#include <QString>

namespace suanli {
struct ApiError;
}

namespace suanli::yuanjing {
class YuanjingProvider;
struct VideoModel;
}

namespace suanli::cli {

class CliContext;
class CommandLine;

// The commands only 元境 has: recharge, keys, orders, price, pricing-test, models, video; and
// its SMS sign-in for `account add` and `account login`. The session cookie the sign-in makes
// is the account's secret.
class YuanjingCommands final
{
    Q_DECLARE_TR_FUNCTIONS(YuanjingCommands)
public:
    YuanjingCommands(CliContext &context, CommandLine &commandLine);

    // `account add NAME --platform yuanjing --base-url URL --login PHONE [--code-stdin]
    // [--select USER_ID]`: the options are parsed already; `account` is complete but for the
    // user it signs in as.
    int addAccount(Account account, bool insecureStorage);
    // `account login NAME [--code-stdin] [--select USER_ID]`: a new SMS code for an account
    // whose session ended.
    int signInAgain(const Account &account);

    int recharge();
    int keys();
    int orders();
    int price();
    int pricingTest();
    int models();
    int video();

private:
    // The --account (or only) account's provider, when it is a 元境 account, its session read.
    yuanjing::YuanjingProvider *provider(const QString &command, int *exitCode);
    // Prints the error (with how to sign in again when the session ended); the exit code.
    int fail(const ApiError &error, yuanjing::YuanjingProvider *p);
    // Sends a code to the account's phone, reads it, signs in (choosing `selected`, or asking
    // which account when the phone has several). On success the session holds the cookie.
    int smsSignIn(yuanjing::YuanjingProvider *p, const QString &command, QString *userId, QString *userName);
    bool wholeNumber(const QString &name, int min, int max, int *value, const QString &command, int *exitCode);
    // The model named `id` among every type's models.
    int findModel(yuanjing::YuanjingProvider *p, const QString &id, yuanjing::VideoModel *model);
    int listKeys();
    int applyKey();
    int showKey();
    int createVideo();
    int listTasks();
    int taskStatus();

    CliContext &m_context;
    CommandLine &m_commandLine;
};

} // namespace suanli::cli
