#pragma once

#include <QLoggingCategory>

namespace comptoir {
Q_DECLARE_LOGGING_CATEGORY(lcApp) // "comptoir.app"
} // namespace comptoir
