#include "PrinterCheck.h"

#include <QPrinterInfo>

namespace madoguchi {

CheckResult PrinterCheck::run(const QString& configuredPrinter)
{
    return fromPrinters(QPrinterInfo::availablePrinterNames(), QPrinterInfo::defaultPrinterName(),
                        configuredPrinter);
}

CheckResult PrinterCheck::fromPrinters(const QStringList& available, const QString& defaultPrinter,
                                       const QString& configuredPrinter)
{
    CheckResult result;
    result.id = QStringLiteral("printers");
    result.title = tr("Printers");

    if (available.isEmpty()) {
        // A warning, not a problem: a counter may work without printing (enquiries only).
        result.state = CheckResult::State::Warning;
        result.detail = configuredPrinter.isEmpty()
                            ? tr("No printer is installed.")
                            : tr("No printer is installed; the configured printer \"%1\" is missing.")
                                  .arg(configuredPrinter);
#ifdef Q_OS_WIN
        result.remedy = tr("Install the counter's printer in Windows settings (Printers & scanners) to "
                           "print certificates.");
#else
        result.remedy = tr("Install the counter's printer in CUPS (http://localhost:631 or the system "
                           "settings) to print certificates.");
#endif
        return result;
    }

    const QString list = available.join(QStringLiteral(", "));
    const QString defaultText =
        defaultPrinter.isEmpty() ? tr("no default printer") : tr("default: %1").arg(defaultPrinter);

    if (!configuredPrinter.isEmpty() && !available.contains(configuredPrinter)) {
        result.state = CheckResult::State::Problem;
        result.detail = tr("The configured printer \"%1\" is not installed. Installed: %2 (%3).")
                            .arg(configuredPrinter, list, defaultText);
        result.remedy = tr("Install the printer \"%1\", or choose an installed printer in the settings "
                           "(printer).")
                            .arg(configuredPrinter);
        return result;
    }

    result.state = CheckResult::State::Ok;
    result.detail = tr("%n printer(s): %1 (%2).", nullptr, int(available.size())).arg(list, defaultText);
    if (!configuredPrinter.isEmpty())
        result.detail += u' ' + tr("Certificates print on \"%1\".").arg(configuredPrinter);
    else if (defaultPrinter.isEmpty()) {
        // Nothing tells the program where certificates go: each print would have to ask.
        result.state = CheckResult::State::Warning;
        result.remedy = tr("Choose the certificate printer in the settings (printer) or set a default "
                           "printer.");
    }
    return result;
}

} // namespace madoguchi
