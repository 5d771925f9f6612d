#include "metricscommands.h"

#include "awaitresult.h"
#include "clicontext.h"
#include "commandline.h"
#include "exitcode.h"
#include "jsonformat.h"
#include "output.h"
#include "tableprinter.h"

#include "core/metriccsv.h"
#include "core/metricunit.h"
#include "core/timeparse.h"
#include "platforms/unis/unismonitoring.h"
#include "platforms/unis/unispodmetricsource.h"
#include "platforms/unis/unisprovider.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace suanli::cli {

namespace {

constexpr qint64 kDefaultSinceMs = 60 * 60 * 1000;

QString number(double value)
{
    return QLocale().toString(value, 'f', std::fabs(value) >= 100 ? 1 : 2);
}

QString localTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

MetricsCommands::MetricsCommands(CliContext &context, CommandLine &commandLine)
    : m_context(context)
    , m_commandLine(commandLine)
{
}

std::optional<qint64> MetricsCommands::durationMs(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d+)\s*(s|m|min|h|d)?$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2).toLower();
    const qint64 factor = unit == u"s" ? 1000 : unit == u"h" ? 3600 * 1000 : unit == u"d" ? 86400 * 1000 : 60 * 1000;
    if (n <= 0 || n > 366LL * 86400 * 1000 / factor)
        return std::nullopt;
    return n * factor;
}

int MetricsCommands::metrics()
{
    const QString command = QStringLiteral("metrics");
    const QString parseError = m_commandLine.parseCommand(1, {{QStringLiteral("account"), true},
                                                              {QStringLiteral("since"), true},
                                                              {QStringLiteral("from"), true},
                                                              {QStringLiteral("to"), true},
                                                              {QStringLiteral("metric"), true},
                                                              {QStringLiteral("csv"), false}});
    if (!parseError.isEmpty())
        return m_context.usageError(parseError, command);
    const QStringList pods = m_commandLine.positionals();
    if (pods.isEmpty())
        return m_context.usageError(tr("metrics needs at least one pod name (the pods of a job are listed by 'show')."),
                                    command);
    const bool csv = m_commandLine.isSet(QStringLiteral("csv"));
    if (csv && m_context.out().json())
        return m_context.usageError(tr("--csv and --json cannot be used together."), command);

    // The time range.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 from = now - kDefaultSinceMs;
    qint64 to = now;
    const bool since = m_commandLine.isSet(QStringLiteral("since"));
    const bool fromSet = m_commandLine.isSet(QStringLiteral("from"));
    const bool toSet = m_commandLine.isSet(QStringLiteral("to"));
    if (since && (fromSet || toSet))
        return m_context.usageError(tr("Give either --since or --from/--to, not both."), command);
    if (toSet && !fromSet)
        return m_context.usageError(tr("--to needs --from."), command);
    if (since) {
        const auto span = durationMs(m_commandLine.value(QStringLiteral("since")));
        if (!span)
            return m_context.usageError(tr("--since takes a duration such as 30s, 15m, 1h, 6h or 2d, not \"%1\".")
                                            .arg(m_commandLine.value(QStringLiteral("since"))),
                                        command);
        from = now - *span;
    }
    if (fromSet) {
        const auto parsedFrom = parseTime(m_commandLine.value(QStringLiteral("from")));
        if (!parsedFrom)
            return m_context.usageError(tr("--from takes a time such as \"2025-02-10 15:54:52\" (China time) or "
                                           "2025-02-10T15:54:52+08:00, not \"%1\".")
                                            .arg(m_commandLine.value(QStringLiteral("from"))),
                                        command);
        from = parsedFrom->toMSecsSinceEpoch();
        if (toSet) {
            const auto parsedTo = parseTime(m_commandLine.value(QStringLiteral("to")));
            if (!parsedTo)
                return m_context.usageError(tr("--to takes a time such as \"2025-02-10 16:54:52\" (China time) or "
                                               "2025-02-10T16:54:52+08:00, not \"%1\".")
                                                .arg(m_commandLine.value(QStringLiteral("to"))),
                                            command);
            to = parsedTo->toMSecsSinceEpoch();
        }
        if (to <= from)
            return m_context.usageError(tr("The range must end after it starts."), command);
    }

    // The metrics asked for.
    QStringList known;
    for (const MetricInfo &m : unis::Monitoring::podCatalogue())
        known.append(m.key);
    const QStringList wanted = m_commandLine.values(QStringLiteral("metric"));
    for (const QString &key : wanted) {
        if (!known.contains(key))
            return m_context.usageError(
                tr("Unknown metric \"%1\". Metrics: %2.").arg(key, known.join(QStringLiteral(", "))), command);
    }

    int exitCode = ExitOk;
    Provider *provider = m_context.platformProvider(m_commandLine.value(QStringLiteral("account")), QStringLiteral("unis"),
                                                    command, true, &exitCode);
    auto *unisProvider = qobject_cast<unis::UnisProvider *>(provider);
    if (!unisProvider)
        return exitCode == ExitOk ? ExitFailed : exitCode;
    unis::PodMetricSource source(unisProvider->client());

    QList<MetricWindow> windows;
    for (const QString &pod : pods) {
        const Result<MetricWindow> window = awaitResult<MetricWindow>(
            [&](QObject *ctx, auto done) { source.fetch(pod, from, to, ctx, std::move(done)); });
        if (!window) {
            exitCode = std::max(exitCode, m_context.fail(window.error(), pod));
            continue;
        }
        MetricWindow w = window.value();
        if (!wanted.isEmpty()) {
            w.series.erase(std::remove_if(w.series.begin(), w.series.end(),
                                          [&](const MetricSeries &s) { return !wanted.contains(s.id.metric); }),
                           w.series.end());
        }
        // Catalogue order, cards in order.
        std::stable_sort(w.series.begin(), w.series.end(), [&](const MetricSeries &a, const MetricSeries &b) {
            const qsizetype ka = known.indexOf(a.id.metric);
            const qsizetype kb = known.indexOf(b.id.metric);
            if (ka != kb)
                return ka < kb;
            bool na = false;
            bool nb = false;
            const int ia = a.id.instance.toInt(&na);
            const int ib = b.id.instance.toInt(&nb);
            return na && nb ? ia < ib : a.id.instance < b.id.instance;
        });
        const bool any = std::any_of(w.series.cbegin(), w.series.cend(), [](const MetricSeries &s) { return !s.points.isEmpty(); });
        if (!any && !m_context.out().json())
            m_context.out().note(tr("%1: no samples between %2 and %3 (was the pod running then?).")
                                     .arg(pod, localTime(from), localTime(to)));
        windows.append(w);
    }

    if (csv) {
        QList<MetricSeries> all;
        for (const MetricWindow &w : std::as_const(windows))
            all.append(w.series);
        Output::writeStdout(MetricCsv::write(all, from, to));
        return exitCode;
    }

    if (m_context.out().json()) {
        QJsonArray podsJson;
        for (const MetricWindow &w : std::as_const(windows)) {
            QJsonArray seriesJson;
            for (const MetricSeries &s : w.series) {
                const auto info = unis::Monitoring::podMetric(s.id.metric);
                QJsonArray points;
                for (const MetricPoint &p : s.points)
                    points.append(QJsonObject{{QStringLiteral("time"), JsonFormat::time(QDateTime::fromMSecsSinceEpoch(p.timeMs))},
                                              {QStringLiteral("epochMs"), double(p.timeMs)},
                                              {QStringLiteral("value"), p.value}});
                seriesJson.append(QJsonObject{
                    {QStringLiteral("metric"), s.id.metric},
                    {QStringLiteral("title"), info ? QJsonValue(info->platformTitle) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("unit"), s.unit},
                    {QStringLiteral("gpu"), JsonFormat::text(s.id.instance)},
                    {QStringLiteral("stepMs"), s.stepMs > 0 ? QJsonValue(double(s.stepMs)) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("points"), points}});
            }
            podsJson.append(QJsonObject{{QStringLiteral("pod"), w.subject},
                                        {QStringLiteral("reported"), QJsonArray::fromStringList(w.reported)},
                                        {QStringLiteral("series"), seriesJson}});
        }
        m_context.out().printJson(QJsonObject{{QStringLiteral("from"), JsonFormat::time(QDateTime::fromMSecsSinceEpoch(from))},
                                              {QStringLiteral("to"), JsonFormat::time(QDateTime::fromMSecsSinceEpoch(to))},
                                              {QStringLiteral("pods"), podsJson}});
        return exitCode;
    }

    // A summary: one row per series with samples.
    TablePrinter table({tr("POD"), tr("METRIC"), tr("GPU"), tr("SAMPLES"), tr("LAST"), tr("MIN"), tr("AVG"), tr("MAX"),
                        tr("UNIT")});
    for (int column = 3; column <= 7; ++column)
        table.setRightAligned(column);
    for (const MetricWindow &w : std::as_const(windows)) {
        for (const MetricSeries &s : w.series) {
            if (s.points.isEmpty())
                continue;
            double min = std::numeric_limits<double>::max();
            double max = std::numeric_limits<double>::lowest();
            double sum = 0;
            for (const MetricPoint &p : s.points) {
                min = std::min(min, p.value);
                max = std::max(max, p.value);
                sum += p.value;
            }
            table.addRow({w.subject, s.id.metric, s.id.instance.isEmpty() ? QStringLiteral("-") : s.id.instance,
                          QString::number(s.points.size()), number(s.points.last().value), number(min),
                          number(sum / double(s.points.size())), number(max), MetricUnit::label(s.unit)});
        }
    }
    m_context.out().printLine(tr("From %1 to %2").arg(localTime(from), localTime(to)));
    if (table.rowCount() > 0)
        m_context.out().printTable(table);
    return exitCode;
}

} // namespace suanli::cli
