#include "PcscCheck.h"

#include <QStringList>

namespace madoguchi {

CheckResult PcscCheck::run(const QString& configuredReader)
{
    return fromStatus(smartcard::probePcscService(), configuredReader);
}

CheckResult PcscCheck::fromStatus(const smartcard::PcscServiceStatus& status, const QString& configuredReader)
{
    CheckResult result;
    result.id = QStringLiteral("pcsc");
    result.title = tr("Card reader service (PC/SC)");

    QStringList readers;
    for (const std::string& name : status.readers)
        readers.append(QString::fromStdString(name));
    const QString code = QString::fromStdString(status.detail);

    switch (status.state) {
    case smartcard::PcscServiceStatus::State::Running:
        if (!configuredReader.isEmpty() && !readers.contains(configuredReader)) {
            result.state = CheckResult::State::Problem;
            result.detail = tr("The service is running with %n reader(s) (%1), but the configured reader "
                               "\"%2\" is not among them.",
                               nullptr, int(readers.size()))
                                .arg(readers.join(QStringLiteral(", ")), configuredReader);
            result.remedy = tr("Connect the configured card reader, or choose one of the connected readers "
                               "in the settings (card reader).");
            return result;
        }
        result.state = CheckResult::State::Ok;
        result.detail = tr("The service is running with %n reader(s): %1.", nullptr, int(readers.size()))
                            .arg(readers.join(QStringLiteral(", ")));
        if (!configuredReader.isEmpty())
            result.detail += u' ' + tr("The configured reader \"%1\" is connected.").arg(configuredReader);
        return result;
    case smartcard::PcscServiceStatus::State::NoReaders:
        result.state = CheckResult::State::Warning;
        result.detail = tr("The service is running but no card reader is connected.");
        result.remedy = tr("Connect the card reader (check the USB cable); cards cannot be read until then.");
        return result;
    case smartcard::PcscServiceStatus::State::NoService:
        result.state = CheckResult::State::Problem;
#ifdef Q_OS_WIN
        result.detail = tr("The Windows \"Smart Card\" service is not running (%1).").arg(code);
        result.remedy = tr("Start the \"Smart Card\" service (services.msc) and set it to start "
                           "automatically; Windows stops it when no reader is connected.");
#else
        result.detail = tr("pcscd is not running (%1).").arg(code);
        result.remedy = tr("Start it: systemctl start pcscd.socket (as administrator); install the "
                           "package pcscd if it is missing.");
#endif
        return result;
    case smartcard::PcscServiceStatus::State::Error:
        break;
    }
    result.state = CheckResult::State::Problem;
    result.detail = tr("The card reader service answered with an error: %1 (0x%2).")
                        .arg(code, QString::number(quint32(status.code), 16));
    result.remedy = tr("Restart the card reader service, reconnect the reader, and run the test again; "
                       "if it persists, send this report to the help desk.");
    return result;
}

} // namespace madoguchi
