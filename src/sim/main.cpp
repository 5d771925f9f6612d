// suanli-sim: serves the simulated platforms on loopback for manual testing and scripts.

#include "sim/chenyu/chenyubackend.h"
#include "sim/huixingyun/huixingyunbackend.h"
#include "sim/simendpoint.h"
#include "sim/simenvironment.h"
#include "sim/simserver.h"
#include "sim/unis/unisbackend.h"
#include "sim/yuanjing/yuanjingbackend.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTime>

#include <cstdio>
#include <utility>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#if defined(Q_OS_UNIX)
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

using namespace suanli::sim;

namespace {

#if defined(Q_OS_UNIX)
int g_signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    // Only async-signal-safe work here; the event loop picks the byte up.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

void quitOnTerminationSignals(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
#elif defined(Q_OS_WIN)
BOOL WINAPI onConsoleControl(DWORD)
{
    // Runs on a thread of its own: queue the quit into the main thread.
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                              Qt::QueuedConnection);
    return TRUE;
}

void quitOnTerminationSignals(QCoreApplication *)
{
    SetConsoleCtrlHandler(onConsoleControl, TRUE);
}
#else
void quitOnTerminationSignals(QCoreApplication *) {}
#endif

void printLine(std::FILE *stream, const QString &line)
{
    std::fputs((line + QLatin1Char('\n')).toUtf8().constData(), stream);
    std::fflush(stream); // scripts wait for these lines
}

[[noreturn]] void fail(const QString &message)
{
    printLine(stderr, QStringLiteral("suanli-sim: ") + message);
    std::exit(2);
}

int intOption(const QCommandLineParser &parser, const QCommandLineOption &option, int min, int max)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < min || value > max)
        fail(QStringLiteral("--%1 wants a whole number from %2 to %3")
                 .arg(option.names().constLast())
                 .arg(min)
                 .arg(max));
    return value;
}

double rateOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || value < 0.0 || value > 1.0)
        fail(QStringLiteral("--%1 wants a fraction from 0 to 1").arg(option.names().constLast()));
    return value;
}

} // namespace

int main(int argc, char **argv)
{
#if defined(__GLIBC__)
    // Upload chunks bring request bodies of megabytes, one after the other. glibc would give each
    // back to the system when freed and fault fresh zeroed pages in for the next, which costs
    // more than receiving the bytes; kept in the heap they are reused. Bodies larger than the
    // threshold (a whole file in one request) are still mapped and unmapped on their own.
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("suanli-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUANLI_SIM_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Serves simulated GPU-cloud platforms on 127.0.0.1. Prints one line per "
                       "platform on stdout (\"chenyu <base URL> api-key=<key>\", \"huixingyun "
                       "<base URL> token=<token> user=<name> password=<password>\", \"unis <base "
                       "URL> user=<name> password=<password> aes-key=<key>\", \"yuanjing <base URL> "
                       "phone=<demo phone>\") and logs each request on stderr. 元境's SMS codes are "
                       "printed on stdout as \"yuanjing sms-code phone=<phone> code=<code>\"."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption platformOption(
        {QStringLiteral("p"), QStringLiteral("platform")},
        QStringLiteral("Platform to serve; repeat or separate with commas, or \"all\". "
                       "Supported: %1.")
            .arg(SimEnvironment::supportedPlatforms().join(QStringLiteral(", "))),
        QStringLiteral("name"), QStringLiteral("chenyu"));
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QStringLiteral("Port of the first platform (the next ones follow); 0 picks free ports."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption latencyOption(QStringLiteral("latency"),
                                           QStringLiteral("Delay before each answer."),
                                           QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption errorRateOption(
        QStringLiteral("error-rate"),
        QStringLiteral("Fraction of requests answered with HTTP 500."), QStringLiteral("R"),
        QStringLiteral("0"));
    const QCommandLineOption dropRateOption(
        QStringLiteral("drop-rate"),
        QStringLiteral("Fraction of requests whose connection is reset unanswered."),
        QStringLiteral("R"), QStringLiteral("0"));
    const QCommandLineOption transitionOption(
        QStringLiteral("transition-ms"),
        QStringLiteral("Time per instance status step (booting, stopping...)."),
        QStringLiteral("MS"), QStringLiteral("3000"));
    const QCommandLineOption billingHourOption(
        QStringLiteral("billing-hour-ms"),
        QStringLiteral("Real time that counts as one billed hour."), QStringLiteral("MS"),
        QStringLiteral("60000"));
    const QCommandLineOption apiKeyOption(QStringLiteral("api-key"),
                                          QStringLiteral("Chenyu API key to accept."),
                                          QStringLiteral("KEY"), ChenyuBackend::defaultApiKey());
    const QCommandLineOption hxTokenOption(
        QStringLiteral("huixingyun-token"), QStringLiteral("Huixingyun API token to accept."),
        QStringLiteral("TOKEN"), HuixingyunBackend::defaultApiToken());
    const QCommandLineOption hxUserOption(
        QStringLiteral("huixingyun-user"),
        QStringLiteral("Huixingyun username for the token endpoints."), QStringLiteral("NAME"),
        HuixingyunBackend::defaultUsername());
    const QCommandLineOption hxPasswordOption(
        QStringLiteral("huixingyun-password"),
        QStringLiteral("Huixingyun password for the token endpoints."),
        QStringLiteral("PASSWORD"), HuixingyunBackend::defaultPassword());
    const QCommandLineOption unisAesKeyOption(
        QStringLiteral("unis-aes-key"),
        QStringLiteral("UNIS login encryption key: 16, 24 or 32 characters (AES-128/192/256)."),
        QStringLiteral("KEY"), QString::fromLatin1(UnisBackend::defaultAesKey()));
    const QCommandLineOption unisPlainOption(
        QStringLiteral("unis-plain-password"),
        QStringLiteral("UNIS takes the login password unencrypted, as before version D11."));
    const QCommandLineOption unisTokenOption(
        QStringLiteral("unis-token-seconds"),
        QStringLiteral("Lifetime of the tokens UNIS signs in with."), QStringLiteral("S"),
        QStringLiteral("7200"));
    const QCommandLineOption videoOption(
        QStringLiteral("video-ms"), QStringLiteral("Time a simulated 元境 video takes."),
        QStringLiteral("MS"), QStringLiteral("3000"));
    parser.addOptions({platformOption, portOption, latencyOption, errorRateOption, dropRateOption,
                       transitionOption, billingHourOption, apiKeyOption, hxTokenOption,
                       hxUserOption, hxPasswordOption, unisAesKeyOption, unisPlainOption,
                       unisTokenOption, videoOption});
    const QCommandLineOption unisFilesDirOption(
        QStringLiteral("unis-files-dir"),
        QStringLiteral("Directory that keeps the UNIS storage (default: a temporary one)."),
        QStringLiteral("DIR"));
    parser.addOption(unisFilesDirOption);
    parser.process(app);

    QStringList platforms;
    for (const QString &value : parser.values(platformOption)) {
        for (const QString &name : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString key = name.trimmed().toLower();
            if (key == QLatin1String("all"))
                platforms += SimEnvironment::supportedPlatforms();
            else if (!platforms.contains(key))
                platforms.append(key);
        }
    }
    platforms.removeDuplicates();
    const int port = intOption(parser, portOption, 0, 65535);
    const int latency = intOption(parser, latencyOption, 0, 600000);
    const double errorRate = rateOption(parser, errorRateOption);
    const double dropRate = rateOption(parser, dropRateOption);
    const int transitionMs = intOption(parser, transitionOption, 1, 3600000);
    const int billingHourMs = intOption(parser, billingHourOption, 1, 86400000);
    const int videoMs = intOption(parser, videoOption, 10, 3600000);
    const QString apiKey = parser.value(apiKeyOption);
    if (apiKey.isEmpty())
        fail(QStringLiteral("--api-key must not be empty"));
    const QString hxToken = parser.value(hxTokenOption);
    const QString hxUser = parser.value(hxUserOption);
    const QString hxPassword = parser.value(hxPasswordOption);
    // Scripts split the stdout line on spaces, and /delete/token splits tokens on commas.
    for (const auto &[option, value] :
         {std::pair{&hxTokenOption, &hxToken}, std::pair{&hxUserOption, &hxUser},
          std::pair{&hxPasswordOption, &hxPassword}}) {
        if (value->isEmpty() || value->contains(QLatin1Char(' '))
            || value->contains(QLatin1Char(',')))
            fail(QStringLiteral("--%1 must not be empty or contain spaces or commas")
                     .arg(option->names().constLast()));
    }

    const QByteArray unisAesKey = parser.value(unisAesKeyOption).toUtf8();
    if ((unisAesKey.size() != 16 && unisAesKey.size() != 24 && unisAesKey.size() != 32)
        || unisAesKey.contains(' '))
        fail(QStringLiteral("--unis-aes-key wants 16, 24 or 32 bytes and no spaces"));
    const int unisTokenSeconds = intOption(parser, unisTokenOption, 1, 30 * 86400);

    SimEnvironment environment;
    environment.setUnisFilesDir(parser.value(unisFilesDirOption));
    if (!environment.start(platforms, quint16(port)))
        fail(environment.errorString());

    if (ChenyuBackend *chenyu = environment.chenyu()) {
        chenyu->setApiKey(apiKey);
        chenyu->setTransitionMs(transitionMs);
        chenyu->setBillingHourMs(billingHourMs);
    }
    HuixingyunBackend *huixingyun = environment.huixingyun();
    if (huixingyun) {
        huixingyun->setApiToken(hxToken);
        huixingyun->setUsername(hxUser);
        huixingyun->setPassword(hxPassword);
        huixingyun->setTransitionMs(transitionMs);
    }
    UnisBackend *unis = environment.unis();
    if (unis) {
        unis->setAesKey(unisAesKey);
        unis->setPlainPasswords(parser.isSet(unisPlainOption));
        unis->setTokenLifetimeMs(qint64(unisTokenSeconds) * 1000);
        unis->setStepMs(transitionMs);
    }
    if (YuanjingBackend *yuanjing = environment.yuanjing()) {
        yuanjing->setGenerationMs(videoMs);
        // The platform would send an SMS; here the code is shown where the operator looks.
        QObject::connect(yuanjing, &YuanjingBackend::smsCodeSent, &app,
                         [](const QString &phone, const QString &code) {
                             printLine(stdout, QStringLiteral("yuanjing sms-code phone=") + phone
                                                   + QStringLiteral(" code=") + code);
                         });
    }
    for (const SimEndpoint &endpoint : environment.endpoints()) {
        SimServer *server = environment.server(endpoint.platform);
        server->setLatency(latency);
        server->setErrorRate(errorRate);
        server->setDropRate(dropRate);
        const QString platform = endpoint.platform;
        QObject::connect(server, &SimServer::requestLogged, &app,
                         [platform](const QString &method, const QString &path, int status,
                                    const QString &note) {
                             const QString answer =
                                 status == 0 ? QStringLiteral("---") : QString::number(status);
                             QString line =
                                 QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz"))
                                 + QLatin1Char(' ') + platform + QLatin1Char(' ') + method
                                 + QLatin1Char(' ') + path + QLatin1Char(' ') + answer;
                             if (!note.isEmpty())
                                 line += QLatin1Char(' ') + note;
                             printLine(stderr, line);
                         });
    }
    for (const SimEndpoint &endpoint : environment.endpoints()) {
        if (unis && endpoint.platform == u"unis") {
            // UNIS signs in with user name and password, encrypted with the deployment's key.
            QString line = endpoint.platform + QLatin1Char(' ') + endpoint.baseUrl.toString()
                           + QStringLiteral(" user=") + endpoint.login
                           + QStringLiteral(" password=") + endpoint.credential
                           + QStringLiteral(" aes-key=") + QString::fromLatin1(unis->aesKey());
            if (unis->plainPasswords())
                line += QStringLiteral(" plain-password=true");
            printLine(stdout, line);
            continue;
        }
        QString line = endpoint.platform + QLatin1Char(' ') + endpoint.baseUrl.toString()
                       + QLatin1Char(' ') + endpoint.credentialName + QLatin1Char('=')
                       + endpoint.credential;
        // Huixingyun's token endpoints take the account's username and password.
        if (huixingyun && endpoint.platform == u"huixingyun")
            line += QStringLiteral(" user=") + huixingyun->username() + QStringLiteral(" password=")
                    + huixingyun->password();
        printLine(stdout, line);
    }

    quitOnTerminationSignals(&app);
    const int code = QCoreApplication::exec();
    environment.stop();
    return code;
}
