// The condition language: three-valued evaluation (an unanswered fact asks, never drops or
// offers silently), the terms that explain a result, and conditions read from data.
#include "counter/CatalogFact.h"
#include "counter/Condition.h"
#include "counter/ProcedureCatalog.h"
#include "counter/VisitFacts.h"

#include <QTest>

using namespace madoguchi;
using namespace madoguchi::counter;

namespace {

Condition age(ConditionOp op, int years)
{
    return Condition::compare(QStringLiteral("age"), FactType::Int, op, {years});
}

Condition insurance(const QString& type)
{
    return Condition::compare(QStringLiteral("insuranceType"), FactType::Choice, ConditionOp::Eq, {type});
}

VisitFacts facts(std::optional<int> years, std::optional<QString> insuranceType)
{
    VisitFacts result;
    if (years)
        result.setKnown(QStringLiteral("age"), *years);
    if (insuranceType)
        result.answer(QStringLiteral("insuranceType"), *insuranceType);
    return result;
}

} // namespace

Q_DECLARE_METATYPE(madoguchi::counter::Truth)

class TestCondition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alwaysHolds()
    {
        const ConditionOutcome outcome = Condition().evaluate(VisitFacts());
        QCOMPARE(outcome.truth, Truth::True);
        QVERIFY(outcome.terms.isEmpty() && outcome.missing.isEmpty());
        QVERIFY(Condition().isAlways());
    }

    void comparisons_data()
    {
        QTest::addColumn<int>("op");
        QTest::addColumn<int>("operand");
        QTest::addColumn<int>("actual");
        QTest::addColumn<bool>("holds");
        QTest::newRow("eq") << int(ConditionOp::Eq) << 65 << 65 << true;
        QTest::newRow("eq no") << int(ConditionOp::Eq) << 65 << 64 << false;
        QTest::newRow("ne") << int(ConditionOp::Ne) << 65 << 64 << true;
        QTest::newRow("lt") << int(ConditionOp::Lt) << 60 << 59 << true;
        QTest::newRow("lt edge") << int(ConditionOp::Lt) << 60 << 60 << false;
        QTest::newRow("lte edge") << int(ConditionOp::Lte) << 60 << 60 << true;
        QTest::newRow("gt edge") << int(ConditionOp::Gt) << 0 << 0 << false;
        QTest::newRow("gt") << int(ConditionOp::Gt) << 0 << 1 << true;
        QTest::newRow("gte edge") << int(ConditionOp::Gte) << 75 << 75 << true;
        QTest::newRow("gte no") << int(ConditionOp::Gte) << 75 << 74 << false;
    }

    void comparisons()
    {
        QFETCH(int, op);
        QFETCH(int, operand);
        QFETCH(int, actual);
        QFETCH(bool, holds);
        const Condition condition = age(ConditionOp(op), operand);
        const ConditionOutcome outcome = condition.evaluate(facts(actual, std::nullopt));
        QCOMPARE(outcome.truth, holds ? Truth::True : Truth::False);
        QCOMPARE(outcome.terms.size(), 1);
        // The term reads true as stated: the operator is turned around when it failed.
        const ConditionTerm& term = outcome.terms.first();
        QVERIFY(ConditionTerm::holds(term.op, term.actual, term.operands));
        QCOMPARE(term.actual, ConditionValue(actual));
    }

    void inAndNotIn()
    {
        const Condition in =
            Condition::compare(QStringLiteral("insuranceType"), FactType::Choice, ConditionOp::In,
                               {QStringLiteral("nhi"), QStringLiteral("none")});
        QCOMPARE(in.evaluate(facts(std::nullopt, QStringLiteral("none"))).truth, Truth::True);
        const ConditionOutcome no = in.evaluate(facts(std::nullopt, QStringLiteral("employee")));
        QCOMPARE(no.truth, Truth::False);
        QCOMPARE(no.terms.first().op, ConditionOp::NotIn);
        QCOMPARE(Condition::negation(in).evaluate(facts(std::nullopt, QStringLiteral("employee"))).truth,
                 Truth::True);
    }

    void unknownFactIsUnknown()
    {
        const ConditionOutcome outcome = insurance(QStringLiteral("nhi")).evaluate(VisitFacts());
        QCOMPARE(outcome.truth, Truth::Unknown);
        QCOMPARE(outcome.missing, QStringList{QStringLiteral("insuranceType")});
        // not(unknown) stays unknown.
        QCOMPARE(Condition::negation(insurance(QStringLiteral("nhi"))).evaluate(VisitFacts()).truth,
                 Truth::Unknown);
    }

    void valueOfAnotherTypeIsUnknown()
    {
        VisitFacts wrong;
        wrong.answer(QStringLiteral("insuranceType"), 1);
        const ConditionOutcome outcome = insurance(QStringLiteral("nhi")).evaluate(wrong);
        QCOMPARE(outcome.truth, Truth::Unknown);
        QCOMPARE(outcome.missing, QStringList{QStringLiteral("insuranceType")});
    }

    // Kleene logic: "all" with one false part is false whatever else is unknown, and "any" with
    // one true part is true: the clerk is asked only what can still change the result.
    void kleeneLogic_data()
    {
        QTest::addColumn<bool>("isAll");
        QTest::addColumn<int>("years");             // -1: unknown
        QTest::addColumn<QString>("insuranceType"); // empty: unknown
        QTest::addColumn<Truth>("truth");
        QTest::addColumn<QStringList>("missing");
        const QStringList none;
        const QStringList askInsurance{QStringLiteral("insuranceType")};
        const QStringList askBoth{QStringLiteral("age"), QStringLiteral("insuranceType")};
        QTest::newRow("all: true, true") << true << 80 << "nhi" << Truth::True << none;
        QTest::newRow("all: false, unknown") << true << 40 << "" << Truth::False << none;
        QTest::newRow("all: true, unknown") << true << 80 << "" << Truth::Unknown << askInsurance;
        QTest::newRow("all: unknown, unknown") << true << -1 << "" << Truth::Unknown << askBoth;
        QTest::newRow("all: true, false") << true << 80 << "employee" << Truth::False << none;
        QTest::newRow("any: true, unknown") << false << 80 << "" << Truth::True << none;
        QTest::newRow("any: false, unknown") << false << 40 << "" << Truth::Unknown << askInsurance;
        QTest::newRow("any: false, false") << false << 40 << "employee" << Truth::False << none;
        QTest::newRow("any: false, true") << false << 40 << "nhi" << Truth::True << none;
    }

    void kleeneLogic()
    {
        QFETCH(bool, isAll);
        QFETCH(int, years);
        QFETCH(QString, insuranceType);
        QFETCH(Truth, truth);
        QFETCH(QStringList, missing);
        std::vector<Condition> parts{age(ConditionOp::Gte, 65), insurance(QStringLiteral("nhi"))};
        const Condition condition = isAll ? Condition::all(parts) : Condition::any(parts);
        const ConditionOutcome outcome = condition.evaluate(
            facts(years < 0 ? std::nullopt : std::optional<int>(years),
                  insuranceType.isEmpty() ? std::nullopt : std::optional<QString>(insuranceType)));
        QCOMPARE(outcome.truth, truth);
        QCOMPARE(outcome.missing, missing);
        for (const ConditionTerm& term : outcome.terms)
            QVERIFY(ConditionTerm::holds(term.op, term.actual, term.operands));
    }

    void termsExplainTheResult()
    {
        const Condition condition =
            Condition::any({age(ConditionOp::Gte, 75), insurance(QStringLiteral("lateElderly"))});
        // True by the age alone: only the part that held explains it.
        ConditionOutcome outcome = condition.evaluate(facts(80, QStringLiteral("nhi")));
        QCOMPARE(outcome.truth, Truth::True);
        QCOMPARE(outcome.terms.size(), 1);
        QCOMPARE(outcome.terms.first().fact, QStringLiteral("age"));
        // False: both parts explain it, each stated as it holds.
        outcome = condition.evaluate(facts(70, QStringLiteral("nhi")));
        QCOMPARE(outcome.truth, Truth::False);
        QCOMPARE(outcome.terms.size(), 2);
        QCOMPARE(outcome.terms.at(0).op, ConditionOp::Lt);
        QCOMPARE(outcome.terms.at(1).op, ConditionOp::Ne);
        // Under "not" the same terms, still true as stated, now make it hold.
        outcome = Condition::negation(condition).evaluate(facts(70, QStringLiteral("nhi")));
        QCOMPARE(outcome.truth, Truth::True);
        QCOMPARE(outcome.terms.at(0).op, ConditionOp::Lt);
    }

    void factsAreListedOnce()
    {
        const Condition condition = Condition::all({age(ConditionOp::Gte, 20), age(ConditionOp::Lt, 60),
                                                    Condition::negation(insurance(QStringLiteral("nhi")))});
        QCOMPARE(condition.facts(), (QStringList{QStringLiteral("age"), QStringLiteral("insuranceType")}));
    }

    void describeForPeople()
    {
        CatalogFact insuranceFact;
        insuranceFact.id = QStringLiteral("insuranceType");
        insuranceFact.type = FactType::Choice;
        insuranceFact.label = {QStringLiteral("健康保険"), QStringLiteral("Health insurance")};
        insuranceFact.choices = {
            {QStringLiteral("nhi"), {QStringLiteral("国民健康保険"), QStringLiteral("NHI")}},
            {QStringLiteral("employee"), {QStringLiteral("社会保険"), QStringLiteral("Employee")}}};
        const CatalogFact ageFact = CatalogFact::recordFacts().first();

        const ConditionTerm older{QStringLiteral("age"), ConditionOp::Gte, {75}, 80};
        QCOMPARE(older.describe(&ageFact, QStringLiteral("en")), QStringLiteral("Age ≥ 75 (80)"));
        const ConditionTerm nhi{
            QStringLiteral("insuranceType"), ConditionOp::Eq, {QStringLiteral("nhi")}, QStringLiteral("nhi")};
        QCOMPARE(nhi.describe(&insuranceFact, QStringLiteral("ja")),
                 QStringLiteral("健康保険: 国民健康保険"));
        QCOMPARE(nhi.describe(&insuranceFact, QStringLiteral("en")), QStringLiteral("Health insurance: NHI"));
        const ConditionTerm notEmployee{QStringLiteral("insuranceType"),
                                        ConditionOp::Ne,
                                        {QStringLiteral("employee")},
                                        QStringLiteral("nhi")};
        QCOMPARE(notEmployee.describe(&insuranceFact, QStringLiteral("en")),
                 QStringLiteral("Health insurance: not Employee (NHI)"));
        const ConditionTerm noneOf{QStringLiteral("insuranceType"),
                                   ConditionOp::NotIn,
                                   {QStringLiteral("employee"), QStringLiteral("none")},
                                   QStringLiteral("nhi")};
        QCOMPARE(noneOf.describe(&insuranceFact, QStringLiteral("en")),
                 QStringLiteral("Health insurance: none of Employee, none (NHI)"));
        const ConditionTerm dog{QStringLiteral("ownsDog"), ConditionOp::Eq, {true}, true};
        QCOMPARE(dog.describe(nullptr, QStringLiteral("en")), QStringLiteral("ownsDog: yes"));
    }

    // The operators as data files write them, through a small catalog.
    void conditionsFromData()
    {
        const QByteArray json = R"({
  "format": "madoguchi-procedures", "version": 1,
  "questions": [
    {"id": "insuranceType", "label": {"ja": "保険", "en": "Insurance"}, "type": "choice",
     "choices": [{"id": "nhi", "label": {"ja": "国保", "en": "NHI"}},
                 {"id": "none", "label": {"ja": "なし", "en": "None"}},
                 {"id": "employee", "label": {"ja": "社保", "en": "Employee"}}]},
    {"id": "ownsDog", "label": {"ja": "犬", "en": "Dog"}, "type": "bool"}
  ],
  "procedures": [
    {"id": "p", "title": {"ja": "手続", "en": "Procedure"}, "department": {"ja": "課", "en": "Division"},
     "documents": [],
     "condition": {"any": [
        {"all": [{"fact": "age", "gte": 20}, {"fact": "age", "lt": 60}, {"fact": "insuranceType", "in": ["nhi", "none"]}]},
        {"not": {"fact": "ownsDog", "ne": true}},
        {"fact": "sex", "eq": "female"}]}}
  ]
})";
        const auto catalog = ProcedureCatalog::fromSources({{QStringLiteral("p.json"), json}});
        QVERIFY2(catalog.ok(), qPrintable(catalog ? QString() : catalog.error().toString()));
        const Condition& condition = catalog.value().procedure(QStringLiteral("p"))->condition;
        QCOMPARE(condition.facts(), (QStringList{QStringLiteral("age"), QStringLiteral("insuranceType"),
                                                 QStringLiteral("ownsDog"), QStringLiteral("sex")}));

        VisitFacts visit;
        visit.setKnown(QStringLiteral("age"), 30);
        visit.setKnown(QStringLiteral("sex"), QStringLiteral("male"));
        visit.answer(QStringLiteral("ownsDog"), false);
        QCOMPARE(condition.evaluate(visit).truth, Truth::Unknown); // insurance not answered
        visit.answer(QStringLiteral("insuranceType"), QStringLiteral("none"));
        QCOMPARE(condition.evaluate(visit).truth, Truth::True);
        visit.answer(QStringLiteral("insuranceType"), QStringLiteral("employee"));
        QCOMPARE(condition.evaluate(visit).truth, Truth::False);
        visit.answer(QStringLiteral("ownsDog"), true); // not(ownsDog != true)
        QCOMPARE(condition.evaluate(visit).truth, Truth::True);
    }
};

QTEST_GUILESS_MAIN(TestCondition)
#include "tst_condition.moc"
