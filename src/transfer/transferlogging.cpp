#include "transfer/transferlogging.h"

namespace suanli::transfer {

Q_LOGGING_CATEGORY(lcTransfer, "suanli.upload")

} // namespace suanli::transfer
