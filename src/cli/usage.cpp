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
        "                   [--password-stdin [--remember-password]]\n"
        "  account list\n"
        "  account remove NAME\n"
        "  account check NAME\n"
        "\n"
        "Resources (every account unless --account):\n"
        "  list [--account NAME] [--kind KIND] [--status STATUS] [--include-destroyed]\n"
        "  show ID [--account NAME] [--reveal-password]\n"
        "  start|stop|restart|destroy ID... [--account NAME] [--yes]\n"
        "  stop ID... --cardless [--account NAME]\n"
        "  rebuild ID... --image IMAGE_ID [--account NAME] [--yes]\n"
        "  snapshot ID --name NAME [--account NAME]\n"
        "  lengthen ID... --pay daily|monthly [--account NAME] [--yes]\n"
        "  renew ID... --periods N [--account NAME] [--yes]\n"
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
        "慧星云 Huixingyun:\n"
        "  tokens [--account NAME] [--reveal] [--password-stdin]\n"
        "  tokens create NAME [--account NAME] [--password-stdin]\n"
        "  tokens delete TOKEN... [--account NAME] [--password-stdin] [--yes]\n"
        "  products [--account NAME]\n"
        "  apps [--account NAME]\n"
        "  images [--account NAME] [--gpu-type TYPE | --mine [--room ZONE]]\n"
        "  buy --product GPU_TYPE --image ID --pay hourly|daily|monthly [--count N] [--gpus N]\n"
        "      [--extra-disk GB] [--wait] [--account NAME] [--yes]\n"
        "  buy-app --app TYPE --pay hourly|daily|monthly [--count N] [--wait] [--account NAME] [--yes]\n"
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
        "            3 authentication failed, 4 refused (needs --yes, or not supported).\n")
        // Each platform's part is a text of its own, so that adding one leaves the others' translations whole.
        + tr("\n"
             "元境 Yuanjing (signs in with an SMS code; balance, list and show work as above):\n"
             "  account add NAME --platform yuanjing --base-url URL --login PHONE [--code-stdin]\n"
             "                   [--select USER_ID] [--insecure-storage]\n"
             "  account login NAME [--code-stdin] [--select USER_ID]\n"
             "  recharge AMOUNT [--wait [--timeout SECONDS]] [--account NAME] [--yes]\n"
             "  keys [--account NAME]\n"
             "  keys apply NAME [--description TEXT] [--account NAME]\n"
             "  keys show ID [--account NAME]\n"
             "  orders [--page N] [--page-size N] [--account NAME]\n"
             "  price --model ID [--duration N] [--resolution R] [--ratio R] [--audio] [--account NAME]\n"
             "  pricing-test PPID --usage JSON [--account NAME]\n"
             "  models [--type text|image|reference] [--account NAME]\n"
             "  video create --model ID --prompt TEXT [--duration N] [--ratio R] [--resolution R] [--audio]\n"
             "               [--image FILE|URL] [--account NAME] [--yes]\n"
             "  video tasks [--account NAME]\n"
             "  video status TASKID [--account NAME]\n");
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
                      "                              [--password-stdin [--remember-password]]\n"
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
                      "  --insecure-storage   keep secrets in an unencrypted file (for machines without keychain)\n"
                      "  --password-stdin     慧星云: read the account's password from stdin and create an API token\n"
                      "                       named \"Suanli Console @ HOST\" with it; only the token is stored\n"
                      "  --remember-password  慧星云: also keep the password in the keychain, for the tokens commands\n")
                + tr("  --code-stdin         元境: read the SMS code from stdin (one line) once it was sent;\n"
                     "                       otherwise it is asked for on the terminal\n"
                     "  --select USER_ID     元境: the account to sign in as when the phone has several\n"
                     "\n"
                     "元境 signs in with a code sent by SMS to --login PHONE; there is no secret to type. A phone\n"
                     "number 元境 does not know yet gets a new 元境 account. --base-url is required: the platform\n"
                     "has no public address. The session the sign-in makes is stored in the keychain.\n");
        if (second == u"list")
            return tr("Usage: suanli-cli account list\n\nLists the accounts (no secrets).\n");
        if (second == u"remove")
            return tr("Usage: suanli-cli account remove NAME\n\nRemoves the account and deletes its secret from the keychain.\n");
        if (second == u"check")
            return tr("Usage: suanli-cli account check NAME\n\nChecks the account's secret with the platform and prints "
                      "its state\n(online, auth-failed, offline).\n");
        if (second == u"login")
            return tr("Usage: suanli-cli account login NAME [--code-stdin] [--select USER_ID]\n"
                      "\n"
                      "Signs an account in again with a new SMS code (元境), when its session has ended: a code\n"
                      "is sent to the account's phone and read from the terminal, or from stdin with --code-stdin.\n"
                      "The account signed in as before is chosen again; --select picks another of the phone's.\n");
        return tr("Usage: suanli-cli account add|list|remove|check ...\n\n"
                  "Run 'suanli-cli account SUBCOMMAND --help' for each.\n")
            + tr("Also: suanli-cli account login NAME (元境: sign in again with a new SMS code).\n");
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
        return tr("Usage: suanli-cli show ID [--account NAME] [--reveal-password]\n\nShows one resource with every field and the "
                  "actions it allows now.\nAn SSH password is shown only with --reveal-password.\n");
    if (first == u"stop")
        return tr("Usage: suanli-cli stop ID... [--cardless] [--account NAME] [--yes]\n"
                  "\n"
                  "Asks the platform to stop the resources. With --cardless (慧星云's 无卡关机) the instance\n"
                  "gives its GPU back and keeps its disk; 'start' later uses the matching start call.\n"
                  "Every id is checked before anything is sent; platforms that act on several ids in one\n"
                  "request answer per id.\n");
    if (first == u"start" || first == u"restart" || first == u"destroy")
        return tr("Usage: suanli-cli %1 ID... [--account NAME] [--yes]\n"
                  "\n"
                  "Asks the platform to %1 the resources. Actions that cost money or cannot be undone\n"
                  "(destroy) need --yes. Every id is checked before anything is sent; platforms that act\n"
                  "on several ids in one request answer per id (exit 1 when some failed).\n")
            .arg(first);
    if (first == u"rebuild")
        return tr("Usage: suanli-cli rebuild ID... --image IMAGE_ID [--account NAME] [--yes]\n"
                  "\n"
                  "Reinstalls the instances from an image (see 'images'). This wipes the system disk, so\n"
                  "--yes is required. The image must run the same operating system.\n");
    if (first == u"snapshot")
        return tr("Usage: suanli-cli snapshot ID --name NAME [--account NAME]\n"
                  "\n"
                  "Saves one instance as an image of your own. It is saved in the background and shows up\n"
                  "in 'images --mine' when done.\n");
    if (first == u"lengthen")
        return tr("Usage: suanli-cli lengthen ID... --pay daily|monthly [--account NAME] [--yes]\n"
                  "\n"
                  "Changes hourly billing to daily or monthly, or daily to monthly. It charges the prepaid\n"
                  "period now and cannot be undone, so --yes is required.\n");
    if (first == u"renew")
        return tr("Usage: suanli-cli renew ID... --periods N [--account NAME] [--yes]\n"
                  "\n"
                  "Extends prepaid instances by N periods of their billing: 1, 3 or 7 days, or 1, 3 or 12\n"
                  "months. It costs money, so --yes is required.\n");
    if (first == u"tokens")
        return tr("Usage: suanli-cli tokens [--account NAME] [--reveal] [--password-stdin]\n"
                  "       suanli-cli tokens create NAME [--account NAME] [--password-stdin]\n"
                  "       suanli-cli tokens delete TOKEN... [--account NAME] [--password-stdin] [--yes]\n"
                  "\n"
                  "Lists, creates or deletes the API tokens of a 慧星云 account. Tokens are masked unless\n"
                  "--reveal is given; create prints the new token. delete takes tokens or their names, needs\n"
                  "--yes, and refuses the token the account itself uses. These calls need the account's\n"
                  "password: the remembered one (account add --remember-password), else from stdin with\n"
                  "--password-stdin, else asked for on the terminal.\n");
    if (first == u"products")
        return tr("Usage: suanli-cli products [--account NAME]\n\nLists the GPU types of 慧星云 with the GPUs free "
                  "per order, zone and disks.\n");
    if (first == u"apps")
        return tr("Usage: suanli-cli apps [--account NAME]\n\nLists the one-click applications of 慧星云.\n");
    if (first == u"images")
        return tr("Usage: suanli-cli images [--account NAME] [--gpu-type TYPE | --mine [--room ZONE]]\n"
                  "\n"
                  "Lists the public images of a GPU type (of every product without --gpu-type), or with\n"
                  "--mine your own images in a zone (in every zone without --room).\n");
    if (first == u"buy")
        return tr("Usage: suanli-cli buy --product GPU_TYPE --image ID --pay hourly|daily|monthly [--count N]\n"
                  "                      [--gpus N] [--extra-disk GB] [--wait] [--account NAME] [--yes]\n"
                  "\n"
                  "Buys 慧星云 instances (see 'products' and 'images'): --count instances (default 1) with\n"
                  "--gpus GPUs each (default 1) and an extra data disk in steps of 100 GB. The order is\n"
                  "checked against the product first and sent once; it costs money, so --yes is required.\n"
                  "Prints the order ids, or with --wait the ids of the new instances (waiting up to 5 minutes).\n"
                  "Exit 1 when any instance of the order failed.\n");
    if (first == u"buy-app")
        return tr("Usage: suanli-cli buy-app --app TYPE --pay hourly|daily|monthly [--count N] [--wait]\n"
                  "                          [--account NAME] [--yes]\n"
                  "\n"
                  "Buys instances of a 慧星云 one-click application (see 'apps'). It costs money, so --yes\n"
                  "is required. Prints the order ids, or with --wait the ids of the new instances.\n");
    if (first == u"balance")
        return tr("Usage: suanli-cli balance [--account NAME]\n\nShows the balance of every account, or of one.\n"
                  "Accounts on platforms without a balance query are skipped with a note.\n");
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
    if (first == u"recharge")
        return tr("Usage: suanli-cli recharge AMOUNT [--wait [--timeout SECONDS]] [--account NAME] [--yes]\n"
                  "\n"
                  "Starts an Alipay recharge of AMOUNT yuan (at most two decimals) on a 元境 account and prints\n"
                  "the payment page's address: open it in a browser to pay. It takes real money, so --yes is\n"
                  "required. With --wait the balance is asked every few seconds until the payment shows\n"
                  "(at most --timeout seconds, default 600; exit 1 when it does not).\n");
    if (first == u"keys")
        return tr("Usage: suanli-cli keys [--account NAME]\n"
                  "       suanli-cli keys apply NAME [--description TEXT] [--account NAME]\n"
                  "       suanli-cli keys show ID [--account NAME]\n"
                  "\n"
                  "Lists the apps with downstream API keys of a 元境 account, applies for a key for a new app\n"
                  "(prints its id), or shows one app's API key and secret key.\n");
    if (first == u"orders")
        return tr("Usage: suanli-cli orders [--page N] [--page-size N] [--account NAME]\n\n"
                  "Lists the charges of a 元境 account, newest first: model, usage, amount, status and booking\n"
                  "(page size 1 to 500, default 80).\n");
    if (first == u"price")
        return tr("Usage: suanli-cli price --model ID [--duration N] [--resolution R] [--ratio R] [--audio]\n"
                  "                        [--option KEY=VALUE]... [--account NAME]\n"
                  "\n"
                  "Asks 元境 for the list price and your price of a model with a configuration.\n");
    if (first == u"pricing-test")
        return tr("Usage: suanli-cli pricing-test PPID --usage JSON [--account NAME]\n"
                  "\n"
                  "Runs a 元境 pricing program on a usage object, such as '{\"seconds\":5,\"resolution\":\"720p\"}',\n"
                  "for operators who define pricing.\n");
    if (first == u"models")
        return tr("Usage: suanli-cli models [--type text|image|reference] [--account NAME]\n\n"
                  "Lists 元境's video models (text to video, image to video, reference to video) and their inputs.\n");
    if (first == u"video")
        return tr("Usage: suanli-cli video create --model ID --prompt TEXT [--duration N] [--ratio R]\n"
                  "                               [--resolution R] [--audio] [--image FILE|URL]\n"
                  "                               [--option KEY=VALUE]... [--poll-seconds N] [--account NAME] [--yes]\n"
                  "       suanli-cli video tasks [--account NAME]\n"
                  "       suanli-cli video status TASKID [--account NAME]\n"
                  "\n"
                  "create checks the inputs against the model, shows the price and, with --yes (it costs\n"
                  "money), generates the video: progress lines on stderr, the video's address on stdout.\n"
                  "When the stream breaks the task's status is asked every --poll-seconds (default 5).\n"
                  "tasks lists today's tasks and the earlier ones seen here; status shows one task.\n");
    if (first == u"help")
        return overview();
    return {};
}

} // namespace suanli::cli
