#pragma once

#include <QLoggingCategory>

// The store simulator logs under its own category so its chatter can be silenced apart from the
// client's ("vitrine.net").
Q_DECLARE_LOGGING_CATEGORY(lcNetSim)
