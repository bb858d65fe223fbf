#include "sync/OfflinePolicy.h"

namespace madoguchi::sync {

bool OfflinePolicy::canDoOffline(Operation operation)
{
    switch (operation) {
    case Operation::Reception:
    case Operation::CardReading:
    case Operation::CashPayment:
    case Operation::CommitTransaction:
        return true;
    case Operation::ResidentLookupByMyNumber:
    case Operation::ResidentLookupByName:
    case Operation::CertificateIssuance:
    case Operation::SlipRegistration:
        break;
    }
    return false;
}

QString OfflinePolicy::describe(Operation operation)
{
    switch (operation) {
    case Operation::Reception:
        return tr("reception");
    case Operation::CardReading:
        return tr("card reading");
    case Operation::CashPayment:
        return tr("cash payment");
    case Operation::CommitTransaction:
        return tr("committing a transaction");
    case Operation::ResidentLookupByMyNumber:
        return tr("resident lookup by My Number");
    case Operation::ResidentLookupByName:
        return tr("resident lookup by name");
    case Operation::CertificateIssuance:
        return tr("certificate issuance");
    case Operation::SlipRegistration:
        return tr("payment slip registration");
    }
    return {};
}

Status OfflinePolicy::checkOffline(Operation operation)
{
    if (canDoOffline(operation))
        return {};
    QString message;
    switch (operation) {
    case Operation::ResidentLookupByMyNumber:
    case Operation::ResidentLookupByName:
        message = tr("Residents cannot be looked up while the core system cannot be reached. Take the visit "
                     "in as usual (reception and card reading work); the lookup can be done when the link "
                     "returns.");
        break;
    case Operation::CertificateIssuance:
        message =
            tr("Certificates cannot be issued while the core system cannot be reached: they must show the "
               "core's current record. Explain the delay to the citizen or offer to send the certificate "
               "later; reception and cash payments go on.");
        break;
    case Operation::SlipRegistration:
        message =
            tr("Convenience-store payment slips cannot be issued while the core system cannot be reached. "
               "Take the payment in cash, or issue the slip when the link returns.");
        break;
    default:
        message = tr("This cannot be done while the core system cannot be reached.");
        break;
    }
    return makeError(QStringLiteral("core.offlineRefused"), message, describe(operation));
}

} // namespace madoguchi::sync
