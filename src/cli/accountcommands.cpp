#include "accountcommands.h"

#include "awaitresult.h"
#include "clicontext.h"
#include "commandline.h"
#include "exitcode.h"
#include "huixingyuncommands.h"
#include "jsonformat.h"
#include "output.h"
#include "resourcecommands.h"
#include "secretprompt.h"
#include "tableprinter.h"
#include "uniscommands.h"
#include "usage.h"
#include "yuanjingcommands.h"

#include "core/accountsession.h"
#include "platforms/huixingyun/huixingyunprovider.h"
#include "core/secretstore.h"
#include "platforms/platformregistry.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace suanli::cli {

namespace {

QStringList availableKeys()
{
    QStringList keys;
    for (const PlatformInfo &p : PlatformRegistry::available())
        keys.append(p.key);
    return keys;
}

QString platformName(const QString &key)
{
    const auto info = PlatformRegistry::find(key);
    return info ? info->displayName : key;
}

} // namespace

AccountCommands::AccountCommands(CliContext &context, CommandLine &commandLine)
    : m_context(context)
    , m_commandLine(commandLine)
{
}

int AccountCommands::add()
{
    const QString command = QStringLiteral("account add");
    const QString parseError = m_commandLine.parseCommand(2, {{QStringLiteral("platform"), true},
                                                              {QStringLiteral("base-url"), true},
                                                              {QStringLiteral("login"), true},
                                                              {QStringLiteral("option"), true},
                                                              {QStringLiteral("secret-stdin"), false},
                                                              {QStringLiteral("password-stdin"), false},
                                                              {QStringLiteral("remember-password"), false},
                                                              {QStringLiteral("insecure-storage"), false},
                                                              {QStringLiteral("code-stdin"), false},
                                                              {QStringLiteral("select"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (m_commandLine.positionals().size() != 1)
        return m_context.usageError(tr("account add takes exactly one NAME."), command);
    const QString name = m_commandLine.positionals().constFirst().trimmed();
    if (name.isEmpty())
        return m_context.usageError(tr("The account needs a name."), command);

    // The platform: known to the product, and supported by this build.
    const QString platform = m_commandLine.value(QStringLiteral("platform"));
    const QStringList known = PlatformRegistry::knownKeys();
    if (platform.isEmpty())
        return m_context.usageError(tr("--platform is required (one of: %1).").arg(known.join(QStringLiteral(", "))), command);
    if (!known.contains(platform))
        return m_context.usageError(tr("Unknown platform \"%1\". Known platforms: %2.").arg(platform, known.join(QStringLiteral(", "))),
                          command);
    const std::optional<PlatformInfo> info = PlatformRegistry::find(platform);
    if (!info) {
        m_context.out().error(tr("The platform \"%1\" is not supported by this build of suanli-cli yet (supported: %2).")
                                  .arg(platform, availableKeys().join(QStringLiteral(", "))));
        return ExitUsage;
    }

    QUrl baseUrl = info->defaultBaseUrl;
    if (m_commandLine.isSet(QStringLiteral("base-url"))) {
        baseUrl = QUrl(m_commandLine.value(QStringLiteral("base-url")), QUrl::StrictMode);
        const QString scheme = baseUrl.scheme().toLower();
        if (!baseUrl.isValid() || (scheme != u"http" && scheme != u"https") || baseUrl.host().isEmpty())
            return m_context.usageError(tr("--base-url must be an http:// or https:// URL, not \"%1\".")
                                  .arg(m_commandLine.value(QStringLiteral("base-url"))),
                              command);
    }
    if (baseUrl.isEmpty())
        return m_context.usageError(tr("%1 has no public address: give the deployment's --base-url.").arg(info->displayName), command);

    const QString login = m_commandLine.value(QStringLiteral("login"));
    if (info->needsLogin && login.isEmpty())
        return m_context.usageError(tr("%1 accounts need --login (user name or phone).").arg(info->displayName), command);

    QVariantMap options;
    for (const QString &option : m_commandLine.values(QStringLiteral("option"))) {
        const qsizetype eq = option.indexOf(u'=');
        if (eq <= 0)
            return m_context.usageError(tr("--option takes KEY=VALUE, not \"%1\".").arg(option), command);
        options.insert(option.left(eq), option.mid(eq + 1));
    }

    if (!m_context.loadAccounts())
        return ExitFailed;
    if (m_context.accounts().byName(name)) {
        m_context.out().error(tr("An account named \"%1\" already exists.").arg(name));
        return ExitUsage;
    }
    // Platforms that sign in with a code sent by SMS make their secret at sign-in.
    if (info->signsInBySms) {
        Account account;
        account.id = Account::newId();
        account.displayName = name;
        account.platform = platform;
        account.baseUrl = baseUrl;
        account.login = login;
        // Of the options only the CA certificate applies: the sign-in's session reads it.
        const QString caCert = AccountSession::caCertificateOption();
        for (auto it = options.cbegin(); it != options.cend(); ++it) {
            if (it.key() != caCert)
                return m_context.usageError(tr("%1 accounts take no option \"%2\" (their options: %3).").arg(info->displayName, it.key(), caCert),
                                            command);
        }
        if (options.contains(caCert)) {
            const QString path = options.value(caCert).toString().trimmed();
            if (path.isEmpty())
                return m_context.usageError(tr("--option %1 needs the path of a PEM or DER certificate file.").arg(caCert), command);
            options.insert(caCert, QFileInfo(path).absoluteFilePath());
        }
        account.options = options;
        const bool insecure = m_commandLine.isSet(QStringLiteral("insecure-storage"));
        if (insecure)
            m_context.out().note(tr("Warning: %1").arg(InsecureFileSecretStore::warning()));
        return YuanjingCommands(m_context, m_commandLine).addAccount(account, insecure);
    }
    if (m_commandLine.isSet(QStringLiteral("code-stdin")) || m_commandLine.isSet(QStringLiteral("select")))
        return m_context.usageError(tr("--code-stdin and --select are for platforms that sign in with an SMS code."), command);

    // With --password-stdin the secret is an API token made from the password (慧星云).
    const bool fromPassword = m_commandLine.isSet(QStringLiteral("password-stdin"));
    const bool rememberPassword = m_commandLine.isSet(QStringLiteral("remember-password"));
    if (fromPassword && m_commandLine.isSet(QStringLiteral("secret-stdin")))
        return m_context.usageError(tr("Give either --secret-stdin or --password-stdin, not both."), command);
    if (rememberPassword && !fromPassword)
        return m_context.usageError(tr("--remember-password goes with --password-stdin."), command);

    Account account;
    account.id = Account::newId();
    account.displayName = name;
    account.platform = platform;
    account.baseUrl = baseUrl;
    account.login = login;
    account.options = options;
    AccountSession *session = m_context.createSession(account);
    const Result<Provider *> provider = m_context.providerFor(session);
    if (!provider)
        return m_context.fail(provider.error());
    Provider *p = provider.value();

    // The options the platform reads, checked before anything is read or sent.
    QStringList optionKeys{AccountSession::caCertificateOption()};
    optionKeys += UnisCommands::accountOptionKeys(p);
    for (auto it = account.options.cbegin(); it != account.options.cend(); ++it) {
        if (!optionKeys.contains(it.key()))
            return m_context.usageError(tr("%1 accounts take no option \"%2\" (their options: %3).")
                                            .arg(info->displayName, it.key(), optionKeys.join(QStringLiteral(", "))),
                                        command);
    }
    if (const QString problem = UnisCommands::checkAccountOptions(p, &account.options); !problem.isEmpty())
        return m_context.usageError(problem, command);
    if (account.options.contains(AccountSession::caCertificateOption())) {
        const QString path = account.options.value(AccountSession::caCertificateOption()).toString().trimmed();
        if (path.isEmpty())
            return m_context.usageError(tr("--option %1 needs the path of a PEM or DER certificate file.")
                                            .arg(AccountSession::caCertificateOption()),
                                        command);
        // Kept absolute: later commands run from other directories.
        account.options.insert(AccountSession::caCertificateOption(), QFileInfo(path).absoluteFilePath());
    }
    session->setAccount(account);
    if (!session->tlsSetupError().isEmpty())
        return m_context.usageError(session->tlsSetupError(), command);

    if (fromPassword && !(p->capabilities() & Provider::Capability::Tokens))
        return m_context.usageError(tr("%1 takes no password here: pass the %2 with --secret-stdin.").arg(info->displayName, info->secretLabel),
                          command);

    const bool insecure = m_commandLine.isSet(QStringLiteral("insecure-storage"));
    if (insecure)
        m_context.out().note(tr("Warning: %1").arg(InsecureFileSecretStore::warning()));

    // The secret: from stdin for scripts, else typed on the terminal without echo.
    std::optional<QString> secret;
    std::optional<QString> password;
    if (fromPassword) {
        password = SecretPrompt::readLine();
        if (!password || password->isEmpty())
            return m_context.usageError(tr("No password was given on stdin."), command);
    } else if (m_commandLine.isSet(QStringLiteral("secret-stdin"))) {
        secret = SecretPrompt::readLine();
    } else if (SecretPrompt::stdinIsTerminal()) {
        secret = SecretPrompt::askHidden(tr("%1 for %2: ").arg(info->secretLabel, name));
    } else {
        return m_context.usageError(tr("stdin is not a terminal, so the %1 cannot be asked for: pass it on stdin with "
                             "--secret-stdin.")
                              .arg(info->secretLabel),
                          command);
    }
    if (password) {
        int exitCode = ExitOk;
        secret = HuixingyunCommands::createAccountToken(m_context, p, *password, &exitCode);
        if (!secret)
            return exitCode;
    }
    if (!secret || secret->trimmed().isEmpty())
        return m_context.usageError(tr("No %1 was given.").arg(info->secretLabel), command);

    // Nothing is saved before the platform has accepted the secret.
    session->setSecret(*secret);
    const Result<Done> verified = awaitResult<Done>([p](QObject *ctx, auto done) { p->verify(ctx, std::move(done)); });
    if (!verified) {
        const int code = m_context.fail(verified.error());
        m_context.out().error(tr("The account was not added."));
        if (password)
            m_context.out().error(tr("The API token \"%1\" made for it stays on %2; delete it in the web console.")
                                      .arg(huixingyun::HuixingyunProvider::tokenNameForThisComputer(), info->displayName));
        return code;
    }

    SecretStore *store = m_context.secretStore(insecure);
    const Result<Done> written = awaitResult<Done>([&](QObject *ctx, auto done) {
        store->write(account.id, *secret, ctx, std::move(done));
    });
    if (!written) {
        m_context.out().error(tr("The system keychain cannot store the %1.").arg(info->secretLabel));
        m_context.out().error(written.error().toDisplayString());
        QString what = tr("The account was not added.");
        if (!insecure)
            what += u' '
                + tr("To store it in an unencrypted file readable only by you (%1), run again with --insecure-storage.")
                      .arg(m_context.insecureSecretsPath());
        m_context.out().error(what);
        return ExitFailed;
    }

    QString problem = m_context.accounts().add(account);
    if (problem.isEmpty())
        problem = m_context.accounts().save();
    if (!problem.isEmpty()) {
        awaitResult<Done>([&](QObject *ctx, auto done) { store->remove(account.id, ctx, std::move(done)); });
        m_context.out().error(problem);
        return ExitFailed;
    }
    if (insecure && !m_context.usesInsecureStorage()) {
        m_context.settings().setSecretStorage(CliContext::insecureStorageKey());
        m_context.settings().sync();
    }
    // Kept only when asked: the token commands need it, nothing else does.
    bool passwordRemembered = false;
    if (password && rememberPassword) {
        const Result<Done> kept = awaitResult<Done>([&](QObject *ctx, auto done) {
            store->write(HuixingyunCommands::passwordKey(account.id), *password, ctx, std::move(done));
        });
        passwordRemembered = bool(kept);
        if (!kept)
            m_context.out().error(tr("The password could not be stored (%1); the token commands will ask for it.")
                                      .arg(kept.error().toDisplayString()));
    }

    if (m_context.out().json()) {
        QJsonObject o = JsonFormat::account(account);
        o.insert(QStringLiteral("secretStorage"), insecure ? CliContext::insecureStorageKey() : QStringLiteral("keychain"));
        if (password) {
            o.insert(QStringLiteral("tokenName"), huixingyun::HuixingyunProvider::tokenNameForThisComputer());
            o.insert(QStringLiteral("passwordRemembered"), passwordRemembered);
        }
        m_context.out().printJson(o);
    } else {
        m_context.out().printLine(tr("Added account %1 (%2, %3). The %4 is stored in: %5.")
                                      .arg(name, info->displayName, baseUrl.toString(), info->secretLabel,
                                           store->description()));
        if (passwordRemembered)
            m_context.out().note(tr("The password is kept there too, for the token commands."));
    }
    return ExitOk;
}

int AccountCommands::list()
{
    const QString parseError = m_commandLine.parseCommand(2, {});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, QStringLiteral("account list"));
    if (!m_commandLine.positionals().isEmpty())
        return m_context.usageError(tr("account list takes no arguments."), QStringLiteral("account list"));
    if (!m_context.loadAccounts())
        return ExitFailed;

    const QList<Account> &accounts = m_context.accounts().accounts();
    if (m_context.out().json()) {
        QJsonArray list;
        for (const Account &a : accounts)
            list.append(JsonFormat::account(a));
        m_context.out().printJson(list);
        return ExitOk;
    }
    if (accounts.isEmpty()) {
        m_context.out().note(tr("No accounts. Add one with: suanli-cli account add NAME --platform PLATFORM"));
        return ExitOk;
    }
    TablePrinter table({tr("NAME"), tr("PLATFORM"), tr("BASE URL"), tr("LOGIN")});
    for (const Account &a : accounts)
        table.addRow({a.displayName, platformName(a.platform), a.baseUrl.toString(), a.login.isEmpty() ? QStringLiteral("-") : a.login});
    m_context.out().printTable(table);
    return ExitOk;
}

int AccountCommands::remove()
{
    const QString command = QStringLiteral("account remove");
    const QString parseError = m_commandLine.parseCommand(2, {});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (m_commandLine.positionals().size() != 1)
        return m_context.usageError(tr("account remove takes exactly one NAME."), command);
    const QString name = m_commandLine.positionals().constFirst();
    if (!m_context.loadAccounts())
        return ExitFailed;
    const std::optional<Account> account = m_context.accounts().byName(name);
    if (!account) {
        m_context.out().error(tr("No account named \"%1\". See: suanli-cli account list").arg(name));
        return ExitUsage;
    }

    const Result<Done> removed = m_context.removeSecret(account->id);
    // A remembered password and the platform's notes go with the account; absent ones are fine.
    m_context.removeSecret(HuixingyunCommands::passwordKey(account->id));
    QFile::remove(AccountSession::stateFilePath(m_context.configDir(), account->id));
    m_context.accounts().remove(account->id);
    const QString saveError = m_context.accounts().save();
    if (!saveError.isEmpty()) {
        m_context.out().error(saveError);
        return ExitFailed;
    }
    if (!removed) {
        m_context.out().error(tr("The account %1 was removed, but its secret could not be deleted: %2")
                                  .arg(name, removed.error().toDisplayString()));
        return ExitFailed;
    }
    if (m_context.out().json())
        m_context.out().printJson(QJsonObject{{QStringLiteral("removed"), name}, {QStringLiteral("id"), account->id}});
    else
        m_context.out().printLine(tr("Removed account %1 and its secret.").arg(name));
    return ExitOk;
}

int AccountCommands::check()
{
    const QString command = QStringLiteral("account check");
    const QString parseError = m_commandLine.parseCommand(2, {});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (m_commandLine.positionals().size() > 1)
        return m_context.usageError(tr("account check takes one NAME."), command);
    int exitCode = ExitOk;
    const std::optional<Account> account = m_context.resolveAccount(m_commandLine.positionals().value(0), &exitCode);
    if (!account)
        return exitCode;

    AccountState state = AccountState::Online;
    QString message;
    const Result<Provider *> provider = m_context.openProvider(*account);
    if (!provider) {
        if (provider.error().kind != ApiError::Kind::Auth)
            return m_context.fail(provider.error(), account->displayName);
        state = AccountState::AuthFailed;
        message = provider.error().toDisplayString();
        exitCode = ExitAuth;
    } else {
        Provider *p = provider.value();
        const Result<Done> verified = awaitResult<Done>([p](QObject *ctx, auto done) { p->verify(ctx, std::move(done)); });
        if (verified) {
            state = AccountState::Online;
        } else {
            message = verified.error().toDisplayString();
            exitCode = CliContext::exitCodeFor(verified.error());
            state = p->session()->state();
            if (state == AccountState::Online || state == AccountState::SigningIn || state == AccountState::SignedOut)
                state = exitCode == ExitAuth ? AccountState::AuthFailed : AccountState::Offline;
        }
    }

    if (m_context.out().json()) {
        m_context.out().printJson(QJsonObject{{QStringLiteral("name"), account->displayName},
                                              {QStringLiteral("platform"), account->platform},
                                              {QStringLiteral("state"), AccountStateNames::key(state)},
                                              {QStringLiteral("message"), JsonFormat::text(message)}});
    } else {
        m_context.out().printLine(account->displayName + QStringLiteral(": ") + AccountStateNames::key(state));
    }
    if (!message.isEmpty())
        m_context.out().error(message);
    return exitCode;
}

int AccountCommands::login()
{
    const QString command = QStringLiteral("account login");
    const QString parseError = m_commandLine.parseCommand(2, {{QStringLiteral("code-stdin"), false}, {QStringLiteral("select"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (m_commandLine.positionals().size() > 1)
        return m_context.usageError(tr("account login takes one NAME."), command);
    int exitCode = ExitOk;
    const std::optional<Account> account = m_context.resolveAccount(m_commandLine.positionals().value(0), &exitCode);
    if (!account)
        return exitCode;
    const auto info = PlatformRegistry::find(account->platform);
    if (!info || !info->signsInBySms)
        return m_context.usageError(tr("account login is for accounts that sign in with an SMS code; to give %1 a new %2, "
                                       "remove the account and add it again.")
                                        .arg(account->displayName, info ? info->secretLabel : tr("secret")),
                                    command);
    return YuanjingCommands(m_context, m_commandLine).signInAgain(*account);
}

} // namespace suanli::cli
