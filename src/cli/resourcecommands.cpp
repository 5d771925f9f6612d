#include "resourcecommands.h"

#include "awaitresult.h"
#include "clicontext.h"
#include "commandline.h"
#include "exitcode.h"
#include "jsonformat.h"
#include "output.h"
#include "tableprinter.h"
#include "textformat.h"
#include "uniscommands.h"
#include "usage.h"

#include "core/accountsession.h"
#include "platforms/platformregistry.h"

#include <QDir>
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

// The widest status cell of the list, in terminal cells.
constexpr int kStatusCells = 40;

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

int ResourceCommands::list()
{
    const QString command = QStringLiteral("list");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true},
                                                              {QStringLiteral("kind"), true},
                                                              {QStringLiteral("status"), true},
                                                              {QStringLiteral("include-destroyed"), false},
                                                              {QStringLiteral("all"), false}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (!m_commandLine.positionals().isEmpty())
        return m_context.usageError(tr("list takes no arguments: %1").arg(m_commandLine.positionals().join(u' ')), command);

    std::optional<ResourceKind> kind;
    if (m_commandLine.isSet(QStringLiteral("kind"))) {
        kind = ResourceNames::kindFromKey(m_commandLine.value(QStringLiteral("kind")));
        if (!kind)
            return m_context.usageError(tr("Unknown kind \"%1\". Valid kinds: %2.")
                                  .arg(m_commandLine.value(QStringLiteral("kind")), kindKeys().join(QStringLiteral(", "))),
                              command);
    }
    std::optional<ResourceStatus> status;
    if (m_commandLine.isSet(QStringLiteral("status"))) {
        status = ResourceNames::statusFromKey(m_commandLine.value(QStringLiteral("status")));
        if (!status)
            return m_context.usageError(tr("Unknown status \"%1\". Valid statuses: %2.")
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
        // A job platform reads only the kind asked for.
        const UnisCommands::Lister lister = UnisCommands::lister(p, kind);
        const Result<QList<Resource>> listed = awaitResult<QList<Resource>>([p, &options, &lister](QObject *ctx, auto done) {
            if (lister)
                lister(ctx, std::move(done));
            else
                p->listResources(options, ctx, std::move(done));
        });
        if (!listed) {
            noteFailure(&exitCode, m_context.fail(listed.error(), account.displayName));
            continue;
        }
        // Job platforms list each kind on its own: what one kind could not list is said.
        for (const QString &problem : UnisCommands::listProblems(p)) {
            m_context.out().error(account.displayName + QStringLiteral(": ") + problem);
            noteFailure(&exitCode, ExitFailed);
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
    // Jobs have a creator and a run time; instances have neither.
    const bool jobs = std::any_of(rows.cbegin(), rows.cend(), [](const QPair<QString, Resource> &row) {
        return !row.second.creator.isEmpty() || row.second.startedAt.isValid();
    });
    QStringList headers{tr("ACCOUNT"), tr("KIND"), tr("ID"), tr("NAME"), tr("STATUS"), tr("GPU"), tr("PRICE/H"), tr("CREATED")};
    if (jobs)
        headers += {tr("CREATOR"), tr("RUN TIME")};
    TablePrinter table(headers);
    table.setRightAligned(6);
    if (jobs)
        table.setRightAligned(9);
    for (const auto &[accountName, r] : std::as_const(rows)) {
        // A platform's status text can carry a whole error message: `show` has it in full.
        QString status = TextFormat::status(r);
        if (TablePrinter::displayWidth(status) > kStatusCells) {
            qsizetype keep = 0;
            while (keep < status.size() && TablePrinter::displayWidth(QStringView(status).left(keep + 1)) < kStatusCells)
                ++keep;
            status = status.left(keep) + QStringLiteral("…");
        }
        QStringList cells{accountName, ResourceNames::kindKey(r.kind), r.id, r.name, status, TextFormat::gpu(r),
                          TextFormat::money(r.pricePerHour), TextFormat::time(r.createdAt)};
        if (jobs)
            cells += {TextFormat::orDash(r.creator), TextFormat::runTime(r)};
        table.addRow(cells);
    }
    m_context.out().printTable(table);
    return exitCode;
}

int ResourceCommands::show()
{
    const QString command = QStringLiteral("show");
    const QString parseError =
        m_commandLine.parseCommand(1, {{QStringLiteral("account"), true}, {QStringLiteral("reveal-password"), false}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (m_commandLine.positionals().size() != 1)
        return m_context.usageError(tr("show takes exactly one ID."), command);
    const bool revealPassword = m_commandLine.isSet(QStringLiteral("reveal-password"));
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
        // The SSH password is a secret: only when asked for by name.
        if (r.remote.isValid()) {
            o.insert(QStringLiteral("remote"),
                     QJsonObject{{QStringLiteral("host"), r.remote.host},
                                 {QStringLiteral("port"), r.remote.port},
                                 {QStringLiteral("user"), JsonFormat::text(r.remote.user)},
                                 {QStringLiteral("password"), revealPassword ? JsonFormat::text(r.remote.password)
                                                                             : QJsonValue(QJsonValue::Null)}});
        } else {
            o.insert(QStringLiteral("remote"), QJsonValue::Null);
        }
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
    if (!r.creator.isEmpty())
        table.addRow({tr("Creator"), r.creator});
    if (r.cpuCores > 0)
        table.addRow({tr("CPU cores"), QString::number(r.cpuCores)});
    if (r.memoryGb > 0)
        table.addRow({tr("Memory"), tr("%1 GB").arg(r.memoryGb)});
    if (r.startedAt.isValid()) {
        table.addRow({tr("Started"), TextFormat::time(r.startedAt)});
        table.addRow({tr("Finished"), TextFormat::time(r.finishedAt)});
        table.addRow({tr("Run time"), TextFormat::runTime(r)});
    }
    if (!r.billing.isEmpty())
        table.addRow({tr("Billing"), r.billing});
    if (r.remote.isValid()) {
        table.addRow({tr("SSH host"), r.remote.host});
        table.addRow({tr("SSH port"), QString::number(r.remote.port)});
        table.addRow({tr("SSH user"), TextFormat::orDash(r.remote.user)});
        if (!r.remote.password.isEmpty())
            table.addRow({tr("SSH password"), revealPassword ? r.remote.password : tr("(hidden; use --reveal-password)")});
    }
    table.addRow({tr("Actions now"), allowed.isEmpty() ? QStringLiteral("-") : allowed.join(QStringLiteral(", "))});
    m_context.out().printTable(table);
    return ExitOk;
}

int ResourceCommands::perform(Action action, const QString &command)
{
    QList<CommandLine::Option> options{{QStringLiteral("account"), true}, {QStringLiteral("yes"), false}};
    switch (action) {
    case Action::Stop: options.append({QStringLiteral("cardless"), false}); break;
    case Action::Rebuild: options.append({QStringLiteral("image"), true}); break;
    case Action::Snapshot: options.append({QStringLiteral("name"), true}); break;
    case Action::RegisterModel: options.append({QStringLiteral("name"), true}); break;
    case Action::ChangeBilling: options.append({QStringLiteral("pay"), true}); break;
    case Action::Renew: options.append({QStringLiteral("periods"), true}); break;
    default: break;
    }
    const QString parseError = m_commandLine.parseCommand(1, options);
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    const QStringList ids = m_commandLine.positionals();
    if (ids.isEmpty())
        return m_context.usageError(tr("%1 needs at least one ID.").arg(command), command);

    // What the action needs besides the ids.
    ActionRequest request;
    request.action = action;
    switch (action) {
    case Action::Stop:
        if (m_commandLine.isSet(QStringLiteral("cardless")))
            request.action = Action::StopCardless;
        break;
    case Action::Rebuild:
        request.imageId = m_commandLine.value(QStringLiteral("image")).trimmed();
        if (request.imageId.isEmpty())
            return m_context.usageError(tr("rebuild needs --image IMAGE_ID (see 'suanli-cli images')."), command);
        break;
    case Action::Snapshot:
        request.name = m_commandLine.value(QStringLiteral("name")).trimmed();
        if (ids.size() != 1)
            return m_context.usageError(tr("snapshot takes exactly one ID: an image is saved from one instance at a time."), command);
        if (request.name.isEmpty())
            return m_context.usageError(tr("snapshot needs --name NAME for the new image."), command);
        break;
    case Action::RegisterModel:
        request.name = m_commandLine.value(QStringLiteral("name")).trimmed();
        if (ids.size() != 1)
            return m_context.usageError(tr("register-model takes exactly one ID: a job that succeeded."), command);
        if (request.name.isEmpty())
            return m_context.usageError(tr("register-model needs --name NAME for the new model."), command);
        break;
    case Action::ChangeBilling:
        request.billing = m_commandLine.value(QStringLiteral("pay")).trimmed().toLower();
        if (request.billing != u"daily" && request.billing != u"monthly")
            return m_context.usageError(tr("--pay takes daily or monthly, not \"%1\".").arg(m_commandLine.value(QStringLiteral("pay"))),
                              command);
        break;
    case Action::Renew: {
        bool ok = false;
        request.periods = m_commandLine.value(QStringLiteral("periods")).toInt(&ok);
        if (!m_commandLine.isSet(QStringLiteral("periods")))
            return m_context.usageError(tr("renew needs --periods N (days or months, as the instance is billed)."), command);
        if (!ok || request.periods < 1)
            return m_context.usageError(tr("--periods takes a whole number of days or months, not \"%1\".")
                                  .arg(m_commandLine.value(QStringLiteral("periods"))),
                              command);
        break;
    }
    default:
        break;
    }
    const QString shownCommand = request.action == Action::StopCardless ? QStringLiteral("stop --cardless") : command;

    int exitCode = ExitOk;
    const auto account = m_context.resolveAccount(m_commandLine.value(QStringLiteral("account")), &exitCode);
    if (!account)
        return exitCode;
    const Result<Provider *> provider = m_context.createProvider(*account);
    if (!provider)
        return m_context.fail(provider.error());
    Provider *p = provider.value();

    // Refusals come before anything is read or sent.
    if (!p->actions().contains(request.action)) {
        QString note = p->missingActionNote(request.action);
        if (note.isEmpty())
            note = tr("%1 does not support \"%2\".").arg(platformName(account->platform), shownCommand);
        m_context.out().error(note);
        return ExitRefused;
    }
    const ActionInfo info = p->actionInfo(request.action);
    if (info.needsConfirmation && !m_commandLine.isSet(QStringLiteral("yes"))) {
        if (!info.warning.isEmpty())
            m_context.out().error(info.warning);
        m_context.out().error(tr("Nothing was done. Add --yes to %1 %2.").arg(shownCommand, ids.join(u' ')));
        return ExitRefused;
    }

    const Result<Done> unlocked = m_context.unlock(p);
    if (!unlocked)
        return m_context.fail(unlocked.error());
    ListOptions listOptions;
    listOptions.includeDestroyed = true; // a destroyed id is found, and refused with a reason
    const Result<QList<Resource>> listed = awaitResult<QList<Resource>>(
        [p, &listOptions](QObject *ctx, auto done) { p->listResources(listOptions, ctx, std::move(done)); });
    if (!listed)
        return m_context.fail(listed.error());

    // Every id is checked first: a typo in the third id must not leave the first two done.
    const bool batch = p->capabilities().testFlag(Provider::Capability::BatchActions);
    QList<Resource> targets;
    QStringList refusals;
    for (const QString &id : ids) {
        const auto it = std::find_if(listed.value().cbegin(), listed.value().cend(), [&id](const Resource &r) { return r.id == id; });
        if (it == listed.value().cend()) {
            m_context.out().error(tr("%1: no such resource in account %2.").arg(id, account->displayName));
            noteFailure(&exitCode, ExitFailed);
            continue;
        }
        if (std::any_of(targets.cbegin(), targets.cend(), [&id](const Resource &r) { return r.id == id; }))
            continue; // named twice, acted on once
        const Availability availability = p->availability(*it, request.action);
        if (!availability.available) {
            refusals.append(tr("%1: cannot %2 now (status %3): %4")
                                .arg(id, shownCommand, TextFormat::status(*it), availability.reason));
        }
        targets.append(*it);
    }
    // One request answers per id, so the ids that cannot be acted on now fail on their own
    // there; only when none can is the whole command refused.
    const bool refuseAll = batch ? refusals.size() == targets.size() : !refusals.isEmpty();
    if (exitCode != ExitOk || refuseAll) {
        for (const QString &refusal : std::as_const(refusals))
            m_context.out().error(refusal);
        noteFailure(&exitCode, ExitRefused);
        m_context.out().error(tr("Nothing was done."));
        return exitCode;
    }
    if (batch)
        return performBatch(p, request, targets, shownCommand);

    QJsonArray results;
    for (const Resource &r : std::as_const(targets)) {
        const Result<Done> done = awaitResult<Done>([p, &r, &request](QObject *ctx, auto completion) {
            p->perform(r, request, ctx, std::move(completion));
        });
        QJsonObject item{{QStringLiteral("id"), r.id}, {QStringLiteral("action"), info.cliName}, {QStringLiteral("ok"), bool(done)}};
        if (done) {
            item.insert(QStringLiteral("error"), QJsonValue::Null);
            if (!m_context.out().json())
                m_context.out().printLine(tr("%1 %2: accepted").arg(shownCommand, r.id));
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

int ResourceCommands::performBatch(Provider *p, const ActionRequest &request, const QList<Resource> &targets,
                                   const QString &command)
{
    const ActionInfo info = p->actionInfo(request.action);
    Result<BatchOutcome> outcome = BatchOutcome{};
    if (targets.size() == 1) {
        // The same single request, but its error keeps its kind: a refusal made before
        // sending (an OS the image does not match, a period the billing does not allow) is
        // told apart from a failure.
        const Resource &r = targets.constFirst();
        const Result<Done> done = awaitResult<Done>([p, &r, &request](QObject *ctx, auto completion) {
            p->perform(r, request, ctx, std::move(completion));
        });
        if (done)
            outcome.value().succeeded.append(r.id);
        else
            outcome = done.error();
    } else {
        outcome = awaitResult<BatchOutcome>([p, &targets, &request](QObject *ctx, auto done) {
            p->performBatch(targets, request, ctx, std::move(done));
        });
    }
    if (!outcome) {
        // The request as a whole was refused or failed: every id shares that answer.
        const ApiError &error = outcome.error();
        if (m_context.out().json()) {
            QJsonArray results;
            for (const Resource &r : targets)
                results.append(QJsonObject{{QStringLiteral("id"), r.id},
                                           {QStringLiteral("action"), info.cliName},
                                           {QStringLiteral("ok"), false},
                                           {QStringLiteral("error"), error.toDisplayString()}});
            m_context.out().printJson(results);
        }
        const int code = m_context.fail(error, targets.size() == 1 ? targets.constFirst().id : QString());
        if (outcome.error().ambiguous)
            m_context.out().error(tr("The answer was lost, so the action may have been taken. Check with 'suanli-cli list' "
                                     "before trying again."));
        return outcome.error().kind == ApiError::Kind::Unsupported ? int(ExitRefused) : code;
    }

    QJsonArray results;
    int failures = 0;
    for (const Resource &r : targets) {
        const bool ok = outcome.value().succeeded.contains(r.id);
        QString reason;
        if (!ok) {
            ++failures;
            reason = tr("no answer for this id");
            for (const auto &[id, why] : outcome.value().failed) {
                if (id == r.id)
                    reason = why;
            }
        }
        results.append(QJsonObject{{QStringLiteral("id"), r.id},
                                   {QStringLiteral("action"), info.cliName},
                                   {QStringLiteral("ok"), ok},
                                   {QStringLiteral("error"), ok ? QJsonValue(QJsonValue::Null) : QJsonValue(reason)}});
        if (!m_context.out().json())
            m_context.out().printLine(ok ? QString(QStringLiteral("✓ ") + r.id)
                                         : QString(QStringLiteral("✗ ") + r.id + QStringLiteral(": ") + reason));
    }
    if (m_context.out().json())
        m_context.out().printJson(results);
    if (failures > 0) {
        m_context.out().error(tr("%1: %2 of %n failed.", nullptr, int(targets.size())).arg(command).arg(failures));
        return ExitFailed;
    }
    // What to expect next (a snapshot finishes later, a card-less start may find no GPU).
    if (!info.needsConfirmation && !info.warning.isEmpty() && !m_context.out().json())
        m_context.out().note(info.warning);
    return ExitOk;
}

int ResourceCommands::balance()
{
    const QString command = QStringLiteral("balance");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (!m_commandLine.positionals().isEmpty())
        return m_context.usageError(tr("balance takes no arguments."), command);

    int exitCode = ExitOk;
    const auto selected = m_context.resolveAccounts(m_commandLine.isSet(QStringLiteral("account")),
                                                    m_commandLine.value(QStringLiteral("account")), &exitCode);
    if (!selected)
        return exitCode;
    const QList<Account> accounts = *selected;

    QJsonArray list;
    TablePrinter table({tr("ACCOUNT"), tr("PLATFORM"), tr("BALANCE"), tr("CURRENCY"), tr("EXTRAS")});
    table.setRightAligned(2);
    const bool named = m_commandLine.isSet(QStringLiteral("account"));
    for (const Account &account : std::as_const(accounts)) {
        const Result<Provider *> provider = m_context.createProvider(account);
        if (!provider) {
            noteFailure(&exitCode, m_context.fail(provider.error(), account.displayName));
            continue;
        }
        Provider *p = provider.value();
        if (!(p->capabilities() & Provider::Capability::Balance)) {
            // Over every account the others still count; asked for by name, it is a refusal.
            const QString note = tr("%1: %2 has no balance query in its API; see the balance in its web console.")
                                     .arg(account.displayName, platformName(account.platform));
            if (named) {
                m_context.out().error(note);
                noteFailure(&exitCode, ExitRefused);
            } else {
                m_context.out().note(note);
            }
            continue;
        }
        if (const Result<Done> unlocked = m_context.unlock(p); !unlocked) {
            noteFailure(&exitCode, m_context.fail(unlocked.error(), account.displayName));
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
    else if (exitCode == ExitOk && accounts.isEmpty())
        m_context.out().note(tr("No accounts. Add one with: suanli-cli account add NAME --platform PLATFORM"));
    return exitCode;
}

} // namespace suanli::cli
