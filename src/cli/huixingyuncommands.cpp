#include "huixingyuncommands.h"

#include "awaitresult.h"
#include "clicontext.h"
#include "commandline.h"
#include "exitcode.h"
#include "jsonformat.h"
#include "output.h"
#include "resourcecommands.h"
#include "secretprompt.h"
#include "tableprinter.h"
#include "textformat.h"
#include "usage.h"

#include "core/accountsession.h"
#include "core/secretstore.h"
#include "platforms/huixingyun/huixingyunmapping.h"
#include "platforms/huixingyun/huixingyunprovider.h"
#include "platforms/platformregistry.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTimer>

namespace suanli::cli {

using huixingyun::HuixingyunProvider;

namespace {

const QString kHuixingyun = QStringLiteral("huixingyun");

// How long --wait looks for the instances of an order, and how often.
constexpr int kOrderWaitMs = 300 * 1000;
constexpr int kOrderPollMs = 1000;

QString platformName()
{
    const auto info = PlatformRegistry::find(kHuixingyun);
    return info ? info->displayName : kHuixingyun;
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QJsonObject imageJson(const huixingyun::Image &i)
{
    return {{QStringLiteral("imageId"), i.imageId},
            {QStringLiteral("name"), i.name},
            {QStringLiteral("os"), JsonFormat::text(i.os)},
            {QStringLiteral("zone"), JsonFormat::text(i.roomName)},
            {QStringLiteral("scene"), JsonFormat::text(i.scene)},
            {QStringLiteral("description"), JsonFormat::text(i.description)},
            {QStringLiteral("mine"), i.mine}};
}

} // namespace

HuixingyunCommands::HuixingyunCommands(CliContext &context, CommandLine &commandLine)
    : m_context(context)
    , m_commandLine(commandLine)
{
}

QString HuixingyunCommands::passwordKey(const QString &accountId)
{
    return SecretStore::extraKey(accountId, QStringLiteral("password"));
}

QString HuixingyunCommands::maskToken(const QString &token)
{
    if (token.size() <= 8)
        return QStringLiteral("…");
    return token.left(4) + QStringLiteral("…") + token.right(4);
}

std::optional<QString> HuixingyunCommands::createAccountToken(CliContext &context, Provider *provider, const QString &password,
                                                             int *exitCode)
{
    auto *p = qobject_cast<HuixingyunProvider *>(provider);
    if (!p) {
        context.out().error(tr("--password-stdin is for %1 accounts, whose API tokens are made from the password.")
                                .arg(platformName()));
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    const QString name = HuixingyunProvider::tokenNameForThisComputer();
    const Result<huixingyun::ApiToken> token = awaitResult<huixingyun::ApiToken>(
        [&](QObject *ctx, auto done) { p->generateToken(password, name, ctx, std::move(done)); });
    if (!token) {
        *exitCode = context.fail(token.error());
        context.out().error(tr("The account was not added."));
        return std::nullopt;
    }
    context.out().note(tr("Created the API token \"%1\".").arg(name));
    return token.value().token;
}

HuixingyunProvider *HuixingyunCommands::provider(const QString &command, int *exitCode)
{
    Provider *p = m_context.platformProvider(m_commandLine.value(QStringLiteral("account")), kHuixingyun, command, true, exitCode);
    return p ? qobject_cast<HuixingyunProvider *>(p) : nullptr;
}

bool HuixingyunCommands::wholeNumber(const QString &name, int min, int max, int *value, const QString &command, int *exitCode)
{
    if (!m_commandLine.isSet(name))
        return true;
    bool ok = false;
    const int n = m_commandLine.value(name).toInt(&ok);
    if (!ok || n < min || n > max) {
        *exitCode = m_context.usageError(tr("--%1 takes a whole number from %2 to %3, not \"%4\".")
                                   .arg(name)
                                   .arg(min)
                                   .arg(max)
                                   .arg(m_commandLine.value(name)),
                               command);
        return false;
    }
    *value = n;
    return true;
}

// ---- tokens ---------------------------------------------------------------------------------

std::optional<QString> HuixingyunCommands::password(HuixingyunProvider *p, const QString &command, bool *remembered,
                                                    int *exitCode)
{
    *remembered = false;
    const Account &account = p->session()->account();
    if (m_commandLine.isSet(QStringLiteral("password-stdin"))) {
        const std::optional<QString> line = SecretPrompt::readLine();
        if (!line || line->isEmpty()) {
            *exitCode = m_context.usageError(tr("No password was given on stdin."), command);
            return std::nullopt;
        }
        return line;
    }
    const Result<QString> stored = m_context.readSecret(passwordKey(account.id));
    if (stored && !stored.value().isEmpty()) {
        *remembered = true;
        return stored.value();
    }
    if (SecretPrompt::stdinIsTerminal()) {
        const std::optional<QString> typed =
            SecretPrompt::askHidden(tr("%1 password of %2 (%3): ").arg(platformName(), account.login, account.displayName));
        if (!typed || typed->isEmpty()) {
            *exitCode = m_context.usageError(tr("No password was given."), command);
            return std::nullopt;
        }
        return typed;
    }
    *exitCode = m_context.usageError(tr("The API tokens of %1 are managed with its password: pass it on stdin with --password-stdin, "
                              "or keep it with 'account add --remember-password'.")
                               .arg(account.displayName),
                           command);
    return std::nullopt;
}

int HuixingyunCommands::failWithPassword(const ApiError &error, bool remembered)
{
    const int code = m_context.fail(error);
    if (remembered && error.kind == ApiError::Kind::Auth)
        m_context.out().error(tr("That was the remembered password. Pass the current one with --password-stdin."));
    return code;
}

int HuixingyunCommands::tokens()
{
    const QString sub = m_commandLine.words().value(1);
    if (sub == u"create")
        return createToken();
    if (sub == u"delete")
        return deleteTokens();
    if (sub.isEmpty() || sub == u"list" || sub.startsWith(u'-'))
        return listTokens();
    return m_context.usageError(tr("Unknown tokens subcommand \"%1\" (list, create, delete).").arg(sub), QStringLiteral("tokens"));
}

int HuixingyunCommands::listTokens()
{
    const QString command = QStringLiteral("tokens");
    const int commandWords = m_commandLine.words().value(1) == u"list" ? 2 : 1;
    const QString parseError = m_commandLine.parseCommand(commandWords, {{QStringLiteral("account"), true},
                                                                         {QStringLiteral("password-stdin"), false},
                                                                         {QStringLiteral("reveal"), false}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (!m_commandLine.positionals().isEmpty())
        return m_context.usageError(tr("tokens takes no arguments."), command);
    int exitCode = ExitOk;
    HuixingyunProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    bool remembered = false;
    const std::optional<QString> pw = password(p, command, &remembered, &exitCode);
    if (!pw)
        return exitCode;
    const Result<QList<huixingyun::ApiToken>> listed = awaitResult<QList<huixingyun::ApiToken>>(
        [&](QObject *ctx, auto done) { p->listTokens(*pw, ctx, std::move(done)); });
    if (!listed)
        return failWithPassword(listed.error(), remembered);

    const bool reveal = m_commandLine.isSet(QStringLiteral("reveal"));
    const QString own = p->session()->secret();
    if (m_context.out().json()) {
        QJsonArray items;
        for (const huixingyun::ApiToken &t : listed.value()) {
            items.append(QJsonObject{{QStringLiteral("name"), t.name},
                                     {QStringLiteral("token"), reveal ? t.token : maskToken(t.token)},
                                     {QStringLiteral("scope"), JsonFormat::text(t.scope)},
                                     {QStringLiteral("status"), JsonFormat::text(t.status)},
                                     {QStringLiteral("createdAt"), JsonFormat::time(t.createdAt)},
                                     {QStringLiteral("updatedAt"), JsonFormat::time(t.updatedAt)},
                                     {QStringLiteral("inUse"), t.token == own}});
        }
        m_context.out().printJson(items);
        return ExitOk;
    }
    if (listed.value().isEmpty()) {
        m_context.out().note(tr("No API tokens."));
        return ExitOk;
    }
    TablePrinter table({tr("NAME"), tr("TOKEN"), tr("SCOPE"), tr("STATUS"), tr("CREATED"), tr("IN USE")});
    for (const huixingyun::ApiToken &t : listed.value())
        table.addRow({t.name, reveal ? t.token : maskToken(t.token), TextFormat::orDash(t.scope), TextFormat::orDash(t.status),
                      TextFormat::time(t.createdAt), t.token == own ? QStringLiteral("✓") : QString()});
    m_context.out().printTable(table);
    if (!reveal)
        m_context.out().note(tr("Tokens are masked; --reveal shows them whole."));
    return ExitOk;
}

int HuixingyunCommands::createToken()
{
    const QString command = QStringLiteral("tokens create");
    const QString parseError =
        m_commandLine.parseCommand(2, {{QStringLiteral("account"), true}, {QStringLiteral("password-stdin"), false}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (m_commandLine.positionals().size() != 1 || m_commandLine.positionals().constFirst().trimmed().isEmpty())
        return m_context.usageError(tr("tokens create takes exactly one NAME."), command);
    const QString name = m_commandLine.positionals().constFirst().trimmed();
    int exitCode = ExitOk;
    HuixingyunProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    bool remembered = false;
    const std::optional<QString> pw = password(p, command, &remembered, &exitCode);
    if (!pw)
        return exitCode;
    const Result<huixingyun::ApiToken> created = awaitResult<huixingyun::ApiToken>(
        [&](QObject *ctx, auto done) { p->generateToken(*pw, name, ctx, std::move(done)); });
    if (!created)
        return failWithPassword(created.error(), remembered);

    const huixingyun::ApiToken &t = created.value();
    if (m_context.out().json()) {
        m_context.out().printJson(QJsonObject{{QStringLiteral("name"), t.name},
                                              {QStringLiteral("token"), t.token},
                                              {QStringLiteral("scope"), JsonFormat::text(t.scope)},
                                              {QStringLiteral("status"), JsonFormat::text(t.status)},
                                              {QStringLiteral("createdAt"), JsonFormat::time(t.createdAt)}});
    } else {
        // Only the token on stdout, so that scripts can capture it.
        m_context.out().printLine(t.token);
        m_context.out().note(tr("Created the API token \"%1\". Keep it as secret as a password.").arg(t.name));
    }
    return ExitOk;
}

int HuixingyunCommands::deleteTokens()
{
    const QString command = QStringLiteral("tokens delete");
    const QString parseError = m_commandLine.parseCommand(2, {{QStringLiteral("account"), true},
                                                              {QStringLiteral("password-stdin"), false},
                                                              {QStringLiteral("yes"), false}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    const QStringList wanted = m_commandLine.positionals();
    if (wanted.isEmpty())
        return m_context.usageError(tr("tokens delete needs at least one TOKEN (its value or its name)."), command);
    int exitCode = ExitOk;
    HuixingyunProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    const QString own = p->session()->secret();
    const QString accountName = p->session()->name();
    const auto refuseOwn = [&](const QString &shown) {
        m_context.out().error(tr("%1 is the API token the account %2 signs in with: deleting it would lock suanli-cli out "
                                 "of the account. Add the account again with another token first (account remove, then "
                                 "account add), then delete this one.")
                                  .arg(shown, accountName));
        m_context.out().error(tr("Nothing was deleted."));
        return int(ExitRefused);
    };
    // Refusals come before the password is asked for.
    if (wanted.contains(own))
        return refuseOwn(maskToken(own));
    if (!m_commandLine.isSet(QStringLiteral("yes"))) {
        m_context.out().error(tr("Deleting an API token cannot be undone; whatever uses it stops working."));
        m_context.out().error(tr("Nothing was done. Add --yes to delete %n token(s).", nullptr, int(wanted.size())));
        return ExitRefused;
    }

    bool remembered = false;
    const std::optional<QString> pw = password(p, command, &remembered, &exitCode);
    if (!pw)
        return exitCode;
    const Result<QList<huixingyun::ApiToken>> listed = awaitResult<QList<huixingyun::ApiToken>>(
        [&](QObject *ctx, auto done) { p->listTokens(*pw, ctx, std::move(done)); });
    if (!listed)
        return failWithPassword(listed.error(), remembered);

    // Each argument is a token's value, or the name of exactly one token.
    QStringList values;
    QStringList names;
    for (const QString &arg : wanted) {
        QList<huixingyun::ApiToken> byName;
        std::optional<huixingyun::ApiToken> match;
        for (const huixingyun::ApiToken &t : listed.value()) {
            if (t.token == arg)
                match = t;
            else if (t.name == arg)
                byName.append(t);
        }
        if (!match && byName.size() == 1)
            match = byName.constFirst();
        if (!match) {
            m_context.out().error(byName.size() > 1
                                      ? tr("%n API tokens are named \"%1\": give the token's value instead.", nullptr,
                                           int(byName.size()))
                                            .arg(arg)
                                      : tr("%1: no such API token in account %2.").arg(maskToken(arg), accountName));
            exitCode = ExitFailed;
            continue;
        }
        if (match->token == own)
            return refuseOwn(tr("\"%1\" (%2)").arg(match->name, maskToken(own)));
        if (!values.contains(match->token)) {
            values.append(match->token);
            names.append(match->name);
        }
    }
    if (exitCode != ExitOk) {
        m_context.out().error(tr("Nothing was deleted."));
        return exitCode;
    }

    const Result<Done> deleted =
        awaitResult<Done>([&](QObject *ctx, auto done) { p->deleteTokens(*pw, values, ctx, std::move(done)); });
    if (!deleted)
        return failWithPassword(deleted.error(), remembered);
    if (m_context.out().json()) {
        QJsonArray items;
        for (qsizetype i = 0; i < values.size(); ++i)
            items.append(QJsonObject{{QStringLiteral("name"), names.at(i)}, {QStringLiteral("token"), maskToken(values.at(i))}});
        m_context.out().printJson(QJsonObject{{QStringLiteral("deleted"), items}});
    } else {
        for (qsizetype i = 0; i < values.size(); ++i)
            m_context.out().printLine(tr("Deleted the API token \"%1\" (%2).").arg(names.at(i), maskToken(values.at(i))));
    }
    return ExitOk;
}

// ---- catalogs -------------------------------------------------------------------------------

int HuixingyunCommands::products()
{
    const QString command = QStringLiteral("products");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (!m_commandLine.positionals().isEmpty())
        return m_context.usageError(tr("products takes no arguments."), command);
    int exitCode = ExitOk;
    HuixingyunProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    huixingyun::Client *client = p->client();
    const auto listed = awaitResult<QList<huixingyun::GpuProduct>>(
        [client](QObject *ctx, auto done) { client->products(ctx, std::move(done)); });
    if (!listed)
        return m_context.fail(listed.error());

    if (m_context.out().json()) {
        QJsonArray items;
        for (const huixingyun::GpuProduct &g : listed.value()) {
            items.append(QJsonObject{{QStringLiteral("gpuType"), g.gpuType},
                                     {QStringLiteral("name"), g.name},
                                     {QStringLiteral("zone"), JsonFormat::text(g.roomName)},
                                     {QStringLiteral("gpuRemain"), g.gpuRemain},
                                     {QStringLiteral("gpuRamGb"), g.gpuRamGb},
                                     {QStringLiteral("cpu"), g.cpu},
                                     {QStringLiteral("memoryGb"), g.memoryGb},
                                     {QStringLiteral("systemDiskGb"), g.systemDiskGb},
                                     {QStringLiteral("dataDiskGb"), g.dataDiskGb},
                                     {QStringLiteral("maxExtraDiskGb"), g.diskCapGb}});
        }
        m_context.out().printJson(items);
        return ExitOk;
    }
    TablePrinter table({tr("GPU TYPE"), tr("NAME"), tr("ZONE"), tr("GPUS FREE"), tr("GPU RAM"), tr("CPU"), tr("MEMORY"),
                        tr("DISKS")});
    for (int column : {3, 4, 5, 6})
        table.setRightAligned(column);
    for (const huixingyun::GpuProduct &g : listed.value()) {
        table.addRow({g.gpuType, g.name, TextFormat::orDash(g.roomName), QString::number(g.gpuRemain),
                      tr("%1 GB").arg(g.gpuRamGb), QString::number(g.cpu), tr("%1 GB").arg(g.memoryGb),
                      tr("%1 + %2 GB, up to %3 GB more").arg(g.systemDiskGb).arg(g.dataDiskGb).arg(g.diskCapGb)});
    }
    m_context.out().printTable(table);
    m_context.out().note(tr("The 慧星云 API gives no prices; see them in the web console."));
    return ExitOk;
}

int HuixingyunCommands::apps()
{
    const QString command = QStringLiteral("apps");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (!m_commandLine.positionals().isEmpty())
        return m_context.usageError(tr("apps takes no arguments."), command);
    int exitCode = ExitOk;
    HuixingyunProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    huixingyun::Client *client = p->client();
    const auto listed = awaitResult<QList<huixingyun::AppProduct>>(
        [client](QObject *ctx, auto done) { client->applications(ctx, std::move(done)); });
    if (!listed)
        return m_context.fail(listed.error());

    if (m_context.out().json()) {
        QJsonArray items;
        for (const huixingyun::AppProduct &a : listed.value()) {
            items.append(QJsonObject{{QStringLiteral("appType"), a.appType},
                                     {QStringLiteral("title"), a.title},
                                     {QStringLiteral("cpu"), a.cpu},
                                     {QStringLiteral("memoryGb"), a.memoryGb},
                                     {QStringLiteral("systemDiskGb"), a.systemDiskGb},
                                     {QStringLiteral("dataDiskGb"), a.dataDiskGb}});
        }
        m_context.out().printJson(items);
        return ExitOk;
    }
    TablePrinter table({tr("APP"), tr("TITLE"), tr("CPU"), tr("MEMORY"), tr("DISKS")});
    table.setRightAligned(2);
    table.setRightAligned(3);
    for (const huixingyun::AppProduct &a : listed.value())
        table.addRow({a.appType, a.title, QString::number(a.cpu), tr("%1 GB").arg(a.memoryGb),
                      tr("%1 + %2 GB").arg(a.systemDiskGb).arg(a.dataDiskGb)});
    m_context.out().printTable(table);
    return ExitOk;
}

int HuixingyunCommands::images()
{
    const QString command = QStringLiteral("images");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true},
                                                              {QStringLiteral("gpu-type"), true},
                                                              {QStringLiteral("mine"), false},
                                                              {QStringLiteral("room"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (!m_commandLine.positionals().isEmpty())
        return m_context.usageError(tr("images takes no arguments, only options."), command);
    const bool mine = m_commandLine.isSet(QStringLiteral("mine"));
    const QString gpuType = m_commandLine.value(QStringLiteral("gpu-type")).trimmed();
    const QString room = m_commandLine.value(QStringLiteral("room")).trimmed();
    if (mine && !gpuType.isEmpty())
        return m_context.usageError(tr("Your own images belong to a zone, not a GPU type: use --mine --room ZONE."), command);
    int exitCode = ExitOk;
    HuixingyunProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    huixingyun::Client *client = p->client();

    // Without a GPU type or a zone: those of every product.
    QStringList gpuTypes;
    QStringList rooms;
    if (mine && !room.isEmpty())
        rooms.append(room);
    if (!mine && !gpuType.isEmpty())
        gpuTypes.append(gpuType);
    if (rooms.isEmpty() && gpuTypes.isEmpty()) {
        const auto products = awaitResult<QList<huixingyun::GpuProduct>>(
            [client](QObject *ctx, auto done) { client->products(ctx, std::move(done)); });
        if (!products)
            return m_context.fail(products.error());
        for (const huixingyun::GpuProduct &g : products.value()) {
            if (!room.isEmpty() && g.roomName != room)
                continue;
            if (mine && !g.roomName.isEmpty() && !rooms.contains(g.roomName))
                rooms.append(g.roomName);
            if (!mine && !gpuTypes.contains(g.gpuType))
                gpuTypes.append(g.gpuType);
        }
    }

    QList<huixingyun::Image> found;
    QSet<QString> seen;
    const auto collect = [&](const Result<QList<huixingyun::Image>> &r) {
        if (!r)
            return false;
        for (const huixingyun::Image &i : r.value()) {
            if (seen.contains(i.imageId))
                continue;
            seen.insert(i.imageId);
            found.append(i);
        }
        return true;
    };
    for (const QString &type : std::as_const(gpuTypes)) {
        const auto r = awaitResult<QList<huixingyun::Image>>(
            [client, &type](QObject *ctx, auto done) { client->publicImages(type, ctx, std::move(done)); });
        if (!collect(r))
            return m_context.fail(r.error());
    }
    for (const QString &zone : std::as_const(rooms)) {
        const auto r = awaitResult<QList<huixingyun::Image>>(
            [client, &zone](QObject *ctx, auto done) { client->myImages(zone, ctx, std::move(done)); });
        if (!collect(r))
            return m_context.fail(r.error());
    }

    if (m_context.out().json()) {
        QJsonArray items;
        for (const huixingyun::Image &i : std::as_const(found))
            items.append(imageJson(i));
        m_context.out().printJson(items);
        return ExitOk;
    }
    if (found.isEmpty()) {
        m_context.out().note(mine ? tr("No images of your own.") : tr("No images."));
        return ExitOk;
    }
    TablePrinter table({tr("IMAGE ID"), tr("NAME"), tr("OS"), tr("ZONE"), tr("DESCRIPTION")});
    for (const huixingyun::Image &i : std::as_const(found))
        table.addRow({i.imageId, i.name, TextFormat::orDash(i.os), TextFormat::orDash(i.roomName), TextFormat::orDash(i.description)});
    m_context.out().printTable(table);
    return ExitOk;
}

// ---- orders ---------------------------------------------------------------------------------

int HuixingyunCommands::buy()
{
    const QString command = QStringLiteral("buy");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true},
                                                              {QStringLiteral("product"), true},
                                                              {QStringLiteral("image"), true},
                                                              {QStringLiteral("count"), true},
                                                              {QStringLiteral("gpus"), true},
                                                              {QStringLiteral("pay"), true},
                                                              {QStringLiteral("extra-disk"), true},
                                                              {QStringLiteral("wait"), false},
                                                              {QStringLiteral("yes"), false}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (!m_commandLine.positionals().isEmpty())
        return m_context.usageError(tr("buy takes no arguments, only options."), command);
    for (const QString &required : {QStringLiteral("product"), QStringLiteral("image"), QStringLiteral("pay")}) {
        if (m_commandLine.value(required).trimmed().isEmpty())
            return m_context.usageError(tr("--%1 is required (see 'suanli-cli products' and 'suanli-cli images').").arg(required), command);
    }
    int exitCode = ExitOk;
    huixingyun::BuyRequest request;
    request.gpuType = m_commandLine.value(QStringLiteral("product")).trimmed();
    request.imageId = m_commandLine.value(QStringLiteral("image")).trimmed();
    if (!wholeNumber(QStringLiteral("count"), 1, 1000, &request.count, command, &exitCode)
        || !wholeNumber(QStringLiteral("gpus"), 1, 1000, &request.gpusPerInstance, command, &exitCode)
        || !wholeNumber(QStringLiteral("extra-disk"), 0, 1000000, &request.extraDiskGb, command, &exitCode))
        return exitCode;
    const auto unit = huixingyun::Mapping::payUnitFromKey(m_commandLine.value(QStringLiteral("pay")));
    if (!unit)
        return m_context.usageError(tr("--pay takes hourly, daily or monthly, not \"%1\".").arg(m_commandLine.value(QStringLiteral("pay"))),
                          command);
    request.payUnit = *unit;

    HuixingyunProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    huixingyun::Client *client = p->client();

    // The order is checked against the product as it stands now (GPUs left, disk limits).
    const auto products = awaitResult<QList<huixingyun::GpuProduct>>(
        [client](QObject *ctx, auto done) { client->products(ctx, std::move(done)); });
    if (!products)
        return m_context.fail(products.error());
    std::optional<huixingyun::GpuProduct> product;
    for (const huixingyun::GpuProduct &g : products.value()) {
        if (g.gpuType == request.gpuType)
            product = g;
    }
    if (!product) {
        m_context.out().error(tr("No product has the GPU type \"%1\". See: suanli-cli products").arg(request.gpuType));
        return ExitUsage;
    }
    request.roomName = product->roomName;
    if (const auto problem = HuixingyunProvider::validateBuy(request, *product)) {
        m_context.out().error(*problem);
        return ExitUsage;
    }
    // Images belong to a zone: a public one of this GPU type, or one of the account's own there.
    bool imageFound = false;
    const auto publicImages = awaitResult<QList<huixingyun::Image>>(
        [client, &request](QObject *ctx, auto done) { client->publicImages(request.gpuType, ctx, std::move(done)); });
    if (!publicImages)
        return m_context.fail(publicImages.error());
    for (const huixingyun::Image &i : publicImages.value())
        imageFound = imageFound || i.imageId == request.imageId;
    if (!imageFound && !request.roomName.isEmpty()) {
        const auto mine = awaitResult<QList<huixingyun::Image>>(
            [client, &request](QObject *ctx, auto done) { client->myImages(request.roomName, ctx, std::move(done)); });
        if (!mine)
            return m_context.fail(mine.error());
        for (const huixingyun::Image &i : mine.value())
            imageFound = imageFound || i.imageId == request.imageId;
    }
    if (!imageFound) {
        m_context.out().error(tr("The image %1 cannot be used for %2 (zone %3). See: suanli-cli images --gpu-type %2")
                                  .arg(request.imageId, request.gpuType, TextFormat::orDash(request.roomName)));
        return ExitUsage;
    }

    if (!m_commandLine.isSet(QStringLiteral("yes"))) {
        m_context.out().error(tr("Buying costs money: %n instance(s) of %1 with %2 GPU(s) each, billed %3.", nullptr, request.count)
                                  .arg(product->name)
                                  .arg(request.gpusPerInstance)
                                  .arg(huixingyun::Mapping::payUnitLabel(request.payUnit).toLower()));
        m_context.out().error(tr("Nothing was done. Add --yes to buy."));
        return ExitRefused;
    }
    const Result<huixingyun::OrderOutcome> outcome = awaitResult<huixingyun::OrderOutcome>(
        [&](QObject *ctx, auto done) { p->buy(request, *product, ctx, std::move(done)); });
    if (!outcome)
        return orderFailed(outcome.error());
    return reportOrder(p, outcome.value(), request.count);
}

int HuixingyunCommands::buyApp()
{
    const QString command = QStringLiteral("buy-app");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true},
                                                              {QStringLiteral("app"), true},
                                                              {QStringLiteral("count"), true},
                                                              {QStringLiteral("pay"), true},
                                                              {QStringLiteral("wait"), false},
                                                              {QStringLiteral("yes"), false}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (!m_commandLine.positionals().isEmpty())
        return m_context.usageError(tr("buy-app takes no arguments, only options."), command);
    for (const QString &required : {QStringLiteral("app"), QStringLiteral("pay")}) {
        if (m_commandLine.value(required).trimmed().isEmpty())
            return m_context.usageError(tr("--%1 is required (see 'suanli-cli apps').").arg(required), command);
    }
    int exitCode = ExitOk;
    huixingyun::BuyAppRequest request;
    request.appType = m_commandLine.value(QStringLiteral("app")).trimmed();
    if (!wholeNumber(QStringLiteral("count"), 1, 1000, &request.count, command, &exitCode))
        return exitCode;
    const auto unit = huixingyun::Mapping::payUnitFromKey(m_commandLine.value(QStringLiteral("pay")));
    if (!unit)
        return m_context.usageError(tr("--pay takes hourly, daily or monthly, not \"%1\".").arg(m_commandLine.value(QStringLiteral("pay"))),
                          command);
    request.payUnit = *unit;

    HuixingyunProvider *p = provider(command, &exitCode);
    if (!p)
        return exitCode;
    huixingyun::Client *client = p->client();
    const auto apps = awaitResult<QList<huixingyun::AppProduct>>(
        [client](QObject *ctx, auto done) { client->applications(ctx, std::move(done)); });
    if (!apps)
        return m_context.fail(apps.error());
    std::optional<huixingyun::AppProduct> app;
    QStringList known;
    for (const huixingyun::AppProduct &a : apps.value()) {
        known.append(a.appType);
        if (a.appType == request.appType)
            app = a;
    }
    if (!app) {
        m_context.out().error(tr("No application \"%1\". Known: %2.").arg(request.appType, known.join(QStringLiteral(", "))));
        return ExitUsage;
    }
    if (const auto problem = HuixingyunProvider::validateBuyApplication(request)) {
        m_context.out().error(*problem);
        return ExitUsage;
    }
    if (!m_commandLine.isSet(QStringLiteral("yes"))) {
        m_context.out().error(tr("Buying costs money: %n instance(s) of %1, billed %2.", nullptr, request.count)
                                  .arg(app->title.isEmpty() ? app->appType : app->title,
                                       huixingyun::Mapping::payUnitLabel(request.payUnit).toLower()));
        m_context.out().error(tr("Nothing was done. Add --yes to buy."));
        return ExitRefused;
    }
    const Result<huixingyun::OrderOutcome> outcome = awaitResult<huixingyun::OrderOutcome>(
        [&](QObject *ctx, auto done) { p->buyApplication(request, ctx, std::move(done)); });
    if (!outcome)
        return orderFailed(outcome.error());
    return reportOrder(p, outcome.value(), request.count);
}

int HuixingyunCommands::orderFailed(const ApiError &error)
{
    const int code = m_context.fail(error);
    if (error.ambiguous)
        m_context.out().error(tr("The answer was lost, so the order may have been placed. Check with 'suanli-cli list' "
                                 "before ordering again."));
    return error.kind == ApiError::Kind::Unsupported ? int(ExitUsage) : code;
}

int HuixingyunCommands::reportOrder(HuixingyunProvider *p, const huixingyun::OrderOutcome &outcome, int requested)
{
    // The answer names orders, not instances: --wait looks for the instances they made.
    const bool wait = m_commandLine.isSet(QStringLiteral("wait")) && !outcome.orderUids.isEmpty();
    QStringList instanceIds;
    bool waitedInVain = false;
    QString waitError;
    if (wait) {
        if (!m_context.out().json())
            m_context.out().note(tr("Waiting for the instances of %n order(s)…", nullptr, int(outcome.orderUids.size())));
        QDeadlineTimer deadline(kOrderWaitMs);
        for (;;) {
            const Result<QList<Resource>> found = awaitResult<QList<Resource>>(
                [&](QObject *ctx, auto done) { p->findOrder(outcome.orderUids, ctx, std::move(done)); });
            if (found) {
                instanceIds.clear();
                for (const Resource &r : found.value())
                    instanceIds.append(r.id);
                if (instanceIds.size() >= outcome.orderUids.size())
                    break;
            } else {
                waitError = found.error().toDisplayString();
            }
            if (deadline.hasExpired()) {
                waitedInVain = true;
                break;
            }
            pause(kOrderPollMs);
        }
    }

    if (m_context.out().json()) {
        m_context.out().printJson(QJsonObject{
            {QStringLiteral("requested"), requested},
            {QStringLiteral("succeeded"), outcome.succeeded},
            {QStringLiteral("failed"), outcome.failed},
            {QStringLiteral("orders"), QJsonArray::fromStringList(outcome.orderUids)},
            {QStringLiteral("failures"), QJsonArray::fromStringList(outcome.failures)},
            {QStringLiteral("instances"), wait ? QJsonValue(QJsonArray::fromStringList(instanceIds)) : QJsonValue(QJsonValue::Null)}});
    } else {
        // Only ids on stdout, so that scripts can capture them: the instances with --wait,
        // else the orders.
        for (const QString &id : wait ? instanceIds : outcome.orderUids)
            m_context.out().printLine(id);
        if (wait && !outcome.orderUids.isEmpty())
            m_context.out().note(tr("Orders: %1").arg(outcome.orderUids.join(QStringLiteral(", "))));
        for (const QString &failure : outcome.failures)
            m_context.out().error(tr("Failed: %1").arg(failure));
    }

    if (outcome.succeeded <= 0 && outcome.orderUids.isEmpty()) {
        m_context.out().error(tr("Nothing was bought."));
        return ExitFailed;
    }
    const int bought = qMax(outcome.succeeded, int(outcome.orderUids.size()));
    if (outcome.failed > 0 || bought < requested) {
        m_context.out().error(tr("Only %1 of %n instance(s) were bought; the rest failed. The ones bought are billed.", nullptr,
                                 requested)
                                  .arg(bought));
        return ExitFailed;
    }
    if (waitedInVain) {
        QString text = tr("The order was placed, but its instances did not show up within %n second(s). See: suanli-cli list",
                          nullptr, kOrderWaitMs / 1000);
        if (!waitError.isEmpty())
            text += u'\n' + waitError;
        m_context.out().error(text);
        return ExitFailed;
    }
    if (!m_context.out().json())
        m_context.out().note(tr("Bought %n instance(s).", nullptr, bought));
    return ExitOk;
}

} // namespace suanli::cli
