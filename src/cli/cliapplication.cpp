#include "cliapplication.h"

#include "accountcommands.h"
#include "chenyucommands.h"
#include "clicontext.h"
#include "clilanguage.h"
#include "commandline.h"
#include "exitcode.h"
#include "filecommands.h"
#include "huixingyuncommands.h"
#include "metricscommands.h"
#include "logcommands.h"
#include "output.h"
#include "resourcecommands.h"
#include "uniscommands.h"
#include "usage.h"
#include "yuanjingcommands.h"

#include <QLoggingCategory>

namespace suanli::cli {

namespace {

int usageError(Output &out, const QString &message, const QString &command = {})
{
    out.error(QStringLiteral("suanli-cli: ") + message);
    out.error(Usage::hint(command));
    return ExitUsage;
}

} // namespace

int CliApplication::run(const QStringList &arguments)
{
    CommandLine commandLine(arguments);
    // JSON is read by programs: its texts (an action's error, a check's message) stay English,
    // so that no value changes with the language.
    CliLanguage language;
    if (!commandLine.json())
        language.install(commandLine.language().isEmpty() ? CliLanguage::fromEnvironment() : commandLine.language());
    Output out(commandLine.json());
    const QStringList &words = commandLine.words();
    const QString command = words.value(0);

    if (commandLine.helpRequested() || command == u"help") {
        QStringList topic = words;
        if (command == u"help")
            topic.removeFirst();
        if (topic.isEmpty()) {
            out.print(Usage::overview());
            return ExitOk;
        }
        const QString text = Usage::command(topic);
        if (text.isEmpty())
            return usageError(out, tr("Unknown command \"%1\".").arg(topic.constFirst()));
        out.print(text);
        return ExitOk;
    }
    if (!commandLine.error().isEmpty())
        return usageError(out, commandLine.error());
    if (command.isEmpty()) {
        out.error(Usage::overview());
        return ExitUsage;
    }
    if (command == u"version" || command == u"--version") {
        out.printLine(QStringLiteral("suanli-cli ") + QStringLiteral(SUANLI_VERSION));
        return ExitOk;
    }

    // The developer log repeats what the command prints anyway; --verbose shows it.
    if (!commandLine.verbose())
        QLoggingCategory::setFilterRules(QStringLiteral("suanli.*.warning=false"));

    CliContext context(commandLine.configDir(), commandLine.verbose(), out);

    if (command == u"account") {
        AccountCommands accounts(context, commandLine);
        const QString sub = words.value(1);
        if (sub == u"add")
            return accounts.add();
        if (sub == u"list")
            return accounts.list();
        if (sub == u"remove")
            return accounts.remove();
        if (sub == u"check")
            return accounts.check();
        if (sub == u"login")
            return accounts.login();
        if (sub.isEmpty())
            return usageError(out, tr("account needs a subcommand: add, list, remove, check or login."), command);
        return usageError(out, tr("Unknown account subcommand \"%1\" (add, list, remove, check, login).").arg(sub), command);
    }

    FileCommands files(context, commandLine);
    if (command == u"upload")
        return files.upload();
    if (command == u"files")
        return files.files();

    ResourceCommands resources(context, commandLine);
    if (command == u"list")
        return resources.list();
    if (command == u"show")
        return resources.show();
    if (command == u"start")
        return resources.perform(Action::Start, command);
    if (command == u"stop")
        return resources.perform(Action::Stop, command);
    if (command == u"restart")
        return resources.perform(Action::Restart, command);
    if (command == u"destroy")
        return resources.perform(Action::Destroy, command);
    if (command == u"rebuild")
        return resources.perform(Action::Rebuild, command);
    if (command == u"snapshot")
        return resources.perform(Action::Snapshot, command);
    if (command == u"lengthen")
        return resources.perform(Action::ChangeBilling, command);
    if (command == u"renew")
        return resources.perform(Action::Renew, command);
    if (command == u"resume")
        return resources.perform(Action::Resume, command);
    if (command == u"register-model")
        return resources.perform(Action::RegisterModel, command);
    if (command == u"balance")
        return resources.balance();

    // `pods` of a UNIS account lists a job's pods; of a 晨羽智云 account, its pod templates.
    UnisCommands unis(context, commandLine);
    if (UnisCommands::isCommand(command) || (command == u"pods" && unis.accountHasJobPods()))
        return unis.run(command);

    ChenyuCommands chenyu(context, commandLine);
    if (command == u"create")
        return chenyu.create();
    if (command == u"shutdown-at")
        return chenyu.shutdownAt();
    if (command == u"gpus")
        return chenyu.gpus();
    if (command == u"pods")
        return chenyu.pods();
    if (command == u"bills")
        return chenyu.bills();
    if (command == u"recharges")
        return chenyu.recharges();

    HuixingyunCommands huixingyun(context, commandLine);
    if (command == u"tokens")
        return huixingyun.tokens();
    if (command == u"products")
        return huixingyun.products();
    if (command == u"apps")
        return huixingyun.apps();
    if (command == u"images")
        return huixingyun.images();
    if (command == u"buy")
        return huixingyun.buy();
    if (command == u"buy-app")
        return huixingyun.buyApp();

    if (command == u"metrics")
        return MetricsCommands(context, commandLine).metrics();
    if (command == u"logs")
        return LogCommands(context, commandLine).logs();
    YuanjingCommands yuanjing(context, commandLine);
    if (command == u"recharge")
        return yuanjing.recharge();
    if (command == u"keys")
        return yuanjing.keys();
    if (command == u"orders")
        return yuanjing.orders();
    if (command == u"price")
        return yuanjing.price();
    if (command == u"pricing-test")
        return yuanjing.pricingTest();
    if (command == u"models")
        return yuanjing.models();
    if (command == u"video")
        return yuanjing.video();

    return usageError(out, tr("Unknown command \"%1\".").arg(command));
}

} // namespace suanli::cli
