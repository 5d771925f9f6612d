#include "logging.h"

#include "redactor.h"

namespace suanli {

Q_LOGGING_CATEGORY(lcHttp, "suanli.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAccounts, "suanli.accounts", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "suanli.secrets", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPlatform, "suanli.platform", QtWarningMsg)

namespace {
QtMessageHandler previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (previousHandler)
        previousHandler(type, context, Redactor::redact(message));
}
} // namespace

void installRedactingMessageHandler()
{
    if (previousHandler)
        return;
    previousHandler = qInstallMessageHandler(redactingHandler);
}

} // namespace suanli
