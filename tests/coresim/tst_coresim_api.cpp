// The read side of the core API against a running madoguchi-core-sim over mutual TLS
// (tests/scripts/with-core-sim.sh; registered once on SQLite and once on PostgreSQL): health,
// residents by id / name / My Number with folding and exact code points, certificate data, and
// problem+json for bad input.
#include "CoreSimClient.h"

#include "common/JapaneseText.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::test;

namespace {

QJsonObject profileResident(const QString& profile)
{
    QFile file(QStringLiteral(MADOGUCHI_SOURCE_DIR "/tools/virtual-card/profiles/") + profile +
               QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("resident")).toObject();
}

// "東京都北区王子本町1丁目15番22号" and the card's "東京都北区王子本町１丁目１５－２２" are one address.
QString addressKey(QString text)
{
    text.replace(QStringLiteral("番地"), QStringLiteral("-")).replace(u'番', u'-').remove(u'号');
    return JapaneseText::foldForSearch(text);
}

QString fullName(const QJsonObject& resident)
{
    const QJsonObject names = resident.value(QStringLiteral("names")).toObject();
    return names.value(QStringLiteral("family")).toString() + QChar(0x3000) +
           names.value(QStringLiteral("given")).toString();
}

} // namespace

class TestCoreSimApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CoreSimClient> m_segment;  // counter-01: My Number segment by OU
    std::unique_ptr<CoreSimClient> m_ordinary; // counter-02: outside the segment
    std::unique_ptr<CoreSimClient> m_byName;   // counter-03: in the segment by --my-number-segment

    void checkProblem(const CoreSimClient::Response& r, int status, const QString& type, const QString& field)
    {
        QCOMPARE(r.status, status);
        QCOMPARE(r.contentType, QStringLiteral("application/problem+json"));
        QCOMPARE(r.json.value(QStringLiteral("type")).toString(),
                 QStringLiteral("urn:madoguchi:problem:") + type);
        QCOMPARE(r.json.value(QStringLiteral("status")).toInt(), status);
        QVERIFY(!r.json.value(QStringLiteral("title")).toString().isEmpty());
        QCOMPARE(r.json.value(QStringLiteral("field")).toString(), field);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (CoreSimClient::pkiDir().isEmpty() || CoreSimClient::baseUrl().isEmpty())
            QFAIL("Run through tests/scripts/with-core-sim.sh: MADOGUCHI_CORESIM_URL/PKI are not set");
        m_segment = std::make_unique<CoreSimClient>(QStringLiteral("counter-01.p12"));
        m_ordinary = std::make_unique<CoreSimClient>(QStringLiteral("counter-02.p12"));
        m_byName = std::make_unique<CoreSimClient>(QStringLiteral("counter-03.p12"));
        for (const auto* client : {m_segment.get(), m_ordinary.get(), m_byName.get()})
            QVERIFY2(client->isValid(), qPrintable(client->loadError()));
    }

    void health()
    {
        const CoreSimClient::Response r = m_segment->get(QStringLiteral("/v1/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(r.json.value(QStringLiteral("apiVersion")).toString(), QStringLiteral("1"));
        QCOMPARE(r.json.value(QStringLiteral("counterId")).toString(), QStringLiteral("counter-01"));
        QCOMPARE(r.json.value(QStringLiteral("myNumberSegment")).toBool(), true);
        QVERIFY(!r.json.value(QStringLiteral("latestCursor")).toString().isEmpty());
        QCOMPARE(m_ordinary->get(QStringLiteral("/v1/health"))
                     .json.value(QStringLiteral("myNumberSegment"))
                     .toBool(),
                 false);
        QCOMPARE(
            m_byName->get(QStringLiteral("/v1/health")).json.value(QStringLiteral("counterId")).toString(),
            QStringLiteral("counter-03"));
    }

    // The counter id comes from the certificate: a header claiming another counter changes nothing.
    void counterIdOnlyFromCertificate()
    {
        const CoreSimClient::Response r = m_ordinary->collect(
            m_ordinary->start(QStringLiteral("GET"), QStringLiteral("/v1/health"), {},
                              {{"X-Counter-Id", "counter-01"}, {"X-Client-Cert-CN", "counter-01"}}));
        QCOMPARE(r.json.value(QStringLiteral("counterId")).toString(), QStringLiteral("counter-02"));
        QCOMPARE(r.json.value(QStringLiteral("myNumberSegment")).toBool(), false);
    }

    void residentMatchesVirtualCardProfiles()
    {
        const QJsonObject card = profileResident(QStringLiteral("default"));
        QVERIFY(!card.isEmpty());
        const CoreSimClient::Response r = m_ordinary->get(QStringLiteral("/v1/residents/KT0000001"));
        QCOMPARE(r.status, 200);
        QCOMPARE(fullName(r.json), card.value(QStringLiteral("name")).toString());
        QCOMPARE(r.json.value(QStringLiteral("birthDate")).toString().remove(u'-'),
                 card.value(QStringLiteral("birthDate")).toString());
        QCOMPARE(addressKey(r.json.value(QStringLiteral("address"))
                                .toObject()
                                .value(QStringLiteral("fullText"))
                                .toString()),
                 addressKey(card.value(QStringLiteral("address")).toString()));
        QCOMPARE(r.json.value(QStringLiteral("household"))
                     .toObject()
                     .value(QStringLiteral("relationship"))
                     .toString(),
                 QStringLiteral("世帯主"));
        QCOMPARE(
            r.json.value(QStringLiteral("honseki")).toObject().value(QStringLiteral("fullText")).toString(),
            QStringLiteral("東京都北区王子本町一丁目15番地"));
        QVERIFY(!r.json.contains(QStringLiteral("myNumber"))); // never returned

        // Both profiles by My Number, from the segment counter.
        for (const QString& profile : {QStringLiteral("default"), QStringLiteral("ivs-name")}) {
            const QJsonObject p = profileResident(profile);
            const CoreSimClient::Response byNumber =
                m_segment->postJson(QStringLiteral("/v1/residents/by-my-number"),
                                    {{QStringLiteral("myNumber"), p.value(QStringLiteral("myNumber"))}});
            QCOMPARE(byNumber.status, 200);
            QCOMPARE(fullName(byNumber.json), p.value(QStringLiteral("name")).toString());
        }
    }

    void residentErrors()
    {
        const CoreSimClient::Response missing = m_ordinary->get(QStringLiteral("/v1/residents/KT9999999"));
        checkProblem(missing, 404, QStringLiteral("resident-not-found"), QStringLiteral("residentId"));
        QCOMPARE(missing.json.value(QStringLiteral("instance")).toString(),
                 QStringLiteral("/v1/residents/KT9999999"));
        checkProblem(m_ordinary->get(QStringLiteral("/v1/residents/KT 0001")), 400,
                     QStringLiteral("validation-error"), QStringLiteral("residentId"));
        checkProblem(m_ordinary->get(QStringLiteral("/v1/no-such-thing")), 404,
                     QStringLiteral("no-such-route"), QString());
    }

    void search_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("birthDate");
        QTest::addColumn<QString>("residentId");
        QTest::addColumn<QString>("registeredFamily");
        QTest::newRow("old form 髙 by 高") << QStringLiteral("高橋") << QStringLiteral("1975-04-01")
                                           << QStringLiteral("KT0000005") << QStringLiteral("髙橋");
        QTest::newRow("IVS 葛+E0102 by 葛城")
            << QStringLiteral("葛城") << QStringLiteral("1990-08-08") << QStringLiteral("KT0000006")
            << QStringLiteral("葛\U000E0102城");
        QTest::newRow("full name with space")
            << QStringLiteral("葛城 美咲") << QStringLiteral("1990-08-08") << QStringLiteral("KT0000006")
            << QStringLiteral("葛\U000E0102城");
        QTest::newRow("reading in hiragana")
            << QStringLiteral("かつらぎ　みさき") << QStringLiteral("1990-08-08")
            << QStringLiteral("KT0000006") << QStringLiteral("葛\U000E0102城");
        QTest::newRow("half-width katakana")
            << QStringLiteral("ｶﾂﾗｷﾞ ﾐｻｷ") << QStringLiteral("1990-08-08") << QStringLiteral("KT0000006")
            << QStringLiteral("葛\U000E0102城");
        QTest::newRow("辻+E0102 by 辻 誠") << QStringLiteral("辻 誠") << QStringLiteral("1958-12-24")
                                           << QStringLiteral("KT0000007") << QStringLiteral("辻\U000E0102");
        QTest::newRow("non-BMP 𠮷 by 吉野") << QStringLiteral("吉野") << QStringLiteral("2001-03-03")
                                            << QStringLiteral("KT0000008") << QStringLiteral("\U00020BB7野");
        QTest::newRow("邊 by 渡辺 洋子") << QStringLiteral("渡辺洋子") << QStringLiteral("1985-06-15")
                                         << QStringLiteral("KT0000009") << QStringLiteral("渡邊");
        QTest::newRow("﨑 by 山崎") << QStringLiteral("山崎") << QStringLiteral("1949-01-30")
                                    << QStringLiteral("KT0000010") << QStringLiteral("山﨑");
    }

    void search()
    {
        QFETCH(QString, name);
        QFETCH(QString, birthDate);
        QFETCH(QString, residentId);
        QFETCH(QString, registeredFamily);
        const CoreSimClient::Response r =
            m_ordinary->postJson(QStringLiteral("/v1/residents/search"),
                                 {{QStringLiteral("name"), name}, {QStringLiteral("birthDate"), birthDate}});
        QCOMPARE(r.status, 200);
        const QJsonArray residents = r.json.value(QStringLiteral("residents")).toArray();
        QCOMPARE(residents.size(), 1);
        const QJsonObject found = residents.first().toObject();
        QCOMPARE(found.value(QStringLiteral("residentId")).toString(), residentId);
        // The exact registered code points: selector and surrogate pairs intact.
        const QString family =
            found.value(QStringLiteral("names")).toObject().value(QStringLiteral("family")).toString();
        QCOMPARE(family.toUcs4(), registeredFamily.toUcs4());
        QCOMPARE(r.json.value(QStringLiteral("truncated")).toBool(), false);
    }

    void searchFindsNothingForAnotherBirthDate()
    {
        const CoreSimClient::Response r =
            m_ordinary->postJson(QStringLiteral("/v1/residents/search"),
                                 {{QStringLiteral("name"), QStringLiteral("高橋")},
                                  {QStringLiteral("birthDate"), QStringLiteral("1975-04-02")}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(QStringLiteral("residents")).toArray().isEmpty());
    }

    void searchProblems_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("field");
        QTest::newRow("malformed JSON") << QByteArray("{\"name\": \"高橋\"") << QByteArray("application/json")
                                        << 400 << QStringLiteral("invalid-json") << QString();
        QTest::newRow("not an object") << QByteArray("[1,2]") << QByteArray("application/json") << 400
                                       << QStringLiteral("invalid-json") << QString();
        QTest::newRow("missing birthDate")
            << QByteArray("{\"name\":\"高橋\"}") << QByteArray("application/json") << 400
            << QStringLiteral("validation-error") << QStringLiteral("birthDate");
        QTest::newRow("missing name")
            << QByteArray("{\"birthDate\":\"1975-04-01\"}") << QByteArray("application/json") << 400
            << QStringLiteral("validation-error") << QStringLiteral("name");
        QTest::newRow("name not a string")
            << QByteArray("{\"name\":42,\"birthDate\":\"1975-04-01\"}") << QByteArray("application/json")
            << 400 << QStringLiteral("validation-error") << QStringLiteral("name");
        QTest::newRow("bad date") << QByteArray("{\"name\":\"高橋\",\"birthDate\":\"1975/04/01\"}")
                                  << QByteArray("application/json") << 400
                                  << QStringLiteral("validation-error") << QStringLiteral("birthDate");
        QTest::newRow("impossible date") << QByteArray("{\"name\":\"高橋\",\"birthDate\":\"1975-02-30\"}")
                                         << QByteArray("application/json") << 400
                                         << QStringLiteral("validation-error") << QStringLiteral("birthDate");
        QTest::newRow("unknown field")
            << QByteArray("{\"name\":\"高橋\",\"birthDate\":\"1975-04-01\",\"nmae\":1}")
            << QByteArray("application/json") << 400 << QStringLiteral("validation-error")
            << QStringLiteral("nmae");
        QTest::newRow("not JSON media type")
            << QByteArray("name=x") << QByteArray("application/x-www-form-urlencoded") << 415
            << QStringLiteral("unsupported-media-type") << QStringLiteral("Content-Type");
    }

    void searchProblems()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(QString, field);
        checkProblem(m_ordinary->post(QStringLiteral("/v1/residents/search"), body, {}, contentType), status,
                     type, field);
    }

    void byMyNumberOnlyInSegment()
    {
        const QJsonObject taro{{QStringLiteral("myNumber"), QStringLiteral("123456789018")}};
        QCOMPARE(m_segment->postJson(QStringLiteral("/v1/residents/by-my-number"), taro)
                     .json.value(QStringLiteral("residentId"))
                     .toString(),
                 QStringLiteral("KT0000001"));
        QCOMPARE(m_byName->postJson(QStringLiteral("/v1/residents/by-my-number"), taro).status, 200);
        checkProblem(m_ordinary->postJson(QStringLiteral("/v1/residents/by-my-number"), taro), 403,
                     QStringLiteral("my-number-segment-required"), QString());
        checkProblem(m_segment->postJson(QStringLiteral("/v1/residents/by-my-number"),
                                         {{QStringLiteral("myNumber"), QStringLiteral("123456789012")}}),
                     400, QStringLiteral("validation-error"), QStringLiteral("myNumber"));
        checkProblem(m_segment->postJson(QStringLiteral("/v1/residents/by-my-number"),
                                         {{QStringLiteral("myNumber"), 123456789018.0}}),
                     400, QStringLiteral("validation-error"), QStringLiteral("myNumber"));
        // A valid number nobody holds.
        checkProblem(m_segment->postJson(QStringLiteral("/v1/residents/by-my-number"),
                                         {{QStringLiteral("myNumber"), QStringLiteral("999900001115")}}),
                     404, QStringLiteral("resident-not-found"), QStringLiteral("myNumber"));
    }

    void accessLogHoldsNoMyNumberAndNoBodies()
    {
        QFile log(qEnvironmentVariable("MADOGUCHI_CORESIM_ACCESS_LOG"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY(text.contains("\"path\":\"/v1/residents/by-my-number\""));
        QVERIFY(text.contains("\"counter\":\"counter-01\""));
        for (const QByteArray& secret :
             {QByteArray("123456789018"), QByteArray("537686677188"), QByteArray("高橋")})
            QVERIFY2(!text.contains(secret), secret.constData());
    }

    void taxFigures()
    {
        const CoreSimClient::Response all =
            m_ordinary->get(QStringLiteral("/v1/residents/KT0000001/tax-certificates"));
        QCOMPARE(all.status, 200);
        const QJsonArray years = all.json.value(QStringLiteral("years")).toArray();
        QCOMPARE(years.size(), 3);
        QCOMPARE(years.first().toObject().value(QStringLiteral("fiscalYear")).toInt(), 2026); // newest first
        const QJsonObject y = years.first().toObject();
        QCOMPARE(y.value(QStringLiteral("totalIncome")).toInteger(), 5200000);
        QCOMPARE(y.value(QStringLiteral("totalResidentTax")).toInteger(),
                 y.value(QStringLiteral("municipalTax")).toInteger() +
                     y.value(QStringLiteral("prefecturalTax")).toInteger());
        const CoreSimClient::Response one =
            m_ordinary->get(QStringLiteral("/v1/residents/KT0000011/tax-certificates?fiscalYear=2026"));
        QCOMPARE(one.json.value(QStringLiteral("years")).toArray().size(), 1);
        QCOMPARE(one.json.value(QStringLiteral("years"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("arrears"))
                     .toBool(),
                 true);
        checkProblem(
            m_ordinary->get(QStringLiteral("/v1/residents/KT0000001/tax-certificates?fiscalYear=1999")), 404,
            QStringLiteral("not-found"), QStringLiteral("fiscalYear"));
        checkProblem(
            m_ordinary->get(QStringLiteral("/v1/residents/KT0000001/tax-certificates?fiscalYear=next")), 400,
            QStringLiteral("validation-error"), QStringLiteral("fiscalYear"));
        checkProblem(m_ordinary->get(QStringLiteral("/v1/residents/KT9999999/tax-certificates")), 404,
                     QStringLiteral("resident-not-found"), QStringLiteral("residentId"));
    }

    void sealRegistration()
    {
        const CoreSimClient::Response r =
            m_ordinary->get(QStringLiteral("/v1/residents/KT0000001/seal-registration"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("registrationNumber")).toString(), QStringLiteral("00000001"));
        const QJsonObject image = r.json.value(QStringLiteral("sealImage")).toObject();
        QCOMPARE(image.value(QStringLiteral("mediaType")).toString(), QStringLiteral("image/png"));
        QImage png;
        QVERIFY(png.loadFromData(
            QByteArray::fromBase64(image.value(QStringLiteral("data")).toString().toLatin1()), "PNG"));
        QCOMPARE(png.width(), image.value(QStringLiteral("widthPx")).toInt());
        checkProblem(m_ordinary->get(QStringLiteral("/v1/residents/KT0000006/seal-registration")), 404,
                     QStringLiteral("not-found"), QStringLiteral("residentId"));
    }

    void koseki()
    {
        const CoreSimClient::Response r = m_ordinary->get(QStringLiteral("/v1/residents/KT0000001/koseki"));
        QCOMPARE(r.status, 200);
        QCOMPARE(
            r.json.value(QStringLiteral("honseki")).toObject().value(QStringLiteral("fullText")).toString(),
            QStringLiteral("東京都北区王子本町一丁目15番地"));
        const QJsonArray entries = r.json.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 3);
        const QJsonObject son = entries.at(2).toObject();
        QCOMPARE(son.value(QStringLiteral("relationship")).toString(), QStringLiteral("長男"));
        QCOMPARE(son.value(QStringLiteral("names")).toObject().value(QStringLiteral("givenKana")).toString(),
                 QStringLiteral("イチロウ"));
        const CoreSimClient::Response ivs = m_ordinary->get(QStringLiteral("/v1/residents/KT0000004/koseki"));
        QCOMPARE(ivs.json.value(QStringLiteral("headOfKoseki"))
                     .toObject()
                     .value(QStringLiteral("family"))
                     .toString()
                     .toUcs4(),
                 QStringLiteral("葛\U000E0102飾").toUcs4());
        checkProblem(m_ordinary->get(QStringLiteral("/v1/residents/KT0000005/koseki")), 404,
                     QStringLiteral("koseki-not-held"), QStringLiteral("residentId"));
    }

    void seededHouseholdsAreConsistent()
    {
        // A generated resident (ids from KT0000101): the head of its household exists and says 世帯主.
        const CoreSimClient::Response r = m_ordinary->get(QStringLiteral("/v1/residents/KT0000102"));
        QCOMPARE(r.status, 200);
        const QString head = r.json.value(QStringLiteral("household"))
                                 .toObject()
                                 .value(QStringLiteral("head"))
                                 .toObject()
                                 .value(QStringLiteral("residentId"))
                                 .toString();
        const CoreSimClient::Response headRecord = m_ordinary->get(QStringLiteral("/v1/residents/") + head);
        QCOMPARE(headRecord.json.value(QStringLiteral("household"))
                     .toObject()
                     .value(QStringLiteral("relationship"))
                     .toString(),
                 QStringLiteral("世帯主"));
    }
};

QTEST_GUILESS_MAIN(TestCoreSimApi)
#include "tst_coresim_api.moc"
