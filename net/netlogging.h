#pragma once

#include <QLoggingCategory>

// vitrine.net: requests (method, URL, status, duration), throttling and retries. Tokens are
// never logged.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
