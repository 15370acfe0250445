#pragma once

#include <QLoggingCategory>

namespace comptoir {
Q_DECLARE_LOGGING_CATEGORY(lcSync) // "comptoir.sync"
} // namespace comptoir
