// suanli: the desktop console.
#include "core/account.h"
#include "core/appsettings.h"
#include "core/eventlog.h"
#include "core/logging.h"
#include "core/logs/logdocument.h"
#include "core/logs/logsource.h"
#include "core/secretstore.h"
#include "core/sessioncookiejar.h"
#include "gui/accountmanager.h"
#include "gui/accounttab.h"
#include "gui/instancespage.h"
#include "gui/logviewerwindow.h"
#include "gui/mainwindow.h"
#include "gui/platformicons.h"
#include "gui/transferservices.h"
#include "gui/translationloader.h"
#include "sim/huixingyun/huixingyunbackend.h"
#include "sim/simenvironment.h"
#include "sim/yuanjing/yuanjingbackend.h"
#include "transfer/transferjournal.h"
#include "transfer/transferqueue.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QNetworkCookie>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace suanli;

namespace {

std::unique_ptr<SecretStore> makeSecretStore(const QString &storage, const QString &configDir)
{
    if (storage == u"insecure-file")
        return std::make_unique<InsecureFileSecretStore>(InsecureFileSecretStore::defaultPath(configDir));
    return std::make_unique<KeychainSecretStore>(QStringLiteral("Suanli Console"));
}

// Grabs the window once the current account's list has arrived (or after a time limit), writes
// the image and quits.
void scheduleScreenshot(gui::MainWindow *window, const QString &file)
{
    auto *poll = new QTimer(window);
    auto waited = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, window, [window, file, poll, waited] {
        *waited += 100;
        gui::AccountTab *tab = window->currentTab();
        const bool ready = !tab || (tab->hasLoaded() && tab->instancesPage()->hasLoaded());
        if (!ready && *waited < 20000)
            return;
        poll->stop();
        // One more moment for the balance and the layout to settle.
        QTimer::singleShot(600, window, [window, file] {
            const bool saved = window->grab().save(file);
            if (!saved)
                std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "Could not write the screenshot to %1.").arg(file)));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
    poll->start(100);
}

// The same for the log viewer: once the file's lines are in (or after a time limit).
void scheduleLogScreenshot(gui::LogViewerWindow *viewer, const QString &file)
{
    auto *poll = new QTimer(viewer);
    auto waited = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, viewer, [viewer, file, poll, waited] {
        *waited += 100;
        const LogSource *source = viewer->source();
        const bool ready = viewer->document()->store().lineCount() > 0 || (source && !source->isBusy() && *waited > 1000);
        if (!ready && *waited < 20000)
            return;
        poll->stop();
        QTimer::singleShot(300, viewer, [viewer, file] {
            const bool saved = viewer->grab().save(file);
            if (!saved)
                std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "Could not write the screenshot to %1.").arg(file)));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
    poll->start(100);
}

} // namespace

int main(int argc, char **argv)
{
    installRedactingMessageHandler();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Suanli"));
    QApplication::setApplicationName(QStringLiteral("Suanli Console"));
    QApplication::setApplicationVersion(QStringLiteral(SUANLI_VERSION));
    QApplication::setWindowIcon(gui::PlatformIcons::appIcon());

    // The system language first, so that --help reads in it; the settings may change it below.
    gui::TranslationLoader translations;
    translations.load(QStringLiteral("system"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Suanli Console: one desktop console for GPU clouds."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QCoreApplication::translate("main", "Start with simulated platforms in a temporary profile; your own "
                                             "accounts and keychain are not touched."));
    const QCommandLineOption configOption(QStringLiteral("config-dir"), QCoreApplication::translate("main", "Use DIR for the accounts and settings."),
                                          QCoreApplication::translate("main", "DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QCoreApplication::translate("main", "Use this language: en or zh_CN."), QCoreApplication::translate("main", "LANG"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QCoreApplication::translate("main", "Save an image of the window to FILE once it has loaded, then quit."),
                                              QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption logOption(QStringLiteral("log"),
                                       QCoreApplication::translate("main", "Open FILE in the log viewer (no accounts are loaded)."),
                                       QCoreApplication::translate("main", "FILE"));
    parser.addOptions({demoOption, configOption, langOption, screenshotOption, logOption});
    parser.process(app);

    if (parser.isSet(langOption) && !gui::TranslationLoader::supported().contains(parser.value(langOption))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Unknown language “%1”; use en or zh_CN.").arg(parser.value(langOption))));
        return 2;
    }

    const bool demo = parser.isSet(demoOption);
    std::unique_ptr<sim::SimEnvironment> simulator;
    std::unique_ptr<QTemporaryDir> demoDir;
    QString configDir;
    if (demo) {
        simulator = std::make_unique<sim::SimEnvironment>();
        if (!simulator->start({QStringLiteral("chenyu"), QStringLiteral("huixingyun"), QStringLiteral("unis"),
                               QStringLiteral("yuanjing")})) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "The simulator could not start: %1").arg(simulator->errorString())));
            return 1;
        }
        demoDir = std::make_unique<QTemporaryDir>();
        if (!demoDir->isValid()) {
            std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "No temporary folder for the demo profile: %1")
                                                         .arg(demoDir->errorString())));
            return 1;
        }
        configDir = demoDir->path();
    } else {
        configDir = resolveConfigDir(parser.value(configOption));
        QDir().mkpath(configDir);
    }

    AppSettings settings(configDir);
    translations.load(parser.isSet(langOption) ? parser.value(langOption) : settings.language());

    if (parser.isSet(logOption)) {
        // Just the log viewer: quick to start, and no keychain is asked for anything.
        gui::LogViewerWindow *viewer = gui::LogViewerWindow::showFile(parser.value(logOption), &settings);
        viewer->raise();
        if (parser.isSet(screenshotOption))
            scheduleLogScreenshot(viewer, parser.value(screenshotOption));
        return app.exec();
    }

    EventLog eventLog;
    std::unique_ptr<SecretStore> secrets;
    if (demo)
        secrets = std::make_unique<MemorySecretStore>();
    else
        secrets = makeSecretStore(settings.secretStorage(), configDir);
    gui::AccountManager accounts(configDir, std::move(secrets), &eventLog);
    const QString loadError = accounts.load();

    if (demo) {
        // One demo account per simulated platform; the first one is shown.
        QString firstId;
        for (const sim::SimEndpoint &endpoint : simulator->endpoints()) {
            Account account;
            account.id = Account::newId();
            account.platform = endpoint.platform;
            account.baseUrl = endpoint.baseUrl;
            account.login = endpoint.login;
            QString what;
            QString secret = endpoint.credential;
            if (endpoint.platform == u"chenyu") {
                account.displayName = QStringLiteral("晨羽 · demo");
                what = QCoreApplication::translate("main", "Demo: a simulated 晨羽智云 answers at %1.");
            } else if (endpoint.platform == u"huixingyun") {
                account.displayName = QStringLiteral("慧星云 · demo");
                what = QCoreApplication::translate("main", "Demo: a simulated 慧星云 answers at %1.");
            } else if (endpoint.platform == u"unis") {
                // The simulator's demo user, its password (the secret) and the deployment's login key.
                account.displayName = QStringLiteral("UNIS · demo");
                for (auto it = endpoint.options.cbegin(); it != endpoint.options.cend(); ++it)
                    account.options.insert(it.key(), it.value());
                what = QCoreApplication::translate("main", "Demo: a simulated 紫光 UNIS 算力平台 answers at %1.");
            } else if (endpoint.platform == u"yuanjing") {
                account.displayName = QStringLiteral("元境 · demo");
                what = QCoreApplication::translate("main", "Demo: a simulated 元境 answers at %1; its SMS codes show in this log.");
                sim::YuanjingBackend *backend = simulator->yuanjing();
                if (!backend)
                    continue;
                // Signed in already: a session the simulator made for the demo phone's account.
                const QString userId = backend->userIds(endpoint.login).value(0);
                QNetworkCookie cookie(sim::YuanjingBackend::cookieName().toLatin1(), backend->createSession(userId).toLatin1());
                cookie.setDomain(endpoint.baseUrl.host());
                cookie.setPath(QStringLiteral("/"));
                cookie.setHttpOnly(true);
                secret = SessionCookieJar::encode({cookie});
                account.options.insert(QStringLiteral("userId"), userId);
                // Signing in again in the demo needs the code the simulator "sends".
                QObject::connect(backend, &sim::YuanjingBackend::smsCodeSent, &eventLog,
                                 [&eventLog, name = account.displayName](const QString &phone, const QString &code) {
                                     eventLog.info(name, QCoreApplication::translate("main", "Simulated SMS to %1: the code is %2.")
                                                             .arg(phone, code));
                                 });
            } else {
                continue;
            }
            const QString error = accounts.addAccount(account, secret);
            if (!error.isEmpty()) {
                eventLog.error(account.displayName, error);
                continue;
            }
            if (endpoint.platform == u"huixingyun") {
                // The token pages need the password; the demo's store lives in memory only.
                if (sim::HuixingyunBackend *backend = simulator->huixingyun())
                    accounts.setExtraSecret(account.id, QStringLiteral("password"), backend->password(), true);
            }
            if (firstId.isEmpty())
                firstId = account.id;
            eventLog.info(account.displayName, what.arg(endpoint.baseUrl.toString()));
        }
        if (!firstId.isEmpty())
            settings.setCurrentAccountId(firstId);
    }

    // The upload queue comes back from its journal; uploads resume once the window is up.
    gui::TransferServices transferServices(&accounts);
    QString journalError;
    std::unique_ptr<transfer::TransferJournal> journal =
        transfer::TransferJournal::open(QDir(configDir).filePath(QStringLiteral("transfers.sqlite")), &journalError);
    if (!journal)
        eventLog.warning({}, QCoreApplication::translate("main", "The upload journal cannot be used (%1): uploads will not "
                                                                 "survive a restart.").arg(journalError));
    transfer::TransferQueue transfers(std::move(journal), transferServices.resolver());
    transferServices.attach(&transfers);

    gui::MainWindowOptions options;
    options.demo = demo;
    options.transfers = &transfers;
    if (!demo) {
        options.makeSecretStore = [configDir](const QString &storage) { return makeSecretStore(storage, configDir); };
    }
    gui::MainWindow window(&settings, &accounts, &eventLog, options);
    window.show();
    transfers.start();

    if (!loadError.isEmpty()) {
        QMessageBox::warning(&window, QCoreApplication::translate("main", "Accounts file damaged"),
                             QCoreApplication::translate("main", "The accounts file could not be read; it was left as it is.\n\n%1").arg(loadError));
    }
    if (parser.isSet(screenshotOption))
        scheduleScreenshot(&window, parser.value(screenshotOption));

    return app.exec();
}
