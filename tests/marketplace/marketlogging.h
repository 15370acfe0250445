#pragma once

#include <QLoggingCategory>

namespace comptoir::market {
Q_DECLARE_LOGGING_CATEGORY(lcMarket) // "comptoir.marketplace"
} // namespace comptoir::market
