#include "usage.h"

namespace suanli::cli {

QString Usage::overview()
{
    return tr(
        "Usage: suanli-cli [--config-dir DIR] [--json] [--lang LANG] [--verbose] COMMAND ...\n"
        "\n"
        "Suanli Console on the command line: the accounts, resources and balances of GPU clouds.\n"
        "\n"
        "Accounts:\n"
        "  account add NAME --platform PLATFORM [--base-url URL] [--login USER]\n"
        "                   [--option KEY=VALUE]... [--secret-stdin] [--insecure-storage]\n"
        "  account list\n"
        "  account remove NAME\n"
        "  account check NAME\n"
        "\n"
        "Resources (every account unless --account):\n"
        "  list [--account NAME] [--kind KIND] [--status STATUS] [--include-destroyed]\n"
        "  show ID [--account NAME]\n"
        "  start|stop|restart|destroy ID... [--account NAME] [--yes]\n"
        "  balance [--account NAME]\n"
        "\n"
        "晨羽智云 Chenyu:\n"
        "  create --pod UUID --gpu-model UUID --image-tag TAG [--auto-start] [--account NAME] [--yes]\n"
        "  shutdown-at ID \"YYYY-MM-DD HH:MM:SS\" [--account NAME]\n"
        "  shutdown-at ID --cancel [--account NAME]\n"
        "  gpus [--account NAME]\n"
        "  pods [--account NAME] [--page N] [--page-size N] [--keyword K]\n"
        "  bills [--account NAME] [--page N] [--page-size N] [--keyword K]\n"
        "  recharges [--account NAME] [--page N] [--page-size N] [--keyword K]\n"
        "\n"
        "Global options:\n"
        "  --config-dir DIR  use DIR for accounts.json and settings.ini (also SUANLI_CONFIG_DIR)\n"
        "  --json            print results as UTF-8 JSON on stdout, with every message in English\n"
        "  --lang LANG       the language of messages and tables: en or zh_CN\n"
        "                    (default: from LC_ALL, LC_MESSAGES or LANG)\n"
        "  --verbose         log every HTTP request (method, URL, status, time) on stderr\n"
        "  --help            show help; COMMAND --help shows the command's help\n"
        "\n"
        "Commands that need one account use the only one there is when --account is omitted.\n"
        "\n"
        "Exit codes: 0 done, 1 failed (network or platform error), 2 usage error,\n"
        "            3 authentication failed, 4 refused (needs --yes, or not supported).\n");
}

QString Usage::hint(const QString &command)
{
    if (command.isEmpty())
        return tr("Run 'suanli-cli --help' for usage.");
    return tr("Run 'suanli-cli %1 --help' for usage.").arg(command);
}

QString Usage::command(const QStringList &words)
{
    const QString first = words.value(0);
    const QString second = words.value(1);
    if (first == u"account") {
        if (second == u"add")
            return tr("Usage: suanli-cli account add NAME --platform PLATFORM [--base-url URL] [--login USER]\n"
                      "                              [--option KEY=VALUE]... [--secret-stdin] [--insecure-storage]\n"
                      "\n"
                      "Adds an account after checking its secret (API key, token or password) with the platform.\n"
                      "The secret is read from stdin with --secret-stdin (one line), otherwise asked for on the\n"
                      "terminal without echo. It is stored in the system keychain, never in a file, unless\n"
                      "--insecure-storage asks for an unencrypted file in the config dir instead.\n"
                      "\n"
                      "  --platform PLATFORM  chenyu, huixingyun, unis or yuanjing\n"
                      "  --base-url URL       the platform's address (default: the platform's public one)\n"
                      "  --login USER         user name or phone, where the platform has one\n"
                      "  --option KEY=VALUE   a platform-specific setting; may be repeated\n"
                      "  --secret-stdin       read the secret from stdin\n"
                      "  --insecure-storage   keep secrets in an unencrypted file (for machines without keychain)\n");
        if (second == u"list")
            return tr("Usage: suanli-cli account list\n\nLists the accounts (no secrets).\n");
        if (second == u"remove")
            return tr("Usage: suanli-cli account remove NAME\n\nRemoves the account and deletes its secret from the keychain.\n");
        if (second == u"check")
            return tr("Usage: suanli-cli account check NAME\n\nChecks the account's secret with the platform and prints "
                      "its state\n(online, auth-failed, offline).\n");
        return tr("Usage: suanli-cli account add|list|remove|check ...\n\n"
                  "Run 'suanli-cli account SUBCOMMAND --help' for each.\n");
    }
    if (first == u"list")
        return tr("Usage: suanli-cli list [--account NAME] [--kind KIND] [--status STATUS] [--include-destroyed]\n"
                  "\n"
                  "Lists the resources of every account, or of one with --account.\n"
                  "\n"
                  "  --kind KIND            instance, dev-env, training, fine-tune, compute-task, inference,\n"
                  "                         online-service, evaluation, video-task\n"
                  "  --status STATUS        pending, creating, starting, running, stopping, stopped, succeeded,\n"
                  "                         failed, destroyed, unknown\n"
                  "  --include-destroyed    also list destroyed resources (--all is the same)\n");
    if (first == u"show")
        return tr("Usage: suanli-cli show ID [--account NAME]\n\nShows one resource with every field and the "
                  "actions it allows now.\n");
    if (first == u"start" || first == u"stop" || first == u"restart" || first == u"destroy")
        return tr("Usage: suanli-cli %1 ID... [--account NAME] [--yes]\n"
                  "\n"
                  "Asks the platform to %1 the resources. Actions that cost money or cannot be undone\n"
                  "(destroy) need --yes. Every id is checked before anything is sent.\n")
            .arg(first);
    if (first == u"balance")
        return tr("Usage: suanli-cli balance [--account NAME]\n\nShows the balance of every account, or of one.\n");
    if (first == u"create")
        return tr("Usage: suanli-cli create --pod UUID --gpu-model UUID --image-tag TAG [--auto-start]\n"
                  "                         [--account NAME] [--yes]\n"
                  "\n"
                  "Creates a 晨羽智云 instance (see 'pods' and 'gpus' for the ids) and prints its id.\n"
                  "It is billed once it runs, so --yes is required.\n");
    if (first == u"shutdown-at")
        return tr("Usage: suanli-cli shutdown-at ID \"YYYY-MM-DD HH:MM:SS\" [--account NAME]\n"
                  "       suanli-cli shutdown-at ID --cancel [--account NAME]\n"
                  "\n"
                  "Schedules (or cancels) the automatic shutdown of a 晨羽智云 instance. The time is China\n"
                  "Standard Time (UTC+8) wall-clock time, as the platform takes it, and must be in the future.\n");
    if (first == u"gpus")
        return tr("Usage: suanli-cli gpus [--account NAME]\n\nLists the GPU models of 晨羽智云 with their prices.\n");
    if (first == u"pods")
        return tr("Usage: suanli-cli pods [--account NAME] [--page N] [--page-size N] [--keyword K]\n\n"
                  "Lists the pods (application templates) of 晨羽智云; every page unless --page is given.\n");
    if (first == u"bills")
        return tr("Usage: suanli-cli bills [--account NAME] [--page N] [--page-size N] [--keyword K]\n\n"
                  "Lists charges of a 晨羽智云 account, newest first (page size 1 to 100, default 20).\n");
    if (first == u"recharges")
        return tr("Usage: suanli-cli recharges [--account NAME] [--page N] [--page-size N] [--keyword K]\n\n"
                  "Lists top-ups of a 晨羽智云 account, newest first (page size 1 to 100, default 20).\n");
    if (first == u"help")
        return overview();
    return {};
}

} // namespace suanli::cli
