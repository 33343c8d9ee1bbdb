#include "ui/uilogging.h"

namespace vitrine {
Q_LOGGING_CATEGORY(lcUi, "vitrine.ui", QtInfoMsg)
} // namespace vitrine
