#pragma once

#include <QLoggingCategory>

namespace vitrine {
Q_DECLARE_LOGGING_CATEGORY(lcGui)
}
