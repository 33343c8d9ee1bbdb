#pragma once

#include <QLoggingCategory>

namespace vitrine {
// The widgets' logging category, "vitrine.ui".
Q_DECLARE_LOGGING_CATEGORY(lcUi)
} // namespace vitrine
