#include "sync/logging.h"

namespace comptoir {
Q_LOGGING_CATEGORY(lcSync, "comptoir.sync", QtInfoMsg)
} // namespace comptoir
