#include "chenyucommands.h"

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
#include "core/timeparse.h"
#include "platforms/chenyu/chenyumapping.h"
#include "platforms/chenyu/chenyuprovider.h"
#include "platforms/platformregistry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace suanli::cli {

using chenyu::ChenyuProvider;

namespace {

const QString kChenyu = QStringLiteral("chenyu");

QString moneyText(const Money &m)
{
    return m.toDecimalString();
}

} // namespace

ChenyuCommands::ChenyuCommands(CliContext &context, CommandLine &commandLine)
    : m_context(context)
    , m_commandLine(commandLine)
{
}

ChenyuProvider *ChenyuCommands::provider(const QString &command, bool unlock, int *exitCode)
{
    Provider *p = m_context.platformProvider(m_commandLine.value(QStringLiteral("account")), kChenyu, command, unlock, exitCode);
    return p ? qobject_cast<ChenyuProvider *>(p) : nullptr;
}

bool ChenyuCommands::paging(const QString &command, int *page, int *pageSize, QString *keyword, int *exitCode)
{
    auto number = [&](const QString &name, int min, int max, int *out) {
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
        *out = n;
        return true;
    };
    if (!number(QStringLiteral("page"), 1, 1000000, page))
        return false;
    if (!number(QStringLiteral("page-size"), 1, chenyu::Client::kMaxPageSize, pageSize))
        return false;
    *keyword = m_commandLine.value(QStringLiteral("keyword"));
    return true;
}

int ChenyuCommands::create()
{
    const QString command = QStringLiteral("create");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true},
                                                              {QStringLiteral("pod"), true},
                                                              {QStringLiteral("gpu-model"), true},
                                                              {QStringLiteral("image-tag"), true},
                                                              {QStringLiteral("auto-start"), false},
                                                              {QStringLiteral("yes"), false}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (!m_commandLine.positionals().isEmpty())
        return m_context.usageError(tr("create takes no arguments, only options."), command);
    for (const QString &required : {QStringLiteral("pod"), QStringLiteral("gpu-model"), QStringLiteral("image-tag")}) {
        if (m_commandLine.value(required).isEmpty())
            return m_context.usageError(tr("--%1 is required (see 'suanli-cli pods' and 'suanli-cli gpus').").arg(required), command);
    }

    int exitCode = ExitOk;
    ChenyuProvider *p = provider(command, false, &exitCode);
    if (!p)
        return exitCode;
    if (!m_commandLine.isSet(QStringLiteral("yes"))) {
        m_context.out().error(tr("Creating an instance costs money: it is billed by the hour once it runs."));
        m_context.out().error(tr("Nothing was done. Add --yes to create it."));
        return ExitRefused;
    }
    const Result<Done> unlocked = m_context.unlock(p);
    if (!unlocked)
        return m_context.fail(unlocked.error());

    chenyu::CreateInstanceParams params;
    params.podUuid = m_commandLine.value(QStringLiteral("pod"));
    params.gpuModelUuid = m_commandLine.value(QStringLiteral("gpu-model"));
    params.imageTag = m_commandLine.value(QStringLiteral("image-tag"));
    params.autoStart = m_commandLine.isSet(QStringLiteral("auto-start"));
    chenyu::Client *client = p->client();
    const Result<chenyu::Instance> created = awaitResult<chenyu::Instance>(
        [client, &params](QObject *ctx, auto done) { client->createInstance(params, ctx, std::move(done)); });
    if (!created)
        return m_context.fail(created.error());

    const Resource r = chenyu::Mapping::toResource(created.value(), p->session()->account().id);
    if (m_context.out().json()) {
        m_context.out().printJson(JsonFormat::resource(r, p->session()->name()));
    } else {
        // Only the id on stdout, so that scripts can capture it.
        m_context.out().printLine(r.id);
        m_context.out().note(tr("Created %1 (%2, %3 per hour).").arg(r.name, TextFormat::gpu(r), TextFormat::money(r.pricePerHour)));
    }
    return ExitOk;
}

int ChenyuCommands::shutdownAt()
{
    const QString command = QStringLiteral("shutdown-at");
    const QString parseError =
        m_commandLine.parseCommand(1, {{QStringLiteral("account"), true}, {QStringLiteral("cancel"), false}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    const bool cancel = m_commandLine.isSet(QStringLiteral("cancel"));
    const QStringList args = m_commandLine.positionals();
    if (cancel && args.size() != 1)
        return m_context.usageError(tr("shutdown-at ID --cancel takes exactly one ID."), command);
    if (!cancel && args.size() != 2)
        return m_context.usageError(tr("shutdown-at takes an ID and a time \"YYYY-MM-DD HH:MM:SS\" (or --cancel)."), command);
    const QString id = args.at(0);

    QDateTime when;
    if (!cancel) {
        // The platform takes China Standard Time wall-clock text; so does the command line.
        static const QRegularExpression shape(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$)"));
        const QRegularExpressionMatch m = shape.match(args.at(1).trimmed());
        if (m.hasMatch()) {
            const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
            if (date.isValid() && time.isValid())
                when = QDateTime(date, time, chinaTimeZone());
        }
        if (!when.isValid())
            return m_context.usageError(tr("\"%1\" is not a time of the form \"YYYY-MM-DD HH:MM:SS\".").arg(args.at(1)), command);
        if (when <= QDateTime::currentDateTimeUtc())
            return m_context.usageError(tr("%1 (China Standard Time) is not in the future.").arg(formatChinaWallClock(when)), command);
    }

    int exitCode = ExitOk;
    ChenyuProvider *p = provider(command, true, &exitCode);
    if (!p)
        return exitCode;
    const Result<Resource> found = awaitResult<Resource>([p, &id](QObject *ctx, auto done) { p->resource(id, ctx, std::move(done)); });
    if (!found)
        return m_context.fail(found.error());
    ActionRequest request;
    request.action = cancel ? Action::CancelScheduledShutdown : Action::ScheduleShutdown;
    request.when = when;
    const Availability availability = p->availability(found.value(), request.action);
    if (!availability.available) {
        m_context.out().error(tr("%1: %2").arg(id, availability.reason));
        return ExitRefused;
    }
    const Result<Done> done = awaitResult<Done>([p, &found, &request](QObject *ctx, auto completion) {
        p->perform(found.value(), request, ctx, std::move(completion));
    });
    if (!done) {
        const int code = m_context.fail(done.error());
        return done.error().kind == ApiError::Kind::Unsupported ? int(ExitRefused) : code;
    }

    if (m_context.out().json()) {
        m_context.out().printJson(QJsonObject{{QStringLiteral("id"), id},
                                              {QStringLiteral("cancelled"), cancel},
                                              {QStringLiteral("shutdownAt"), JsonFormat::time(when)}});
    } else if (cancel) {
        m_context.out().printLine(tr("Cancelled the scheduled shutdown of %1.").arg(id));
    } else {
        m_context.out().printLine(tr("%1 shuts down at %2 China Standard Time (%3 local time).")
                                      .arg(id, formatChinaWallClock(when),
                                           when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    }
    return ExitOk;
}

int ChenyuCommands::gpus()
{
    const QString command = QStringLiteral("gpus");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (!m_commandLine.positionals().isEmpty())
        return m_context.usageError(tr("gpus takes no arguments."), command);
    int exitCode = ExitOk;
    ChenyuProvider *p = provider(command, true, &exitCode);
    if (!p)
        return exitCode;
    chenyu::Client *client = p->client();
    const Result<chenyu::GpuCatalog> catalog =
        awaitResult<chenyu::GpuCatalog>([client](QObject *ctx, auto done) { client->gpuModels(ctx, std::move(done)); });
    if (!catalog)
        return m_context.fail(catalog.error());

    if (m_context.out().json()) {
        QJsonArray items;
        for (const chenyu::GpuModel &g : catalog.value().models) {
            items.append(QJsonObject{{QStringLiteral("uuid"), g.uuid},
                                     {QStringLiteral("title"), g.title},
                                     {QStringLiteral("desc"), g.desc},
                                     {QStringLiteral("pricePerHour"), moneyText(g.price)},
                                     {QStringLiteral("remark"), g.remark},
                                     {QStringLiteral("status"), g.status},
                                     {QStringLiteral("statusText"), g.statusText},
                                     {QStringLiteral("freeText"), g.freeText},
                                     {QStringLiteral("createdAt"), JsonFormat::time(g.createdAt)}});
        }
        m_context.out().printJson(QJsonObject{{QStringLiteral("noCardPricePerHour"), moneyText(catalog.value().noCardPrice)},
                                              {QStringLiteral("items"), items}});
        return ExitOk;
    }
    TablePrinter table({tr("UUID"), tr("GPU"), tr("PRICE/H"), tr("FREE"), tr("STATUS"), tr("DESCRIPTION")});
    table.setRightAligned(2);
    for (const chenyu::GpuModel &g : catalog.value().models)
        table.addRow({g.uuid, g.title, moneyText(g.price), TextFormat::orDash(g.freeText), TextFormat::orDash(g.statusText),
                      TextFormat::orDash(g.desc)});
    m_context.out().printTable(table);
    m_context.out().printLine(tr("Without a GPU: %1 per hour.").arg(moneyText(catalog.value().noCardPrice)));
    return ExitOk;
}

int ChenyuCommands::pods()
{
    const QString command = QStringLiteral("pods");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true},
                                                              {QStringLiteral("page"), true},
                                                              {QStringLiteral("page-size"), true},
                                                              {QStringLiteral("keyword"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (!m_commandLine.positionals().isEmpty())
        return m_context.usageError(tr("pods takes no arguments."), command);
    int exitCode = ExitOk;
    int page = 1;
    int pageSize = 20;
    QString keyword;
    if (!paging(command, &page, &pageSize, &keyword, &exitCode))
        return exitCode;
    ChenyuProvider *p = provider(command, true, &exitCode);
    if (!p)
        return exitCode;
    chenyu::Client *client = p->client();

    Page<chenyu::Pod> result;
    const bool paged = m_commandLine.isSet(QStringLiteral("page")) || m_commandLine.isSet(QStringLiteral("page-size"))
        || m_commandLine.isSet(QStringLiteral("keyword"));
    if (paged) {
        const auto r = awaitResult<Page<chenyu::Pod>>([&](QObject *ctx, auto done) {
            client->pods(page, pageSize, keyword, ctx, std::move(done));
        });
        if (!r)
            return m_context.fail(r.error());
        result = r.value();
    } else {
        // Without paging options: the whole catalog.
        const auto r = awaitResult<QList<chenyu::Pod>>([client](QObject *ctx, auto done) { client->allPods(ctx, std::move(done)); });
        if (!r)
            return m_context.fail(r.error());
        result.items = r.value();
        result.total = int(result.items.size());
        result.page = 1;
        result.pageSize = int(result.items.size());
    }

    if (m_context.out().json()) {
        QJsonArray items;
        for (const chenyu::Pod &pod : std::as_const(result.items)) {
            items.append(QJsonObject{{QStringLiteral("uuid"), pod.uuid},
                                     {QStringLiteral("title"), pod.title},
                                     {QStringLiteral("podName"), pod.podName},
                                     {QStringLiteral("imageTags"), QJsonArray::fromStringList(pod.imageTags)},
                                     {QStringLiteral("imageTag"), pod.imageTag},
                                     {QStringLiteral("status"), pod.status},
                                     {QStringLiteral("statusText"), pod.statusText},
                                     {QStringLiteral("createdAt"), JsonFormat::time(pod.createdAt)}});
        }
        m_context.out().printJson(QJsonObject{{QStringLiteral("total"), result.total},
                                              {QStringLiteral("page"), result.page},
                                              {QStringLiteral("pageSize"), result.pageSize},
                                              {QStringLiteral("items"), items}});
        return ExitOk;
    }
    TablePrinter table({tr("UUID"), tr("TITLE"), tr("NAME"), tr("IMAGE TAGS"), tr("DEFAULT TAG"), tr("STATUS")});
    for (const chenyu::Pod &pod : std::as_const(result.items))
        table.addRow({pod.uuid, pod.title, pod.podName, pod.imageTags.join(QStringLiteral(", ")), TextFormat::orDash(pod.imageTag),
                      TextFormat::orDash(pod.statusText)});
    m_context.out().printTable(table);
    if (paged)
        m_context.out().printLine(tr("Page %1, %2 of %3 pods.").arg(result.page).arg(result.items.size()).arg(result.total));
    return ExitOk;
}

int ChenyuCommands::bills()
{
    return pagedCommand(QStringLiteral("bills"), true);
}

int ChenyuCommands::recharges()
{
    return pagedCommand(QStringLiteral("recharges"), false);
}

int ChenyuCommands::pagedCommand(const QString &command, bool bills)
{
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true},
                                                              {QStringLiteral("page"), true},
                                                              {QStringLiteral("page-size"), true},
                                                              {QStringLiteral("keyword"), true}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    if (!m_commandLine.positionals().isEmpty())
        return m_context.usageError(tr("%1 takes no arguments.").arg(command), command);
    int exitCode = ExitOk;
    int page = 1;
    int pageSize = 20;
    QString keyword;
    if (!paging(command, &page, &pageSize, &keyword, &exitCode))
        return exitCode;
    ChenyuProvider *p = provider(command, true, &exitCode);
    if (!p)
        return exitCode;
    chenyu::Client *client = p->client();

    int total = 0;
    QJsonArray items;
    std::unique_ptr<TablePrinter> table;
    if (bills) {
        const auto r = awaitResult<Page<chenyu::BillRecord>>([&](QObject *ctx, auto done) {
            client->bills(page, pageSize, keyword, ctx, std::move(done));
        });
        if (!r)
            return m_context.fail(r.error());
        total = r.value().total;
        table = std::make_unique<TablePrinter>(QStringList{tr("TIME"), tr("ORDER"), tr("AMOUNT"), tr("CARD"), tr("DESCRIPTION")});
        table->setRightAligned(2);
        for (const chenyu::BillRecord &b : r.value().items) {
            items.append(QJsonObject{{QStringLiteral("createdAt"), JsonFormat::time(b.createdAt)},
                                     {QStringLiteral("orderNo"), b.orderNo},
                                     {QStringLiteral("amount"), moneyText(b.occurredAmount)},
                                     {QStringLiteral("cardText"), JsonFormat::text(b.cardText)},
                                     {QStringLiteral("description"), b.show}});
            table->addRow({TextFormat::time(b.createdAt), b.orderNo, moneyText(b.occurredAmount), TextFormat::orDash(b.cardText),
                           b.show});
        }
    } else {
        const auto r = awaitResult<Page<chenyu::RechargeRecord>>([&](QObject *ctx, auto done) {
            client->recharges(page, pageSize, keyword, ctx, std::move(done));
        });
        if (!r)
            return m_context.fail(r.error());
        total = r.value().total;
        table = std::make_unique<TablePrinter>(QStringList{tr("TIME"), tr("PAID"), tr("TRADE NO"), tr("CHANNEL"), tr("AMOUNT")});
        table->setRightAligned(4);
        for (const chenyu::RechargeRecord &rec : r.value().items) {
            items.append(QJsonObject{{QStringLiteral("createdAt"), JsonFormat::time(rec.createdAt)},
                                     {QStringLiteral("payTime"), JsonFormat::time(rec.payTime)},
                                     {QStringLiteral("outTradeNo"), rec.outTradeNo},
                                     {QStringLiteral("payChannel"), rec.payChannel},
                                     {QStringLiteral("amount"), moneyText(rec.amount)}});
            table->addRow({TextFormat::time(rec.createdAt), TextFormat::time(rec.payTime), rec.outTradeNo, rec.payChannel,
                           moneyText(rec.amount)});
        }
    }

    if (m_context.out().json()) {
        m_context.out().printJson(QJsonObject{{QStringLiteral("total"), total},
                                              {QStringLiteral("page"), page},
                                              {QStringLiteral("pageSize"), pageSize},
                                              {QStringLiteral("items"), items}});
        return ExitOk;
    }
    m_context.out().printTable(*table);
    const int pages = total > 0 ? (total + pageSize - 1) / pageSize : 1;
    m_context.out().printLine(tr("Page %1 of %2 (%3 records).").arg(page).arg(pages).arg(total));
    return ExitOk;
}

} // namespace suanli::cli
