#pragma once

#include <QLoggingCategory>

namespace suanli::transfer {

Q_DECLARE_LOGGING_CATEGORY(lcTransfer)

} // namespace suanli::transfer
