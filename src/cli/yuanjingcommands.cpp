#include "yuanjingcommands.h"

#include "awaitresult.h"
#include "clicontext.h"
#include "commandline.h"
#include "exitcode.h"
#include "jsonformat.h"
#include "output.h"
#include "secretprompt.h"
#include "tableprinter.h"
#include "textformat.h"

#include "core/accountsession.h"
#include "core/secretstore.h"
#include "platforms/platformregistry.h"
#include "platforms/yuanjing/balancewatch.h"
#include "platforms/yuanjing/videogeneration.h"
#include "platforms/yuanjing/yuanjingmapping.h"
#include "platforms/yuanjing/yuanjingprovider.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

namespace suanli::cli {

using yuanjing::YuanjingProvider;

namespace {

const QString kYuanjing = QStringLiteral("yuanjing");
constexpr int kMaxImageBytes = 10 * 1024 * 1024;
constexpr int kDefaultWaitSeconds = 600;

QString platformName()
{
    const auto info = PlatformRegistry::find(kYuanjing);
    return info ? info->displayName : kYuanjing;
}

// "13800000000" -> "138****0000": enough to recognise one's own phone in a log.
QString maskedPhone(const QString &phone)
{
    return phone.size() == 11 ? phone.left(3) + QStringLiteral("****") + phone.right(4) : phone;
}

QString kindName(yuanjing::InputField::Kind kind)
{
    switch (kind) {
    case yuanjing::InputField::Kind::Text: return QStringLiteral("text");
    case yuanjing::InputField::Kind::Integer: return QStringLiteral("integer");
    case yuanjing::InputField::Kind::Boolean: return QStringLiteral("boolean");
    case yuanjing::InputField::Kind::Choice: return QStringLiteral("choice");
    case yuanjing::InputField::Kind::Image: return QStringLiteral("image");
    }
    return {};
}

QString typeName(yuanjing::VideoType type)
{
    switch (type) {
    case yuanjing::VideoType::TextToVideo: return QStringLiteral("text");
    case yuanjing::VideoType::ImageToVideo: return QStringLiteral("image");
    case yuanjing::VideoType::ReferenceToVideo: return QStringLiteral("reference");
    }
    return {};
}

QJsonObject taskJson(const yuanjing::VideoTask &t)
{
    return {{QStringLiteral("taskId"), t.taskId},
            {QStringLiteral("model"), JsonFormat::text(t.llmid)},
            {QStringLiteral("status"), JsonFormat::text(t.status)},
            {QStringLiteral("prompt"), JsonFormat::text(t.prompt)},
            {QStringLiteral("video"), JsonFormat::text(t.video)},
            {QStringLiteral("error"), JsonFormat::text(t.error)},
            {QStringLiteral("usage"), t.usage.isEmpty() ? QJsonValue() : QJsonValue(t.usage)},
            {QStringLiteral("createdAt"), JsonFormat::time(t.createdAt)}};
}

QJsonObject userJson(const yuanjing::User &u)
{
    return {{QStringLiteral("id"), u.id}, {QStringLiteral("username"), u.username}, {QStringLiteral("name"), u.displayName()}};
}

} // namespace

YuanjingCommands::YuanjingCommands(CliContext &context, CommandLine &commandLine)
    : m_context(context)
    , m_commandLine(commandLine)
{
}

YuanjingProvider *YuanjingCommands::provider(const QString &command, int *exitCode)
{
    Provider *p = m_context.platformProvider(m_commandLine.value(QStringLiteral("account")), kYuanjing, command, true, exitCode);
    return p ? qobject_cast<YuanjingProvider *>(p) : nullptr;
}

int YuanjingCommands::fail(const ApiError &error, YuanjingProvider *p)
{
    // The context adds how to sign in again when the session ended.
    return m_context.fail(error, p ? p->session()->name() : QString());
}

bool YuanjingCommands::wholeNumber(const QString &name, int min, int max, int *value, const QString &command, int *exitCode)
{
    if (!m_commandLine.isSet(name))
        return true;
    bool ok = false;
    const int n = m_commandLine.value(name).toInt(&ok);
    if (!ok || n < min || n > max) {
        *exitCode = m_context.usageError(
            tr("--%1 takes a whole number from %2 to %3, not \"%4\".").arg(name).arg(min).arg(max).arg(m_commandLine.value(name)),
            command);
        return false;
    }
    *value = n;
    return true;
}

// ---- sign-in ----------------------------------------------------------------------------------

int YuanjingCommands::smsSignIn(YuanjingProvider *p, const QString &command, QString *userId, QString *userName)
{
    const Account &account = p->session()->account();
    const QString phone = yuanjing::Client::normalizedPhone(account.login);
    if (phone.isEmpty())
        return m_context.usageError(tr("%1 signs in with a mainland China mobile number: \"%2\" is not one.")
                                        .arg(platformName(), account.login),
                                    command);
    const bool fromStdin = m_commandLine.isSet(QStringLiteral("code-stdin"));
    const bool terminal = SecretPrompt::stdinIsTerminal();
    if (!fromStdin && !terminal)
        return m_context.usageError(tr("stdin is not a terminal, so the SMS code cannot be asked for: pass it on stdin with "
                                       "--code-stdin."),
                                    command);
    const QString shortName = platformName().section(QLatin1Char(' '), 0, 0);
    m_context.out().note(tr("%1 signs in with a code sent by SMS. A phone number it does not know yet gets a new %2 "
                            "account.")
                             .arg(platformName(), shortName));
    const Result<QString> key =
        awaitResult<QString>([&](QObject *ctx, auto done) { p->sendSmsCode(phone, ctx, std::move(done)); });
    if (!key)
        return fail(key.error(), nullptr);
    m_context.out().note(tr("An SMS code was sent to %1.").arg(maskedPhone(phone)));

    std::optional<QString> code;
    if (fromStdin) {
        code = SecretPrompt::readLine();
    } else {
        Output::writeStderr(tr("SMS code: ").toUtf8());
        code = SecretPrompt::readLine();
    }
    if (!code || code->trimmed().isEmpty())
        return m_context.usageError(tr("No SMS code was given."), command);

    QString selected = m_commandLine.value(QStringLiteral("select")).trimmed();
    if (selected.isEmpty())
        selected = account.options.value(QStringLiteral("userId")).toString();
    Result<yuanjing::LoginOutcome> outcome = awaitResult<yuanjing::LoginOutcome>([&](QObject *ctx, auto done) {
        p->signIn(phone, key.value(), code->trimmed(), selected, ctx, std::move(done));
    });
    if (!outcome)
        return fail(outcome.error(), nullptr);

    if (!outcome.value().signedIn) {
        const QList<yuanjing::User> candidates = outcome.value().candidates;
        if (terminal && !fromStdin) {
            m_context.out().note(tr("This phone has several %1 accounts:").arg(platformName()));
            for (const yuanjing::User &u : candidates)
                m_context.out().note(QStringLiteral("  %1  %2").arg(u.id, u.displayName()));
            Output::writeStderr(tr("Account ID to sign in as: ").toUtf8());
            const std::optional<QString> picked = SecretPrompt::readLine();
            if (!picked || picked->trimmed().isEmpty())
                return m_context.usageError(tr("No account was chosen."), command);
            outcome = awaitResult<yuanjing::LoginOutcome>([&](QObject *ctx, auto done) {
                p->signIn(phone, outcome.value().key, code->trimmed(), picked->trimmed(), ctx, std::move(done));
            });
            if (!outcome)
                return fail(outcome.error(), nullptr);
        } else {
            if (m_context.out().json()) {
                QJsonArray list;
                for (const yuanjing::User &u : candidates)
                    list.append(userJson(u));
                m_context.out().printJson(QJsonObject{{QStringLiteral("choose"), list}});
            } else {
                TablePrinter table({tr("USER ID"), tr("USERNAME"), tr("NAME")});
                for (const yuanjing::User &u : candidates)
                    table.addRow({u.id, u.username, u.displayName()});
                m_context.out().printTable(table);
            }
            m_context.out().error(tr("This phone has several %1 accounts: run the command again with --select USER_ID "
                                     "(a new SMS code is sent).")
                                      .arg(platformName()));
            return ExitUsage;
        }
    }
    if (!outcome.value().signedIn) {
        m_context.out().error(tr("%1 did not sign in.").arg(platformName()));
        return ExitFailed;
    }
    *userId = outcome.value().user.id;
    *userName = outcome.value().user.displayName();
    return ExitOk;
}

int YuanjingCommands::addAccount(Account account, bool insecureStorage)
{
    const QString command = QStringLiteral("account add");
    if (m_commandLine.isSet(QStringLiteral("secret-stdin")) || m_commandLine.isSet(QStringLiteral("password-stdin"))
        || m_commandLine.isSet(QStringLiteral("remember-password")))
        return m_context.usageError(tr("%1 signs in with an SMS code, not a secret or a password: pass the code with "
                                       "--code-stdin, or type it when asked.")
                                        .arg(platformName()),
                                    command);
    AccountSession *session = m_context.createSession(account);
    if (!session->tlsSetupError().isEmpty())
        return m_context.usageError(session->tlsSetupError(), command);
    const Result<Provider *> created = m_context.providerFor(session);
    if (!created)
        return m_context.fail(created.error());
    auto *p = qobject_cast<YuanjingProvider *>(created.value());
    if (!p)
        return m_context.fail(ApiError::unsupported(tr("Not a %1 account.").arg(platformName())));

    QString userId;
    QString userName;
    if (const int code = smsSignIn(p, command, &userId, &userName); code != ExitOk) {
        m_context.out().error(tr("The account was not added."));
        return code;
    }
    const Result<Done> verified = awaitResult<Done>([p](QObject *ctx, auto done) { p->verify(ctx, std::move(done)); });
    if (!verified) {
        const int code = m_context.fail(verified.error());
        m_context.out().error(tr("The account was not added."));
        return code;
    }

    const QString secret = session->secret();
    SecretStore *store = m_context.secretStore(insecureStorage);
    const Result<Done> written =
        awaitResult<Done>([&](QObject *ctx, auto done) { store->write(account.id, secret, ctx, std::move(done)); });
    if (!written) {
        m_context.out().error(tr("The system keychain cannot store the %1 session.").arg(platformName()));
        m_context.out().error(written.error().toDisplayString());
        QString what = tr("The account was not added.");
        if (!insecureStorage)
            what += u' '
                + tr("To store it in an unencrypted file readable only by you (%1), run again with --insecure-storage.")
                      .arg(m_context.insecureSecretsPath());
        m_context.out().error(what);
        return ExitFailed;
    }
    // Which of the phone's accounts this is: signing in again picks it without asking.
    account.options.insert(QStringLiteral("userId"), userId);
    account.options.insert(QStringLiteral("user"), userName);
    QString problem = m_context.accounts().add(account);
    if (problem.isEmpty())
        problem = m_context.accounts().save();
    if (!problem.isEmpty()) {
        awaitResult<Done>([&](QObject *ctx, auto done) { store->remove(account.id, ctx, std::move(done)); });
        m_context.out().error(problem);
        return ExitFailed;
    }
    if (insecureStorage && !m_context.usesInsecureStorage()) {
        m_context.settings().setSecretStorage(CliContext::insecureStorageKey());
        m_context.settings().sync();
    }
    if (m_context.out().json()) {
        QJsonObject o = JsonFormat::account(account);
        o.insert(QStringLiteral("secretStorage"), insecureStorage ? CliContext::insecureStorageKey() : QStringLiteral("keychain"));
        o.insert(QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), userId}, {QStringLiteral("name"), userName}});
        m_context.out().printJson(o);
    } else {
        m_context.out().printLine(tr("Added account %1 (%2, %3), signed in as %4. The session is stored in: %5.")
                                      .arg(account.displayName, platformName(), account.baseUrl.toString(), userName,
                                           store->description()));
    }
    return ExitOk;
}

int YuanjingCommands::signInAgain(const Account &account)
{
    const QString command = QStringLiteral("account login");
    const Result<Provider *> created = m_context.createProvider(account);
    if (!created)
        return m_context.fail(created.error());
    auto *p = qobject_cast<YuanjingProvider *>(created.value());
    if (!p)
        return m_context.usageError(tr("account login is for accounts that sign in with an SMS code; %1 is a %2 account.")
                                        .arg(account.displayName, account.platform),
                                    command);
    QString userId;
    QString userName;
    if (const int code = smsSignIn(p, command, &userId, &userName); code != ExitOk)
        return code;
    const QString secret = p->session()->secret();
    SecretStore *store = m_context.secretStore();
    const Result<Done> written =
        awaitResult<Done>([&](QObject *ctx, auto done) { store->write(account.id, secret, ctx, std::move(done)); });
    if (!written) {
        m_context.out().error(tr("The new session could not be stored: %1").arg(written.error().toDisplayString()));
        return ExitFailed;
    }
    if (account.options.value(QStringLiteral("userId")).toString() != userId) {
        Account updated = account;
        updated.options.insert(QStringLiteral("userId"), userId);
        updated.options.insert(QStringLiteral("user"), userName);
        m_context.accounts().update(updated);
        if (const QString error = m_context.accounts().save(); !error.isEmpty())
            m_context.out().error(error);
    }
    if (m_context.out().json())
        m_context.out().printJson(QJsonObject{{QStringLiteral("name"), account.displayName},
                                              {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), userId},
                                                                                   {QStringLiteral("name"), userName}}}});
    else
        m_context.out().printLine(tr("Signed in to %1 again as %2.").arg(account.displayName, userName));
    return ExitOk;
}

// ---- money ------------------------------------------------------------------------------------

int YuanjingCommands::recharge()
{
    const QString command = QStringLiteral("recharge");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true},
                                                              {QStringLiteral("yes"), false},
                                                              {QStringLiteral("wait"), false},
                                                              {QStringLiteral("timeout"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (m_commandLine.positionals().size() != 1)
        return m_context.usageError(tr("recharge takes exactly one AMOUNT in yuan, such as 100 or 12.50."), command);
    const QString text = m_commandLine.positionals().constFirst().trimmed();
    static const QRegularExpression yuan(QStringLiteral("^\\d{1,6}(\\.\\d{1,2})?$"));
    const std::optional<Money> amount = yuan.match(text).hasMatch() ? Money::parse(text) : std::nullopt;
    if (!amount || amount->fen() <= 0)
        return m_context.usageError(tr("\"%1\" is not an amount in yuan with at most two decimals, above zero.").arg(text), command);
    int waitSeconds = kDefaultWaitSeconds;
    int exitCode = ExitOk;
    if (!wholeNumber(QStringLiteral("timeout"), 1, 86400, &waitSeconds, command, &exitCode))
        return exitCode;
    YuanjingProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    if (!m_commandLine.isSet(QStringLiteral("yes"))) {
        m_context.out().error(tr("Recharging %1 takes a payment of real money with Alipay.").arg(amount->toDisplayString()));
        m_context.out().error(tr("Nothing was done. Add --yes to get the payment page."));
        return ExitRefused;
    }
    const bool waitForPayment = m_commandLine.isSet(QStringLiteral("wait"));
    std::optional<Money> before;
    if (waitForPayment) {
        const Result<Balance> b = awaitResult<Balance>([p](QObject *ctx, auto done) { p->balance(ctx, std::move(done)); });
        if (!b)
            return fail(b.error(), p);
        before = b.value().available;
    }
    const Result<QUrl> url = awaitResult<QUrl>([&](QObject *ctx, auto done) { p->recharge(*amount, ctx, std::move(done)); });
    if (!url)
        return fail(url.error(), p);
    if (m_context.out().json() && !waitForPayment) {
        m_context.out().printJson(QJsonObject{{QStringLiteral("amount"), amount->toDecimalString()},
                                              {QStringLiteral("url"), url.value().toString(QUrl::FullyEncoded)}});
        return ExitOk;
    }
    if (!m_context.out().json())
        m_context.out().printLine(url.value().toString(QUrl::FullyEncoded));
    m_context.out().note(tr("Open this address in a browser (a new window) to pay %1 with Alipay.").arg(amount->toDisplayString()));
    if (!waitForPayment)
        return ExitOk;

    m_context.out().note(tr("Waiting for the payment: the balance is asked every few seconds (at most %n second(s)).", nullptr,
                            waitSeconds));
    yuanjing::BalanceWatch watch(p->client(), before, 3000);
    QEventLoop loop;
    std::optional<std::pair<Money, Money>> change;
    std::optional<ApiError> ended;
    QObject::connect(&watch, &yuanjing::BalanceWatch::changed, &loop, [&](Money a, Money b) {
        change.emplace(a, b);
        loop.quit();
    });
    QObject::connect(&watch, &yuanjing::BalanceWatch::failed, &loop, [&](const ApiError &e) {
        if (e.kind == ApiError::Kind::Auth) {
            ended = e;
            loop.quit();
        }
    });
    QTimer::singleShot(waitSeconds * 1000, &loop, &QEventLoop::quit);
    watch.start();
    loop.exec();
    watch.stop();
    if (ended)
        return fail(*ended, p);
    if (!change) {
        m_context.out().error(tr("No payment arrived within %n second(s); the balance is still %1.", nullptr, waitSeconds)
                                  .arg(before ? before->toDisplayString() : QStringLiteral("-")));
        return ExitFailed;
    }
    if (m_context.out().json())
        m_context.out().printJson(QJsonObject{{QStringLiteral("amount"), amount->toDecimalString()},
                                              {QStringLiteral("url"), url.value().toString(QUrl::FullyEncoded)},
                                              {QStringLiteral("balanceBefore"), change->first.toDecimalString()},
                                              {QStringLiteral("balance"), change->second.toDecimalString()}});
    else
        m_context.out().printLine(tr("Paid: the balance went from %1 to %2.")
                                      .arg(change->first.toDisplayString(), change->second.toDisplayString()));
    return ExitOk;
}

int YuanjingCommands::orders()
{
    const QString command = QStringLiteral("orders");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true},
                                                              {QStringLiteral("page"), true},
                                                              {QStringLiteral("page-size"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (!m_commandLine.positionals().isEmpty())
        return m_context.usageError(tr("orders takes no arguments."), command);
    int page = 1;
    int pageSize = 80; // the platform's own default
    int exitCode = ExitOk;
    if (!wholeNumber(QStringLiteral("page"), 1, 100000, &page, command, &exitCode)
        || !wholeNumber(QStringLiteral("page-size"), 1, 500, &pageSize, command, &exitCode))
        return exitCode;
    YuanjingProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    const Result<yuanjing::OrdersPage> r =
        awaitResult<yuanjing::OrdersPage>([&](QObject *ctx, auto done) { p->orders(page, pageSize, ctx, std::move(done)); });
    if (!r)
        return fail(r.error(), p);
    const yuanjing::OrdersPage &o = r.value();
    const int pages = o.total > 0 ? (o.total + pageSize - 1) / pageSize : 1;
    if (m_context.out().json()) {
        QJsonArray rows;
        for (const yuanjing::Order &row : o.rows)
            rows.append(QJsonObject{{QStringLiteral("model"), JsonFormat::text(row.llmid)},
                                    {QStringLiteral("name"), JsonFormat::text(row.name)},
                                    {QStringLiteral("usedAt"), JsonFormat::time(row.usedAt)},
                                    {QStringLiteral("usage"), row.usageRaw.isEmpty() ? QJsonValue() : QJsonValue(row.usageRaw)},
                                    {QStringLiteral("amount"), row.amount.toDecimalString()},
                                    {QStringLiteral("status"), JsonFormat::text(row.status)},
                                    {QStringLiteral("accountingStatus"), JsonFormat::text(row.accountingStatus)}});
        m_context.out().printJson(QJsonObject{{QStringLiteral("total"), o.total},
                                              {QStringLiteral("page"), page},
                                              {QStringLiteral("pageSize"), pageSize},
                                              {QStringLiteral("pages"), pages},
                                              {QStringLiteral("rows"), rows}});
        return ExitOk;
    }
    if (o.rows.isEmpty()) {
        m_context.out().note(o.total > 0 ? tr("No orders on page %1 of %2.").arg(page).arg(pages) : tr("No orders."));
        return ExitOk;
    }
    TablePrinter table({tr("USED"), tr("MODEL"), tr("USAGE"), tr("AMOUNT"), tr("STATUS"), tr("BOOKED")});
    table.setRightAligned(3);
    for (const yuanjing::Order &row : o.rows)
        table.addRow({TextFormat::time(row.usedAt), TextFormat::orDash(row.name.isEmpty() ? row.llmid : row.name),
                      TextFormat::orDash(row.usage), row.amount.toDecimalString(), TextFormat::orDash(row.status),
                      TextFormat::orDash(row.accountingStatus)});
    m_context.out().printTable(table);
    m_context.out().note(tr("Page %1 of %2; %3 orders in all.").arg(page).arg(pages).arg(o.total));
    return ExitOk;
}

int YuanjingCommands::findModel(YuanjingProvider *p, const QString &id, yuanjing::VideoModel *model)
{
    for (const yuanjing::VideoType type :
         {yuanjing::VideoType::TextToVideo, yuanjing::VideoType::ImageToVideo, yuanjing::VideoType::ReferenceToVideo}) {
        const Result<QList<yuanjing::VideoModel>> r = awaitResult<QList<yuanjing::VideoModel>>(
            [&](QObject *ctx, auto done) { p->models(type, ctx, std::move(done)); });
        if (!r)
            return fail(r.error(), p);
        for (const yuanjing::VideoModel &m : r.value()) {
            if (m.id == id) {
                *model = m;
                return ExitOk;
            }
        }
    }
    m_context.out().error(tr("%1 has no model \"%2\". See: suanli-cli models").arg(platformName(), id));
    return ExitUsage;
}

int YuanjingCommands::price()
{
    const QString command = QStringLiteral("price");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true},
                                                              {QStringLiteral("model"), true},
                                                              {QStringLiteral("duration"), true},
                                                              {QStringLiteral("resolution"), true},
                                                              {QStringLiteral("ratio"), true},
                                                              {QStringLiteral("audio"), false},
                                                              {QStringLiteral("option"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (!m_commandLine.positionals().isEmpty())
        return m_context.usageError(tr("price takes no arguments."), command);
    const QString model = m_commandLine.value(QStringLiteral("model")).trimmed();
    if (model.isEmpty())
        return m_context.usageError(tr("--model is required (see: suanli-cli models)."), command);
    yuanjing::VideoRequest request;
    request.llmid = model;
    int exitCode = ExitOk;
    if (!wholeNumber(QStringLiteral("duration"), 1, 15, &request.duration, command, &exitCode))
        return exitCode;
    request.resolution = m_commandLine.value(QStringLiteral("resolution")).trimmed();
    request.ratio = m_commandLine.value(QStringLiteral("ratio")).trimmed();
    request.audio = m_commandLine.isSet(QStringLiteral("audio"));
    for (const QString &option : m_commandLine.values(QStringLiteral("option"))) {
        const qsizetype eq = option.indexOf(u'=');
        if (eq <= 0)
            return m_context.usageError(tr("--option takes KEY=VALUE, not \"%1\".").arg(option), command);
        request.extra.insert(option.left(eq), option.mid(eq + 1));
    }
    YuanjingProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    const Result<yuanjing::PriceQuote> q =
        awaitResult<yuanjing::PriceQuote>([&](QObject *ctx, auto done) { p->price(request, ctx, std::move(done)); });
    if (!q)
        return fail(q.error(), p);
    if (m_context.out().json()) {
        m_context.out().printJson(QJsonObject{{QStringLiteral("model"), model},
                                              {QStringLiteral("listPrice"), q.value().listPrice.toDecimalString()},
                                              {QStringLiteral("price"), q.value().price.toDecimalString()},
                                              {QStringLiteral("config"), request.priceConfig()}});
        return ExitOk;
    }
    TablePrinter table({tr("MODEL"), tr("CONFIGURATION"), tr("LIST PRICE"), tr("YOUR PRICE")});
    table.setRightAligned(2);
    table.setRightAligned(3);
    table.addRow({model, yuanjing::Mapping::usageText(request.priceConfig()), q.value().listPrice.toDecimalString(),
                  q.value().price.toDecimalString()});
    m_context.out().printTable(table);
    return ExitOk;
}

int YuanjingCommands::pricingTest()
{
    const QString command = QStringLiteral("pricing-test");
    const QString parseError =
        m_commandLine.parseCommand(1, {{QStringLiteral("account"), true}, {QStringLiteral("usage"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (m_commandLine.positionals().size() != 1)
        return m_context.usageError(tr("pricing-test takes exactly one PPID (the pricing program)."), command);
    const QJsonDocument usage = QJsonDocument::fromJson(m_commandLine.value(QStringLiteral("usage")).toUtf8());
    if (!usage.isObject())
        return m_context.usageError(tr("--usage takes a JSON object, such as '{\"seconds\":5,\"resolution\":\"720p\"}'."), command);
    int exitCode = ExitOk;
    YuanjingProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    const QString ppid = m_commandLine.positionals().constFirst().trimmed();
    const Result<yuanjing::PricingResult> r = awaitResult<yuanjing::PricingResult>(
        [&](QObject *ctx, auto done) { p->testPricing(ppid, usage.object(), ctx, std::move(done)); });
    if (!r)
        return fail(r.error(), p);
    if (m_context.out().json())
        m_context.out().printJson(QJsonObject{{QStringLiteral("ppid"), ppid},
                                              {QStringLiteral("usage"), usage.object()},
                                              {QStringLiteral("result"), r.value().result.toDecimalString()}});
    else
        m_context.out().printLine(tr("%1 prices %2 at %3.")
                                      .arg(ppid, yuanjing::Mapping::usageText(usage.object()), r.value().result.toDisplayString()));
    return ExitOk;
}

// ---- API keys ----------------------------------------------------------------------------------

int YuanjingCommands::keys()
{
    const QString sub = m_commandLine.words().value(1);
    if (sub == u"apply")
        return applyKey();
    if (sub == u"show")
        return showKey();
    if (sub.isEmpty() || sub == u"list" || sub.startsWith(u'-'))
        return listKeys();
    return m_context.usageError(tr("Unknown keys subcommand \"%1\" (list, apply, show).").arg(sub), QStringLiteral("keys"));
}

int YuanjingCommands::listKeys()
{
    const QString command = QStringLiteral("keys");
    const int words = m_commandLine.words().value(1) == u"list" ? 2 : 1;
    const QString parseError = m_commandLine.parseCommand(words, {{QStringLiteral("account"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (!m_commandLine.positionals().isEmpty())
        return m_context.usageError(tr("keys takes no arguments."), command);
    int exitCode = ExitOk;
    YuanjingProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    const Result<QList<yuanjing::ApiApp>> r =
        awaitResult<QList<yuanjing::ApiApp>>([&](QObject *ctx, auto done) { p->apps(ctx, std::move(done)); });
    if (!r)
        return fail(r.error(), p);
    if (m_context.out().json()) {
        QJsonArray list;
        for (const yuanjing::ApiApp &a : r.value())
            list.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("appname"), a.appname}});
        m_context.out().printJson(list);
        return ExitOk;
    }
    if (r.value().isEmpty()) {
        m_context.out().note(tr("No API keys yet. Apply for one with: suanli-cli keys apply NAME"));
        return ExitOk;
    }
    TablePrinter table({tr("ID"), tr("APP")});
    for (const yuanjing::ApiApp &a : r.value())
        table.addRow({a.id, TextFormat::orDash(a.appname)});
    m_context.out().printTable(table);
    m_context.out().note(tr("The keys themselves: suanli-cli keys show ID"));
    return ExitOk;
}

int YuanjingCommands::applyKey()
{
    const QString command = QStringLiteral("keys apply");
    const QString parseError =
        m_commandLine.parseCommand(2, {{QStringLiteral("account"), true}, {QStringLiteral("description"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (m_commandLine.positionals().size() != 1 || m_commandLine.positionals().constFirst().trimmed().isEmpty())
        return m_context.usageError(tr("keys apply takes exactly one NAME (the app's name)."), command);
    const QString name = m_commandLine.positionals().constFirst().trimmed();
    int exitCode = ExitOk;
    YuanjingProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    const Result<Done> applied = awaitResult<Done>([&](QObject *ctx, auto done) {
        p->applyApiKey(name, m_commandLine.value(QStringLiteral("description")), ctx, std::move(done));
    });
    if (!applied)
        return fail(applied.error(), p);
    // The answer names no app: the list does.
    const Result<QList<yuanjing::ApiApp>> apps =
        awaitResult<QList<yuanjing::ApiApp>>([&](QObject *ctx, auto done) { p->apps(ctx, std::move(done)); });
    QString id;
    if (apps) {
        for (const yuanjing::ApiApp &a : apps.value()) {
            if (a.appname == name)
                id = a.id;
        }
    }
    if (m_context.out().json()) {
        m_context.out().printJson(QJsonObject{{QStringLiteral("id"), JsonFormat::text(id)}, {QStringLiteral("appname"), name}});
    } else if (id.isEmpty()) {
        m_context.out().printLine(tr("Applied for an API key for \"%1\". See it with: suanli-cli keys").arg(name));
    } else {
        m_context.out().printLine(id);
        m_context.out().note(tr("Applied for an API key for \"%1\". Show it with: suanli-cli keys show %2").arg(name, id));
    }
    return ExitOk;
}

int YuanjingCommands::showKey()
{
    const QString command = QStringLiteral("keys show");
    const QString parseError = m_commandLine.parseCommand(2, {{QStringLiteral("account"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (m_commandLine.positionals().size() != 1)
        return m_context.usageError(tr("keys show takes exactly one ID (see: suanli-cli keys)."), command);
    int exitCode = ExitOk;
    YuanjingProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    const QString id = m_commandLine.positionals().constFirst().trimmed();
    const Result<yuanjing::ApiKey> r =
        awaitResult<yuanjing::ApiKey>([&](QObject *ctx, auto done) { p->apiKey(id, ctx, std::move(done)); });
    if (!r)
        return fail(r.error(), p);
    if (m_context.out().json()) {
        m_context.out().printJson(QJsonObject{{QStringLiteral("id"), id},
                                              {QStringLiteral("appname"), JsonFormat::text(r.value().appname)},
                                              {QStringLiteral("apikey"), r.value().apikey},
                                              {QStringLiteral("secretkey"), JsonFormat::text(r.value().secretkey)}});
        return ExitOk;
    }
    m_context.out().printLine(tr("app:        %1").arg(r.value().appname));
    m_context.out().printLine(tr("API key:    %1").arg(r.value().apikey));
    m_context.out().printLine(tr("secret key: %1").arg(r.value().secretkey));
    m_context.out().note(tr("Keep both as secret as a password."));
    return ExitOk;
}

// ---- video --------------------------------------------------------------------------------------

int YuanjingCommands::models()
{
    const QString command = QStringLiteral("models");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true}, {QStringLiteral("type"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (!m_commandLine.positionals().isEmpty())
        return m_context.usageError(tr("models takes no arguments."), command);
    QList<yuanjing::VideoType> types{yuanjing::VideoType::TextToVideo, yuanjing::VideoType::ImageToVideo,
                                     yuanjing::VideoType::ReferenceToVideo};
    if (m_commandLine.isSet(QStringLiteral("type"))) {
        const auto type = yuanjing::Mapping::typeFromKey(m_commandLine.value(QStringLiteral("type")));
        if (!type)
            return m_context.usageError(tr("--type takes text, image or reference (or 文生视频, 图生视频, 参考生视频), not \"%1\".")
                                            .arg(m_commandLine.value(QStringLiteral("type"))),
                                        command);
        types = {*type};
    }
    int exitCode = ExitOk;
    YuanjingProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    QJsonArray list;
    TablePrinter table({tr("ID"), tr("NAME"), tr("TYPE"), tr("INPUTS"), tr("DESCRIPTION")});
    for (const yuanjing::VideoType type : std::as_const(types)) {
        const Result<QList<yuanjing::VideoModel>> r = awaitResult<QList<yuanjing::VideoModel>>(
            [&](QObject *ctx, auto done) { p->models(type, ctx, std::move(done)); });
        if (!r)
            return fail(r.error(), p);
        for (const yuanjing::VideoModel &m : r.value()) {
            QJsonArray fields;
            QStringList inputs;
            for (const yuanjing::InputField &f : m.fields) {
                QJsonArray choices;
                for (const QString &c : f.choices)
                    choices.append(c);
                fields.append(QJsonObject{{QStringLiteral("name"), f.name},
                                          {QStringLiteral("label"), f.label},
                                          {QStringLiteral("kind"), kindName(f.kind)},
                                          {QStringLiteral("required"), f.required},
                                          {QStringLiteral("choices"), choices},
                                          {QStringLiteral("min"), f.minimum},
                                          {QStringLiteral("max"), f.maximum},
                                          {QStringLiteral("default"), f.defaultValue}});
                QString input = f.name;
                if (!f.choices.isEmpty())
                    input += QLatin1Char('=') + f.choices.join(QLatin1Char('|'));
                else if (f.kind == yuanjing::InputField::Kind::Integer && f.maximum > 0)
                    input += QStringLiteral("=%1-%2").arg(f.minimum).arg(f.maximum);
                inputs.append(input);
            }
            list.append(QJsonObject{{QStringLiteral("id"), m.id},
                                    {QStringLiteral("name"), m.name},
                                    {QStringLiteral("model"), JsonFormat::text(m.model)},
                                    {QStringLiteral("type"), typeName(type)},
                                    {QStringLiteral("typeKey"), yuanjing::Mapping::typeKey(type)},
                                    {QStringLiteral("description"), JsonFormat::text(m.description)},
                                    {QStringLiteral("fields"), fields}});
            table.addRow({m.id, m.name, typeName(type), inputs.join(QLatin1Char(' ')), TextFormat::orDash(m.description)});
        }
    }
    if (m_context.out().json())
        m_context.out().printJson(list);
    else if (table.rowCount() == 0)
        m_context.out().note(tr("No models."));
    else
        m_context.out().printTable(table);
    return ExitOk;
}

int YuanjingCommands::video()
{
    const QString sub = m_commandLine.words().value(1);
    if (sub == u"create")
        return createVideo();
    if (sub == u"tasks")
        return listTasks();
    if (sub == u"status")
        return taskStatus();
    if (sub.isEmpty())
        return m_context.usageError(tr("video needs a subcommand: create, tasks or status."), QStringLiteral("video"));
    return m_context.usageError(tr("Unknown video subcommand \"%1\" (create, tasks, status).").arg(sub), QStringLiteral("video"));
}

int YuanjingCommands::createVideo()
{
    const QString command = QStringLiteral("video create");
    const QString parseError = m_commandLine.parseCommand(2, {{QStringLiteral("account"), true},
                                                              {QStringLiteral("model"), true},
                                                              {QStringLiteral("prompt"), true},
                                                              {QStringLiteral("duration"), true},
                                                              {QStringLiteral("ratio"), true},
                                                              {QStringLiteral("resolution"), true},
                                                              {QStringLiteral("audio"), false},
                                                              {QStringLiteral("image"), true},
                                                              {QStringLiteral("option"), true},
                                                              {QStringLiteral("poll-seconds"), true},
                                                              {QStringLiteral("yes"), false}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (!m_commandLine.positionals().isEmpty())
        return m_context.usageError(tr("video create takes no arguments; the prompt goes with --prompt."), command);
    yuanjing::VideoRequest request;
    request.llmid = m_commandLine.value(QStringLiteral("model")).trimmed();
    request.prompt = m_commandLine.value(QStringLiteral("prompt")).trimmed();
    if (request.llmid.isEmpty())
        return m_context.usageError(tr("--model is required (see: suanli-cli models)."), command);
    if (request.prompt.isEmpty())
        return m_context.usageError(tr("--prompt is required."), command);
    int exitCode = ExitOk;
    int pollSeconds = 5;
    if (!wholeNumber(QStringLiteral("poll-seconds"), 1, 600, &pollSeconds, command, &exitCode))
        return exitCode;
    for (const QString &option : m_commandLine.values(QStringLiteral("option"))) {
        const qsizetype eq = option.indexOf(u'=');
        if (eq <= 0)
            return m_context.usageError(tr("--option takes KEY=VALUE, not \"%1\".").arg(option), command);
        request.extra.insert(option.left(eq), option.mid(eq + 1));
    }
    YuanjingProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    yuanjing::VideoModel model;
    if (const int code = findModel(p, request.llmid, &model); code != ExitOk)
        return code;

    // The model's own form decides what may be given.
    if (const yuanjing::InputField *f = model.field(QStringLiteral("duration"))) {
        request.duration = f->defaultValue.isDouble() ? f->defaultValue.toInt() : 5;
        const int max = f->maximum > 0 ? f->maximum : 15;
        if (!wholeNumber(QStringLiteral("duration"), qMax(1, f->minimum), max, &request.duration, command, &exitCode))
            return exitCode;
    } else if (!wholeNumber(QStringLiteral("duration"), 1, 15, &request.duration, command, &exitCode)) {
        return exitCode;
    }
    for (const QString &name : {QStringLiteral("ratio"), QStringLiteral("resolution")}) {
        const yuanjing::InputField *f = model.field(name);
        QString value = m_commandLine.value(name).trimmed();
        if (!f) {
            if (!value.isEmpty())
                return m_context.usageError(tr("The model %1 takes no --%2.").arg(model.id, name), command);
            continue;
        }
        if (value.isEmpty())
            value = f->defaultValue.toString();
        if (!f->choices.isEmpty() && !value.isEmpty() && !f->choices.contains(value))
            return m_context.usageError(tr("--%1 takes one of %2 for %3, not \"%4\".")
                                            .arg(name, f->choices.join(QStringLiteral(", ")), model.id, value),
                                        command);
        (name == u"ratio" ? request.ratio : request.resolution) = value;
    }
    request.audio = m_commandLine.isSet(QStringLiteral("audio"));
    if (request.audio && !model.field(QStringLiteral("audio")))
        return m_context.usageError(tr("The model %1 makes no audio.").arg(model.id), command);
    const QString image = m_commandLine.value(QStringLiteral("image")).trimmed();
    if (model.needsImage() && image.isEmpty())
        return m_context.usageError(tr("The model %1 makes a video from an image: give it with --image FILE or URL.").arg(model.id),
                                    command);
    if (!model.needsImage() && !image.isEmpty())
        return m_context.usageError(tr("The model %1 takes no image.").arg(model.id), command);
    if (image.startsWith(u"http://") || image.startsWith(u"https://")) {
        request.image = image;
    } else if (!image.isEmpty()) {
        QFile file(image);
        const QString suffix = QFileInfo(image).suffix().toLower();
        const QString type = suffix == u"png" ? QStringLiteral("png")
                             : suffix == u"webp" ? QStringLiteral("webp")
                             : (suffix == u"jpg" || suffix == u"jpeg") ? QStringLiteral("jpeg")
                                                                       : QString();
        if (type.isEmpty())
            return m_context.usageError(tr("--image takes a PNG, JPEG or WebP file, or an http(s) address."), command);
        if (!file.open(QIODevice::ReadOnly))
            return m_context.usageError(tr("%1 cannot be read: %2").arg(image, file.errorString()), command);
        if (file.size() > kMaxImageBytes)
            return m_context.usageError(tr("%1 is larger than 10 MB.").arg(image), command);
        request.image = QStringLiteral("data:image/") + type + QStringLiteral(";base64,")
                        + QString::fromLatin1(file.readAll().toBase64());
    }

    const Result<yuanjing::PriceQuote> quote =
        awaitResult<yuanjing::PriceQuote>([&](QObject *ctx, auto done) { p->price(request, ctx, std::move(done)); });
    if (!quote)
        return fail(quote.error(), p);
    const QString priceText = YuanjingProvider::priceText(quote.value());
    if (!m_commandLine.isSet(QStringLiteral("yes"))) {
        m_context.out().error(tr("Generating this video costs %1, charged when it succeeds.").arg(priceText));
        m_context.out().error(tr("Nothing was done. Add --yes to generate it."));
        return ExitRefused;
    }
    m_context.out().note(tr("Generating with %1 for %2…").arg(model.name, priceText));

    yuanjing::VideoGeneration::Options options;
    options.pollMs = pollSeconds * 1000;
    QObject owner;
    yuanjing::VideoGeneration *g = p->generation(request, &owner, options);
    std::optional<Result<yuanjing::VideoTask>> result;
    QEventLoop loop;
    QObject::connect(g, &yuanjing::VideoGeneration::event, &loop, [this, g](const yuanjing::VideoEvent &e) {
        if (e.kind == yuanjing::VideoEvent::Kind::Unreadable)
            return;
        QString line = QStringLiteral("[%1] %2").arg(g->task().taskId.isEmpty() ? QStringLiteral("-") : g->task().taskId,
                                                     e.status);
        if (e.progress >= 0)
            line += QStringLiteral(" %1%").arg(e.progress);
        m_context.out().note(line);
    });
    QObject::connect(g, &yuanjing::VideoGeneration::pollingStarted, &loop,
                     [this](const QString &why) { m_context.out().note(why); });
    QObject::connect(g, &yuanjing::VideoGeneration::finished, &loop, [&](const Result<yuanjing::VideoTask> &r) {
        result.emplace(r);
        loop.quit();
    });
    g->start();
    while (!result)
        loop.exec();
    if (!*result)
        return fail(result->error(), p);
    const yuanjing::VideoTask &task = result->value();
    if (m_context.out().json()) {
        QJsonObject o = taskJson(task);
        o.insert(QStringLiteral("price"), quote.value().price.toDecimalString());
        m_context.out().printJson(o);
    } else if (task.succeeded()) {
        m_context.out().printLine(task.video);
    }
    if (task.succeeded()) {
        m_context.out().note(tr("The video %1 is ready.").arg(task.taskId));
        return ExitOk;
    }
    m_context.out().error(tr("The video %1 failed: %2").arg(task.taskId, task.error.isEmpty() ? tr("no reason given") : task.error));
    return ExitFailed;
}

int YuanjingCommands::listTasks()
{
    const QString command = QStringLiteral("video tasks");
    const QString parseError = m_commandLine.parseCommand(2, {{QStringLiteral("account"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (!m_commandLine.positionals().isEmpty())
        return m_context.usageError(tr("video tasks takes no arguments."), command);
    int exitCode = ExitOk;
    YuanjingProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    // Today's, as the platform lists them, and the earlier ones this computer saw.
    const Result<QList<Resource>> r =
        awaitResult<QList<Resource>>([&](QObject *ctx, auto done) { p->listResources({}, ctx, std::move(done)); });
    if (!r)
        return fail(r.error(), p);
    const QList<yuanjing::VideoTask> tasks = p->rememberedTasks();
    if (m_context.out().json()) {
        QJsonArray list;
        for (const yuanjing::VideoTask &t : tasks)
            list.append(taskJson(t));
        m_context.out().printJson(list);
        return ExitOk;
    }
    if (tasks.isEmpty()) {
        m_context.out().note(tr("No video tasks today."));
        return ExitOk;
    }
    TablePrinter table({tr("TASK"), tr("STATUS"), tr("CREATED"), tr("MODEL"), tr("PROMPT"), tr("VIDEO OR REASON")});
    for (const yuanjing::VideoTask &t : tasks) {
        QString prompt = t.prompt.simplified();
        if (prompt.size() > 40)
            prompt = prompt.left(39) + QStringLiteral("…");
        table.addRow({t.taskId, TextFormat::orDash(t.status), TextFormat::time(t.createdAt), TextFormat::orDash(t.llmid),
                      TextFormat::orDash(prompt), TextFormat::orDash(t.succeeded() ? t.video : t.error)});
    }
    m_context.out().printTable(table);
    return ExitOk;
}

int YuanjingCommands::taskStatus()
{
    const QString command = QStringLiteral("video status");
    const QString parseError = m_commandLine.parseCommand(2, {{QStringLiteral("account"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (m_commandLine.positionals().size() != 1)
        return m_context.usageError(tr("video status takes exactly one TASKID."), command);
    int exitCode = ExitOk;
    YuanjingProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    const QString id = m_commandLine.positionals().constFirst().trimmed();
    const Result<yuanjing::VideoTask> r =
        awaitResult<yuanjing::VideoTask>([&](QObject *ctx, auto done) { p->task(id, ctx, std::move(done)); });
    if (!r)
        return fail(r.error(), p);
    const yuanjing::VideoTask &t = r.value();
    if (m_context.out().json()) {
        m_context.out().printJson(taskJson(t));
        return ExitOk;
    }
    m_context.out().printLine(QStringLiteral("%1 %2").arg(t.taskId, t.status));
    if (t.succeeded())
        m_context.out().printLine(t.video);
    else if (t.failed())
        m_context.out().printLine(tr("reason: %1").arg(t.error.isEmpty() ? tr("no reason given") : t.error));
    return ExitOk;
}

} // namespace suanli::cli
