#pragma once

// VisitStore behaviour asserted on both backends (tst_visitstore on SQLite,
// tst_visitstore_postgres on PostgreSQL): a whole visit stored and read back exactly (rare
// names included) after reopening the database, each step atomic with its outbox row, the
// visits a restart reopens, the queue, concurrent calls, the hand-off timeline, and refusals.

#include "../common/TestCheck.h"
#include "VisitTestSupport.h"
#include "counter/VisitStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <functional>

namespace madoguchi::test {

using FreshConfig = std::function<DatabaseConfig()>;
using counter::ProcedureStatus;
using counter::Visit;
using counter::VisitEventKind;
using counter::VisitState;

// The outbox transactions of one visit, by sequence.
inline QList<sync::OutboxItem> outboxOf(const sync::Outbox& outbox, const QString& visitId)
{
    Result<QList<sync::OutboxItem>> all = outbox.items({}, 1000);
    QList<sync::OutboxItem> mine;
    if (!all)
        return mine;
    for (const sync::OutboxItem& item : all.value()) {
        if (item.visitId == visitId)
            mine << item;
    }
    std::sort(mine.begin(), mine.end(), [](const auto& a, const auto& b) { return a.sequence < b.sequence; });
    return mine;
}

inline QStringList kindsOf(const QList<counter::VisitTimelineEntry>& timeline)
{
    QStringList kinds;
    for (const auto& entry : timeline)
        kinds << counter::VisitEventKinds::name(entry.event.kind);
    return kinds;
}

inline void checkFullVisitRoundTrip(const FreshConfig& fresh)
{
    MemorySecretStore secrets;
    const DatabaseConfig config = fresh();
    const counter::Identification identification = manualIdentification();
    const QList<counter::VisitProcedure> procedures = {
        {QStringLiteral("jumin.tennyu"), ProcedureStatus::Pending, u"前住所: 葛\U000E0102飾区"_qs},
        {QStringLiteral("kokuho-kanyu"), ProcedureStatus::Pending, {}},
        {QStringLiteral("jidou_teate"), ProcedureStatus::NotNeeded, QStringLiteral("対象外")},
    };
    QString visitId;
    {
        auto f = openCounter(config, secrets);
        QVERIFY(f);
        counter::VisitStore& store = *f->store;
        const Visit called = calledVisit(store);
        QVERIFY(!called.id.isEmpty());
        visitId = called.id;
        QCOMPARE(called.ticket.number, QStringLiteral("A-001"));
        QCOMPARE(called.state, VisitState::Called);
        QCOMPARE(called.callCount, 1);

        f->clock.advance(60);
        Result<Visit> step = store.identify(visitId, actor(), identification);
        QVERIFY2(step, qPrintable(step ? QString() : step.error().toString()));
        QCOMPARE(step.value().state, VisitState::Identified);
        step = store.chooseProcedures(visitId, actor(), procedures);
        QVERIFY2(step, qPrintable(step ? QString() : step.error().toString()));
        QCOMPARE(step.value().state, VisitState::ProceduresChosen);
        QCOMPARE(step.value().pendingProcedureCount(), 2);
        step = store.recordFormsPrinted(visitId, actor(), {QStringLiteral("forms/jumin-ido-todoke")});
        QVERIFY2(step, qPrintable(step ? QString() : step.error().toString()));
        QCOMPARE(step.value().state, VisitState::FormsPrinted);
        step = store.recordFees(visitId, actor(), {{QStringLiteral("inkan-card"), 200}});
        QVERIFY2(step, qPrintable(step ? QString() : step.error().toString()));
        QCOMPARE(step.value().state, VisitState::FeesRecorded);
        step = store.requestCertificates(visitId, actor(),
                                         {{QStringLiteral("juminhyo"), 2, QString(), 600},
                                          {QStringLiteral("inkan"), 1, QStringLiteral("KT0000004"), 300}});
        QVERIFY2(step, qPrintable(step ? QString() : step.error().toString()));
        QCOMPARE(step.value().state, VisitState::CertificatesRequested);
        QCOMPARE(step.value().feesDueYen(), qint64(1100));
        step = store.updateProcedure(visitId, actor(), QStringLiteral("jumin.tennyu"), ProcedureStatus::Done);
        QVERIFY2(step, qPrintable(step ? QString() : step.error().toString()));
        QCOMPARE(step.value().state, VisitState::CertificatesRequested); // an update keeps the state
        step = store.updateProcedure(visitId, actor(), QStringLiteral("kokuho-kanyu"),
                                     ProcedureStatus::HandedOff, QStringLiteral("2階 国保年金課"));
        QVERIFY2(step, qPrintable(step ? QString() : step.error().toString()));
        f->clock.advance(600);
        step = store.close(visitId, actor());
        QVERIFY2(step, qPrintable(step ? QString() : step.error().toString()));
        QCOMPARE(step.value().state, VisitState::Closed);
        QCOMPARE(step.value().waitSeconds().value_or(-1), qint64(0));
        QCOMPARE(step.value().serviceSeconds().value_or(-1), qint64(660));
    }

    // Another process, later: the same visit, exactly.
    auto f = openCounter(config, secrets);
    QVERIFY(f);
    Result<Visit> loaded = f->store->visit(visitId);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    const Visit& visit = loaded.value();
    QCOMPARE(visit.state, VisitState::Closed);
    QCOMPARE(visit.progress, VisitState::CertificatesRequested);
    QVERIFY(visit.identification.has_value());
    QVERIFY(*visit.identification == identification);
    QCOMPARE(visit.identification->person.familyName.toUcs4(), identification.person.familyName.toUcs4());
    QCOMPARE(visit.identification->person.givenName.toUcs4(), identification.person.givenName.toUcs4());
    QCOMPARE(visit.procedures.size(), 3);
    QCOMPARE(visit.procedures.at(0).procedureId, QStringLiteral("jumin.tennyu"));
    QCOMPARE(visit.procedures.at(0).status, ProcedureStatus::Done);
    QCOMPARE(visit.procedures.at(0).note.toUcs4(), procedures.at(0).note.toUcs4());
    QCOMPARE(visit.procedures.at(1).status, ProcedureStatus::HandedOff);
    QCOMPARE(visit.procedures.at(1).note, QStringLiteral("2階 国保年金課"));
    QCOMPARE(visit.procedures.at(2).status, ProcedureStatus::NotNeeded);
    QCOMPARE(visit.certificates.size(), 2);
    QVERIFY(visit.certificates.at(0) ==
            (counter::VisitCertificate{QStringLiteral("juminhyo"), 2, QString(), 600}));
    QCOMPARE(visit.certificates.at(1).residentId, QStringLiteral("KT0000004"));
    QCOMPARE(visit.fees.size(), 1);
    QCOMPARE(visit.feesDueYen(), qint64(1100));
    QCOMPARE(visit.version, qint64(10));

    Result<QList<counter::VisitTimelineEntry>> timeline = f->store->timeline(visitId);
    QVERIFY(timeline);
    QCOMPARE(kindsOf(timeline.value()),
             QStringList({"ticketIssued", "called", "identified", "proceduresChosen", "formsPrinted",
                          "feesRecorded", "certificatesRequested", "procedureUpdated", "procedureUpdated",
                          "closed"}));
    for (int i = 0; i < timeline.value().size(); ++i) {
        const counter::VisitEvent& event = timeline.value().at(i).event;
        QCOMPARE(event.sequence, i + 1);
        QCOMPARE(event.counterId, QStringLiteral("counter-01"));
        if (i > 0)
            QVERIFY(event.at >= timeline.value().at(i - 1).event.at);
    }
    QCOMPARE(timeline.value().last().event.detail.value(QStringLiteral("serviceSeconds")).toLongLong(), 660);

    // One outbox transaction per step, in the same order, with the matching core items.
    const QList<sync::OutboxItem> queued = outboxOf(*f->outbox, visitId);
    QCOMPARE(queued.size(), timeline.value().size());
    QStringList steps;
    QStringList itemKinds;
    for (const sync::OutboxItem& item : queued) {
        const QJsonArray items = item.transaction.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("visitStep"));
        steps << items.first().toObject().value(QStringLiteral("step")).toString();
        for (qsizetype i = 1; i < items.size(); ++i)
            itemKinds << items.at(i).toObject().value(QStringLiteral("kind")).toString();
    }
    QCOMPARE(steps, kindsOf(timeline.value()));
    QCOMPARE(itemKinds, QStringList({"procedureRecorded", "procedureRecorded", "procedureRecorded",
                                     "formAccepted", "certificateRequested", "certificateRequested",
                                     "procedureRecorded", "procedureRecorded"}));
    // Someone the core does not know yet: no resident id on the form; the certificate about a
    // known resident carries that resident's id, the other none.
    const QJsonArray formItems = queued.at(4).transaction.value(QStringLiteral("items")).toArray();
    QVERIFY(!formItems.at(1).toObject().contains(QStringLiteral("residentId")));
    QCOMPARE(formItems.at(1).toObject().value(QStringLiteral("formType")).toString(),
             QStringLiteral("jumin-ido-todoke"));
    const QJsonArray certificateItems = queued.at(6).transaction.value(QStringLiteral("items")).toArray();
    QVERIFY(!certificateItems.at(1).toObject().contains(QStringLiteral("residentId")));
    QCOMPARE(certificateItems.at(2).toObject().value(QStringLiteral("residentId")).toString(),
             QStringLiteral("KT0000004"));
    QCOMPARE(certificateItems.at(2).toObject().value(QStringLiteral("feeYen")).toInt(), 300);
    // No personal data in what goes to the core.
    for (const sync::OutboxItem& item : queued) {
        const QByteArray json = QJsonDocument(item.transaction).toJson();
        QVERIFY(!json.contains(QStringLiteral("カツラギ").toUtf8()));
        QVERIFY(!json.contains(QStringLiteral("王子本町").toUtf8()));
        QVERIFY(!json.contains(QStringLiteral("前住所").toUtf8()));
    }
}

// `failOutbox` makes every insert into sync_outbox fail; `healOutbox` undoes it.
inline void checkStepAndOutboxAreAtomic(const FreshConfig& fresh, const QStringList& failOutbox,
                                        const QStringList& healOutbox)
{
    MemorySecretStore secrets;
    auto f = openCounter(fresh(), secrets);
    QVERIFY(f);
    const Visit called = calledVisit(*f->store);
    QVERIFY(!called.id.isEmpty());
    const QString eventsSql = QStringLiteral("SELECT COUNT(*) FROM counter_events");
    const QString outboxSql = QStringLiteral("SELECT COUNT(*) FROM sync_outbox");
    const int events = countRows(f->connection(), eventsSql);
    const int outbox = countRows(f->connection(), outboxSql);
    QCOMPARE(events, 2);
    QCOMPARE(outbox, 2);

    for (const QString& sql : failOutbox) {
        QSqlQuery query(f->connection());
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    }
    Result<Visit> identified = f->store->identify(called.id, actor(), manualIdentification());
    QVERIFY(!identified);
    QCOMPARE(identified.error().code, QStringLiteral("sync.outbox.db"));
    Result<Visit> issued = f->store->issueTicket(QStringLiteral("juminhyo"), QStringLiteral("A"), actor());
    QVERIFY(!issued);
    QCOMPARE(issued.error().code, QStringLiteral("sync.outbox.db"));

    // Nothing of either step is stored: not the state, not the identification, not the event,
    // not the new visit, not its ticket number.
    Result<Visit> after = f->store->visit(called.id);
    QVERIFY(after);
    QCOMPARE(after.value().state, VisitState::Called);
    QVERIFY(!after.value().identification);
    QCOMPARE(after.value().version, called.version);
    QCOMPARE(countRows(f->connection(), eventsSql), events);
    QCOMPARE(countRows(f->connection(), outboxSql), outbox);
    QCOMPARE(countRows(f->connection(), QStringLiteral("SELECT COUNT(*) FROM counter_visits")), 1);
    QCOMPARE(countRows(f->connection(),
                       QStringLiteral("SELECT COUNT(*) FROM counter_visits WHERE person_enc IS NOT NULL")),
             0);

    for (const QString& sql : healOutbox) {
        QSqlQuery query(f->connection());
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    }
    identified = f->store->identify(called.id, actor(), manualIdentification());
    QVERIFY2(identified, qPrintable(identified ? QString() : identified.error().toString()));
    issued = f->store->issueTicket(QStringLiteral("juminhyo"), QStringLiteral("A"), actor());
    QVERIFY(issued);
    QCOMPARE(issued.value().ticket.number, QStringLiteral("A-002"));
    QCOMPARE(countRows(f->connection(), eventsSql), events + 2);
    QCOMPARE(countRows(f->connection(), outboxSql), outbox + 2);
}

inline void checkOpenVisitsAfterReopen(const FreshConfig& fresh)
{
    MemorySecretStore secrets;
    const DatabaseConfig config = fresh();
    QString identifiedId;
    QString calledId;
    QString otherCounterId;
    {
        auto f = openCounter(config, secrets);
        QVERIFY(f);
        counter::VisitStore& store = *f->store;
        const Visit first = calledVisit(store);
        identifiedId = first.id;
        QVERIFY(store.identify(first.id, actor(), cardIdentification()));
        QVERIFY(store.chooseProcedures(
            first.id, actor(),
            {{QStringLiteral("tenkyo"), ProcedureStatus::Pending, QStringLiteral("メモ")}}));
        f->clock.advance(30);
        calledId = calledVisit(store).id;
        f->clock.advance(30);
        otherCounterId = calledVisit(store, actor(QStringLiteral("suzuki"), QStringLiteral("counter-02"))).id;
        f->clock.advance(30);
        const Visit closed = calledVisit(store);
        QVERIFY(store.identify(closed.id, actor(), cardIdentification()));
        QVERIFY(store.close(closed.id, actor()));
        QVERIFY(store.issueTicket(QStringLiteral("juminhyo"), QStringLiteral("A"), actor()));
        const Visit handed = calledVisit(store);
        QVERIFY(
            store.handOff(handed.id, actor(), counter::HandOff{QStringLiteral("counter-02"), {}, {}, {}}));
        const Visit cancelled = calledVisit(store);
        QVERIFY(store.cancel(cancelled.id, actor(), QStringLiteral("来庁者が帰った")));
        QVERIFY(!identifiedId.isEmpty() && !calledId.isEmpty() && !otherCounterId.isEmpty());
    }

    // The restart: exactly the two visits counter-01 was serving, where they stood.
    auto f = openCounter(config, secrets);
    QVERIFY(f);
    Result<QList<Visit>> open = f->store->openVisits(QStringLiteral("counter-01"));
    QVERIFY2(open, qPrintable(open ? QString() : open.error().toString()));
    QCOMPARE(open.value().size(), 2);
    QCOMPARE(open.value().at(0).id, identifiedId);
    QCOMPARE(open.value().at(0).state, VisitState::ProceduresChosen);
    QVERIFY(open.value().at(0).identification && *open.value().at(0).identification == cardIdentification());
    QCOMPARE(open.value().at(0).procedures.size(), 1);
    QCOMPARE(open.value().at(0).procedures.at(0).note, QStringLiteral("メモ"));
    QCOMPARE(open.value().at(1).id, calledId);
    QCOMPARE(open.value().at(1).state, VisitState::Called);
    Result<QList<Visit>> other = f->store->openVisits(QStringLiteral("counter-02"));
    QVERIFY(other);
    QCOMPARE(other.value().size(), 1);
    QCOMPARE(other.value().at(0).id, otherCounterId);
    // And the visit continues after the restart.
    QVERIFY(f->store->identify(calledId, actor(), manualIdentification()));
}

// The life events the clerk chose are stored with the visit (migration 2), come back after a
// reopen and in openVisits(), are on the timeline but never in the outbox (the core has no such
// step), and are refused when malformed or from another counter.
inline void checkLifeEventsRoundTrip(const FreshConfig& fresh)
{
    MemorySecretStore secrets;
    const DatabaseConfig config = fresh();
    QString visitId;
    {
        auto f = openCounter(config, secrets);
        QVERIFY(f);
        counter::VisitStore& store = *f->store;
        const Visit called = calledVisit(store);
        QVERIFY(!called.id.isEmpty());
        visitId = called.id;
        QVERIFY(called.lifeEvents.isEmpty());
        const int outboxBefore =
            countRows(f->connection(), QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));

        // Before identification too: the clerk asks what happened first.
        Result<Visit> chosen =
            store.chooseLifeEvents(visitId, actor(), {QStringLiteral("moveIn"), QStringLiteral("birth")});
        QVERIFY2(chosen, qPrintable(chosen ? QString() : chosen.error().toString()));
        QCOMPARE(chosen.value().lifeEvents, QStringList({"moveIn", "birth"}));
        QCOMPARE(chosen.value().state, VisitState::Called); // not a state of its own
        QCOMPARE(chosen.value().version, called.version + 1);
        QVERIFY(store.identify(visitId, actor(), manualIdentification()));
        chosen = store.chooseLifeEvents(visitId, actor(), {});
        QVERIFY(chosen);
        QVERIFY(chosen.value().lifeEvents.isEmpty());
        QCOMPARE(countRows(f->connection(), QStringLiteral("SELECT COUNT(*) FROM counter_visits "
                                                           "WHERE life_events IS NULL")),
                 1);
        chosen = store.chooseLifeEvents(visitId, actor(), {QStringLiteral("moveIn")});
        QVERIFY(chosen);
        QCOMPARE(chosen.value().state, VisitState::Identified);
        QVERIFY(store.chooseProcedures(visitId, actor(),
                                       {{QStringLiteral("jumin.tennyu"), ProcedureStatus::Pending, {}}}));

        // Refused, and nothing of it stored.
        const auto expectError = [&](const Result<Visit>& result, const char* code, const QString& where) {
            QVERIFY2(!result, "the step should have been refused");
            QCOMPARE(result.error().code, QString::fromLatin1(code));
            if (!where.isEmpty())
                QCOMPARE(result.error().where, where);
        };
        MADOGUCHI_CHECK(expectError(
            store.chooseLifeEvents(visitId, actor(), {QStringLiteral("moveIn"), QStringLiteral("moveIn")}),
            "counter.visit.invalid", QStringLiteral("lifeEvents[1]")));
        MADOGUCHI_CHECK(expectError(store.chooseLifeEvents(visitId, actor(), {QStringLiteral("転入")}),
                                    "counter.visit.invalid", QStringLiteral("lifeEvents[0]")));
        MADOGUCHI_CHECK(expectError(
            store.chooseLifeEvents(visitId, actor(QStringLiteral("x"), QStringLiteral("counter-09")),
                                   {QStringLiteral("death")}),
            "counter.visit.otherCounter", QString()));
        MADOGUCHI_CHECK(expectError(store.chooseLifeEvents(QStringLiteral("no-such-visit"), actor(), {}),
                                    "counter.visit.notFound", QString()));

        // On the timeline with the ids, by whom and where; the outbox got identify and the
        // procedures only.
        Result<QList<counter::VisitTimelineEntry>> timeline = store.timeline(visitId);
        QVERIFY(timeline);
        QCOMPARE(kindsOf(timeline.value()),
                 QStringList({"ticketIssued", "called", "lifeEventsChosen", "identified", "lifeEventsChosen",
                              "lifeEventsChosen", "proceduresChosen"}));
        const counter::VisitEvent& first = timeline.value().at(2).event;
        QCOMPARE(first.detail.value(QStringLiteral("lifeEvents")).toStringList(),
                 QStringList({"moveIn", "birth"}));
        QCOMPARE(first.counterId, QStringLiteral("counter-01"));
        QCOMPARE(first.staffId, QStringLiteral("sato"));
        QVERIFY(first.note.isEmpty());
        QCOMPARE(countRows(f->connection(), QStringLiteral("SELECT COUNT(*) FROM sync_outbox")),
                 outboxBefore + 2);
        for (const sync::OutboxItem& item : outboxOf(*f->outbox, visitId)) {
            const QByteArray json = QJsonDocument(item.transaction).toJson();
            QVERIFY(!json.contains("lifeEventsChosen"));
        }
    }

    // Another process, later: the visit as it stood, with its life event.
    {
        auto f = openCounter(config, secrets);
        QVERIFY(f);
        Result<Visit> loaded = f->store->visit(visitId);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(loaded.value().lifeEvents, QStringList({"moveIn"}));
        QCOMPARE(loaded.value().procedures.size(), 1);
        Result<QList<Visit>> open = f->store->openVisits(QStringLiteral("counter-01"));
        QVERIFY(open);
        QCOMPARE(open.value().size(), 1);
        QCOMPARE(open.value().first().lifeEvents, QStringList({"moveIn"}));
        // Stored as plain ids (not personal; CounterSchema says why).
        QCOMPARE(countRows(f->connection(), QStringLiteral("SELECT COUNT(*) FROM counter_visits "
                                                           "WHERE life_events = '[\"moveIn\"]'")),
                 1);
        // A value this version cannot read is reported, not guessed.
        QSqlQuery spoil(f->connection());
        QVERIFY(spoil.exec(QStringLiteral("UPDATE counter_visits SET life_events = '{\"moveIn\": 1}'")));
        Result<Visit> corrupt = f->store->visit(visitId);
        QVERIFY(!corrupt);
        QCOMPARE(corrupt.error().code, QStringLiteral("counter.visit.corrupt"));
        QCOMPARE(corrupt.error().where, QStringLiteral("counter_visits:") + visitId);
    }
}

inline void checkQueue(const FreshConfig& fresh)
{
    MemorySecretStore secrets;
    auto f = openCounter(fresh(), secrets);
    QVERIFY(f);
    counter::VisitStore& store = *f->store;
    const counter::VisitActor reception = actor(QString(), QStringLiteral("kiosk-1"));
    QStringList numbers;
    QStringList ids;
    for (const auto& [category, prefix] : {std::pair{"juminhyo", "A"}, std::pair{"juminhyo", "A"},
                                           std::pair{"koseki", "B"}, std::pair{"juminhyo", "A"}}) {
        Result<Visit> issued =
            store.issueTicket(QString::fromLatin1(category), QString::fromLatin1(prefix), reception);
        QVERIFY2(issued, qPrintable(issued ? QString() : issued.error().toString()));
        QCOMPARE(issued.value().state, VisitState::Waiting);
        numbers << issued.value().ticket.number;
        ids << issued.value().id;
        f->clock.advance(60);
    }
    QCOMPARE(numbers, QStringList({"A-001", "A-002", "B-001", "A-003"}));

    const counter::QueueScope juminhyo{{QStringLiteral("juminhyo")}, {}};
    Result<QList<Visit>> waiting = store.waiting(QStringLiteral("counter-01"), juminhyo);
    QVERIFY(waiting);
    QCOMPARE(waiting.value().size(), 3);
    QCOMPARE(waiting.value().at(0).ticket.number, QStringLiteral("A-001"));

    // Oldest first, only what this counter serves.
    Result<std::optional<Visit>> next = store.callNext(actor(), juminhyo);
    QVERIFY(next && next.value());
    QCOMPARE(next.value()->ticket.number, QStringLiteral("A-001"));
    QCOMPARE(next.value()->state, VisitState::Called);
    QCOMPARE(next.value()->counterId, QStringLiteral("counter-01"));
    QCOMPARE(next.value()->waitSeconds().value_or(-1), qint64(240));
    next = store.callNext(actor(), juminhyo);
    QVERIFY(next && next.value());
    const QString second = next.value()->id;
    QCOMPARE(next.value()->ticket.number, QStringLiteral("A-002"));

    // Recall, skip (no-show), and the late-comer called once more.
    Result<Visit> recalled = store.recall(second, actor());
    QVERIFY(recalled);
    QCOMPARE(recalled.value().callCount, 2);
    QCOMPARE(recalled.value().state, VisitState::Called);
    Result<Visit> skipped = store.skip(second, actor());
    QVERIFY(skipped);
    QCOMPARE(skipped.value().state, VisitState::Skipped);
    Result<Visit> refused = store.recall(second, actor());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("counter.visit.refused"));
    refused = store.skip(second, actor());
    QVERIFY(!refused);
    Result<Visit> again = store.call(second, actor());
    QVERIFY(again);
    QCOMPARE(again.value().state, VisitState::Called);
    QCOMPARE(again.value().callCount, 3);
    // A skipped ticket does not come back by itself from the queue.
    next = store.callNext(actor(QStringLiteral("tanaka"), QStringLiteral("counter-03")), juminhyo);
    QVERIFY(next && next.value());
    QCOMPARE(next.value()->ticket.number, QStringLiteral("A-003"));
    next = store.callNext(actor(), juminhyo);
    QVERIFY(next);
    QVERIFY(!next.value());
    // Another counter serves the other category.
    next = store.callNext(actor(QStringLiteral("suzuki"), QStringLiteral("counter-02")),
                          counter::QueueScope{{QStringLiteral("koseki")}, {}});
    QVERIFY(next && next.value());
    QCOMPARE(next.value()->ticket.number, QStringLiteral("B-001"));

    // Wait times for reporting.
    Result<QList<counter::VisitTiming>> timings = store.timings(QDate(2026, 11, 27));
    QVERIFY(timings);
    QCOMPARE(timings.value().size(), 4);
    QCOMPARE(timings.value().at(0).ticketNumber, QStringLiteral("A-001"));
    QCOMPARE(timings.value().at(0).waitSeconds, qint64(240));
    QCOMPARE(timings.value().at(0).serviceSeconds, qint64(-1));

    // The next day starts again at 001.
    f->clock.advance(24 * 3600);
    Result<Visit> tomorrow = store.issueTicket(QStringLiteral("juminhyo"), QStringLiteral("A"), reception);
    QVERIFY(tomorrow);
    QCOMPARE(tomorrow.value().ticket.number, QStringLiteral("A-001"));
    QCOMPARE(tomorrow.value().ticket.day, QDate(2026, 11, 28));
}

// Two counters call from the same queue at the same moment, each on its own connection: every
// ticket is called exactly once.
inline void checkConcurrentCallNext(const FreshConfig& fresh)
{
    MemorySecretStore secrets;
    auto f = openCounter(fresh(), secrets);
    QVERIFY(f);
    constexpr int tickets = 40;
    for (int i = 0; i < tickets; ++i)
        QVERIFY(f->store->issueTicket(QStringLiteral("juminhyo"), QStringLiteral("A"), actor()));
    const counter::QueueScope scope{{QStringLiteral("juminhyo")}, {}};
    QMutex mutex;
    QList<QStringList> calledBy(2);
    QStringList errors;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < 2; ++t) {
        threads.emplace_back(QThread::create([&, t] {
            const counter::VisitActor who =
                actor(QStringLiteral("staff-%1").arg(t), QStringLiteral("counter-%1").arg(t));
            for (;;) {
                Result<std::optional<Visit>> next = f->store->callNext(who, scope);
                QMutexLocker lock(&mutex);
                if (!next) {
                    errors << next.error().toString();
                    return;
                }
                if (!next.value())
                    return;
                calledBy[t] << next.value()->id;
            }
        }));
    }
    for (auto& thread : threads)
        thread->start();
    for (auto& thread : threads)
        QVERIFY(thread->wait(120000));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    const QSet<QString> first(calledBy[0].begin(), calledBy[0].end());
    const QSet<QString> second(calledBy[1].begin(), calledBy[1].end());
    QCOMPARE(first.size() + second.size(), tickets);
    QVERIFY(!first.intersects(second));
    QCOMPARE(
        countRows(f->connection(), QStringLiteral("SELECT COUNT(*) FROM counter_visits WHERE call_count = 1 "
                                                  "AND state = 'called'")),
        tickets);
    QCOMPARE(countRows(f->connection(),
                       QStringLiteral("SELECT COUNT(*) FROM counter_events WHERE kind = 'called'")),
             tickets);
    qInfo("counter-0 called %lld, counter-1 called %lld", qlonglong(first.size()), qlonglong(second.size()));
}

inline void checkHandOffTimeline(const FreshConfig& fresh)
{
    MemorySecretStore secrets;
    auto f = openCounter(fresh(), secrets);
    QVERIFY(f);
    QVERIFY(f->staff->createAccount(QStringLiteral("sato"), QStringLiteral("佐藤 花子"), Role::Clerk,
                                    QStringLiteral("password-123456")));
    QVERIFY(f->staff->createAccount(QStringLiteral("suzuki"), QStringLiteral("鈴木 一郎"), Role::Clerk,
                                    QStringLiteral("password-123456")));
    counter::VisitStore& store = *f->store;
    const counter::VisitActor sato = actor(QStringLiteral("sato"), QStringLiteral("counter-01"));
    const counter::VisitActor suzuki = actor(QStringLiteral("suzuki"), QStringLiteral("counter-05"));
    const Visit visit = calledVisit(store, sato);
    QVERIFY(!visit.id.isEmpty());
    QVERIFY(store.identify(visit.id, sato, cardIdentification()));
    QVERIFY(store.chooseProcedures(visit.id, sato,
                                   {{QStringLiteral("tenkyo"), ProcedureStatus::Pending, {}},
                                    {QStringLiteral("kokuho-kanyu"), ProcedureStatus::Pending, {}}}));
    f->clock.advance(120);
    counter::HandOff handOff{{},
                             QStringLiteral("kokuho"),
                             QStringLiteral("国保の加入: 保険証の交付まで"),
                             {QStringLiteral("kokuho-kanyu")}};
    Result<Visit> handed = store.handOff(visit.id, sato, handOff);
    QVERIFY2(handed, qPrintable(handed ? QString() : handed.error().toString()));
    QCOMPARE(handed.value().state, VisitState::HandedOff);
    QCOMPARE(handed.value().targetDepartment, QStringLiteral("kokuho"));
    QCOMPARE(handed.value().procedure(QStringLiteral("kokuho-kanyu"))->status, ProcedureStatus::HandedOff);
    // Gone from counter-01: it can neither close it nor see it as open.
    Result<Visit> refused = store.close(visit.id, sato);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("counter.visit.refused"));
    QVERIFY(store.openVisits(QStringLiteral("counter-01")).value().isEmpty());
    // Another department's queue does not see it; 国保's does.
    Result<std::optional<Visit>> none =
        store.callNext(suzuki, counter::QueueScope{{QStringLiteral("juminhyo")}, {QStringLiteral("zei")}});
    QVERIFY(none && !none.value());

    f->clock.advance(300);
    Result<std::optional<Visit>> taken =
        store.callNext(suzuki, counter::QueueScope{{QStringLiteral("koseki")}, {QStringLiteral("kokuho")}});
    QVERIFY(taken && taken.value());
    QCOMPARE(taken.value()->id, visit.id);
    QCOMPARE(taken.value()->state, VisitState::ProceduresChosen); // where it stood
    QCOMPARE(taken.value()->counterId, QStringLiteral("counter-05"));
    QVERIFY(taken.value()->targetDepartment.isEmpty());
    QVERIFY(store.updateProcedure(visit.id, suzuki, QStringLiteral("kokuho-kanyu"), ProcedureStatus::Done));
    refused = store.close(visit.id, suzuki); // tenkyo is still pending
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("counter.visit.refused"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("1 pending")),
             qPrintable(refused.error().message));
    QVERIFY(store.updateProcedure(visit.id, suzuki, QStringLiteral("tenkyo"), ProcedureStatus::Done));
    QVERIFY(store.close(visit.id, suzuki));

    Result<QList<counter::VisitTimelineEntry>> timeline = store.timeline(visit.id, f->staff.get());
    QVERIFY(timeline);
    QCOMPARE(kindsOf(timeline.value()),
             QStringList({"ticketIssued", "called", "identified", "proceduresChosen", "handedOff", "called",
                          "procedureUpdated", "procedureUpdated", "closed"}));
    const auto& entries = timeline.value();
    QCOMPARE(entries.at(1).staffName, QStringLiteral("佐藤 花子"));
    QCOMPARE(entries.at(4).staffName, QStringLiteral("佐藤 花子"));
    QCOMPARE(entries.at(4).event.counterId, QStringLiteral("counter-01"));
    QCOMPARE(entries.at(4).event.detail.value(QStringLiteral("toDepartment")).toString(),
             QStringLiteral("kokuho"));
    QCOMPARE(entries.at(4).event.note, handOff.note);
    QCOMPARE(entries.at(4).event.stateAfter, VisitState::HandedOff);
    QCOMPARE(entries.at(5).staffName, QStringLiteral("鈴木 一郎"));
    QCOMPARE(entries.at(5).event.counterId, QStringLiteral("counter-05"));
    QCOMPARE(entries.at(5).event.at.secsTo(entries.at(4).event.at), qint64(-300));
    QCOMPARE(entries.at(8).staffName, QStringLiteral("鈴木 一郎"));
    // Without a directory, the login stands for the name.
    QCOMPARE(store.timeline(visit.id).value().at(1).staffName, QStringLiteral("sato"));
}

inline void checkRefusals(const FreshConfig& fresh)
{
    MemorySecretStore secrets;
    auto f = openCounter(fresh(), secrets);
    QVERIFY(f);
    counter::VisitStore& store = *f->store;
    const Visit visit = calledVisit(store);
    QVERIFY(!visit.id.isEmpty());
    const auto expectError = [&](const Result<Visit>& result, const char* code) {
        QVERIFY2(!result, "the step should have been refused");
        QCOMPARE(result.error().code, QString::fromLatin1(code));
    };

    // Unidentified: nothing but identify, hand-off, skip, recall or cancel.
    MADOGUCHI_CHECK(expectError(store.close(visit.id, actor()), "counter.visit.refused"));
    QVERIFY(
        store.close(visit.id, actor()).error().message.contains(QStringLiteral("cancelled, with a reason")));
    MADOGUCHI_CHECK(
        expectError(store.requestCertificates(visit.id, actor(), {{QStringLiteral("juminhyo"), 1, {}, 300}}),
                    "counter.visit.refused"));
    MADOGUCHI_CHECK(expectError(store.recordFormsPrinted(visit.id, actor(), {QStringLiteral("forms/tenkyo")}),
                                "counter.visit.refused"));
    // Another counter must not act on it.
    MADOGUCHI_CHECK(
        expectError(store.identify(visit.id, actor(QStringLiteral("x"), QStringLiteral("counter-09")),
                                   manualIdentification()),
                    "counter.visit.otherCounter"));
    // Bad input, and a My Number where it would be stored.
    counter::Identification noReason = manualIdentification();
    noReason.manualReason.clear();
    MADOGUCHI_CHECK(
        expectError(store.identify(visit.id, actor(), noReason), "counter.identification.invalid"));
    counter::Identification withNumber = manualIdentification();
    withNumber.person.address = QStringLiteral("1234 5678 9012");
    MADOGUCHI_CHECK(
        expectError(store.identify(visit.id, actor(), withNumber), "counter.identification.myNumber"));
    MADOGUCHI_CHECK(
        expectError(store.cancel(visit.id, actor(), QStringLiteral("  ")), "counter.visit.invalid"));
    MADOGUCHI_CHECK(expectError(store.cancel(visit.id, actor(), QStringLiteral("番号 123456789012")),
                                "counter.visit.myNumber"));
    MADOGUCHI_CHECK(
        expectError(store.identify(QStringLiteral("no-such-visit"), actor(), manualIdentification()),
                    "counter.visit.notFound"));
    MADOGUCHI_CHECK(expectError(store.call(visit.id, actor()), "counter.visit.refused"));
    QVERIFY(store.identify(visit.id, actor(), manualIdentification()));
    MADOGUCHI_CHECK(
        expectError(store.identify(visit.id, actor(), manualIdentification()), "counter.visit.refused"));
    MADOGUCHI_CHECK(expectError(store.recordFormsPrinted(visit.id, actor(), {QStringLiteral("forms/tenkyo")}),
                                "counter.visit.refused")); // no procedures yet
    MADOGUCHI_CHECK(expectError(store.chooseProcedures(visit.id, actor(),
                                                       {{QStringLiteral("a"), ProcedureStatus::Pending, {}},
                                                        {QStringLiteral("a"), ProcedureStatus::Pending, {}}}),
                                "counter.visit.invalid"));
    MADOGUCHI_CHECK(
        expectError(store.updateProcedure(visit.id, actor(), QStringLiteral("tenkyo"), ProcedureStatus::Done),
                    "counter.visit.refused"));
    QVERIFY(store.chooseProcedures(visit.id, actor(),
                                   {{QStringLiteral("tenkyo"), ProcedureStatus::Pending, {}}}));
    MADOGUCHI_CHECK(expectError(
        store.updateProcedure(visit.id, actor(), QStringLiteral("tenshutsu"), ProcedureStatus::Done),
        "counter.visit.invalid"));
    MADOGUCHI_CHECK(
        expectError(store.requestCertificates(visit.id, actor(), {{QStringLiteral("juminhyo"), 0, {}, 300}}),
                    "counter.visit.invalid"));
    MADOGUCHI_CHECK(
        expectError(store.requestCertificates(visit.id, actor(),
                                              {{QStringLiteral("juminhyo"), 1, QStringLiteral("KT 1"), 300}}),
                    "counter.visit.invalid"));
    MADOGUCHI_CHECK(expectError(store.recordFees(visit.id, actor(), {{QStringLiteral("inkan card"), 200}}),
                                "counter.visit.invalid"));
    MADOGUCHI_CHECK(
        expectError(store.handOff(visit.id, actor(), counter::HandOff{}), "counter.handOff.invalid"));
    MADOGUCHI_CHECK(expectError(
        store.handOff(visit.id, actor(), counter::HandOff{QStringLiteral("counter-01"), {}, {}, {}}),
        "counter.handOff.invalid"));
    // Pending procedures: only a cancel ends the visit now, and then nothing more happens.
    MADOGUCHI_CHECK(expectError(store.close(visit.id, actor()), "counter.visit.refused"));
    Result<Visit> cancelled = store.cancel(visit.id, actor(), QStringLiteral("書類不足のため出直し"));
    QVERIFY(cancelled);
    QCOMPARE(cancelled.value().state, VisitState::Cancelled);
    QVERIFY(cancelled.value().closedAt.isValid());
    MADOGUCHI_CHECK(expectError(store.close(visit.id, actor()), "counter.visit.refused"));
    MADOGUCHI_CHECK(
        expectError(store.cancel(visit.id, actor(), QStringLiteral("again")), "counter.visit.refused"));
    QCOMPARE(store.timeline(visit.id).value().last().event.note, QStringLiteral("書類不足のため出直し"));
    // Refused steps left no trace: ticket, call, identify, choose, cancel.
    QCOMPARE(countRows(f->connection(), QStringLiteral("SELECT COUNT(*) FROM counter_events")), 5);
    QCOMPARE(countRows(f->connection(), QStringLiteral("SELECT COUNT(*) FROM sync_outbox")), 5);
}

} // namespace madoguchi::test
