// The life-event navigator over the built-in catalog, for sample residents: what each event
// offers, why, what it asks first; and the facts a visit derives from the resident record.
#include "counter/Navigator.h"
#include "counter/ProcedureCatalog.h"
#include "counter/VisitFacts.h"

#include <QTest>

using namespace madoguchi;
using namespace madoguchi::counter;

namespace {

const QDate visitDate(2025, 6, 2);

sync::ResidentRecord resident(const QString& id, const QString& birthDate, const QString& sex,
                              const QString& headId = {})
{
    sync::ResidentRecord record;
    record.residentId = id;
    record.status = QStringLiteral("resident");
    record.birthDate = birthDate;
    record.sex = sex;
    record.household.householdId = QStringLiteral("H-1");
    record.household.headResidentId = headId.isEmpty() ? id : headId;
    return record;
}

QStringList ids(const QList<OfferedProcedure>& procedures)
{
    QStringList result;
    for (const OfferedProcedure& offered : procedures)
        result << offered.procedure.id;
    return result;
}

QStringList list(std::initializer_list<const char*> items)
{
    QStringList result;
    for (const char* item : items)
        result << QString::fromUtf8(item);
    return result;
}

} // namespace

class TestNavigator : public QObject
{
    Q_OBJECT

private:
    ProcedureCatalog m_catalog;

    NavigatorOffer offer(const QStringList& events, const VisitFacts& facts) const
    {
        const auto result = Navigator(m_catalog).offer(events, facts);
        if (!result)
            qFatal("%s", qPrintable(result.error().toString()));
        return result.value();
    }

    static OfferedProcedure find(const NavigatorOffer& offer, const QString& id)
    {
        for (const OfferedProcedure& offered : offer.procedures + offer.notApplicable) {
            if (offered.procedure.id == id)
                return offered;
        }
        qFatal("%s not in the offer", qPrintable(id));
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto catalog = ProcedureCatalog::load();
        QVERIFY2(catalog.ok(), qPrintable(catalog ? QString() : catalog.error().toString()));
        m_catalog = catalog.value();
    }

    // An 80-year-old NHI member, head of the household, died.
    void deathOfAnElderlyNhiMember()
    {
        const VisitFacts facts = VisitFacts::fromRecord(
            resident(QStringLiteral("R-1"), QStringLiteral("1945-03-10"), QStringLiteral("male")), visitDate,
            {{QStringLiteral("insuranceType"), QStringLiteral("nhi")},
             {QStringLiteral("receivesPension"), true},
             {QStringLiteral("needsJohyo"), false}});
        const NavigatorOffer result = offer({QStringLiteral("death")}, facts);
        QCOMPARE(ids(result.procedures),
                 list({"shibou-todoke", "setainushi-henko", "nhi-leave", "nhi-sosaihi", "kouki-soushitsu",
                       "kaigo-soushitsu", "nenkin-mishikyu"}));
        QCOMPARE(ids(result.notApplicable), list({"kouki-sosaihi", "johyo-copy"}));
        QVERIFY(result.questions.isEmpty());
        QVERIFY(result.inState(OfferState::AskFirst).isEmpty());

        const Navigator navigator(m_catalog);
        QCOMPARE(navigator.describeReasons(find(result, QStringLiteral("nhi-sosaihi")), QStringLiteral("ja")),
                 QStringList{QStringLiteral("加入している健康保険: 国民健康保険")});
        QCOMPARE(
            navigator.describeReasons(find(result, QStringLiteral("kouki-soushitsu")), QStringLiteral("en")),
            QStringList{QStringLiteral("Age ≥ 75 (80)")});
        QCOMPARE(
            navigator.describeReasons(find(result, QStringLiteral("setainushi-henko")), QStringLiteral("en")),
            QStringList{QStringLiteral("Head of household: yes")});
        QVERIFY(find(result, QStringLiteral("shibou-todoke")).reasons.isEmpty()); // unconditional
        QCOMPARE(find(result, QStringLiteral("nhi-sosaihi")).procedure.department.ja,
                 QStringLiteral("国保年金課"));
        QCOMPARE(find(result, QStringLiteral("nhi-sosaihi")).lifeEvents,
                 QStringList{QStringLiteral("death")});
        // Not applicable says why too.
        QCOMPARE(
            navigator.describeReasons(find(result, QStringLiteral("kouki-sosaihi")), QStringLiteral("en")),
            QStringList{
                QStringLiteral("Health insurance: not Late-stage elderly medical care (National Health "
                               "Insurance)")});
    }

    void birthOffersChildAllowanceAndMedicalCertificate()
    {
        const VisitFacts facts = VisitFacts::fromRecord(
            resident(QStringLiteral("R-2"), QStringLiteral("1990-08-20"), QStringLiteral("female")),
            visitDate,
            {{QStringLiteral("insuranceType"), QStringLiteral("employee")},
             {QStringLiteral("needsJuminhyo"), false}});
        const NavigatorOffer result = offer({QStringLiteral("birth")}, facts);
        QCOMPARE(ids(result.procedures),
                 list({"shussei-todoke", "jido-teate-nintei", "kodomo-iryosho", "shussei-tsuchi"}));
        QCOMPARE(find(result, QStringLiteral("jido-teate-nintei")).procedure.title.ja,
                 QStringLiteral("児童手当の認定請求"));
        QVERIFY(find(result, QStringLiteral("kodomo-iryosho"))
                    .procedure.title.ja.contains(QStringLiteral("子ども医療証")));
        QCOMPARE(ids(result.notApplicable), list({"nhi-join", "nhi-shussan-ikuji", "juminhyo-copy"}));
    }

    // Nothing answered yet: what depends on an answer is neither offered nor dropped.
    void unansweredQuestionsAskFirst()
    {
        VisitFacts facts = VisitFacts::fromRecord(
            resident(QStringLiteral("R-2"), QStringLiteral("1990-08-20"), QStringLiteral("female")),
            visitDate);
        NavigatorOffer result = offer({QStringLiteral("birth")}, facts);
        QCOMPARE(ids(result.inState(OfferState::Offered)),
                 list({"shussei-todoke", "jido-teate-nintei", "kodomo-iryosho", "shussei-tsuchi"}));
        QCOMPARE(ids(result.inState(OfferState::AskFirst)),
                 list({"nhi-join", "nhi-shussan-ikuji", "juminhyo-copy"}));
        QVERIFY(result.notApplicable.isEmpty());
        QCOMPARE(find(result, QStringLiteral("nhi-join")).questions,
                 QStringList{QStringLiteral("insuranceType")});
        QCOMPARE(result.questions,
                 (QStringList{QStringLiteral("insuranceType"), QStringLiteral("needsJuminhyo")}));
        // The offer keeps the data's order, whatever the state.
        QCOMPARE(ids(result.procedures),
                 list({"shussei-todoke", "jido-teate-nintei", "kodomo-iryosho", "nhi-join",
                       "nhi-shussan-ikuji", "shussei-tsuchi", "juminhyo-copy"}));

        facts.answer(QStringLiteral("insuranceType"), QStringLiteral("nhi"));
        result = offer({QStringLiteral("birth")}, facts);
        QCOMPARE(find(result, QStringLiteral("nhi-join")).state, OfferState::Offered);
        QCOMPARE(find(result, QStringLiteral("nhi-shussan-ikuji")).state, OfferState::Offered);
        QCOMPARE(result.questions, QStringList{QStringLiteral("needsJuminhyo")});

        facts.answer(QStringLiteral("needsJuminhyo"), true);
        result = offer({QStringLiteral("birth")}, facts);
        QVERIFY(result.questions.isEmpty());
        QCOMPARE(find(result, QStringLiteral("juminhyo-copy")).procedure.certificates.first().feeYen, 300);

        facts.forgetAnswer(QStringLiteral("needsJuminhyo"));
        QCOMPARE(offer({QStringLiteral("birth")}, facts).questions,
                 QStringList{QStringLiteral("needsJuminhyo")});
    }

    void answerOfTheWrongTypeAsksAgain()
    {
        VisitFacts facts;
        facts.answer(QStringLiteral("insuranceType"), 1);
        const NavigatorOffer result = offer({QStringLiteral("nhiLeave")}, facts);
        QCOMPARE(ids(result.procedures), QStringList{QStringLiteral("nhi-leave")});
        // nhi-leave has no condition in nhiLeave: offered whatever is answered.
        QCOMPARE(result.procedures.first().state, OfferState::Offered);
        const NavigatorOffer moveOut = offer({QStringLiteral("moveOut")}, facts);
        QCOMPARE(find(moveOut, QStringLiteral("nhi-leave")).state, OfferState::AskFirst);
    }

    // A family moving in: no record here yet; the clerk answers.
    void moveInOfAFamily()
    {
        VisitFacts facts;
        facts.setBirthDate(QDate(1988, 1, 15), visitDate);
        facts.setKnown(VisitFacts::hasMyNumberCard, true); // identified by the card
        for (const auto& [fact, value] : std::initializer_list<std::pair<QString, ConditionValue>>{
                 {QStringLiteral("childrenUnder18InHousehold"), 2},
                 {QStringLiteral("schoolAgeChildren"), 1},
                 {QStringLiteral("insuranceType"), QStringLiteral("employee")},
                 {QStringLiteral("wantsSealRegistration"), true},
                 {QStringLiteral("needsJuminhyo"), true},
                 {QStringLiteral("fromAbroad"), false},
                 {QStringLiteral("ownsDog"), false}})
            facts.answer(fact, value);
        const NavigatorOffer result = offer({QStringLiteral("moveIn")}, facts);
        QCOMPARE(ids(result.procedures),
                 list({"jumin-tennyu", "mynumber-card-address", "juminhyo-copy", "inkan-toroku",
                       "jido-teate-nintei", "kodomo-iryosho", "tennyugaku"}));
        QCOMPARE(ids(result.notApplicable),
                 list({"nhi-join", "nenkin-kokumin", "kouki-join", "kaigo-shutoku", "inu-toroku-henko"}));
        QCOMPARE(find(result, QStringLiteral("jumin-tennyu")).procedure.forms,
                 QStringList{QStringLiteral("forms/jumin-ido-todoke")});
        QCOMPARE(find(result, QStringLiteral("inkan-toroku")).procedure.forms,
                 QStringList{QStringLiteral("forms/inkan-toroku-shinsei")});
        QCOMPARE(Navigator(m_catalog).describeReasons(find(result, QStringLiteral("tennyugaku")),
                                                      QStringLiteral("en")),
                 QStringList{QStringLiteral("Elementary and junior-high pupils in the household > 0 (1)")});
        // The National Pension needs both: 20 to 59 and from abroad; the second failed.
        QCOMPARE(Navigator(m_catalog).describeReasons(find(result, QStringLiteral("nenkin-kokumin")),
                                                      QStringLiteral("en")),
                 QStringList{QStringLiteral("Moving in from abroad: no")});
    }

    void moveOutOfAnElderlyNhiMember()
    {
        VisitFacts facts = VisitFacts::fromRecord(
            resident(QStringLiteral("R-3"), QStringLiteral("1955-02-01"), QStringLiteral("female")),
            visitDate, {{QStringLiteral("insuranceType"), QStringLiteral("nhi")}});
        facts.setHousehold(
            {resident(QStringLiteral("R-3"), QStringLiteral("1955-02-01"), QStringLiteral("female"))},
            visitDate);
        const NavigatorOffer result = offer({QStringLiteral("moveOut")}, facts);
        QCOMPARE(ids(result.inState(OfferState::Offered)),
                 list({"jumin-tenshutsu", "nhi-leave", "kaigo-soushitsu"}));
        QCOMPARE(ids(result.inState(OfferState::AskFirst)), list({"juminhyo-copy"}));
        QCOMPARE(ids(result.notApplicable), list({"kouki-soushitsu", "jido-teate-henko", "tenshutsu-gaku"}));
        QCOMPARE(result.questions, QStringList{QStringLiteral("needsJuminhyo")});
    }

    void moveWithinOfAFamilyFromTheHousehold()
    {
        const sync::ResidentRecord parent =
            resident(QStringLiteral("R-4"), QStringLiteral("1985-04-10"), QStringLiteral("male"));
        const sync::ResidentRecord pupil = resident(QStringLiteral("R-5"), QStringLiteral("2015-05-01"),
                                                    QStringLiteral("female"), QStringLiteral("R-4"));
        const sync::ResidentRecord teenager = resident(QStringLiteral("R-6"), QStringLiteral("2008-01-01"),
                                                       QStringLiteral("male"), QStringLiteral("R-4"));
        VisitFacts facts =
            VisitFacts::fromRecord(parent, visitDate,
                                   {{QStringLiteral("hasMyNumberCard"), false},
                                    {QStringLiteral("insuranceType"), QStringLiteral("employee")},
                                    {QStringLiteral("ownsDog"), true},
                                    {QStringLiteral("needsJuminhyo"), false},
                                    // The household list wins over an answer.
                                    {QStringLiteral("childrenUnder18InHousehold"), 0}});
        facts.setHousehold({parent, pupil, teenager}, visitDate);
        QCOMPARE(facts.value(VisitFacts::childrenUnder18InHousehold), ConditionValue(2));
        QCOMPARE(facts.value(VisitFacts::schoolAgeChildren), ConditionValue(1));

        const NavigatorOffer result = offer({QStringLiteral("moveWithin")}, facts);
        QCOMPARE(ids(result.procedures),
                 list({"jumin-tenkyo", "jido-teate-henko", "tennyugaku", "inu-toroku-henko"}));
        QCOMPARE(ids(result.notApplicable), list({"mynumber-card-address", "nhi-address", "kouki-address",
                                                  "kaigo-address", "juminhyo-copy"}));
    }

    void marriageWithANewName()
    {
        const VisitFacts facts = VisitFacts::fromRecord(
            resident(QStringLiteral("R-7"), QStringLiteral("1996-11-30"), QStringLiteral("female")),
            visitDate,
            {{QStringLiteral("nameChanges"), true},
             {QStringLiteral("hasMyNumberCard"), true},
             {QStringLiteral("hasSealRegistration"), true},
             {QStringLiteral("needsJuminhyo"), false}});
        const NavigatorOffer result = offer({QStringLiteral("marriage")}, facts);
        QCOMPARE(ids(result.procedures), list({"konin-todoke", "mynumber-card-name", "inkan-toroku"}));
        QCOMPARE(find(result, QStringLiteral("inkan-toroku")).reasons.size(), 2);
    }

    // "all" with a false part needs no other answer: the seal registration is not asked about.
    void divorceAsksOnlyWhatMatters()
    {
        const VisitFacts facts = VisitFacts::fromRecord(
            resident(QStringLiteral("R-8"), QStringLiteral("1994-07-07"), QStringLiteral("female")),
            visitDate,
            {{QStringLiteral("nameChanges"), false},
             {QStringLiteral("insuranceType"), QStringLiteral("none")},
             {QStringLiteral("childrenUnder18InHousehold"), 1},
             {QStringLiteral("needsJuminhyo"), false}});
        const NavigatorOffer result = offer({QStringLiteral("divorce")}, facts);
        QCOMPARE(ids(result.procedures), list({"rikon-todoke", "nhi-join", "nenkin-kokumin",
                                               "jido-teate-nintei", "jido-fuyo-teate", "hitorioya-iryo"}));
        QCOMPARE(ids(result.notApplicable), list({"mynumber-card-name", "inkan-toroku", "juminhyo-copy"}));
        QVERIFY(result.questions.isEmpty());
    }

    void nhiJoinAndLeave()
    {
        VisitFacts facts;
        facts.setBirthDate(QDate(1980, 1, 1), visitDate);
        NavigatorOffer result = offer({QStringLiteral("nhiJoin")}, facts);
        QCOMPARE(ids(result.procedures), list({"nhi-join", "nenkin-kokumin"}));

        facts.setBirthDate(QDate(1963, 1, 1), visitDate); // 62: past the National Pension's age
        result = offer({QStringLiteral("nhiJoin")}, facts);
        QCOMPARE(ids(result.procedures), list({"nhi-join"}));
        QCOMPARE(Navigator(m_catalog).describeReasons(result.notApplicable.first(), QStringLiteral("en")),
                 QStringList{QStringLiteral("Age ≥ 60 (62)")});

        QCOMPARE(ids(offer({QStringLiteral("nhiLeave")}, facts).procedures), list({"nhi-leave"}));
    }

    // Without a birth date the age is unknown: age conditions ask (the record facts are listed
    // as questions too; the UI can tell them apart by CatalogFact::source).
    void unknownAgeAsksFirst()
    {
        const NavigatorOffer result = offer({QStringLiteral("nhiJoin")}, VisitFacts());
        QCOMPARE(find(result, QStringLiteral("nenkin-kokumin")).state, OfferState::AskFirst);
        QCOMPARE(result.questions, QStringList{QStringLiteral("age")});
        QVERIFY(!m_catalog.fact(QStringLiteral("age"))->isQuestion());
    }

    // Two events sharing a procedure: listed once, where first listed, naming both events; offered
    // when either listing's condition holds.
    void sharedProceduresAppearOnce()
    {
        VisitFacts facts;
        facts.setBirthDate(QDate(1990, 1, 1), visitDate);
        facts.answer(QStringLiteral("insuranceType"), QStringLiteral("nhi"));
        facts.answer(QStringLiteral("childrenUnder18InHousehold"), 0);
        const NavigatorOffer result = offer({QStringLiteral("moveIn"), QStringLiteral("birth")}, facts);
        const QStringList offered = ids(result.procedures);
        QCOMPARE(int(offered.count(QStringLiteral("nhi-join"))), 1);
        QCOMPARE(int(offered.count(QStringLiteral("juminhyo-copy"))), 1);
        QStringList unique = offered + ids(result.notApplicable);
        QCOMPARE(int(unique.removeDuplicates()), 0);
        // In moveIn it needs children (none); in birth it is unconditional: offered.
        const OfferedProcedure medical = find(result, QStringLiteral("kodomo-iryosho"));
        QCOMPARE(medical.state, OfferState::Offered);
        QCOMPARE(medical.lifeEvents, (QStringList{QStringLiteral("moveIn"), QStringLiteral("birth")}));
        QVERIFY(medical.reasons.isEmpty());
        QVERIFY(offered.indexOf(QStringLiteral("nhi-join")) <
                offered.indexOf(QStringLiteral("shussei-todoke")));
        QCOMPARE(find(result, QStringLiteral("nhi-join")).lifeEvents,
                 (QStringList{QStringLiteral("moveIn"), QStringLiteral("birth")}));
        // Asking for the same event twice changes nothing.
        QCOMPARE(ids(offer({QStringLiteral("birth"), QStringLiteral("birth")}, facts).procedures),
                 ids(offer({QStringLiteral("birth")}, facts).procedures));
    }

    void unknownLifeEventIsAnError()
    {
        const auto result = Navigator(m_catalog).offer(
            {QStringLiteral("moveIn"), QStringLiteral("moveToMars")}, VisitFacts());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("counter.unknownLifeEvent"));
        QVERIFY(result.error().message.contains(QStringLiteral("moveToMars")));
        QVERIFY(Navigator(m_catalog).offer({}, VisitFacts()).value().procedures.isEmpty());
    }

    // VisitFacts: what the record gives.
    void factsFromTheRecord()
    {
        sync::ResidentRecord record = resident(QStringLiteral("R-9"), QStringLiteral("1960-06-02"),
                                               QStringLiteral("male"), QStringLiteral("R-1"));
        VisitFacts facts = VisitFacts::fromRecord(record, visitDate, {{QStringLiteral("age"), 20}});
        QCOMPARE(facts.value(VisitFacts::age), ConditionValue(65)); // the record wins over an answer
        QCOMPARE(facts.value(VisitFacts::sex), ConditionValue(QStringLiteral("male")));
        QCOMPARE(facts.value(VisitFacts::residentStatus), ConditionValue(QStringLiteral("resident")));
        QCOMPARE(facts.value(VisitFacts::isHouseholdHead), ConditionValue(false));
        QVERIFY(!facts.has(VisitFacts::childrenUnder18InHousehold));
        QVERIFY(facts.isAnswered(VisitFacts::age));

        record.birthDate = QStringLiteral("1960-13-45");
        record.sex = QStringLiteral("unknown");
        record.status.clear();
        record.household.headResidentId.clear();
        facts = VisitFacts::fromRecord(record, visitDate);
        QVERIFY(!facts.has(VisitFacts::age));
        QVERIFY(!facts.has(VisitFacts::sex));
        QVERIFY(!facts.has(VisitFacts::residentStatus));
        QVERIFY(!facts.has(VisitFacts::isHouseholdHead));
    }

    void householdSkipsMovedOutMembers()
    {
        sync::ResidentRecord child =
            resident(QStringLiteral("R-10"), QStringLiteral("2016-01-01"), QStringLiteral("female"));
        child.status = QStringLiteral("movedOut");
        VisitFacts facts;
        facts.setHousehold({child}, visitDate);
        QCOMPARE(facts.value(VisitFacts::childrenUnder18InHousehold), ConditionValue(0));
        QCOMPARE(facts.value(VisitFacts::schoolAgeChildren), ConditionValue(0));
    }

    void ageOn_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<int>("years"); // -1: none
        QTest::newRow("day before birthday") << QDate(1950, 6, 3) << visitDate << 74;
        QTest::newRow("birthday") << QDate(1950, 6, 2) << visitDate << 75;
        QTest::newRow("born today") << visitDate << visitDate << 0;
        QTest::newRow("not born yet") << visitDate.addDays(1) << visitDate << -1;
        QTest::newRow("invalid birth") << QDate() << visitDate << -1;
        QTest::newRow("leap day, 28 Feb") << QDate(2004, 2, 29) << QDate(2025, 2, 28) << 20;
        QTest::newRow("leap day, 1 Mar") << QDate(2004, 2, 29) << QDate(2025, 3, 1) << 21;
        QTest::newRow("leap day in a leap year") << QDate(2004, 2, 29) << QDate(2024, 2, 29) << 20;
    }

    void ageOn()
    {
        QFETCH(QDate, birth);
        QFETCH(QDate, on);
        QFETCH(int, years);
        const std::optional<int> result = VisitFacts::ageOn(birth, on);
        QCOMPARE(result.value_or(-1), years);
    }

    void compulsorySchoolAge_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<bool>("pupil");
        // School year 2025 (from 1 April 2025): year 1 are born 2 April 2018 to 1 April 2019.
        QTest::newRow("youngest of year 1") << QDate(2019, 4, 1) << visitDate << true;
        QTest::newRow("one day too young") << QDate(2019, 4, 2) << visitDate << false;
        QTest::newRow("oldest of year 1") << QDate(2018, 4, 2) << visitDate << true;
        QTest::newRow("youngest of junior-high 3") << QDate(2011, 4, 1) << visitDate << true;
        QTest::newRow("oldest of junior-high 3") << QDate(2010, 4, 2) << visitDate << true;
        QTest::newRow("high school") << QDate(2010, 4, 1) << visitDate << false;
        // In February 2026 the school year is still 2025.
        QTest::newRow("same year in February") << QDate(2019, 4, 1) << QDate(2026, 2, 1) << true;
        QTest::newRow("next year in April") << QDate(2010, 4, 2) << QDate(2026, 4, 1) << false;
    }

    void compulsorySchoolAge()
    {
        QFETCH(QDate, birth);
        QFETCH(QDate, on);
        QFETCH(bool, pupil);
        QCOMPARE(VisitFacts::isCompulsorySchoolAge(birth, on), pupil);
    }
};

QTEST_GUILESS_MAIN(TestNavigator)
#include "tst_navigator.moc"
