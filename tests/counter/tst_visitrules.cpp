// The visit state machine (VisitRules) on its own: every state with every step, the state it
// leads to or the refusal, and the enum names the database and the core API rely on.
#include "counter/VisitRules.h"

#include <QObject>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::counter;

Q_DECLARE_METATYPE(madoguchi::counter::VisitState)
Q_DECLARE_METATYPE(madoguchi::counter::VisitEventKind)

namespace {

const QString here = QStringLiteral("counter-01");

// A visit in `state`, served at counter-01 when working. `identified` and `pending` /
// `settled` procedures shape what the rules look at.
Visit visitIn(VisitState state, VisitState progress, bool identified, int pending = 0, int settled = 0)
{
    Visit visit;
    visit.id = QStringLiteral("0b5e0f3c-3f7e-4b8e-9a51-4b1f3b9c2d11");
    visit.ticket.number = QStringLiteral("A-007");
    visit.state = state;
    visit.progress = progress;
    visit.counterId = here;
    if (identified)
        visit.identification = Identification{};
    for (int i = 0; i < pending; ++i)
        visit.procedures << VisitProcedure{QStringLiteral("p%1").arg(i), ProcedureStatus::Pending, {}};
    for (int i = 0; i < settled; ++i)
        visit.procedures << VisitProcedure{QStringLiteral("s%1").arg(i), ProcedureStatus::Done, {}};
    return visit;
}

} // namespace

class TestVisitRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_data()
    {
        QTest::addColumn<int>("visitCase");
        QTest::addColumn<VisitEventKind>("kind");
        QTest::addColumn<QString>("counterId");
        QTest::addColumn<QString>("expected"); // a state name, or "!<error code>"

        using K = VisitEventKind;
        const QString refused = QStringLiteral("!counter.visit.refused");
        const QString other = QStringLiteral("!counter.visit.otherCounter");
        struct Row
        {
            const char* name;
            int visitCase;
            K kind;
            QString expected;
            QString counterId = here;
        };
        const std::vector<Row> rows = {
            // 0: waiting
            {"waiting call", 0, K::Called, "called"},
            {"waiting recall", 0, K::Recalled, refused},
            {"waiting skip", 0, K::Skipped, refused},
            {"waiting identify", 0, K::Identified, refused},
            {"waiting procedures", 0, K::ProceduresChosen, refused},
            {"waiting procedure update", 0, K::ProcedureUpdated, refused},
            {"waiting forms", 0, K::FormsPrinted, refused},
            {"waiting fees", 0, K::FeesRecorded, refused},
            {"waiting certificates", 0, K::CertificatesRequested, refused},
            {"waiting hand-off", 0, K::HandedOff, refused},
            {"waiting close", 0, K::Closed, refused},
            {"waiting cancel", 0, K::Cancelled, "cancelled"},
            {"waiting ticket again", 0, K::TicketIssued, refused},
            {"waiting call from another counter", 0, K::Called, "called", "counter-02"},
            // 1: called, not identified
            {"called call", 1, K::Called, refused},
            {"called recall", 1, K::Recalled, "called"},
            {"called skip", 1, K::Skipped, "skipped"},
            {"called identify", 1, K::Identified, "identified"},
            {"called procedures", 1, K::ProceduresChosen, refused},
            {"called procedure update", 1, K::ProcedureUpdated, refused},
            {"called forms", 1, K::FormsPrinted, refused},
            {"called fees", 1, K::FeesRecorded, refused},
            {"called certificates", 1, K::CertificatesRequested, refused},
            {"called hand-off", 1, K::HandedOff, "handedOff"},
            {"called close", 1, K::Closed, refused},
            {"called cancel", 1, K::Cancelled, "cancelled"},
            {"called identify elsewhere", 1, K::Identified, other, "counter-02"},
            {"called cancel elsewhere", 1, K::Cancelled, other, "counter-02"},
            {"called recall elsewhere", 1, K::Recalled, other, "counter-02"},
            {"called support-measure override", 1, K::SupportMeasureOverride, "called"},
            {"waiting support-measure override", 0, K::SupportMeasureOverride, refused},
            {"chosen support-measure override", 3, K::SupportMeasureOverride, "proceduresChosen"},
            // Life events: on any visit being served here, before or after identification; the
            // state stays.
            {"called life events", 1, K::LifeEventsChosen, "called"},
            {"chosen life events", 3, K::LifeEventsChosen, "proceduresChosen"},
            {"forms life events", 5, K::LifeEventsChosen, "formsPrinted"},
            {"waiting life events", 0, K::LifeEventsChosen, refused},
            {"skipped life events", 8, K::LifeEventsChosen, refused},
            {"handed off life events", 9, K::LifeEventsChosen, refused},
            {"called life events elsewhere", 1, K::LifeEventsChosen, other, "counter-02"},
            // 2: identified, no procedures
            {"identified identify", 2, K::Identified, refused},
            {"identified recall", 2, K::Recalled, refused},
            {"identified skip", 2, K::Skipped, refused},
            {"identified procedures", 2, K::ProceduresChosen, "proceduresChosen"},
            {"identified procedure update", 2, K::ProcedureUpdated, refused},
            {"identified forms", 2, K::FormsPrinted, refused},
            {"identified fees", 2, K::FeesRecorded, "feesRecorded"},
            {"identified certificates", 2, K::CertificatesRequested, "certificatesRequested"},
            {"identified hand-off", 2, K::HandedOff, "handedOff"},
            {"identified close", 2, K::Closed, "closed"},
            {"identified cancel", 2, K::Cancelled, "cancelled"},
            // 3: procedures chosen, one pending
            {"chosen forms", 3, K::FormsPrinted, "formsPrinted"},
            {"chosen procedure update", 3, K::ProcedureUpdated, "proceduresChosen"},
            {"chosen more procedures", 3, K::ProceduresChosen, "proceduresChosen"},
            {"chosen close with pending", 3, K::Closed, refused},
            {"chosen cancel with pending", 3, K::Cancelled, "cancelled"},
            // 4: procedures chosen, all settled
            {"settled close", 4, K::Closed, "closed"},
            // 5: forms printed — an earlier step repeated does not move the state back
            {"forms then procedures", 5, K::ProceduresChosen, "formsPrinted"},
            {"forms then fees", 5, K::FeesRecorded, "feesRecorded"},
            {"forms again", 5, K::FormsPrinted, "formsPrinted"},
            // 6: certificates requested
            {"certificates then fees", 6, K::FeesRecorded, "certificatesRequested"},
            {"certificates then close", 6, K::Closed, "closed"},
            // 7: fees recorded
            {"fees then certificates", 7, K::CertificatesRequested, "certificatesRequested"},
            // 8: skipped after a call
            {"skipped call", 8, K::Called, "called"},
            {"skipped recall", 8, K::Recalled, refused},
            {"skipped skip", 8, K::Skipped, refused},
            {"skipped identify", 8, K::Identified, refused},
            {"skipped close", 8, K::Closed, refused},
            {"skipped hand-off", 8, K::HandedOff, refused},
            {"skipped cancel", 8, K::Cancelled, "cancelled"},
            // 9: handed off after procedures were chosen
            {"handed off call", 9, K::Called, "proceduresChosen", "counter-05"},
            {"handed off recall", 9, K::Recalled, refused},
            {"handed off procedures", 9, K::ProceduresChosen, refused},
            {"handed off close", 9, K::Closed, refused},
            {"handed off again", 9, K::HandedOff, refused},
            {"handed off cancel", 9, K::Cancelled, "cancelled", "counter-05"},
            // 10: handed off before identification
            {"handed off early call", 10, K::Called, "called", "counter-05"},
        };
        for (const Row& row : rows)
            QTest::newRow(row.name) << row.visitCase << row.kind << row.counterId << row.expected;
    }

    void transitions()
    {
        QFETCH(int, visitCase);
        QFETCH(VisitEventKind, kind);
        QFETCH(QString, counterId);
        QFETCH(QString, expected);
        const Visit cases[] = {
            visitIn(VisitState::Waiting, VisitState::Waiting, false),
            visitIn(VisitState::Called, VisitState::Called, false),
            visitIn(VisitState::Identified, VisitState::Identified, true),
            visitIn(VisitState::ProceduresChosen, VisitState::ProceduresChosen, true, 1, 1),
            visitIn(VisitState::ProceduresChosen, VisitState::ProceduresChosen, true, 0, 2),
            visitIn(VisitState::FormsPrinted, VisitState::FormsPrinted, true, 0, 1),
            visitIn(VisitState::CertificatesRequested, VisitState::CertificatesRequested, true),
            visitIn(VisitState::FeesRecorded, VisitState::FeesRecorded, true),
            visitIn(VisitState::Skipped, VisitState::Called, false),
            visitIn(VisitState::HandedOff, VisitState::ProceduresChosen, true, 1),
            visitIn(VisitState::HandedOff, VisitState::Called, false),
        };
        const Visit& visit = cases[visitCase];
        const Result<VisitState> next =
            VisitRules::next(visit, kind, VisitActor{QStringLiteral("sato"), counterId});
        if (expected.startsWith(u'!')) {
            QVERIFY2(!next, qPrintable(next ? VisitStates::name(next.value()) : QString()));
            QCOMPARE(next.error().code, expected.mid(1));
            QVERIFY(!next.error().message.isEmpty());
            QCOMPARE(next.error().where, QStringLiteral("A-007 (%1)").arg(VisitStates::name(visit.state)));
        } else {
            QVERIFY2(next, qPrintable(next ? QString() : next.error().toString()));
            QCOMPARE(VisitStates::name(next.value()), expected);
        }
    }

    // Closed and cancelled visits take nothing more, whatever the step and the counter.
    void finalStatesRefuseEverything()
    {
        for (VisitState state : {VisitState::Closed, VisitState::Cancelled}) {
            const Visit visit = visitIn(state, VisitState::CertificatesRequested, true);
            for (VisitEventKind kind : VisitEventKinds::all()) {
                const Result<VisitState> next =
                    VisitRules::next(visit, kind, VisitActor{QStringLiteral("sato"), here});
                QVERIFY(!next);
                QCOMPARE(next.error().code, QStringLiteral("counter.visit.refused"));
            }
        }
    }

    void refusalsSayWhatToDo()
    {
        const Result<VisitState> unidentified =
            VisitRules::next(visitIn(VisitState::Called, VisitState::Called, false), VisitEventKind::Closed,
                             VisitActor{QStringLiteral("sato"), here});
        QCOMPARE(
            unidentified.error().message,
            QStringLiteral("Visit A-007 has no identified person: it can only be cancelled, with a reason."));
        const Result<VisitState> pending =
            VisitRules::next(visitIn(VisitState::ProceduresChosen, VisitState::ProceduresChosen, true, 2),
                             VisitEventKind::Closed, VisitActor{QStringLiteral("sato"), here});
        QCOMPARE(pending.error().message,
                 QStringLiteral(
                     "Visit A-007 still has 2 pending procedure(s): mark each done, not needed or handed "
                     "off, or cancel the visit with a reason."));
        const Result<VisitState> elsewhere = VisitRules::next(
            visitIn(VisitState::Identified, VisitState::Identified, true), VisitEventKind::Closed,
            VisitActor{QStringLiteral("sato"), QStringLiteral("counter-02")});
        QCOMPARE(elsewhere.error().message,
                 QStringLiteral("Visit A-007 is being served at counter-01, not at this counter."));
    }

    // The names are stored and sent to the core: they must never change.
    void stableNames()
    {
        QStringList states;
        for (VisitState state : VisitStates::all()) {
            states << VisitStates::name(state);
            QCOMPARE(VisitStates::fromName(VisitStates::name(state)), std::optional<VisitState>(state));
            QVERIFY(!VisitStates::title(state).isEmpty());
        }
        QCOMPARE(states, QStringList({"waiting", "called", "identified", "proceduresChosen", "formsPrinted",
                                      "feesRecorded", "certificatesRequested", "closed", "skipped",
                                      "handedOff", "cancelled"}));
        QStringList kinds;
        for (VisitEventKind kind : VisitEventKinds::all()) {
            kinds << VisitEventKinds::name(kind);
            QCOMPARE(VisitEventKinds::fromName(VisitEventKinds::name(kind)),
                     std::optional<VisitEventKind>(kind));
            QVERIFY(!VisitEventKinds::title(kind).isEmpty());
        }
        QCOMPARE(kinds, QStringList({"ticketIssued", "called", "recalled", "skipped", "identified",
                                     "proceduresChosen", "procedureUpdated", "formsPrinted", "feesRecorded",
                                     "certificatesRequested", "handedOff", "closed", "cancelled",
                                     "supportMeasureOverride", "lifeEventsChosen"}));
        QVERIFY(!VisitEventKinds::isSentToCore(VisitEventKind::SupportMeasureOverride));
        QVERIFY(!VisitEventKinds::isSentToCore(VisitEventKind::LifeEventsChosen));
        QVERIFY(VisitEventKinds::isSentToCore(VisitEventKind::Closed));
        QStringList requestKinds;
        for (RequestKind kind : RequestKinds::all()) {
            requestKinds << RequestKinds::name(kind);
            QCOMPARE(RequestKinds::fromName(RequestKinds::name(kind)), std::optional<RequestKind>(kind));
        }
        QCOMPARE(requestKinds, QStringList({"self", "agent", "thirdParty", "official"}));
        QCOMPARE(RequestKinds::title(RequestKind::ThirdParty), QStringLiteral("Third party (第三者)"));
        QStringList statuses;
        for (ProcedureStatus status : ProcedureStatuses::all())
            statuses << ProcedureStatuses::name(status);
        QCOMPARE(statuses, QStringList({"pending", "done", "notNeeded", "handedOff"}));
        QStringList documents;
        for (IdentificationDocument document : IdentificationDocuments::all())
            documents << IdentificationDocuments::name(document);
        QCOMPARE(documents, QStringList({"myNumberCard", "driversLicence", "passport", "twoOtherDocuments",
                                         "oralQuestions"}));
        QVERIFY(!IdentificationDocuments::manual().contains(IdentificationDocument::MyNumberCard));
        QVERIFY(!RequestKinds::fromName(QStringLiteral("Self")));
        QVERIFY(!ProcedureStatuses::fromName(QString()));
    }

    void identificationValidation_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("valid manual") << 0 << QString() << QString();
        QTest::newRow("manual without reason") << 1 << "counter.identification.invalid"
                                               << "manualReason";
        QTest::newRow("manual naming the card") << 2 << "counter.identification.invalid"
                                                << "document";
        QTest::newRow("card naming a passport") << 3 << "counter.identification.invalid"
                                                << "document";
        QTest::newRow("agent without name") << 4 << "counter.identification.invalid"
                                            << "requester.name";
        QTest::newRow("third party without relation") << 5 << "counter.identification.invalid"
                                                      << "requester.relation";
        QTest::newRow("no family name") << 6 << "counter.identification.invalid"
                                        << "person.familyName";
        QTest::newRow("bad birth date") << 7 << "counter.identification.invalid"
                                        << "person.birthDate";
        QTest::newRow("My Number in the reason") << 8 << "counter.identification.myNumber"
                                                 << "manualReason";
        QTest::newRow("bad resident id") << 9 << "counter.identification.invalid"
                                         << "residentId";
        QTest::newRow("valid agent") << 10 << QString() << QString();
        QTest::newRow("valid card") << 11 << QString() << QString();
        QTest::newRow("official without requester") << 12 << QString() << QString();
    }

    void identificationValidation()
    {
        QFETCH(int, change);
        QFETCH(QString, code);
        QFETCH(QString, field);
        Identification id;
        id.source = IdentificationSource::Manual;
        id.document = IdentificationDocument::DriversLicence;
        id.manualReason = QStringLiteral("カード不所持");
        id.person.familyName = QStringLiteral("山田");
        switch (change) {
        case 1:
            id.manualReason = QStringLiteral(" ");
            break;
        case 2:
            id.document = IdentificationDocument::MyNumberCard;
            break;
        case 3:
            id.source = IdentificationSource::Card;
            break;
        case 4:
            id.requestKind = RequestKind::Agent;
            id.requester.relation = QStringLiteral("子");
            break;
        case 5:
            id.requestKind = RequestKind::ThirdParty;
            id.requester.name = QStringLiteral("債権者");
            break;
        case 6:
            id.person.familyName.clear();
            break;
        case 7:
            id.person.birthDate = QStringLiteral("4050101");
            break;
        case 8:
            id.manualReason = QStringLiteral("番号は123456789012");
            break;
        case 9:
            id.residentId = QStringLiteral("KT/1");
            break;
        case 10:
            id.requestKind = RequestKind::Agent;
            id.requester = Requester{QStringLiteral("山田 花子"), QStringLiteral("配偶者"), {}};
            break;
        case 11:
            id.source = IdentificationSource::Card;
            id.document = IdentificationDocument::MyNumberCard;
            id.manualReason.clear();
            id.residentId = QStringLiteral("KT0000001");
            break;
        case 12:
            id.requestKind = RequestKind::Official;
            break;
        default:
            break;
        }
        const Status status = id.validate();
        if (code.isEmpty()) {
            QVERIFY2(status, qPrintable(status ? QString() : status.error().toString()));
        } else {
            QVERIFY(!status);
            QCOMPARE(status.error().code, code);
            QCOMPARE(status.error().where, field);
        }
    }
};

QTEST_GUILESS_MAIN(TestVisitRules)
#include "tst_visitrules.moc"
