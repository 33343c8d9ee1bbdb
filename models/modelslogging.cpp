#include "models/modelslogging.h"

Q_LOGGING_CATEGORY(lcModels, "vitrine.models", QtInfoMsg)
