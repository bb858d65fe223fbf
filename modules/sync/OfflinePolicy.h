#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace madoguchi::sync {

// What a counter can do while the core system cannot be reached. Reception (queue tickets,
// visits), reading the citizen's card and taking cash go on: their results wait in the local
// store and the outbox. What needs the core's data now is refused, with a message that says
// why and what to do.
enum class Operation {
    Reception,         // queue ticket, opening a visit, the life-event navigator
    CardReading,       // the My Number card's text and certificate
    CashPayment,       // fees in cash, the receipt
    CommitTransaction, // hand a visit's work to the core: queued in the outbox
    ResidentLookupByMyNumber,
    ResidentLookupByName,
    CertificateIssuance, // 住民票, 印鑑登録証明, 課税証明, 戸籍 …: the core's current data
    SlipRegistration,    // convenience-store slips need the core's registry
};

class OfflinePolicy
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::sync::OfflinePolicy)

public:
    static bool canDoOffline(Operation operation);
    // The refusal for an operation that needs the core (code core.offlineRefused); for one that
    // works offline, an empty Status.
    static Status checkOffline(Operation operation);
    // The operation in a few words ("certificate issuance"), translated.
    static QString describe(Operation operation);
};

} // namespace madoguchi::sync
