#pragma once

#include "CheckResult.h"

#include <QCoreApplication>
#include <QStringList>

namespace madoguchi {

// Which printers does the system offer (CUPS on Linux, the spooler on Windows), which is the
// default, and is the configured certificate printer among them? Listing printers may wait on
// the network (CUPS browsing), so SelfTest runs this off the GUI thread.
class PrinterCheck
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::PrinterCheck)

public:
    static CheckResult run(const QString& configuredPrinter);
    // The decision alone, for tests.
    static CheckResult fromPrinters(const QStringList& available, const QString& defaultPrinter,
                                    const QString& configuredPrinter);
};

} // namespace madoguchi
