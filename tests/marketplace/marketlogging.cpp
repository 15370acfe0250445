#include "marketlogging.h"

namespace comptoir::market {
Q_LOGGING_CATEGORY(lcMarket, "comptoir.marketplace")
} // namespace comptoir::market
