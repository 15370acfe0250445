#pragma once

#include <QLoggingCategory>

namespace comptoir {
Q_DECLARE_LOGGING_CATEGORY(lcUi) // "comptoir.ui"
} // namespace comptoir
