#include "ui/logging.h"

namespace comptoir {
Q_LOGGING_CATEGORY(lcUi, "comptoir.ui", QtInfoMsg)
} // namespace comptoir
