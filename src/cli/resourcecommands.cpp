#include "resourcecommands.h"

#include "awaitresult.h"
#include "clicontext.h"
#include "commandline.h"
#include "exitcode.h"
#include "jsonformat.h"
#include "output.h"
#include "tableprinter.h"
#include "textformat.h"
#include "usage.h"

#include "core/accountsession.h"
#include "platforms/platformregistry.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace suanli::cli {

namespace {

QStringList kindKeys()
{
    QStringList keys;
    for (int i = int(ResourceKind::Instance); i <= int(ResourceKind::VideoTask); ++i)
        keys.append(ResourceNames::kindKey(ResourceKind(i)));
    return keys;
}

QStringList statusKeys()
{
    QStringList keys;
    for (ResourceStatus s : ResourceNames::allStatuses())
        keys.append(ResourceNames::statusKey(s));
    return keys;
}

QString platformName(const QString &key)
{
    const auto info = PlatformRegistry::find(key);
    return info ? info->displayName : key;
}

// Remembers the first failure of a command that goes over several accounts or ids.
void noteFailure(int *exitCode, int code)
{
    if (*exitCode == ExitOk)
        *exitCode = code;
}

} // namespace

ResourceCommands::ResourceCommands(CliContext &context, CommandLine &commandLine)
    : m_context(context)
    , m_commandLine(commandLine)
{
}

int ResourceCommands::usageError(const QString &message, const QString &command)
{
    m_context.out().error(QStringLiteral("suanli-cli: ") + message);
    m_context.out().error(Usage::hint(command));
    return ExitUsage;
}

int ResourceCommands::list()
{
    const QString command = QStringLiteral("list");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true},
                                                              {QStringLiteral("kind"), true},
                                                              {QStringLiteral("status"), true},
                                                              {QStringLiteral("include-destroyed"), false},
                                                              {QStringLiteral("all"), false}});
    if (!parseError.isEmpty())
        return usageError(parseError, command);
    if (!m_commandLine.positionals().isEmpty())
        return usageError(tr("list takes no arguments: %1").arg(m_commandLine.positionals().join(u' ')), command);

    std::optional<ResourceKind> kind;
    if (m_commandLine.isSet(QStringLiteral("kind"))) {
        kind = ResourceNames::kindFromKey(m_commandLine.value(QStringLiteral("kind")));
        if (!kind)
            return usageError(tr("Unknown kind \"%1\". Valid kinds: %2.")
                                  .arg(m_commandLine.value(QStringLiteral("kind")), kindKeys().join(QStringLiteral(", "))),
                              command);
    }
    std::optional<ResourceStatus> status;
    if (m_commandLine.isSet(QStringLiteral("status"))) {
        status = ResourceNames::statusFromKey(m_commandLine.value(QStringLiteral("status")));
        if (!status)
            return usageError(tr("Unknown status \"%1\". Valid statuses: %2.")
                                  .arg(m_commandLine.value(QStringLiteral("status")), statusKeys().join(QStringLiteral(", "))),
                              command);
    }
    ListOptions options;
    // Asking for destroyed resources means listing them.
    options.includeDestroyed = m_commandLine.isSet(QStringLiteral("include-destroyed")) || m_commandLine.isSet(QStringLiteral("all"))
        || status == ResourceStatus::Destroyed;

    int exitCode = ExitOk;
    const auto selected = m_context.resolveAccounts(m_commandLine.isSet(QStringLiteral("account")),
                                                    m_commandLine.value(QStringLiteral("account")), &exitCode);
    if (!selected)
        return exitCode;
    const QList<Account> accounts = *selected;

    QList<QPair<QString, Resource>> rows;
    for (const Account &account : std::as_const(accounts)) {
        const Result<Provider *> provider = m_context.openProvider(account);
        if (!provider) {
            noteFailure(&exitCode, m_context.fail(provider.error(), account.displayName));
            continue;
        }
        Provider *p = provider.value();
        const Result<QList<Resource>> listed = awaitResult<QList<Resource>>(
            [p, &options](QObject *ctx, auto done) { p->listResources(options, ctx, std::move(done)); });
        if (!listed) {
            noteFailure(&exitCode, m_context.fail(listed.error(), account.displayName));
            continue;
        }
        for (const Resource &r : listed.value()) {
            if (kind && r.kind != *kind)
                continue;
            if (status && r.status != *status)
                continue;
            rows.append({account.displayName, r});
        }
    }

    if (m_context.out().json()) {
        QJsonArray list;
        for (const auto &[accountName, r] : std::as_const(rows))
            list.append(JsonFormat::resource(r, accountName));
        m_context.out().printJson(list);
        return exitCode;
    }
    if (rows.isEmpty()) {
        if (exitCode == ExitOk)
            m_context.out().note(accounts.isEmpty() ? tr("No accounts. Add one with: suanli-cli account add NAME --platform PLATFORM")
                                                    : tr("No resources."));
        return exitCode;
    }
    TablePrinter table({tr("ACCOUNT"), tr("KIND"), tr("ID"), tr("NAME"), tr("STATUS"), tr("GPU"), tr("PRICE/H"),
                        tr("CREATED")});
    table.setRightAligned(6);
    for (const auto &[accountName, r] : std::as_const(rows)) {
        table.addRow({accountName, ResourceNames::kindKey(r.kind), r.id, r.name, TextFormat::status(r), TextFormat::gpu(r),
                      TextFormat::money(r.pricePerHour), TextFormat::time(r.createdAt)});
    }
    m_context.out().printTable(table);
    return exitCode;
}

int ResourceCommands::show()
{
    const QString command = QStringLiteral("show");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true}});
    if (!parseError.isEmpty())
        return usageError(parseError, command);
    if (m_commandLine.positionals().size() != 1)
        return usageError(tr("show takes exactly one ID."), command);
    const QString id = m_commandLine.positionals().constFirst();

    int exitCode = ExitOk;
    const auto account = m_context.resolveAccount(m_commandLine.value(QStringLiteral("account")), &exitCode);
    if (!account)
        return exitCode;
    const Result<Provider *> provider = m_context.openProvider(*account);
    if (!provider)
        return m_context.fail(provider.error());
    Provider *p = provider.value();
    const Result<Resource> found = awaitResult<Resource>([p, &id](QObject *ctx, auto done) { p->resource(id, ctx, std::move(done)); });
    if (!found)
        return m_context.fail(found.error());
    const Resource &r = found.value();

    QStringList allowed;
    for (Action action : p->actions()) {
        if (p->availability(r, action).available)
            allowed.append(p->actionInfo(action).cliName);
    }

    if (m_context.out().json()) {
        QJsonObject o = JsonFormat::resource(r, account->displayName);
        o.insert(QStringLiteral("actions"), QJsonArray::fromStringList(allowed));
        o.insert(QStringLiteral("raw"), r.raw);
        m_context.out().printJson(o);
        return ExitOk;
    }
    TablePrinter table({tr("FIELD"), tr("VALUE")});
    table.addRow({tr("Account"), account->displayName + QStringLiteral(" (") + platformName(r.platform) + u')'});
    table.addRow({tr("ID"), r.id});
    table.addRow({tr("Name"), TextFormat::orDash(r.name)});
    table.addRow({tr("Kind"), ResourceNames::kindKey(r.kind)});
    table.addRow({tr("Status"), TextFormat::status(r)});
    table.addRow({tr("GPU"), TextFormat::gpu(r)});
    table.addRow({tr("Price per hour"), TextFormat::money(r.pricePerHour)});
    table.addRow({tr("Created"), TextFormat::time(r.createdAt)});
    table.addRow({tr("Expires"), TextFormat::time(r.expiresAt)});
    table.addRow({tr("Region"), TextFormat::orDash(r.region)});
    table.addRow({tr("Web URL"), TextFormat::orDash(r.webUrl)});
    table.addRow({tr("Actions now"), allowed.isEmpty() ? QStringLiteral("-") : allowed.join(QStringLiteral(", "))});
    m_context.out().printTable(table);
    return ExitOk;
}

int ResourceCommands::perform(Action action, const QString &command)
{
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true}, {QStringLiteral("yes"), false}});
    if (!parseError.isEmpty())
        return usageError(parseError, command);
    const QStringList ids = m_commandLine.positionals();
    if (ids.isEmpty())
        return usageError(tr("%1 needs at least one ID.").arg(command), command);

    int exitCode = ExitOk;
    const auto account = m_context.resolveAccount(m_commandLine.value(QStringLiteral("account")), &exitCode);
    if (!account)
        return exitCode;
    const Result<Provider *> provider = m_context.createProvider(*account);
    if (!provider)
        return m_context.fail(provider.error());
    Provider *p = provider.value();

    // Refusals come before anything is read or sent.
    if (!p->actions().contains(action)) {
        QString note = p->missingActionNote(action);
        if (note.isEmpty())
            note = tr("%1 does not support \"%2\".").arg(platformName(account->platform), command);
        m_context.out().error(note);
        return ExitRefused;
    }
    const ActionInfo info = p->actionInfo(action);
    if (info.needsConfirmation && !m_commandLine.isSet(QStringLiteral("yes"))) {
        if (!info.warning.isEmpty())
            m_context.out().error(info.warning);
        m_context.out().error(tr("Nothing was done. Add --yes to %1 %2.").arg(command, ids.join(u' ')));
        return ExitRefused;
    }

    const Result<Done> unlocked = m_context.unlock(p);
    if (!unlocked)
        return m_context.fail(unlocked.error());
    ListOptions options;
    options.includeDestroyed = true; // a destroyed id is found, and refused with a reason
    const Result<QList<Resource>> listed = awaitResult<QList<Resource>>(
        [p, &options](QObject *ctx, auto done) { p->listResources(options, ctx, std::move(done)); });
    if (!listed)
        return m_context.fail(listed.error());

    // Every id is checked first: a typo in the third id must not leave the first two done.
    QList<Resource> targets;
    for (const QString &id : ids) {
        const auto it = std::find_if(listed.value().cbegin(), listed.value().cend(), [&id](const Resource &r) { return r.id == id; });
        if (it == listed.value().cend()) {
            m_context.out().error(tr("%1: no such resource in account %2.").arg(id, account->displayName));
            noteFailure(&exitCode, ExitFailed);
            continue;
        }
        const Availability availability = p->availability(*it, action);
        if (!availability.available) {
            m_context.out().error(tr("%1: cannot %2 now (status %3): %4")
                                      .arg(id, command, TextFormat::status(*it), availability.reason));
            noteFailure(&exitCode, ExitRefused);
            continue;
        }
        targets.append(*it);
    }
    if (exitCode != ExitOk) {
        m_context.out().error(tr("Nothing was done."));
        return exitCode;
    }

    QJsonArray results;
    for (const Resource &r : std::as_const(targets)) {
        ActionRequest request;
        request.action = action;
        const Result<Done> done = awaitResult<Done>([p, &r, &request](QObject *ctx, auto completion) {
            p->perform(r, request, ctx, std::move(completion));
        });
        QJsonObject item{{QStringLiteral("id"), r.id}, {QStringLiteral("action"), info.cliName}, {QStringLiteral("ok"), bool(done)}};
        if (done) {
            item.insert(QStringLiteral("error"), QJsonValue::Null);
            if (!m_context.out().json())
                m_context.out().printLine(tr("%1 %2: accepted").arg(command, r.id));
        } else {
            item.insert(QStringLiteral("error"), done.error().toDisplayString());
            m_context.out().error(r.id + QStringLiteral(": ") + done.error().toDisplayString());
            noteFailure(&exitCode, done.error().kind == ApiError::Kind::Unsupported ? int(ExitRefused)
                                                                                     : CliContext::exitCodeFor(done.error()));
        }
        results.append(item);
    }
    if (m_context.out().json())
        m_context.out().printJson(results);
    return exitCode;
}

int ResourceCommands::balance()
{
    const QString command = QStringLiteral("balance");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true}});
    if (!parseError.isEmpty())
        return usageError(parseError, command);
    if (!m_commandLine.positionals().isEmpty())
        return usageError(tr("balance takes no arguments."), command);

    int exitCode = ExitOk;
    const auto selected = m_context.resolveAccounts(m_commandLine.isSet(QStringLiteral("account")),
                                                    m_commandLine.value(QStringLiteral("account")), &exitCode);
    if (!selected)
        return exitCode;
    const QList<Account> accounts = *selected;

    QJsonArray list;
    TablePrinter table({tr("ACCOUNT"), tr("PLATFORM"), tr("BALANCE"), tr("CURRENCY"), tr("EXTRAS")});
    table.setRightAligned(2);
    for (const Account &account : std::as_const(accounts)) {
        const Result<Provider *> provider = m_context.openProvider(account);
        if (!provider) {
            noteFailure(&exitCode, m_context.fail(provider.error(), account.displayName));
            continue;
        }
        Provider *p = provider.value();
        if (!(p->capabilities() & Provider::Capability::Balance)) {
            m_context.out().note(tr("%1: %2 has no balance query.").arg(account.displayName, platformName(account.platform)));
            continue;
        }
        const Result<Balance> b = awaitResult<Balance>([p](QObject *ctx, auto done) { p->balance(ctx, std::move(done)); });
        if (!b) {
            noteFailure(&exitCode, m_context.fail(b.error(), account.displayName));
            continue;
        }
        const Balance &balance = b.value();
        QJsonArray extras;
        Money extraSum;
        for (const BalanceItem &item : balance.extras) {
            extras.append(QJsonObject{{QStringLiteral("label"), item.label},
                                      {QStringLiteral("amount"), item.amount.toDecimalString()},
                                      {QStringLiteral("expiresAt"), JsonFormat::time(item.expires)},
                                      {QStringLiteral("note"), JsonFormat::text(item.note)}});
            extraSum += item.amount;
        }
        list.append(QJsonObject{{QStringLiteral("account"), account.displayName},
                                {QStringLiteral("platform"), account.platform},
                                {QStringLiteral("balance"), balance.available.toDecimalString()},
                                {QStringLiteral("currency"), balance.currency},
                                {QStringLiteral("extras"), extras}});
        table.addRow({account.displayName, platformName(account.platform), balance.available.toDecimalString(), balance.currency,
                      balance.extras.isEmpty() ? QStringLiteral("-")
                                               : tr("%1 in %n item(s)", nullptr, int(balance.extras.size()))
                                                     .arg(extraSum.toDecimalString())});
    }
    if (m_context.out().json())
        m_context.out().printJson(list);
    else if (table.rowCount() > 0)
        m_context.out().printTable(table);
    else if (exitCode == ExitOk)
        m_context.out().note(tr("No accounts. Add one with: suanli-cli account add NAME --platform PLATFORM"));
    return exitCode;
}

} // namespace suanli::cli
