#include "FormTestSupport.h"

#include "counter/FormData.h"
#include "counter/FormRequirements.h"

#include <QTest>

#include <limits>

using namespace madoguchi;
using namespace madoguchi::counter;
using namespace madoguchi::test;

namespace {

QVariantMap part(const QVariantMap& data, const QString& name)
{
    return data.value(name).toMap();
}

FormContext moveContext()
{
    FormContext context = FormContext::fromResident(sampleResident(), QDate(2024, 5, 1), sampleOffice());
    context.requestKind = QStringLiteral("self");
    context.move.kind = QStringLiteral("moveWithin");
    context.move.date = QDate(2024, 4, 28);
    context.move.newAddress = QStringLiteral("東京都北区赤羽二丁目3番4号");
    return context;
}

} // namespace

// FormContext from a resident record, the fields FormData makes for the templates, and what a
// built-in form cannot go without.
class TestFormData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromResidentTakesWhatTheRecordHas()
    {
        sync::ResidentRecord record = sampleResident();
        record.supportMeasure.active = true;
        const FormContext context = FormContext::fromResident(record, QDate(2024, 5, 1), sampleOffice());

        QCOMPARE(context.person.residentId, QStringLiteral("R-0001"));
        QCOMPARE(codePoints(context.person.familyName), codePoints(ivsFamily()));
        QCOMPARE(codePoints(context.person.givenName), codePoints(nonBmpGiven()));
        QCOMPARE(context.person.familyKana, QStringLiteral("かつらぎ"));
        QCOMPARE(context.person.birthDate, QDate(1985, 4, 12));
        QCOMPARE(context.person.sex, QStringLiteral("female"));
        QCOMPARE(context.person.postalCode, QStringLiteral("114-8508"));
        QCOMPARE(context.person.address, sampleAddress());
        QCOMPARE(context.person.honseki, sampleHonseki());
        QVERIFY(context.person.hittosha.isEmpty()); // the record has none: the clerk adds it
        QCOMPARE(context.person.householdHead, record.household.headFullName);
        QCOMPARE(context.person.relationship, QStringLiteral("妻"));
        QCOMPARE(context.move.previousAddress, sampleAddress());
        QCOMPARE(context.members.size(), 1);
        QCOMPARE(codePoints(context.members.first().familyName), codePoints(ivsFamily()));
        QCOMPARE(context.members.first().relationship, QStringLiteral("妻"));
        QVERIFY(context.addressRestricted);
        QCOMPARE(context.date, QDate(2024, 5, 1));
        QCOMPARE(context.office.counter, QStringLiteral("2番窓口"));
        QVERIFY(context.requestKind.isEmpty());
        QVERIFY(context.move.kind.isEmpty());
    }

    void fromResidentWithoutOptionalParts()
    {
        sync::ResidentRecord record = sampleResident();
        record.address.postalCode.reset();
        record.birthDate = QStringLiteral("not a date");
        const FormContext context = FormContext::fromResident(record, QDate(2024, 5, 1));
        QVERIFY(context.person.postalCode.isEmpty());
        QVERIFY(!context.person.birthDate.isValid());
        QVERIFY(!context.addressRestricted);
        QVERIFY(context.office.name.isEmpty());
    }

    void namesAreJoinedAndKeptExactly()
    {
        auto data = FormData::build(moveContext());
        QVERIFY2(data, data ? "" : qPrintable(data.error().toString()));
        const QVariantMap person = part(data.value(), QStringLiteral("person"));
        QCOMPARE(codePoints(person.value(QStringLiteral("name")).toString()), codePoints(personName()));
        QCOMPARE(person.value(QStringLiteral("kana")).toString(), QStringLiteral("かつらぎ　よしの"));
        QCOMPARE(person.value(QStringLiteral("honseki")).toString(), sampleHonseki());
        QCOMPARE(person.value(QStringLiteral("address")).toString(), sampleAddress());

        const QVariantList members = data.value().value(QStringLiteral("members")).toList();
        QCOMPARE(members.size(), 1);
        QCOMPARE(codePoints(members.first().toMap().value(QStringLiteral("name")).toString()),
                 codePoints(personName()));
    }

    void namesWithOnePart()
    {
        FormContext context = moveContext();
        context.person.givenName.clear();
        context.members.first().familyName.clear();
        auto data = FormData::build(context);
        QVERIFY(data);
        QCOMPARE(part(data.value(), QStringLiteral("person")).value(QStringLiteral("name")).toString(),
                 ivsFamily());
        QCOMPARE(data.value()
                     .value(QStringLiteral("members"))
                     .toList()
                     .first()
                     .toMap()
                     .value(QStringLiteral("name")),
                 QVariant(nonBmpGiven()));
    }

    void datesAreWareki()
    {
        auto data = FormData::build(moveContext());
        QVERIFY(data);
        QCOMPARE(part(data.value(), QStringLiteral("form")).value(QStringLiteral("date")).toString(),
                 QStringLiteral("令和6年5月1日"));
        QCOMPARE(part(data.value(), QStringLiteral("person")).value(QStringLiteral("birthDate")).toString(),
                 QStringLiteral("昭和60年4月12日"));
        QCOMPARE(part(data.value(), QStringLiteral("move")).value(QStringLiteral("date")).toString(),
                 QStringLiteral("令和6年4月28日"));

        FormContext firstYear = moveContext();
        firstYear.move.date = QDate(2019, 5, 1);
        firstYear.person.birthDate = QDate();
        auto other = FormData::build(firstYear);
        QVERIFY(other);
        QCOMPARE(part(other.value(), QStringLiteral("move")).value(QStringLiteral("date")).toString(),
                 QStringLiteral("令和元年5月1日"));
        QVERIFY(part(other.value(), QStringLiteral("person"))
                    .value(QStringLiteral("birthDate"))
                    .toString()
                    .isEmpty());
    }

    void choicesBecomeMarks()
    {
        auto data = FormData::build(moveContext());
        QVERIFY(data);
        const QVariantMap move = part(data.value(), QStringLiteral("move"));
        QCOMPARE(move.value(QStringLiteral("moveWithin")).toString(), QStringLiteral("■"));
        for (const char* other : {"moveIn", "moveOut", "householdChange"})
            QCOMPARE(move.value(QLatin1String(other)).toString(), QStringLiteral("□"));
        const QVariantMap person = part(data.value(), QStringLiteral("person"));
        QCOMPARE(person.value(QStringLiteral("female")).toString(), QStringLiteral("■"));
        QCOMPARE(person.value(QStringLiteral("male")).toString(), QStringLiteral("□"));
        const QVariantMap request = part(data.value(), QStringLiteral("request"));
        QCOMPARE(request.value(QStringLiteral("self")).toString(), QStringLiteral("■"));
        QCOMPARE(request.value(QStringLiteral("thirdParty")).toString(), QStringLiteral("□"));
        // Not chosen yet: every box empty, not an error.
        const QVariantMap identity = part(data.value(), QStringLiteral("identity"));
        for (const QString& key : FormData::identityMethods())
            QCOMPARE(identity.value(key).toString(), QStringLiteral("□"));
    }

    void unknownChoicesAreErrors_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("where");
        QTest::newRow("sex") << "sex"
                             << "person.sex";
        QTest::newRow("member sex") << "memberSex"
                                    << "members[0].sex";
        QTest::newRow("request kind") << "requestKind"
                                      << "requestKind";
        QTest::newRow("move kind") << "moveKind"
                                   << "move.kind";
        QTest::newRow("identity") << "identity"
                                  << "identityMethod";
    }
    void unknownChoicesAreErrors()
    {
        QFETCH(QString, field);
        QFETCH(QString, where);
        FormContext context = moveContext();
        const QString bad = QStringLiteral("Self");
        if (field == QLatin1String("sex"))
            context.person.sex = bad;
        else if (field == QLatin1String("memberSex"))
            context.members.first().sex = bad;
        else if (field == QLatin1String("requestKind"))
            context.requestKind = bad;
        else if (field == QLatin1String("moveKind"))
            context.move.kind = bad;
        else
            context.identityMethod = bad;
        auto data = FormData::build(context);
        QVERIFY(!data);
        QCOMPARE(data.error().code, QStringLiteral("form.invalid"));
        QCOMPARE(data.error().where, where);
        QVERIFY2(data.error().message.contains(bad), qPrintable(data.error().message));
    }

    void feesAreSummed()
    {
        FormContext context = moveContext();
        context.certificates = {{QStringLiteral("住民票の写し"), 2, 600},
                                {QStringLiteral("印鑑登録証明書"), 3, 900},
                                {QStringLiteral("戸籍全部事項証明書"), 1, 450}};
        auto data = FormData::build(context);
        QVERIFY(data);
        const QVariantList lines = data.value().value(QStringLiteral("certificates")).toList();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(1).toMap().value(QStringLiteral("copies")).toInt(), 3);
        QCOMPARE(lines.at(1).toMap().value(QStringLiteral("fee")).toString(), QStringLiteral("900円"));
        const QVariantMap fees = part(data.value(), QStringLiteral("fees"));
        QCOMPARE(fees.value(QStringLiteral("total")).toString(), QStringLiteral("1,950円"));
        QCOMPARE(fees.value(QStringLiteral("copies")).toInt(), 6);
    }

    void badCertificateLines_data()
    {
        QTest::addColumn<int>("copies");
        QTest::addColumn<qint64>("fee");
        QTest::addColumn<QString>("where");
        QTest::newRow("no copies") << 0 << qint64(300) << "certificates[1].copies";
        QTest::newRow("negative fee") << 1 << qint64(-300) << "certificates[1].feeYen";
        QTest::newRow("overflow") << 1 << std::numeric_limits<qint64>::max() << "certificates[1].feeYen";
    }
    void badCertificateLines()
    {
        QFETCH(int, copies);
        QFETCH(qint64, fee);
        QFETCH(QString, where);
        FormContext context = moveContext();
        context.certificates = {{QStringLiteral("住民票の写し"), 1, 300},
                                {QStringLiteral("住民票の写し"), copies, fee}};
        auto data = FormData::build(context);
        QVERIFY(!data);
        QCOMPARE(data.error().code, QStringLiteral("form.invalid"));
        QCOMPARE(data.error().where, where);
    }

    void selfRequesterIsThePerson()
    {
        auto data = FormData::build(moveContext());
        QVERIFY(data);
        const QVariantMap requester = part(data.value(), QStringLiteral("requester"));
        QCOMPARE(codePoints(requester.value(QStringLiteral("name")).toString()), codePoints(personName()));
        QCOMPARE(requester.value(QStringLiteral("address")).toString(), sampleAddress());
        // No separate agent on a form the person made.
        const QVariantMap agent = part(data.value(), QStringLiteral("agent"));
        QVERIFY(agent.value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(agent.value(QStringLiteral("address")).toString().isEmpty());
    }

    void agentIsTheRequester()
    {
        FormContext context = moveContext();
        context.requestKind = QStringLiteral("agent");
        context.requester.name = ucs(U"𠮷野　花子");
        context.requester.address = QStringLiteral("埼玉県川口市本町1丁目1番1号");
        auto data = FormData::build(context);
        QVERIFY(data);
        const QVariantMap requester = part(data.value(), QStringLiteral("requester"));
        const QVariantMap agent = part(data.value(), QStringLiteral("agent"));
        QCOMPARE(codePoints(requester.value(QStringLiteral("name")).toString()),
                 codePoints(ucs(U"𠮷野　花子")));
        QCOMPARE(agent.value(QStringLiteral("name")), requester.value(QStringLiteral("name")));
        QCOMPARE(agent.value(QStringLiteral("address")).toString(),
                 QStringLiteral("埼玉県川口市本町1丁目1番1号"));
        // The agent's phone stays empty: it is never taken from the person.
        QVERIFY(requester.value(QStringLiteral("phone")).toString().isEmpty());
    }

    void residentMoveRequirements()
    {
        QVERIFY(FormRequirements::missing(FormNames::residentMove.toString(), moveContext()).isEmpty());
        QVERIFY(FormRequirements::check(FormNames::residentMove.toString(), moveContext()));

        FormContext context = moveContext();
        context.move.date = QDate();
        context.move.newAddress = QStringLiteral("  ");
        context.members.append(FormContext::Member{});
        QCOMPARE(FormRequirements::missing(FormNames::residentMove.toString(), context),
                 QStringList({QStringLiteral("move.date"), QStringLiteral("move.newAddress"),
                              QStringLiteral("members[1].familyName")}));

        // A household change happens at one address: no previous one is needed.
        context = moveContext();
        context.move.kind = QStringLiteral("householdChange");
        context.move.previousAddress.clear();
        QVERIFY(FormRequirements::missing(FormNames::residentMove.toString(), context).isEmpty());
        context.move.kind = QStringLiteral("moveIn");
        QCOMPARE(FormRequirements::missing(FormNames::residentMove.toString(), context),
                 QStringList{QStringLiteral("move.previousAddress")});

        // An agent must be named; the person's name does not stand in for them.
        context = moveContext();
        context.requestKind = QStringLiteral("agent");
        context.members.clear();
        QCOMPARE(FormRequirements::missing(FormNames::residentMove.toString(), context),
                 QStringList({QStringLiteral("members"), QStringLiteral("requester.name")}));
    }

    void certificateRequestRequirements()
    {
        FormContext context = moveContext();
        context.requestKind = QStringLiteral("thirdParty");
        QCOMPARE(FormRequirements::missing(FormNames::certificateRequest.toString(), context),
                 QStringList({QStringLiteral("requester.name"), QStringLiteral("requester.address"),
                              QStringLiteral("certificates"), QStringLiteral("purpose")}));
        context.requester.name = QStringLiteral("債権 回収");
        context.requester.address = QStringLiteral("東京都千代田区丸の内1-1-1");
        context.certificates = {{QString(), 1, 300}};
        context.purpose = QStringLiteral("債権回収のため");
        QCOMPARE(FormRequirements::missing(FormNames::certificateRequest.toString(), context),
                 QStringList{QStringLiteral("certificates[0].title")});

        // An office asks by its name; the person asks without stating a purpose.
        context.certificates = {{QStringLiteral("住民票の写し"), 1, 0}};
        context.requestKind = QStringLiteral("official");
        QCOMPARE(FormRequirements::missing(FormNames::certificateRequest.toString(), context),
                 QStringList{QStringLiteral("requester.organisation")});
        context.requestKind = QStringLiteral("self");
        context.requester = {};
        context.purpose.clear();
        QVERIFY(FormRequirements::missing(FormNames::certificateRequest.toString(), context).isEmpty());
    }

    void sealRegistrationRequirements()
    {
        FormContext context = moveContext();
        context.identityMethod = QStringLiteral("driversLicense");
        QVERIFY(FormRequirements::missing(FormNames::sealRegistration.toString(), context).isEmpty());
        context.identityMethod = QStringLiteral("other");
        context.person.birthDate = QDate();
        QCOMPARE(FormRequirements::missing(FormNames::sealRegistration.toString(), context),
                 QStringList({QStringLiteral("person.birthDate"), QStringLiteral("identityDocument")}));
    }

    void checkNamesEveryMissingField()
    {
        FormContext context = moveContext();
        context.move = {};
        const Status status = FormRequirements::check(FormNames::residentMove.toString(), context);
        QVERIFY(!status);
        QCOMPARE(status.error().code, QStringLiteral("form.missingField"));
        QCOMPARE(status.error().where, FormNames::residentMove.toString());
        for (const char* field : {"move.kind", "move.date", "move.newAddress", "move.previousAddress"})
            QVERIFY2(status.error().message.contains(QLatin1String(field)),
                     qPrintable(status.error().message));
    }

    void requestKindsPerForm()
    {
        FormContext context = moveContext();
        context.requestKind = QStringLiteral("thirdParty");
        context.requester.name = QStringLiteral("第三 者");
        const Status status = FormRequirements::check(FormNames::residentMove.toString(), context);
        QVERIFY(!status);
        QCOMPARE(status.error().code, QStringLiteral("form.requestKind"));
        QVERIFY(FormRequirements::requestKinds(FormNames::certificateRequest.toString()).isEmpty());
        QCOMPARE(FormRequirements::requestKinds(FormNames::sealRegistration.toString()),
                 QStringList({QStringLiteral("self"), QStringLiteral("agent")}));
    }

    void wardFormsHaveNoFixedRequirements()
    {
        QVERIFY(FormRequirements::missing(QStringLiteral("forms/kokuho-kanyu"), FormContext{}).isEmpty());
        QVERIFY(FormRequirements::check(QStringLiteral("forms/kokuho-kanyu"), FormContext{}));
    }
};

QTEST_GUILESS_MAIN(TestFormData)
#include "tst_formdata.moc"
