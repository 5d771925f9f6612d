#pragma once

#include <QLoggingCategory>

namespace suanli {

Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcAccounts)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcPlatform)

// Routes every Qt log message through the Redactor before it is printed.
void installRedactingMessageHandler();

} // namespace suanli
