#pragma once

#include <QLoggingCategory>

// Madoguchi's logging categories. Names are hierarchical ("madoguchi.card") so that filter
// rules such as "madoguchi.*.debug=true" work; debug output is off by default and is switched
// on at run time through LogSink::setFilterRules(). Logging is never compiled out: the ward's
// IT needs the logs. Never log personal data (My Number, PINs, names, addresses); LogSink
// redacts My Number candidates as a last line of defence only.
namespace madoguchi {
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
Q_DECLARE_LOGGING_CATEGORY(lcSecret)
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)
Q_DECLARE_LOGGING_CATEGORY(lcCard)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
} // namespace madoguchi
