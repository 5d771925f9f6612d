#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace suanli::cli {

// The help texts: the overview and one page per command.
class Usage final
{
    Q_DECLARE_TR_FUNCTIONS(Usage)
public:
    static QString overview();
    // Help for a command ("list", "account add", "account"); empty when there is no such command.
    static QString command(const QStringList &words);
    // "Run 'suanli-cli COMMAND --help' for ..." hint for usage errors.
    static QString hint(const QString &command);
};

} // namespace suanli::cli
