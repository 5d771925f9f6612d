#include "cliapplication.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QStringList>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

int main(int argc, char **argv)
{
#ifdef Q_OS_WIN
    // Results are UTF-8 (Chinese names and statuses): make the console read and show them so.
    SetConsoleOutputCP(CP_UTF8);
    SetConsoleCP(CP_UTF8);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Suanli"));
    QCoreApplication::setApplicationName(QStringLiteral("suanli-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUANLI_VERSION));
    suanli::installRedactingMessageHandler();

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return suanli::cli::CliApplication::run(arguments);
}
