#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace suanli::unis {
class UnisProvider;
}

namespace suanli::cli {

class CliContext;
class CommandLine;

// The storage commands of UNIS accounts: upload (chunked, resumable, verified; a second run of
// the same command after an interruption resumes from the journal) and files ls / mkdir / rm /
// sftp.
class FileCommands final
{
    Q_DECLARE_TR_FUNCTIONS(FileCommands)
public:
    FileCommands(CliContext &context, CommandLine &commandLine);

    int upload();
    int files();

    // "8M", "512K", "1G", "1048576" (binary units, a trailing "B" or "iB" allowed); nullopt when
    // it is not a size.
    static std::optional<qint64> parseSize(const QString &text);
    // Where the CLI's upload journal lives.
    static QString journalPath(const QString &configDir);

private:
    unis::UnisProvider *provider(const QString &command, int *exitCode);
    int list(unis::UnisProvider *provider, bool isPublic);
    int makeFolder(unis::UnisProvider *provider, bool isPublic);
    int remove(unis::UnisProvider *provider, bool isPublic);
    int sftp(unis::UnisProvider *provider, bool isPublic);

    CliContext &m_context;
    CommandLine &m_commandLine;
};

} // namespace suanli::cli
