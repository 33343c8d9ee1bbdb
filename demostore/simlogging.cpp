#include "demostore/simlogging.h"

// Debug lines (one per request) are off unless enabled, e.g.
// QT_LOGGING_RULES="vitrine.net.sim.debug=true".
Q_LOGGING_CATEGORY(lcNetSim, "vitrine.net.sim", QtInfoMsg)
