#include "common/Logging.h"

namespace madoguchi {
// Info and above by default: debug output is for a support session, enabled by a filter rule.
Q_LOGGING_CATEGORY(lcApp, "madoguchi.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "madoguchi.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "madoguchi.audit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "madoguchi.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecret, "madoguchi.secret", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCrypto, "madoguchi.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCard, "madoguchi.card", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "madoguchi.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "madoguchi.ui", QtInfoMsg)
} // namespace madoguchi
