#include "catalog/cataloglogging.h"

Q_LOGGING_CATEGORY(lcCatalog, "vitrine.catalog", QtInfoMsg)
