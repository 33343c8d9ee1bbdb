#include "core/corelogging.h"

Q_LOGGING_CATEGORY(lcCore, "vitrine.core", QtInfoMsg)
