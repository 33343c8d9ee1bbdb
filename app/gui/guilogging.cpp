#include "app/gui/guilogging.h"

namespace vitrine {
Q_LOGGING_CATEGORY(lcGui, "vitrine.app", QtInfoMsg)
}
