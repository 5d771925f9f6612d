#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace suanli::cli {

class CliContext;
class CommandLine;

// `metrics POD... --account A [--since 1h | --from T [--to T]] [--metric KEY]... [--csv]`: the
// monitoring series of UNIS pods over a time range, as a summary table (one row per series), as
// CSV (one row per sample) or, with --json, every sample.
class MetricsCommands final
{
    Q_DECLARE_TR_FUNCTIONS(MetricsCommands)
public:
    MetricsCommands(CliContext &context, CommandLine &commandLine);

    int metrics();

    // "90s", "15m", "1h", "6h", "2d" (a bare number is minutes) -> milliseconds.
    static std::optional<qint64> durationMs(const QString &text);

private:
    CliContext &m_context;
    CommandLine &m_commandLine;
};

} // namespace suanli::cli
