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
        "紫光 UNIS 算力平台 (jobs: dev-env, training, fine-tune, compute-task):\n"
        "  whoami | quota | specs | resource-groups [--account NAME]\n"
        "  assets image|algorithm|model|dataset [--mine] [--search TEXT] [--account NAME]\n"
        "  pods JOB_ID [--account NAME]\n"
        "  events POD_UID [--job JOB_ID] [--account NAME]\n"
        "  resume ID... [--account NAME] [--yes]\n"
        "  clone ID [--name NAME] [--account NAME] [--yes]\n"
        "  register-model ID --name NAME [--account NAME]\n"
        "  create-devenv --name NAME --image IMAGE (--spec SPEC | --gpu-model MODEL [--gpus N] |\n"
        "                --resource-group GROUP --cpu N --memory GB [GPUs]) [--ssh ...] [--yes]\n"
        "  create-task --kind training|fine-tune|compute-task --name NAME --algorithm ALGORITHM\n"
        "              (--spec SPEC | --resource-group GROUP --cpu N --memory GB [GPUs]) [...] [--yes]\n"
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
        // The platforms' sections are texts of their own, each translated on its own.
        + tr("\n"
             "Monitoring (紫光 UNIS):\n"
             "  metrics POD... [--account NAME] [--since DURATION | --from TIME [--to TIME]]\n"
             "          [--metric KEY]... [--csv]\n")
        + QLatin1Char('\n')
        + tr("UNIS storage (private, or the shared one with --public):\n"
             "  upload PATH... --to REMOTE_DIR [--public] [--parallel N] [--chunk-size 8M] [--limit 10M]\n"
             "         [--account NAME]\n"
             "  files ls [REMOTE_DIR] [--public] [--account NAME]\n"
             "  files mkdir REMOTE_DIR... [--public] [--account NAME]\n"
             "  files rm REMOTE_PATH... [--public] [--account NAME] [--yes]\n"
             "  files sftp [--public] [--reveal-password] [--account NAME]\n")
        + QLatin1Char('\n')
        + tr("Job logs (紫光 UNIS):\n"
             "  logs POD|TASK [--account NAME] [--follow] [--tail N] [--all] [--output FILE]\n")
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
                      "  --remember-password  慧星云: also keep the password in the keychain, for the tokens commands\n"
                      "\n"
                      "Options (--option KEY=VALUE):\n"
                      "  ca-cert=FILE         every platform: also trust the CA certificate(s) in FILE (PEM or DER),\n"
                      "                       for a deployment with a certificate of its own CA\n"
                      "  aes-key=KEY          紫光 UNIS: the deployment's login encryption key (16, 24 or 32 bytes)\n"
                      "  plain-password=true  紫光 UNIS: send the password unencrypted (platforms before version D11)\n"
                      "Other keys are refused. For 紫光 UNIS the secret is the password, and --login the user name.\n")
                + tr("\n"
                     "  --code-stdin         元境: read the SMS code from stdin (one line) once it was sent;\n"
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
        return tr("Usage: suanli-cli pods [--account NAME] [--page N] [--page-size N] [--keyword K]\n"
                  "       suanli-cli pods JOB_ID [--account NAME]\n\n"
                  "For a 晨羽智云 account: lists its pods (application templates); every page unless --page is given.\n"
                  "For a 紫光 UNIS account: lists the pods (instances) of one job, with their UIDs for 'events'.\n");
    if (first == u"events")
        return tr("Usage: suanli-cli events POD_UID [--job JOB_ID] [--account NAME]\n\n"
                  "Lists the Kubernetes events of a 紫光 UNIS pod, oldest first. With --job, the pod may also be\n"
                  "given by its name.\n");
    if (first == u"whoami")
        return tr("Usage: suanli-cli whoami [--account NAME]\n\n"
                  "Shows who a 紫光 UNIS account signs in as: user, tenant, user group and role.\n");
    if (first == u"quota")
        return tr("Usage: suanli-cli quota [--account NAME]\n\n"
                  "Shows what is left of a 紫光 UNIS account's compute quota (CPU, memory, GPUs, vGPUs, MIG\n"
                  "slices, jobs) and its storage quota. In JSON a figure is a number, or the platform's own\n"
                  "words when it sends words (a storage quota that is not enabled), or null.\n");
    if (first == u"specs")
        return tr("Usage: suanli-cli specs [--gpu-model MODEL] [--account NAME]\n\n"
                  "Lists the preset specs of a 紫光 UNIS deployment (CPU, memory, GPUs) and its GPU models.\n");
    if (first == u"resource-groups")
        return tr("Usage: suanli-cli resource-groups [--account NAME]\n\n"
                  "Lists the resource groups a 紫光 UNIS account's jobs can run in, with what is free now.\n");
    if (first == u"assets")
        return tr("Usage: suanli-cli assets image|algorithm|model|dataset [--mine] [--search TEXT] [--account NAME]\n\n"
                  "Lists the AI assets of a 紫光 UNIS account (the names the create commands take), every one\n"
                  "it can see or with --mine only its own.\n");
    if (first == u"resume")
        return tr("Usage: suanli-cli resume ID... [--account NAME] [--yes]\n\n"
                  "Lets a stopped or failed 紫光 UNIS compute task run on from its last checkpoint, after\n"
                  "asking the platform whether it can. It uses compute quota, so --yes is required.\n");
    if (first == u"clone")
        return tr("Usage: suanli-cli clone ID [--name NAME] [--account NAME] [--yes]\n\n"
                  "Creates a 紫光 UNIS compute task with the settings of another (named NAME, default the\n"
                  "old name with \"-clone\"), and prints its id once the list shows it. It starts at once and\n"
                  "uses compute quota, so --yes is required.\n");
    if (first == u"register-model")
        return tr("Usage: suanli-cli register-model ID --name NAME [--account NAME]\n\n"
                  "Registers what a 紫光 UNIS job that succeeded wrote to its output folder as a private model\n"
                  "named NAME in the AI assets.\n");
    if (first == u"create-devenv")
        return tr("Usage: suanli-cli create-devenv --name NAME --image IMAGE [--image-version V]\n"
                  "           (--spec SPEC [--resource-group GROUP] | --gpu-model MODEL [--gpus N] |\n"
                  "            --resource-group GROUP --cpu N --memory GB [--gpu-model MODEL]\n"
                  "            [--gpus N | --vgpus N [--vgpu-memory MB] [--vgpu-cores N] | --mig PROFILE [--mig-count N]])\n"
                  "           [--ssh] [--ssh-auth password|key-pair|both] [--ssh-key-pair ID] [--ssh-password-stdin]\n"
                  "           [--no-shared-memory] [--account NAME] [--yes]\n"
                  "\n"
                  "Creates a 紫光 UNIS dev environment (notebook) and prints its id once the list shows it (the\n"
                  "platform's answer does not name it). Names are checked against the platform first (see\n"
                  "'assets image', 'specs', 'resource-groups'); ids work too. With a preset spec (or a GPU model\n"
                  "and a number of whole cards, which pick one) the spec decides the CPU, memory, GPUs and the\n"
                  "resource group; without, give a resource group and the resources. The image version is the\n"
                  "image's current one unless --image-version is given. SSH signs in with a password the\n"
                  "platform makes, one read from stdin, or a key pair. /dev/shm is mounted unless\n"
                  "--no-shared-memory; the platform's create call takes no other mounts.\n"
                  "It uses compute quota while it runs, so --yes is required.\n");
    if (first == u"create-task")
        return tr("Usage: suanli-cli create-task --kind training|fine-tune|compute-task --name NAME\n"
                  "           [--scenario SCENARIO [--incremental]] --algorithm ALGORITHM [--algorithm-version V]\n"
                  "           [--config STRATEGY] [--param NAME=VALUE]... [--env NAME=VALUE]... [--command CMD]\n"
                  "           [--image IMAGE [--image-version V]] [--model MODEL [--model-version V]]\n"
                  "           [--sft-model MODEL] [--reward-model MODEL] [--dataset DATASET [--dataset-version V] |\n"
                  "            --input-dir DIR] [--output DIR] [--working-dir DIR]\n"
                  "           (--spec SPEC | --resource-group GROUP --cpu N --memory GB [--gpus N | --vgpus N ... |\n"
                  "            --mig PROFILE ...]) [--nodes N] [--rdma] [--framework F] [--task-type nlp|cv|ml]\n"
                  "           [--resource-type standard|advanced] [--description TEXT] [--urgent] [--account NAME] [--yes]\n"
                  "\n"
                  "Creates a 紫光 UNIS training job, LLM fine-tune job or compute task from an algorithm of the AI\n"
                  "assets and prints its id once the list shows it. The algorithm's strategy (--config; needed\n"
                  "when it has several) gives the start file, the image, the base model and the hyper-parameters,\n"
                  "which --param changes or adds to; the command is generated from them unless --command is given.\n"
                  "  --scenario    compute tasks: fine-tune, pre-train, rl, dpo or model-training;\n"
                  "                fine-tune jobs: fine-tune (default) or pre-train; --incremental: incremental pre-training\n"
                  "  --sft-model   rl and dpo: the policy (SFT) model; --reward-model: rl's reward model\n"
                  "  --dataset     a dataset of the AI assets as input; --input-dir a folder of your storage instead\n"
                  "  --nodes       how many nodes, each with the spec's or the given resources (default 1)\n"
                  "  --framework   PyTorch, TensorFlow, scikit-learn or MPI (default: the strategy's)\n"
                  "  --task-type   training and model-training: nlp (default), cv or ml\n"
                  "It starts at once and uses compute quota, so --yes is required.\n");
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
    if (first == u"metrics")
        return tr("Usage: suanli-cli metrics POD... [--account NAME] [--since DURATION | --from TIME [--to TIME]]\n"
                  "                          [--metric KEY]... [--csv]\n"
                  "\n"
                  "Prints the monitoring series of 紫光 UNIS pods (the pod names of a job, e.g.\n"
                  "llm-...-worker-0): a summary row per series (last, min, average, max), every sample as\n"
                  "CSV with --csv, or every sample as JSON with --json. GPU metrics have a series per card.\n"
                  "\n"
                  "  --since DURATION  the last 30s, 15m, 1h (default), 6h, 2d ...\n"
                  "  --from TIME       the range's start: \"2025-02-10 15:54:52\" (China time), an ISO time\n"
                  "                    with offset, or epoch milliseconds\n"
                  "  --to TIME         the range's end (default: now)\n"
                  "  --metric KEY      only this metric; may be repeated. Keys: cpuUtilizationRate,\n"
                  "                    memoryUtilizationRate, gpuUtilizationRate, gpuCoreUtilizationRate,\n"
                  "                    gpuSmActive, gpuDramActive, gpuPcie, gpuPcieTx, gpuPcieRx, rdmaReceiver,\n"
                  "                    rdmaTransmitted, gpuNvLink, fp16, fp32, fp64, gpuPower, gpuTemperature,\n"
                  "                    qps, responseSpeed, token\n"
                  "  --csv             time,epoch_ms,pod,metric,instance,unit,value rows, one per sample\n");
    if (first == u"upload")
        return tr("Usage: suanli-cli upload PATH... --to REMOTE_DIR [--public] [--parallel N] [--chunk-size SIZE]\n"
                  "                         [--limit RATE] [--account NAME]\n"
                  "\n"
                  "Uploads files and folders (with everything in them) into REMOTE_DIR of a UNIS account's\n"
                  "private storage, or of the public storage with --public. Each file is sent in chunks with\n"
                  "their MD5s; chunks the server already holds with the same MD5 are skipped, and a file\n"
                  "already there is not sent again. If the upload is interrupted, the same command resumes it\n"
                  "from the journal in the configuration directory. A file changed on disk since it was queued\n"
                  "is uploaded again from the start.\n"
                  "\n"
                  "  --parallel N       requests at once, 1 to 8 (default 3)\n"
                  "  --chunk-size SIZE  1M to 64M (default 8M); an interrupted upload keeps its own\n"
                  "  --limit RATE       bytes per second over all uploads, such as 10M (default: none)\n"
                  "\n"
                  "Shows a progress line on a terminal; with --json prints one object per PATH.\n");
    if (first == u"files") {
        if (second == u"rm")
            return tr("Usage: suanli-cli files rm REMOTE_PATH... [--public] [--account NAME] --yes\n\n"
                      "Deletes files and folders (folders with everything in them). Needs --yes.\n");
        if (second == u"mkdir")
            return tr("Usage: suanli-cli files mkdir REMOTE_DIR... [--public] [--account NAME]\n\n"
                      "Creates folders; their parent folders must exist.\n");
        if (second == u"sftp")
            return tr("Usage: suanli-cli files sftp [--public] [--reveal-password] [--account NAME]\n\n"
                      "Shows how to reach the storage over SFTP. The password shows only with --reveal-password.\n");
        return tr("Usage: suanli-cli files ls [REMOTE_DIR] [--public] [--account NAME]\n"
                  "       suanli-cli files mkdir REMOTE_DIR... [--public] [--account NAME]\n"
                  "       suanli-cli files rm REMOTE_PATH... [--public] [--account NAME] --yes\n"
                  "       suanli-cli files sftp [--public] [--reveal-password] [--account NAME]\n"
                  "\n"
                  "The storage of a UNIS account: its private files, or the shared public storage with --public.\n");
    }
    if (first == u"logs")
        return tr("Usage: suanli-cli logs POD|TASK [--account NAME] [--follow] [--tail N] [--all] [--output FILE]\n"
                  "\n"
                  "Prints the log of a job's pod on a 紫光 UNIS account. POD is a pod's id or name, TASK a job's id\n"
                  "or name (a task with one pod shows that pod; with several, each pod's last lines).\n"
                  "\n"
                  "  --tail N       the last N lines (default 100; 0 for none, with --follow)\n"
                  "  --all          the whole log; for a TASK every pod's log, through the batch download\n"
                  "  --follow       keep printing new lines until Ctrl+C\n"
                  "  --output FILE  write to FILE instead of standard output\n"
                  "\n"
                  "With --json: one object with the lines (an array for several pods); with --follow one\n"
                  "object a line: {\"pod\", \"line\", \"text\"}.\n");
    if (first == u"help")
        return overview();
    return {};
}

} // namespace suanli::cli
