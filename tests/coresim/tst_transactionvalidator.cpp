// TransactionValidator without a server: what a valid transaction yields, which field each
// invalid one is refused for and with which words (clients show them), and that the procedure id
// and detail name checks accept exactly what their old regular expressions accepted.
#include "core-sim/TransactionValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::coresim;

namespace {

const QString kVisit = QStringLiteral("0190A1B2-C3D4-7E5F-8A9B-0C1D2E3F4A5B");

QJsonObject item(const char* json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject transaction(const QJsonArray& items)
{
    return {{QStringLiteral("visitId"), kVisit},
            {QStringLiteral("sequence"), 1},
            {QStringLiteral("committedAt"), QStringLiteral("2026-11-27T10:15:00.250+09:00")},
            {QStringLiteral("items"), items}};
}

QJsonObject visitStep(const QJsonObject& detail)
{
    return {{QStringLiteral("kind"), QStringLiteral("visitStep")},
            {QStringLiteral("step"), QStringLiteral("called")},
            {QStringLiteral("at"), QStringLiteral("2026-11-27T10:15:00Z")},
            {QStringLiteral("detail"), detail}};
}

QJsonObject procedure(const QString& id)
{
    return {{QStringLiteral("kind"), QStringLiteral("procedureRecorded")},
            {QStringLiteral("procedureId"), id},
            {QStringLiteral("status"), QStringLiteral("done")}};
}

QString printable(const QString& text)
{
    return QString::fromLatin1(text.toUtf8().toPercentEncoding("-._"));
}

QString randomText(QRandomGenerator& random, QStringView alphabet, int maxLength)
{
    QString text;
    for (int i = int(random.bounded(maxLength + 1)); i > 0; --i)
        text += alphabet[random.bounded(int(alphabet.size()))];
    return text;
}

} // namespace

class TestTransactionValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsEveryKind()
    {
        const QJsonArray items{
            item("{\"kind\":\"certificateIssued\",\"certificateType\":\"juminhyo\",\"copies\":2,"
                 "\"residentId\":\"KT0000001\"}"),
            item("{\"kind\":\"feePaid\",\"amountYen\":600,\"method\":\"cash\",\"receiptNumber\":\"R-1\"}"),
            item("{\"kind\":\"formAccepted\",\"formType\":\"tenkyo\",\"residentId\":\"KT0000002\"}"),
            item("{\"kind\":\"formAccepted\",\"formType\":\"tenshutsu\",\"residentId\":\"KT0000002\"}"),
            visitStep({{QStringLiteral("window"), QStringLiteral("3")}, {QStringLiteral("waited"), 12}}),
            item("{\"kind\":\"certificateRequested\",\"certificateType\":\"koseki\",\"copies\":1,"
                 "\"feeYen\":450}"),
            procedure(QStringLiteral("moving-in.v2_a")),
        };
        const QJsonObject body = transaction(items);
        const Result<ValidatedTransaction> checked = TransactionValidator::validate(body);
        QVERIFY2(checked, checked ? "" : qPrintable(checked.error().message));
        const ValidatedTransaction& tx = checked.value();
        QCOMPARE(tx.visitId, kVisit.toLower());
        QCOMPARE(tx.sequence, 1);
        QCOMPARE(tx.itemCount, 7);
        QCOMPARE(tx.body, body);
        QCOMPARE(int(tx.residentRefs.size()), 3);
        QCOMPARE(tx.residentRefs.at(0),
                 std::make_pair(QStringLiteral("items[0].residentId"), QStringLiteral("KT0000001")));
        QCOMPARE(tx.residentRefs.at(2),
                 std::make_pair(QStringLiteral("items[3].residentId"), QStringLiteral("KT0000002")));
        QCOMPARE(tx.formResidents, QStringList{QStringLiteral("KT0000002")});
    }

    void refuses_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const QJsonObject fee = item("{\"kind\":\"feePaid\",\"amountYen\":300,\"method\":\"cash\"}");
        QJsonObject body = transaction({fee});
        body.insert(QStringLiteral("extra"), 1);
        QTest::newRow("unknown top field")
            << body << QStringLiteral("extra") << QStringLiteral("extra is not a known field");
        body = transaction({fee});
        body.insert(QString(), 1);
        QTest::newRow("empty top field")
            << body << QStringLiteral("\"\"") << QStringLiteral("\"\" is not a known field");
        body = transaction({item("{\"kind\":\"feePaid\",\"amountYen\":300,\"method\":\"cash\",\"\":0}")});
        QTest::newRow("empty item field") << body << QStringLiteral("items[0].\"\"")
                                          << QStringLiteral("items[0].\"\" is not a known field");
        body = transaction({fee});
        body.remove(QStringLiteral("visitId"));
        QTest::newRow("visit missing")
            << body << QStringLiteral("visitId") << QStringLiteral("visitId is required");
        body = transaction({fee});
        body.insert(QStringLiteral("visitId"), QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5"));
        QTest::newRow("visit not a uuid")
            << body << QStringLiteral("visitId") << QStringLiteral("visitId must be a UUID");
        body = transaction({fee});
        body.insert(QStringLiteral("visitId"), QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b\n"));
        QTest::newRow("visit with a final line feed")
            << body << QStringLiteral("visitId") << QStringLiteral("visitId must be a UUID");
        body = transaction({fee});
        body.insert(QStringLiteral("sequence"), 0);
        QTest::newRow("sequence 0") << body << QStringLiteral("sequence")
                                    << QStringLiteral("sequence must be between 1 and 1000000");
        body = transaction({fee});
        body.insert(QStringLiteral("committedAt"), QStringLiteral("2026-11-27T10:15:00"));
        QTest::newRow("committed without offset")
            << body << QStringLiteral("committedAt")
            << QStringLiteral("committedAt must be an ISO 8601 date-time with an offset");
        QTest::newRow("no items") << transaction({}) << QStringLiteral("items")
                                  << QStringLiteral("items must hold 1 to 100 items");
        QJsonArray many;
        for (int i = 0; i < 101; ++i)
            many.append(fee);
        QTest::newRow("101 items") << transaction(many) << QStringLiteral("items")
                                   << QStringLiteral("items must hold 1 to 100 items");
        many.removeLast();
        many.replace(99, QStringLiteral("x"));
        QTest::newRow("item 99 not an object") << transaction(many) << QStringLiteral("items[99]")
                                               << QStringLiteral("items[99] must be an object");
        body = transaction({fee});
        body.insert(QStringLiteral("items"), fee);
        QTest::newRow("items an object")
            << body << QStringLiteral("items") << QStringLiteral("items must be an array");
        QTest::newRow("unknown kind")
            << transaction({fee, item("{\"kind\":\"refund\"}")}) << QStringLiteral("items[1].kind")
            << QStringLiteral("items[1].kind must be certificateIssued, feePaid, formAccepted, visitStep, "
                              "certificateRequested or procedureRecorded");
        // Field checks come before unknown fields, then the resident.
        QTest::newRow("field before unknown field")
            << transaction({item("{\"kind\":\"certificateIssued\",\"certificateType\":\"a_b\",\"copies\":1,"
                                 "\"zzz\":1}")})
            << QStringLiteral("items[0].certificateType")
            << QStringLiteral("items[0].certificateType must be 1 to 40 letters, digits or hyphens");
        QTest::newRow("unknown item field")
            << transaction(
                   {item("{\"kind\":\"certificateIssued\",\"certificateType\":\"juminhyo\",\"copies\":1,"
                         "\"feeYen\":1,\"residentId\":\"???\"}")})
            << QStringLiteral("items[0].feeYen") << QStringLiteral("items[0].feeYen is not a known field");
        QTest::newRow("bad resident")
            << transaction(
                   {item("{\"kind\":\"formAccepted\",\"formType\":\"tenkyo\",\"residentId\":\"K T\"}")})
            << QStringLiteral("items[0].residentId")
            << QStringLiteral("items[0].residentId must be 1 to 32 letters, digits or hyphens");
        QTest::newRow("method") << transaction(
                                       {item("{\"kind\":\"feePaid\",\"amountYen\":300,\"method\":\"coin\"}")})
                                << QStringLiteral("items[0].method")
                                << QStringLiteral("items[0].method must be one of cash, credit, qr, slip");
        QTest::newRow("copies a string")
            << transaction({item(
                   "{\"kind\":\"certificateIssued\",\"certificateType\":\"juminhyo\",\"copies\":\"1\"}")})
            << QStringLiteral("items[0].copies")
            << QStringLiteral("items[0].copies must be an integer, not a string");
        QTest::newRow("step")
            << transaction(
                   {item("{\"kind\":\"visitStep\",\"step\":\"waved\",\"at\":\"2026-11-27T10:15:00Z\"}")})
            << QStringLiteral("items[0].step")
            << QStringLiteral(
                   "items[0].step must be one of ticketIssued, called, recalled, skipped, identified, "
                   "proceduresChosen, procedureUpdated, formsPrinted, feesRecorded, "
                   "certificatesRequested, handedOff, closed, cancelled");
        QTest::newRow("step at 24:01")
            << transaction(
                   {item("{\"kind\":\"visitStep\",\"step\":\"called\",\"at\":\"2026-11-27T24:01Z\"}")})
            << QStringLiteral("items[0].at")
            << QStringLiteral("items[0].at must be an ISO 8601 date-time with an offset");
        QTest::newRow("detail name")
            << transaction({visitStep({{QStringLiteral("window_no"), 1}})})
            << QStringLiteral("items[0].detail.window_no")
            << QStringLiteral("items[0].detail.window_no: a detail name is 1 to 40 letters or digits");
        QTest::newRow("detail My Number")
            << transaction({visitStep({{QStringLiteral("note"), QStringLiteral("123456789018")}})})
            << QStringLiteral("items[0].detail.note")
            << QStringLiteral("items[0].detail.note must not hold a My Number");
        QTest::newRow("detail a list")
            << transaction({visitStep({{QStringLiteral("list"), QJsonArray{1}}})})
            << QStringLiteral("items[0].detail.list")
            << QStringLiteral("items[0].detail.list must be a string or an integer");
        QTest::newRow("procedure id")
            << transaction({procedure(QStringLiteral(".hidden"))}) << QStringLiteral("items[0].procedureId")
            << QStringLiteral("items[0].procedureId must be 1 to 64 letters, digits, '.', '_' or '-'");
        QTest::newRow("procedure status")
            << transaction(
                   {item("{\"kind\":\"procedureRecorded\",\"procedureId\":\"p\",\"status\":\"late\"}")})
            << QStringLiteral("items[0].status")
            << QStringLiteral("items[0].status must be one of pending, done, notNeeded, handedOff");
    }

    void refuses()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const Result<ValidatedTransaction> checked = TransactionValidator::validate(body);
        QVERIFY(!checked);
        QCOMPARE(checked.error().code, QStringLiteral("validation-error"));
        QCOMPARE(checked.error().where, field);
        QCOMPARE(checked.error().message, message);
    }

    void procedureId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("letters") << QStringLiteral("moving") << true;
        QTest::newRow("digit first") << QStringLiteral("1st.step_two-3") << true;
        QTest::newRow("one") << QStringLiteral("x") << true;
        QTest::newRow("64") << QString(64, u'a') << true;
        QTest::newRow("65") << QString(65, u'a') << false;
        QTest::newRow("dot first") << QStringLiteral(".x") << false;
        QTest::newRow("hyphen first") << QStringLiteral("-x") << false;
        QTest::newRow("underscore first") << QStringLiteral("_x") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
        QTest::newRow("kana") << QStringLiteral("てんきょ") << false;
        QTest::newRow("a final line feed") << QString(63, u'a') + u'\n' << false;
    }

    void procedureId()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(bool(TransactionValidator::validate(transaction({procedure(id)}))), valid);
    }

    void detailName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("letter") << QStringLiteral("w") << true;
        QTest::newRow("camel with digits") << QStringLiteral("window2B") << true;
        QTest::newRow("40") << QString(40, u'a') << true;
        QTest::newRow("41") << QString(41, u'a') << false;
        QTest::newRow("digit first") << QStringLiteral("2nd") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("hyphen") << QStringLiteral("a-b") << false;
        QTest::newRow("accented") << QStringLiteral("né") << false;
        QTest::newRow("final line feed") << QStringLiteral("window\n") << false;
    }

    void detailName()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(bool(TransactionValidator::validate(transaction({visitStep({{name, 1}})}))), valid);
    }

    // Against the patterns they replaced, on seeded random texts.
    void shapesAsBefore()
    {
        const QRegularExpression procedureShape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}\\z"));
        const QRegularExpression detailShape(QStringLiteral("^[A-Za-z][A-Za-z0-9]{0,39}\\z"));
        QRandomGenerator random(5);
        const QString alphabet = QStringLiteral("aZ09._-\n /é");
        for (int i = 0; i < 5000; ++i) {
            const QString text = randomText(random, alphabet, i % 2 == 0 ? 4 : 66);
            const bool procedureValid = text.size() <= 64 && procedureShape.match(text).hasMatch();
            QVERIFY2(bool(TransactionValidator::validate(transaction({procedure(text)}))) == procedureValid,
                     qPrintable(printable(text)));
            const bool detailValid = detailShape.match(text).hasMatch();
            QVERIFY2(bool(TransactionValidator::validate(transaction({visitStep({{text, 1}})}))) ==
                         detailValid,
                     qPrintable(printable(text)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTransactionValidator)
#include "tst_transactionvalidator.moc"
