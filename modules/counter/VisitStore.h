#pragma once

#include "common/Result.h"
#include "common/SessionClock.h"
#include "counter/HandOff.h"
#include "counter/QueueScope.h"
#include "counter/SupportMeasureDecision.h"
#include "counter/Visit.h"
#include "counter/VisitCipher.h"
#include "counter/VisitRows.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace madoguchi {
class Database;
class DataKeyManager;
class StaffDirectory;
namespace sync {
class Outbox;
}
} // namespace madoguchi

namespace madoguchi::counter {

// The visits of the counter on the shared Database (tables counter_*, CounterSchema), SQLite or
// PostgreSQL.
//
// Every step is one write transaction: the rules are checked on the visit as stored (VisitRules),
// the visit row, its checklist, certificates and fees, one timeline event and the outbox
// transaction with the matching core items (visitStep plus procedureRecorded,
// certificateRequested or formAccepted) commit together or not at all. So a crash or a dead
// network loses nothing, and the core receives each step exactly once, in order.
//
// Personal data (the identification's names, birth date, address, reason, who asks, and free-text
// notes) is encrypted with the data key; the My Number is never stored (it is not part of any
// value given here, and a 12-digit number typed into a field is refused). Reading a visit here
// writes no audit record: the screen that shows its personal data does.
//
// Errors: counter.visit.notFound, counter.visit.invalid (bad input, `where` the field),
// counter.visit.myNumber, counter.visit.refused / counter.visit.otherCounter (VisitRules),
// counter.visit.changed (another counter changed it at the same moment), counter.visit.db,
// the outbox's sync.outbox.* and the data key's crypto.* errors.
class VisitStore
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::VisitStore)

public:
    // `clock` (optional, must outlive the store) gives the time of each step; tests pass their own.
    VisitStore(Database& database, const DataKeyManager& dataKey, const sync::Outbox& outbox,
               const SessionClock* clock = nullptr);

    // --- the queue -------------------------------------------------------------------------
    // A new visit waiting with the next ticket of `categoryId` today ("A-001"). `actor.staffId`
    // may be empty for a ticket machine.
    Result<Visit> issueTicket(const QString& categoryId, const QString& prefix, const VisitActor& actor);
    // The oldest visit waiting in `scope` (tickets of its categories, visits handed off to this
    // counter or its departments), called to actor's counter; nothing when none waits. Two
    // counters calling at the same moment never get the same visit.
    Result<std::optional<Visit>> callNext(const VisitActor& actor, const QueueScope& scope);
    // Calls one visit: a skipped ticket whose person came after all, or a chosen one.
    Result<Visit> call(const QString& visitId, const VisitActor& actor);
    Result<Visit> recall(const QString& visitId, const VisitActor& actor);
    Result<Visit> skip(const QString& visitId, const VisitActor& actor);

    // --- the steps of a visit being served --------------------------------------------------
    // The life events the clerk chose (catalog ids, the whole selection; empty clears it), kept
    // so that a restart reopens the visit with them. On the timeline, not sent to the core.
    Result<Visit> chooseLifeEvents(const QString& visitId, const VisitActor& actor,
                                   const QStringList& lifeEventIds);
    Result<Visit> identify(const QString& visitId, const VisitActor& actor,
                           const Identification& identification);
    // Adds procedures to the checklist (with their status, usually pending); a procedure already
    // on it takes the given status and note. Ids: letters, digits, '.', '_', '-', up to 64.
    Result<Visit> chooseProcedures(const QString& visitId, const VisitActor& actor,
                                   const QList<VisitProcedure>& procedures);
    // The note is replaced only when one is given (an empty one clears it).
    Result<Visit> updateProcedure(const QString& visitId, const VisitActor& actor, const QString& procedureId,
                                  ProcedureStatus status, const std::optional<QString>& note = std::nullopt);
    // The forms were printed and signed: `templateNames` such as "forms/jumin-ido-todoke".
    Result<Visit> recordFormsPrinted(const QString& visitId, const VisitActor& actor,
                                     const QStringList& templateNames);
    Result<Visit> recordFees(const QString& visitId, const VisitActor& actor, const QList<VisitFee>& fees);
    Result<Visit> requestCertificates(const QString& visitId, const VisitActor& actor,
                                      const QList<VisitCertificate>& certificates);
    Result<Visit> handOff(const QString& visitId, const VisitActor& actor, const HandOff& handOff);
    Result<Visit> close(const QString& visitId, const VisitActor& actor);
    // Ends the visit without it being done; the reason is required (stored encrypted).
    Result<Visit> cancel(const QString& visitId, const VisitActor& actor, const QString& reason);
    // Puts a supervisor's authorisation (SupportMeasureGuard::override) on the timeline, with its
    // reason (stored encrypted). Local only: nothing of it goes to the core.
    Result<Visit> recordSupportMeasureOverride(const QString& visitId, const VisitActor& actor,
                                               const SupportMeasureDecision& decision,
                                               SupportMeasureAction action, const QString& reason);

    // --- reading -----------------------------------------------------------------------------
    Result<Visit> visit(const QString& visitId) const;
    // What a restart of `counterId` must reopen: the visits it was serving, exactly as they stood
    // (state, identification, life events, checklist, certificates, fees), the earliest called
    // first.
    Result<QList<Visit>> openVisits(const QString& counterId) const;
    // The visits waiting in `scope` for `counterId`, oldest first (for the queue panel).
    Result<QList<Visit>> waiting(const QString& counterId, const QueueScope& scope) const;
    // The timeline in order; `staff` (optional) gives display names.
    Result<QList<VisitTimelineEntry>> timeline(const QString& visitId,
                                               const StaffDirectory* staff = nullptr) const;
    // Wait and service times of the tickets issued on `day`, for reporting.
    Result<QList<VisitTiming>> timings(const QDate& day) const;

private:
    // What a step adds besides the state change: the event's detail and note, the core items.
    struct StepRecord
    {
        QDateTime at; // the moment of the step, set before Apply runs
        QVariantMap detail;
        QString note;
        QJsonArray items;
    };
    using Apply = std::function<Status(Visit&, StepRecord&)>;

    QDateTime now() const;
    // One step in its own write transaction.
    Result<Visit> runStep(const QString& visitId, const VisitActor& actor, VisitEventKind kind,
                          const Apply& apply);
    // One step inside the caller's transaction on `db`.
    Result<Visit> stepIn(QSqlDatabase db, const QString& visitId, const VisitActor& actor,
                         VisitEventKind kind, const Apply& apply);
    Status record(QSqlDatabase db, const Visit& visit, VisitEventKind kind, const VisitActor& actor,
                  const StepRecord& step);

    Database& m_database;
    const sync::Outbox& m_outbox;
    SystemSessionClock m_systemClock;
    const SessionClock* m_clock;
    VisitCipher m_cipher;
    VisitRows m_rows;
};

} // namespace madoguchi::counter
