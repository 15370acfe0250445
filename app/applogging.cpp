#include "app/applogging.h"

namespace comptoir {
Q_LOGGING_CATEGORY(lcApp, "comptoir.app")
} // namespace comptoir
