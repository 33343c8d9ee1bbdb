#include "workflow/workflowlogging.h"

Q_LOGGING_CATEGORY(lcWorkflow, "vitrine.app.workflow", QtInfoMsg)
