// The pure decoders of the core's answers: typed values with the registered text intact,
// strict checks naming the JSON path of a mistake, and the resident record's JSON round trip.
#include "sync/CoreDecoder.h"
#include "sync/ResidentJson.h"

#include <QJsonDocument>
#include <QObject>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::sync;

namespace {

QJsonObject resident(const QString& id = QStringLiteral("KT0000006"))
{
    return QJsonObject{
        {QStringLiteral("residentId"), id},
        {QStringLiteral("status"), QStringLiteral("resident")},
        {QStringLiteral("household"),
         QJsonObject{
             {QStringLiteral("householdId"), QStringLiteral("H0000004")},
             {QStringLiteral("head"), QJsonObject{{QStringLiteral("residentId"), id},
                                                  {QStringLiteral("fullName"), u"葛\U000E0102城　美咲"_qs}}},
             {QStringLiteral("relationship"), QStringLiteral("世帯主")}}},
        {QStringLiteral("names"), QJsonObject{{QStringLiteral("family"), u"葛\U000E0102城"_qs},
                                              {QStringLiteral("given"), u"\U00020BB7子"_qs},
                                              {QStringLiteral("familyKana"), QStringLiteral("カツラギ")},
                                              {QStringLiteral("givenKana"), QStringLiteral("ヨシコ")}}},
        {QStringLiteral("birthDate"), QStringLiteral("1990-08-08")},
        {QStringLiteral("sex"), QStringLiteral("female")},
        {QStringLiteral("address"),
         QJsonObject{{QStringLiteral("postalCode"), QStringLiteral("114-0022")},
                     {QStringLiteral("building"), QJsonValue::Null},
                     {QStringLiteral("fullText"), QStringLiteral("東京都北区王子本町1丁目15番22号")}}},
        {QStringLiteral("honseki"),
         QJsonObject{{QStringLiteral("fullText"), QStringLiteral("東京都北区王子本町一丁目15番地")},
                     {QStringLiteral("chiban"), QStringLiteral("15番地")}}},
        {QStringLiteral("movedInDate"), QStringLiteral("2008-04-01")},
        {QStringLiteral("movedOutDate"), QJsonValue::Null},
        {QStringLiteral("previousAddress"), QJsonValue::Null},
        {QStringLiteral("supportMeasure"),
         QJsonObject{{QStringLiteral("active"), true},
                     {QStringLiteral("since"), QStringLiteral("2024-01-01")},
                     {QStringLiteral("until"), QJsonValue::Null}}},
        {QStringLiteral("updatedAt"), QStringLiteral("2026-04-01T09:00:00+09:00")},
        {QStringLiteral("version"), 3},
        {QStringLiteral("futureField"), QStringLiteral("ignored")},
    };
}

QByteArray bytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Sets `value` at a dotted path ("names.family") of a copy of `object`.
QJsonObject with(QJsonObject object, const QStringList& path, const QJsonValue& value)
{
    if (path.size() == 1) {
        if (value.isUndefined())
            object.remove(path.first());
        else
            object.insert(path.first(), value);
        return object;
    }
    object.insert(path.first(), with(object.value(path.first()).toObject(), path.mid(1), value));
    return object;
}

} // namespace

class TestCoreDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void residentKeepsRegisteredText()
    {
        const Result<ResidentRecord> r = CoreDecoder::resident(bytes(resident()));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r.value().names.family.toUcs4(), QString(u"葛\U000E0102城"_qs).toUcs4());
        QCOMPARE(r.value().names.given.toUcs4(), QString(u"\U00020BB7子"_qs).toUcs4());
        QCOMPARE(r.value().household.headFullName, u"葛\U000E0102城　美咲"_qs);
        QCOMPARE(r.value().address.postalCode, std::optional<QString>(QStringLiteral("114-0022")));
        QVERIFY(!r.value().address.building);
        QCOMPARE(r.value().honseki.chiban, std::optional<QString>(QStringLiteral("15番地")));
        QVERIFY(r.value().supportMeasure.active);
        QVERIFY(!r.value().movedOutDate);
        QCOMPARE(r.value().version, 3);
    }

    void residentRoundTrip()
    {
        const ResidentRecord first = CoreDecoder::resident(bytes(resident())).value();
        const Result<ResidentRecord> again = CoreDecoder::resident(bytes(ResidentJson::write(first)));
        QVERIFY(again);
        QVERIFY(again.value() == first);
    }

    void residentMistakesNameTheirPath_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("where");
        QTest::newRow("missing") << QStringList{QStringLiteral("birthDate")}
                                 << QJsonValue(QJsonValue::Undefined) << QStringLiteral("birthDate");
        QTest::newRow("nested missing")
            << QStringList{QStringLiteral("names"), QStringLiteral("family")}
            << QJsonValue(QJsonValue::Undefined) << QStringLiteral("names.family");
        QTest::newRow("wrong type") << QStringList{QStringLiteral("version")}
                                    << QJsonValue(QStringLiteral("3")) << QStringLiteral("version");
        QTest::newRow("not whole") << QStringList{QStringLiteral("version")} << QJsonValue(2.5)
                                   << QStringLiteral("version");
        QTest::newRow("bad date") << QStringList{QStringLiteral("birthDate")}
                                  << QJsonValue(QStringLiteral("1990-02-30")) << QStringLiteral("birthDate");
        QTest::newRow("bad enum") << QStringList{QStringLiteral("sex")} << QJsonValue(QStringLiteral("x"))
                                  << QStringLiteral("sex");
        QTest::newRow("deep") << QStringList{QStringLiteral("household"), QStringLiteral("head"),
                                             QStringLiteral("fullName")}
                              << QJsonValue(7) << QStringLiteral("household.head.fullName");
        QTest::newRow("bool as string")
            << QStringList{QStringLiteral("supportMeasure"), QStringLiteral("active")}
            << QJsonValue(QStringLiteral("true")) << QStringLiteral("supportMeasure.active");
        QTest::newRow("object as array") << QStringList{QStringLiteral("address")} << QJsonValue(QJsonArray())
                                         << QStringLiteral("address");
        QTest::newRow("bad id") << QStringList{QStringLiteral("residentId")}
                                << QJsonValue(QStringLiteral("KT 1")) << QStringLiteral("residentId");
    }

    void residentMistakesNameTheirPath()
    {
        QFETCH(QStringList, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, where);
        const Result<ResidentRecord> r = CoreDecoder::resident(bytes(with(resident(), path, value)));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("core.malformed"));
        QCOMPARE(r.error().where, where);
        QVERIFY2(r.error().message.contains(where), qPrintable(r.error().message));
    }

    void notJson()
    {
        for (const QByteArray& body : {QByteArray("{\"residentId\":"), QByteArray("[1,2]"), QByteArray(""),
                                       QByteArray("<html>502 Bad Gateway</html>")}) {
            const Result<ResidentRecord> r = CoreDecoder::resident(body);
            QVERIFY(!r);
            QCOMPARE(r.error().code, QStringLiteral("core.malformed"));
            QCOMPARE(r.error().where, QStringLiteral("$"));
        }
    }

    void listElementPath()
    {
        const QJsonObject good = resident();
        const QJsonObject bad =
            with(resident(QStringLiteral("KT2")), {QStringLiteral("names"), QStringLiteral("givenKana")}, 1);
        const QJsonObject list{{QStringLiteral("residents"), QJsonArray{good, bad}},
                               {QStringLiteral("truncated"), false}};
        const Result<ResidentList> r = CoreDecoder::residentList(bytes(list));
        QVERIFY(!r);
        QCOMPARE(r.error().where, QStringLiteral("residents[1].names.givenKana"));
        const QJsonObject notObject{{QStringLiteral("residents"), QJsonArray{good, 5}},
                                    {QStringLiteral("truncated"), false}};
        QCOMPARE(CoreDecoder::residentList(bytes(notObject)).error().where, QStringLiteral("residents[1]"));
        const QJsonObject ok{{QStringLiteral("residents"), QJsonArray{good}},
                             {QStringLiteral("truncated"), true}};
        QVERIFY(CoreDecoder::residentList(bytes(ok)).value().truncated);
    }

    void batchResult()
    {
        const QJsonObject receipt{
            {QStringLiteral("transactionId"), QStringLiteral("T1")},
            {QStringLiteral("counterId"), QStringLiteral("counter-01")},
            {QStringLiteral("visitId"), QStringLiteral("v")},
            {QStringLiteral("sequence"), 1},
            {QStringLiteral("itemCount"), 2},
            {QStringLiteral("receivedAt"), QStringLiteral("2026-11-27T10:15:00+09:00")}};
        const QJsonObject problem{
            {QStringLiteral("type"), QStringLiteral("urn:madoguchi:problem:sequence-conflict")},
            {QStringLiteral("title"), QStringLiteral("Sequence conflict")},
            {QStringLiteral("status"), 409},
            {QStringLiteral("field"), QStringLiteral("sequence")},
            {QStringLiteral("expectedSequence"), 1}};
        const QJsonObject body{
            {QStringLiteral("results"),
             QJsonArray{QJsonObject{{QStringLiteral("idempotencyKey"), QStringLiteral("k1")},
                                    {QStringLiteral("status"), 201},
                                    {QStringLiteral("replay"), false},
                                    {QStringLiteral("receipt"), receipt}},
                        QJsonObject{{QStringLiteral("idempotencyKey"), QStringLiteral("k2")},
                                    {QStringLiteral("status"), 409},
                                    {QStringLiteral("replay"), false},
                                    {QStringLiteral("problem"), problem}}}}};
        const Result<BatchResult> r = CoreDecoder::batchResult(bytes(body));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r.value().results.size(), 2);
        QVERIFY(r.value().results.at(0).stored());
        QCOMPARE(r.value().results.at(0).receipt->transactionId, QStringLiteral("T1"));
        QCOMPARE(r.value().results.at(1).problem->name(), QStringLiteral("sequence-conflict"));
        QCOMPARE(r.value().results.at(1).problem->expectedSequence, std::optional<qint64>(1));

        // A stored result without its receipt does not fit the API.
        QJsonObject noReceipt = body;
        QJsonArray results = noReceipt.value(QStringLiteral("results")).toArray();
        QJsonObject first = results.at(0).toObject();
        first.remove(QStringLiteral("receipt"));
        results.replace(0, first);
        noReceipt.insert(QStringLiteral("results"), results);
        QCOMPARE(CoreDecoder::batchResult(bytes(noReceipt)).error().where,
                 QStringLiteral("results[0].receipt"));
    }

    void changePageAndHealth()
    {
        const QJsonObject page{
            {QStringLiteral("changes"),
             QJsonArray{QJsonObject{{QStringLiteral("cursor"), QStringLiteral("c1")},
                                    {QStringLiteral("residentId"), QStringLiteral("KT0000003")},
                                    {QStringLiteral("kind"), QStringLiteral("updated")},
                                    {QStringLiteral("at"), QStringLiteral("2026-11-27T10:16:02+09:00")}}}},
            {QStringLiteral("nextCursor"), QStringLiteral("c1")},
            {QStringLiteral("hasMore"), false}};
        const Result<ChangePage> r = CoreDecoder::changePage(bytes(page));
        QVERIFY(r);
        QCOMPARE(r.value().changes.first().residentId, QStringLiteral("KT0000003"));
        QCOMPARE(CoreDecoder::changePage(bytes(with(page, {QStringLiteral("hasMore")}, 1))).error().where,
                 QStringLiteral("hasMore"));
        QCOMPARE(CoreDecoder::changePage(bytes(with(page, {QStringLiteral("nextCursor")}, QString())))
                     .error()
                     .where,
                 QStringLiteral("nextCursor"));

        const QJsonObject health{{QStringLiteral("status"), QStringLiteral("ok")},
                                 {QStringLiteral("apiVersion"), QStringLiteral("1")},
                                 {QStringLiteral("server"), QStringLiteral("madoguchi-core-sim 0.1.0")},
                                 {QStringLiteral("time"), QStringLiteral("2026-11-27T10:16:02+09:00")},
                                 {QStringLiteral("counterId"), QStringLiteral("counter-01")},
                                 {QStringLiteral("myNumberSegment"), true},
                                 {QStringLiteral("latestCursor"), QStringLiteral("c9")}};
        QCOMPARE(CoreDecoder::health(bytes(health)).value().latestCursor, QStringLiteral("c9"));
        QCOMPARE(CoreDecoder::health(bytes(with(health, {QStringLiteral("apiVersion")}, 1))).error().where,
                 QStringLiteral("apiVersion"));
    }

    void problemAndSeal()
    {
        const QByteArray problem =
            R"({"type":"urn:madoguchi:problem:validation-error","title":"Invalid request",)"
            R"("status":400,"detail":"items[1].amountYen must be an integer",)"
            R"("field":"items[1].amountYen","instance":"/v1/transactions"})";
        const Result<Problem> p = CoreDecoder::problem(problem);
        QVERIFY(p);
        QCOMPARE(p.value().field, QStringLiteral("items[1].amountYen"));
        QCOMPARE(p.value().name(), QStringLiteral("validation-error"));
        QCOMPARE(CoreDecoder::problem(R"({"type":"x","title":"y","status":"400"})").error().where,
                 QStringLiteral("status"));

        const QByteArray seal =
            R"({"residentId":"KT1","registrationNumber":"1","registeredDate":"2001-01-01",)"
            R"("status":"active","sealImage":{"mediaType":"image/png","data":"not base64!",)"
            R"("widthPx":10,"heightPx":10}})";
        QCOMPARE(CoreDecoder::sealRegistration(seal).error().where, QStringLiteral("sealImage.data"));
    }
};

QTEST_GUILESS_MAIN(TestCoreDecoder)
#include "tst_coredecoder.moc"
