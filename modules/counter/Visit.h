#pragma once

#include "counter/Identification.h"
#include "counter/VisitRecords.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace madoguchi::counter {

// One visit (来庁): the unit of work at a counter, from the queue ticket to the close. A value:
// VisitStore loads it and every step returns the visit as it stands after the step.
struct Visit
{
    QString id; // a UUID, also the outbox's visit id
    VisitTicket ticket;
    VisitState state = VisitState::Waiting;
    // The furthest working state reached (Called … CertificatesRequested): where a handed-off or
    // skipped visit resumes when it is called again. Waiting before the first call.
    VisitState progress = VisitState::Waiting;
    QString counterId; // the counter serving it (while waiting: the one that issued the ticket)
    QString staffId;   // the staff member serving it; empty while waiting
    // While handed off: where it waits (a counter, a department, or both).
    QString targetCounter;
    QString targetDepartment;
    std::optional<Identification> identification;
    // The life events the clerk chose (catalog ids such as "moveIn"), in the catalog's order:
    // what the navigator offers procedures for. Not personal on their own (see CounterSchema).
    QStringList lifeEvents;
    QList<VisitProcedure> procedures;
    QList<VisitCertificate> certificates;
    QList<VisitFee> fees;
    QDateTime issuedAt;      // UTC
    QDateTime queuedAt;      // UTC: when it began waiting (issued, or handed off)
    QDateTime firstCalledAt; // UTC; invalid before the first call
    QDateTime closedAt;      // UTC; invalid unless closed or cancelled
    int callCount = 0;
    qint64 version = 0; // grows with every step

    // Certificates' fees plus other fees: what the payment module must take.
    qint64 feesDueYen() const;
    int pendingProcedureCount() const;
    const VisitProcedure* procedure(const QString& procedureId) const;
    bool isIdentified() const { return identification.has_value(); }
    // Issued → first called, first called → closed; nothing before those moments.
    std::optional<qint64> waitSeconds() const;
    std::optional<qint64> serviceSeconds() const;
};

} // namespace madoguchi::counter
