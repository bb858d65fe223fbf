#pragma once

#include "CheckResult.h"

#include "smartcard/PcscServiceProbe.h"

#include <QCoreApplication>

namespace madoguchi {

// Is the PC/SC service (pcscd / Windows "Smart Card" service) running, which readers does it
// offer, and is the configured reader among them? Touches no reader and no card; quick even
// when the service is missing (the client library fails at once without a socket).
class PcscCheck
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::PcscCheck)

public:
    static CheckResult run(const QString& configuredReader);
    // The mapping alone, for tests of every service state.
    static CheckResult fromStatus(const smartcard::PcscServiceStatus& status,
                                  const QString& configuredReader);
};

} // namespace madoguchi
