#include "counter/VisitStore.h"

#include "common/Database.h"
#include "common/StaffDirectory.h"
#include "common/TimeOrderedUuid.h"
#include "counter/CounterSchema.h"
#include "counter/SupportMeasureGuard.h"
#include "counter/TicketNumber.h"
#include "counter/VisitInput.h"
#include "counter/VisitQueries.h"
#include "counter/VisitRules.h"
#include "counter/VisitTransactionItems.h"
#include "sync/Outbox.h"

#include <QHash>
#include <QUuid>

namespace madoguchi::counter {

namespace {

Error invalid(const QString& message, const QString& where)
{
    return VisitInput::invalid(message, where);
}

} // namespace

VisitStore::VisitStore(Database& database, const DataKeyManager& dataKey, const sync::Outbox& outbox,
                       const SessionClock* clock)
    : m_database(database)
    , m_outbox(outbox)
    , m_clock(clock ? clock : &m_systemClock)
    , m_cipher(dataKey)
    , m_rows(m_cipher)
{}

QDateTime VisitStore::now() const
{
    return m_clock->now().toUTC();
}

Status VisitStore::record(QSqlDatabase db, const Visit& visit, VisitEventKind kind, const VisitActor& actor,
                          const StepRecord& step)
{
    Result<int> last = m_rows.lastEventSequence(db, visit.id);
    if (!last)
        return last.error();
    VisitEvent event;
    event.sequence = last.value() + 1;
    event.at = step.at;
    event.staffId = actor.staffId;
    event.counterId = actor.counterId;
    event.kind = kind;
    event.stateAfter = visit.state;
    event.detail = step.detail;
    event.note = step.note;
    if (Status appended = m_rows.appendEvent(db, visit.id, event); !appended)
        return appended;
    if (!VisitEventKinds::isSentToCore(kind))
        return {};
    QJsonArray items{VisitTransactionItems::visitStep(kind, step.at, step.detail)};
    for (const QJsonValue& item : step.items)
        items << item;
    Result<sync::OutboxItem> queued = m_outbox.enqueue(db, visit.id, items, step.at.toLocalTime());
    if (!queued)
        return queued.error();
    return {};
}

Result<Visit> VisitStore::stepIn(QSqlDatabase db, const QString& visitId, const VisitActor& actor,
                                 VisitEventKind kind, const Apply& apply)
{
    Result<std::optional<Visit>> loaded = m_rows.load(db, visitId, true);
    if (!loaded)
        return loaded.error();
    if (!loaded.value())
        return makeError(QStringLiteral("counter.visit.notFound"), tr("There is no such visit."),
                         CounterSchema::visitsTable() + u':' + visitId);
    Visit visit = *loaded.value();
    const qint64 before = visit.version;
    Result<VisitState> next = VisitRules::next(visit, kind, actor);
    if (!next)
        return next.error();
    StepRecord step;
    step.at = now();
    if (Status applied = apply(visit, step); !applied)
        return applied.error();
    visit.state = next.value();
    if (VisitStates::isWorking(visit.state) &&
        VisitStates::rank(visit.state) > VisitStates::rank(visit.progress))
        visit.progress = visit.state;
    if (kind == VisitEventKind::Closed || kind == VisitEventKind::Cancelled)
        visit.closedAt = step.at;
    visit.version = before + 1;
    if (Status updated = m_rows.update(db, visit, before, step.at); !updated)
        return updated.error();
    if (Status recorded = record(db, visit, kind, actor, step); !recorded)
        return recorded.error();
    return visit;
}

Result<Visit> VisitStore::runStep(const QString& visitId, const VisitActor& actor, VisitEventKind kind,
                                  const Apply& apply)
{
    if (Status valid = VisitInput::actor(actor, true); !valid)
        return valid.error();
    std::optional<Visit> result;
    QSqlDatabase db = m_database.connection();
    const Status done = inWriteTransaction(db, [&]() -> Status {
        Result<Visit> stepped = stepIn(db, visitId, actor, kind, apply);
        if (!stepped)
            return stepped.error();
        result = std::move(stepped).value();
        return {};
    });
    if (!done)
        return done.error();
    return *result;
}

// --- the queue -------------------------------------------------------------------------------

Result<Visit> VisitStore::issueTicket(const QString& categoryId, const QString& prefix,
                                      const VisitActor& actor)
{
    if (Status valid = VisitInput::actor(actor, false); !valid)
        return valid.error();
    if (Status valid = VisitInput::ticket(categoryId, prefix); !valid)
        return valid.error();
    Visit visit;
    QSqlDatabase db = m_database.connection();
    const Status done = inWriteTransaction(db, [&]() -> Status {
        const QDateTime at = now();
        visit = Visit();
        visit.id = TimeOrderedUuid::createString();
        visit.ticket.categoryId = categoryId;
        visit.ticket.day = at.toLocalTime().date();
        Result<int> sequence = m_rows.takeTicketSequence(db, visit.ticket.day, categoryId);
        if (!sequence)
            return sequence.error();
        visit.ticket.sequence = sequence.value();
        visit.ticket.number = TicketNumber::format(prefix, sequence.value());
        visit.counterId = actor.counterId;
        visit.issuedAt = at;
        visit.queuedAt = at;
        visit.version = 1;
        if (Status inserted = m_rows.insert(db, visit); !inserted)
            return inserted;
        StepRecord step;
        step.at = at;
        step.detail = {{QStringLiteral("ticket"), visit.ticket.number},
                       {QStringLiteral("category"), categoryId}};
        return record(db, visit, VisitEventKind::TicketIssued, actor, step);
    });
    if (!done)
        return done.error();
    return visit;
}

namespace {

// What a call does to the visit, from the queue or directly.
std::function<Status(Visit&, QVariantMap&, const QDateTime&)> callApply(const VisitActor& actor)
{
    return [actor](Visit& visit, QVariantMap& detail, const QDateTime& at) -> Status {
        visit.counterId = actor.counterId;
        visit.staffId = actor.staffId;
        visit.targetCounter.clear();
        visit.targetDepartment.clear();
        if (!visit.firstCalledAt.isValid())
            visit.firstCalledAt = at;
        ++visit.callCount;
        detail = {{QStringLiteral("ticket"), visit.ticket.number},
                  {QStringLiteral("callCount"), visit.callCount}};
        return {};
    };
}

} // namespace

Result<std::optional<Visit>> VisitStore::callNext(const VisitActor& actor, const QueueScope& scope)
{
    if (Status valid = VisitInput::actor(actor, true); !valid)
        return valid.error();
    std::optional<Visit> called;
    QSqlDatabase db = m_database.connection();
    const auto apply = callApply(actor);
    const Status done = inWriteTransaction(db, [&]() -> Status {
        called.reset();
        Result<std::optional<QString>> next = VisitQueries::nextInQueue(db, actor.counterId, scope);
        if (!next)
            return next.error();
        if (!next.value())
            return {};
        Result<Visit> visit =
            stepIn(db, *next.value(), actor, VisitEventKind::Called,
                   [&](Visit& v, StepRecord& step) { return apply(v, step.detail, step.at); });
        if (!visit)
            return visit.error();
        called = std::move(visit).value();
        return {};
    });
    if (!done)
        return done.error();
    return called;
}

Result<Visit> VisitStore::call(const QString& visitId, const VisitActor& actor)
{
    const auto apply = callApply(actor);
    return runStep(visitId, actor, VisitEventKind::Called,
                   [&](Visit& v, StepRecord& step) { return apply(v, step.detail, step.at); });
}

Result<Visit> VisitStore::recall(const QString& visitId, const VisitActor& actor)
{
    return runStep(visitId, actor, VisitEventKind::Recalled, [](Visit& visit, StepRecord& step) -> Status {
        ++visit.callCount;
        step.detail = {{QStringLiteral("ticket"), visit.ticket.number},
                       {QStringLiteral("callCount"), visit.callCount}};
        return {};
    });
}

Result<Visit> VisitStore::skip(const QString& visitId, const VisitActor& actor)
{
    return runStep(visitId, actor, VisitEventKind::Skipped, [](Visit& visit, StepRecord& step) -> Status {
        visit.staffId.clear();
        step.detail = {{QStringLiteral("ticket"), visit.ticket.number},
                       {QStringLiteral("callCount"), visit.callCount}};
        return {};
    });
}

// --- the steps -------------------------------------------------------------------------------

Result<Visit> VisitStore::chooseLifeEvents(const QString& visitId, const VisitActor& actor,
                                           const QStringList& lifeEventIds)
{
    if (Status valid = VisitInput::lifeEvents(lifeEventIds); !valid)
        return valid.error();
    return runStep(visitId, actor, VisitEventKind::LifeEventsChosen,
                   [&](Visit& visit, StepRecord& step) -> Status {
                       visit.lifeEvents = lifeEventIds;
                       step.detail = {{QStringLiteral("lifeEvents"), lifeEventIds}};
                       return {};
                   });
}

Result<Visit> VisitStore::identify(const QString& visitId, const VisitActor& actor,
                                   const Identification& identification)
{
    if (Status valid = identification.validate(); !valid)
        return valid.error();
    return runStep(visitId, actor, VisitEventKind::Identified, [&](Visit& visit, StepRecord& step) -> Status {
        visit.identification = identification;
        step.detail = {{QStringLiteral("source"), Identification::sourceName(identification.source)},
                       {QStringLiteral("document"), IdentificationDocuments::name(identification.document)},
                       {QStringLiteral("requestKind"), RequestKinds::name(identification.requestKind)},
                       {QStringLiteral("residentKnown"), identification.residentId.isEmpty() ? 0 : 1}};
        return {};
    });
}

Result<Visit> VisitStore::chooseProcedures(const QString& visitId, const VisitActor& actor,
                                           const QList<VisitProcedure>& procedures)
{
    if (Status valid = VisitInput::procedures(procedures); !valid)
        return valid.error();
    return runStep(
        visitId, actor, VisitEventKind::ProceduresChosen, [&](Visit& visit, StepRecord& step) -> Status {
            int added = 0;
            for (const VisitProcedure& chosen : procedures) {
                auto existing = std::find_if(
                    visit.procedures.begin(), visit.procedures.end(),
                    [&](const VisitProcedure& p) { return p.procedureId == chosen.procedureId; });
                if (existing == visit.procedures.end()) {
                    visit.procedures << chosen;
                    ++added;
                } else if (*existing == chosen) {
                    continue;
                } else {
                    *existing = chosen;
                }
                step.items << VisitTransactionItems::procedureRecorded(chosen.procedureId, chosen.status);
            }
            step.detail = {{QStringLiteral("procedures"), int(visit.procedures.size())},
                           {QStringLiteral("added"), added}};
            return {};
        });
}

Result<Visit> VisitStore::updateProcedure(const QString& visitId, const VisitActor& actor,
                                          const QString& procedureId, ProcedureStatus status,
                                          const std::optional<QString>& note)
{
    if (Status valid = VisitInput::procedureId(procedureId, QStringLiteral("procedureId")); !valid)
        return valid.error();
    if (note) {
        if (Status checked = VisitInput::note(*note, QStringLiteral("note")); !checked)
            return checked.error();
    }
    return runStep(
        visitId, actor, VisitEventKind::ProcedureUpdated, [&](Visit& visit, StepRecord& step) -> Status {
            auto it = std::find_if(visit.procedures.begin(), visit.procedures.end(),
                                   [&](const VisitProcedure& p) { return p.procedureId == procedureId; });
            if (it == visit.procedures.end())
                return invalid(tr("Procedure \"%1\" is not on the checklist of visit %2.")
                                   .arg(procedureId, visit.ticket.number),
                               QStringLiteral("procedureId"));
            it->status = status;
            if (note)
                it->note = *note;
            step.items << VisitTransactionItems::procedureRecorded(procedureId, status);
            step.detail = {{QStringLiteral("procedure"), procedureId},
                           {QStringLiteral("status"), ProcedureStatuses::name(status)}};
            return {};
        });
}

Result<Visit> VisitStore::recordFormsPrinted(const QString& visitId, const VisitActor& actor,
                                             const QStringList& templateNames)
{
    Result<QStringList> checked = VisitInput::formTypes(templateNames);
    if (!checked)
        return checked.error();
    const QStringList types = checked.value();
    return runStep(
        visitId, actor, VisitEventKind::FormsPrinted, [&](Visit& visit, StepRecord& step) -> Status {
            for (const QString& type : std::as_const(types))
                step.items << VisitTransactionItems::formAccepted(type, visit.identification->residentId);
            step.detail = {{QStringLiteral("forms"), int(types.size())}};
            return {};
        });
}

Result<Visit> VisitStore::recordFees(const QString& visitId, const VisitActor& actor,
                                     const QList<VisitFee>& fees)
{
    if (Status valid = VisitInput::fees(fees); !valid)
        return valid.error();
    return runStep(visitId, actor, VisitEventKind::FeesRecorded,
                   [&](Visit& visit, StepRecord& step) -> Status {
                       visit.fees << fees;
                       step.detail = {{QStringLiteral("fees"), int(fees.size())},
                                      {QStringLiteral("feesDueYen"), visit.feesDueYen()}};
                       return {};
                   });
}

Result<Visit> VisitStore::requestCertificates(const QString& visitId, const VisitActor& actor,
                                              const QList<VisitCertificate>& certificates)
{
    if (Status valid = VisitInput::certificates(certificates); !valid)
        return valid.error();
    return runStep(visitId, actor, VisitEventKind::CertificatesRequested,
                   [&](Visit& visit, StepRecord& step) -> Status {
                       visit.certificates << certificates;
                       for (const VisitCertificate& certificate : certificates)
                           step.items << VisitTransactionItems::certificateRequested(certificate);
                       step.detail = {{QStringLiteral("certificates"), int(certificates.size())},
                                      {QStringLiteral("feesDueYen"), visit.feesDueYen()}};
                       return {};
                   });
}

Result<Visit> VisitStore::handOff(const QString& visitId, const VisitActor& actor, const HandOff& handOff)
{
    if (Status valid = handOff.validate(actor.counterId); !valid)
        return valid.error();
    return runStep(visitId, actor, VisitEventKind::HandedOff, [&](Visit& visit, StepRecord& step) -> Status {
        for (const QString& id : handOff.procedureIds) {
            auto it = std::find_if(visit.procedures.begin(), visit.procedures.end(),
                                   [&](const VisitProcedure& p) { return p.procedureId == id; });
            if (it == visit.procedures.end())
                return invalid(
                    tr("Procedure \"%1\" is not on the checklist of visit %2.").arg(id, visit.ticket.number),
                    QStringLiteral("procedureIds"));
            it->status = ProcedureStatus::HandedOff;
            step.items << VisitTransactionItems::procedureRecorded(id, ProcedureStatus::HandedOff);
        }
        visit.targetCounter = handOff.toCounter;
        visit.targetDepartment = handOff.toDepartment;
        visit.staffId.clear();
        visit.queuedAt = step.at;
        if (!handOff.toCounter.isEmpty())
            step.detail.insert(QStringLiteral("toCounter"), handOff.toCounter);
        if (!handOff.toDepartment.isEmpty())
            step.detail.insert(QStringLiteral("toDepartment"), handOff.toDepartment);
        step.note = handOff.note;
        return {};
    });
}

Result<Visit> VisitStore::close(const QString& visitId, const VisitActor& actor)
{
    return runStep(visitId, actor, VisitEventKind::Closed, [](Visit& visit, StepRecord& step) -> Status {
        step.detail = {{QStringLiteral("feesDueYen"), visit.feesDueYen()}};
        if (visit.firstCalledAt.isValid()) {
            step.detail.insert(QStringLiteral("waitSeconds"), visit.issuedAt.secsTo(visit.firstCalledAt));
            step.detail.insert(QStringLiteral("serviceSeconds"), visit.firstCalledAt.secsTo(step.at));
        }
        return {};
    });
}

Result<Visit> VisitStore::cancel(const QString& visitId, const VisitActor& actor, const QString& reason)
{
    if (Status valid = VisitInput::reason(reason); !valid)
        return valid.error();
    return runStep(visitId, actor, VisitEventKind::Cancelled, [&](Visit& visit, StepRecord& step) -> Status {
        step.detail = {{QStringLiteral("from"), VisitStates::name(visit.state)}};
        step.note = reason;
        return {};
    });
}

Result<Visit> VisitStore::recordSupportMeasureOverride(const QString& visitId, const VisitActor& actor,
                                                       const SupportMeasureDecision& decision,
                                                       SupportMeasureAction action, const QString& reason)
{
    if (!decision.overridden || decision.supervisorId.isEmpty())
        return invalid(tr("Only a supervisor's authorisation is recorded here."), QStringLiteral("decision"));
    if (Status valid = VisitInput::reason(reason); !valid)
        return valid.error();
    return runStep(visitId, actor, VisitEventKind::SupportMeasureOverride,
                   [&](Visit&, StepRecord& step) -> Status {
                       step.detail = {{QStringLiteral("action"), SupportMeasureGuard::actionName(action)},
                                      {QStringLiteral("supervisor"), decision.supervisorId}};
                       step.note = reason;
                       return {};
                   });
}

// --- reading ---------------------------------------------------------------------------------

Result<Visit> VisitStore::visit(const QString& visitId) const
{
    Result<std::optional<Visit>> loaded = m_rows.load(m_database.connection(), visitId, false);
    if (!loaded)
        return loaded.error();
    if (!loaded.value())
        return makeError(QStringLiteral("counter.visit.notFound"), tr("There is no such visit."),
                         CounterSchema::visitsTable() + u':' + visitId);
    return *loaded.value();
}

Result<QList<Visit>> VisitStore::openVisits(const QString& counterId) const
{
    QVariantList values;
    const QString where = VisitQueries::servingWhere(counterId, values);
    return m_rows.loadWhere(m_database.connection(), where, values, QStringLiteral("called_ms, issued_ms"));
}

Result<QList<Visit>> VisitStore::waiting(const QString& counterId, const QueueScope& scope) const
{
    QVariantList values;
    const QString where = VisitQueries::queueWhere(counterId, scope, values);
    return m_rows.loadWhere(m_database.connection(), where, values, VisitQueries::queueOrder());
}

Result<QList<VisitTimelineEntry>> VisitStore::timeline(const QString& visitId,
                                                       const StaffDirectory* staff) const
{
    Result<QList<VisitEvent>> events = m_rows.events(m_database.connection(), visitId);
    if (!events)
        return events.error();
    QHash<QString, QString> names;
    QList<VisitTimelineEntry> entries;
    for (const VisitEvent& event : events.value()) {
        VisitTimelineEntry entry{event, event.staffId};
        if (staff && !event.staffId.isEmpty()) {
            if (!names.contains(event.staffId)) {
                const Result<StaffMember> member = staff->find(event.staffId);
                names.insert(event.staffId, member ? member.value().displayName : event.staffId);
            }
            entry.staffName = names.value(event.staffId);
        }
        entries << entry;
    }
    return entries;
}

Result<QList<VisitTiming>> VisitStore::timings(const QDate& day) const
{
    return VisitQueries::timings(m_database.connection(), day);
}

} // namespace madoguchi::counter
