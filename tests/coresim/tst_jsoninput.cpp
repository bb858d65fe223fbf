// JsonInput's checks of UUIDs, identifiers, dates and date-times: what each accepts, in tables,
// and that it accepts exactly what the regular expressions plus QDate/QDateTime::fromString it
// replaced accepted (kept below as the reference), over grids and seeded random texts. Also the
// field readers' error messages and paths, which clients see.
#include "core-sim/JsonInput.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::coresim;

namespace {

// The checks as they were written before, with regular expressions.
namespace reference {

bool isUuid(const QString& text)
{
    static const QRegularExpression shape(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\z"));
    return shape.match(text).hasMatch();
}

bool isIdentifier(const QString& text, int maxLength)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9A-Za-z-]+\\z"));
    return !text.isEmpty() && text.size() <= maxLength && shape.match(text).hasMatch();
}

std::optional<QDate> parseDate(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}\\z"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate day = QDate::fromString(text, Qt::ISODate);
    return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
}

QDateTime parseDateTime(const QString& text)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})\\z"));
    const QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!shape.match(text).hasMatch() || !moment.isValid())
        return {};
    return moment;
}

} // namespace reference

QString printable(const QString& text)
{
    return QString::fromLatin1(text.toUtf8().toPercentEncoding("-:.+_ "));
}

// Equal and of the same kind (UTC or which offset): QDateTime's == compares instants only.
bool same(const QDateTime& a, const QDateTime& b)
{
    return a.isValid() == b.isValid() && (!a.isValid() || (a == b && a.timeSpec() == b.timeSpec() &&
                                                           a.offsetFromUtc() == b.offsetFromUtc()));
}

QString randomText(QRandomGenerator& random, QStringView alphabet, int minLength, int maxLength)
{
    QString text;
    const int length = minLength + int(random.bounded(maxLength - minLength + 1));
    for (int i = 0; i < length; ++i)
        text += alphabet[random.bounded(int(alphabet.size()))];
    return text;
}

// `text` with one character replaced, inserted or removed.
QString mutated(QRandomGenerator& random, QString text, QStringView alphabet)
{
    const int at = int(random.bounded(int(text.size()) + 1));
    const QChar c = alphabet[random.bounded(int(alphabet.size()))];
    switch (random.bounded(3)) {
    case 0:
        if (at < text.size()) {
            text[at] = c;
            break;
        }
        Q_FALLTHROUGH();
    case 1:
        text.insert(at, c);
        break;
    default:
        text.remove(at, 1);
    }
    return text;
}

QString pick(QRandomGenerator& random, const QStringList& choices)
{
    return choices.at(random.bounded(int(choices.size())));
}

const QStringList years = {QStringLiteral("0000"), QStringLiteral("0001"), QStringLiteral("1600"),
                           QStringLiteral("1900"), QStringLiteral("2000"), QStringLiteral("2023"),
                           QStringLiteral("2024"), QStringLiteral("2100"), QStringLiteral("9999")};
const QStringList months = {QStringLiteral("00"), QStringLiteral("01"), QStringLiteral("02"),
                            QStringLiteral("04"), QStringLiteral("12"), QStringLiteral("13"),
                            QStringLiteral("99")};
const QStringList days = {QStringLiteral("00"), QStringLiteral("01"), QStringLiteral("28"),
                          QStringLiteral("29"), QStringLiteral("30"), QStringLiteral("31"),
                          QStringLiteral("32"), QStringLiteral("99")};

} // namespace

class TestJsonInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uuid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("lower") << QStringLiteral("3f2b8c1e-9a4d-4e7f-8b6a-1c2d3e4f5a6b") << true;
        QTest::newRow("upper") << QStringLiteral("3F2B8C1E-9A4D-4E7F-8B6A-1C2D3E4F5A6B") << true;
        QTest::newRow("mixed") << QStringLiteral("3f2B8c1E-9a4D-4e7F-8b6A-1c2D3e4F5a6B") << true;
        QTest::newRow("nil") << QStringLiteral("00000000-0000-0000-0000-000000000000") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("braces") << QStringLiteral("{3f2b8c1e-9a4d-4e7f-8b6a-1c2d3e4f5a6b}") << false;
        QTest::newRow("no dashes") << QStringLiteral("3f2b8c1e9a4d4e7f8b6a1c2d3e4f5a6b") << false;
        QTest::newRow("group of 7") << QStringLiteral("3f2b8c1-9a4d-4e7f-8b6a-1c2d3e4f5a6bb") << false;
        QTest::newRow("group of 5") << QStringLiteral("3f2b8c1e-9a4d5-4e7f-8b6a-1c2d3e4f5a6") << false;
        QTest::newRow("last group 11") << QStringLiteral("3f2b8c1e-9a4d-4e7f-8b6a-1c2d3e4f5a6") << false;
        QTest::newRow("last group 13") << QStringLiteral("3f2b8c1e-9a4d-4e7f-8b6a-1c2d3e4f5a6bc") << false;
        QTest::newRow("g is not hex") << QStringLiteral("3f2b8c1e-9a4d-4e7f-8b6a-1c2d3e4f5a6g") << false;
        QTest::newRow("fullwidth digit") << QStringLiteral("３f2b8c1e-9a4d-4e7f-8b6a-1c2d3e4f5a6b") << false;
        QTest::newRow("space") << QStringLiteral(" 3f2b8c1e-9a4d-4e7f-8b6a-1c2d3e4f5a6b") << false;
        // The old pattern's `$` matched before one final line feed; that is refused now.
        QTest::newRow("final line feed") << QStringLiteral("3f2b8c1e-9a4d-4e7f-8b6a-1c2d3e4f5a6b\n") << false;
        QTest::newRow("two line feeds")
            << QStringLiteral("3f2b8c1e-9a4d-4e7f-8b6a-1c2d3e4f5a6b\n\n") << false;
        QTest::newRow("carriage return") << QStringLiteral("3f2b8c1e-9a4d-4e7f-8b6a-1c2d3e4f5a6b\r") << false;
        QTest::newRow("leading line feed")
            << QStringLiteral("\n3f2b8c1e-9a4d-4e7f-8b6a-1c2d3e4f5a6b") << false;
    }

    void uuid()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(JsonInput::isUuid(text), valid);
        QCOMPARE(reference::isUuid(text), valid);
    }

    void uuidAsBefore()
    {
        QRandomGenerator random(1);
        const QString alphabet = QStringLiteral("0123456789abcdefABCDEFgG-\n {}");
        const QString valid = QStringLiteral("3f2b8c1e-9a4d-4e7f-8b6a-1c2d3e4f5a6b");
        for (int i = 0; i < 20000; ++i) {
            const QString text = i % 2 == 0 ? mutated(random, valid, alphabet)
                                            : randomText(random, QStringLiteral("0a-\n"), 34, 38);
            QVERIFY2(JsonInput::isUuid(text) == reference::isUuid(text), qPrintable(printable(text)));
        }
    }

    void identifier_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<bool>("valid");
        QTest::newRow("resident") << QStringLiteral("KT0000001") << 32 << true;
        QTest::newRow("hyphens") << QStringLiteral("-a-Z-9-") << 32 << true;
        QTest::newRow("one") << QStringLiteral("x") << 1 << true;
        QTest::newRow("at the limit") << QStringLiteral("abcd") << 4 << true;
        QTest::newRow("over the limit") << QStringLiteral("abcde") << 4 << false;
        QTest::newRow("empty") << QString() << 32 << false;
        QTest::newRow("underscore") << QStringLiteral("a_b") << 32 << false;
        QTest::newRow("dot") << QStringLiteral("a.b") << 32 << false;
        QTest::newRow("space") << QStringLiteral("a b") << 32 << false;
        QTest::newRow("kanji") << QStringLiteral("住民") << 32 << false;
        QTest::newRow("accented") << QStringLiteral("é") << 32 << false;
        QTest::newRow("final line feed") << QStringLiteral("abc\n") << 32 << false;
        QTest::newRow("line feed only") << QStringLiteral("\n") << 32 << false;
        QTest::newRow("two line feeds") << QStringLiteral("abc\n\n") << 32 << false;
    }

    void identifier()
    {
        QFETCH(QString, text);
        QFETCH(int, maxLength);
        QFETCH(bool, valid);
        QCOMPARE(JsonInput::isIdentifier(text, maxLength), valid);
        QCOMPARE(reference::isIdentifier(text, maxLength), valid);
    }

    void identifierAsBefore()
    {
        QRandomGenerator random(2);
        const QString alphabet = QStringLiteral("aZ09-_.\n \r住");
        for (int i = 0; i < 20000; ++i) {
            const QString text = randomText(random, alphabet, 0, 6);
            const int maxLength = int(random.bounded(7));
            QVERIFY2(JsonInput::isIdentifier(text, maxLength) == reference::isIdentifier(text, maxLength),
                     qPrintable(printable(text)));
        }
    }

    void date_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected"); // invalid: refused
        QTest::newRow("plain") << QStringLiteral("2024-04-01") << QDate(2024, 4, 1);
        QTest::newRow("leap day") << QStringLiteral("2024-02-29") << QDate(2024, 2, 29);
        QTest::newRow("no leap day") << QStringLiteral("2023-02-29") << QDate();
        QTest::newRow("1900 no leap day") << QStringLiteral("1900-02-29") << QDate();
        QTest::newRow("2000 leap day") << QStringLiteral("2000-02-29") << QDate(2000, 2, 29);
        QTest::newRow("april 31") << QStringLiteral("2024-04-31") << QDate();
        QTest::newRow("month 13") << QStringLiteral("2024-13-01") << QDate();
        QTest::newRow("month 0") << QStringLiteral("2024-00-01") << QDate();
        QTest::newRow("day 0") << QStringLiteral("2024-01-00") << QDate();
        QTest::newRow("year 0") << QStringLiteral("0000-01-01") << QDate();
        QTest::newRow("year 1") << QStringLiteral("0001-01-01") << QDate(1, 1, 1);
        QTest::newRow("year 9999") << QStringLiteral("9999-12-31") << QDate(9999, 12, 31);
        QTest::newRow("short month") << QStringLiteral("2024-4-01") << QDate();
        QTest::newRow("slashes") << QStringLiteral("2024/04/01") << QDate();
        QTest::newRow("compact") << QStringLiteral("20240401") << QDate();
        QTest::newRow("with time") << QStringLiteral("2024-04-01T00:00") << QDate();
        QTest::newRow("final line feed") << QStringLiteral("2024-04-01\n") << QDate();
        QTest::newRow("final space") << QStringLiteral("2024-04-01 ") << QDate();
        QTest::newRow("fullwidth") << QStringLiteral("２０２４-04-01") << QDate();
    }

    void date()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        const std::optional<QDate> parsed = JsonInput::parseDate(text);
        QCOMPARE(parsed.value_or(QDate()), expected);
        QCOMPARE(reference::parseDate(text).value_or(QDate()), expected);
    }

    void dateAsBefore()
    {
        for (const QString& year : years) {
            for (const QString& month : months) {
                for (const QString& day : days) {
                    for (const QString& end : {QString(), QStringLiteral("\n")}) {
                        const QString text = year + u'-' + month + u'-' + day + end;
                        QVERIFY2(JsonInput::parseDate(text) == reference::parseDate(text),
                                 qPrintable(printable(text)));
                    }
                }
            }
        }
        QRandomGenerator random(3);
        for (int i = 0; i < 20000; ++i) {
            const QString text = mutated(random, QStringLiteral("2024-02-29"), QStringLiteral("0129-\n T"));
            QVERIFY2(JsonInput::parseDate(text) == reference::parseDate(text), qPrintable(printable(text)));
        }
    }

    void dateTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected"); // invalid: refused
        const QDate day(2024, 4, 1);
        const int jst = 9 * 3600;
        QTest::newRow("offset") << QStringLiteral("2024-04-01T09:30:15+09:00")
                                << QDateTime(day, QTime(9, 30, 15), Qt::OffsetFromUTC, jst);
        QTest::newRow("milliseconds") << QStringLiteral("2024-04-01T09:30:15.123+09:00")
                                      << QDateTime(day, QTime(9, 30, 15, 123), Qt::OffsetFromUTC, jst);
        QTest::newRow("tenths") << QStringLiteral("2024-04-01T09:30:15.5+09:00")
                                << QDateTime(day, QTime(9, 30, 15, 500), Qt::OffsetFromUTC, jst);
        QTest::newRow("hundredths") << QStringLiteral("2024-04-01T09:30:15.05+09:00")
                                    << QDateTime(day, QTime(9, 30, 15, 50), Qt::OffsetFromUTC, jst);
        QTest::newRow("microseconds") << QStringLiteral("2024-04-01T09:30:15.123456+09:00")
                                      << QDateTime(day, QTime(9, 30, 15, 123), Qt::OffsetFromUTC, jst);
        QTest::newRow("rounded up") << QStringLiteral("2024-04-01T09:30:15.9996Z")
                                    << QDateTime(day, QTime(9, 30, 16), Qt::UTC);
        QTest::newRow("no seconds") << QStringLiteral("2024-04-01T09:30+09:00")
                                    << QDateTime(day, QTime(9, 30), Qt::OffsetFromUTC, jst);
        QTest::newRow("utc") << QStringLiteral("2024-04-01T00:00:00Z")
                             << QDateTime(day, QTime(0, 0), Qt::UTC);
        QTest::newRow("zero offset is utc")
            << QStringLiteral("2024-04-01T00:00:00+00:00") << QDateTime(day, QTime(0, 0), Qt::UTC);
        QTest::newRow("negative offset")
            << QStringLiteral("2024-04-01T00:00:00-03:30")
            << QDateTime(day, QTime(0, 0), Qt::OffsetFromUTC, -(3 * 3600 + 1800));
        QTest::newRow("offset 23:59") << QStringLiteral("2024-04-01T00:00:00+23:59")
                                      << QDateTime(day, QTime(0, 0), Qt::OffsetFromUTC, 23 * 3600 + 59 * 60);
        QTest::newRow("offset 24:00") << QStringLiteral("2024-04-01T00:00:00+24:00") << QDateTime();
        QTest::newRow("offset minutes 60") << QStringLiteral("2024-04-01T00:00:00+09:60") << QDateTime();
        QTest::newRow("24:00 is next day")
            << QStringLiteral("2024-02-29T24:00:00+09:00")
            << QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::OffsetFromUTC, jst);
        QTest::newRow("24:00:01") << QStringLiteral("2024-04-01T24:00:01+09:00") << QDateTime();
        QTest::newRow("24:01") << QStringLiteral("2024-04-01T24:01+09:00") << QDateTime();
        QTest::newRow("hour 25") << QStringLiteral("2024-04-01T25:00:00+09:00") << QDateTime();
        QTest::newRow("minute 60") << QStringLiteral("2024-04-01T10:60:00+09:00") << QDateTime();
        QTest::newRow("second 60") << QStringLiteral("2024-04-01T10:00:60+09:00") << QDateTime();
        QTest::newRow("no leap day") << QStringLiteral("2023-02-29T10:00:00+09:00") << QDateTime();
        QTest::newRow("leap day") << QStringLiteral("2024-02-29T10:00:00Z")
                                  << QDateTime(QDate(2024, 2, 29), QTime(10, 0), Qt::UTC);
        QTest::newRow("year 0") << QStringLiteral("0000-01-01T10:00:00Z") << QDateTime();
        QTest::newRow("offset missing") << QStringLiteral("2024-04-01T10:00:00") << QDateTime();
        QTest::newRow("date only") << QStringLiteral("2024-04-01") << QDateTime();
        QTest::newRow("lower-case z") << QStringLiteral("2024-04-01T10:00:00z") << QDateTime();
        QTest::newRow("lower-case t") << QStringLiteral("2024-04-01t10:00:00Z") << QDateTime();
        QTest::newRow("space for T") << QStringLiteral("2024-04-01 10:00:00Z") << QDateTime();
        QTest::newRow("offset without colon") << QStringLiteral("2024-04-01T10:00:00+0900") << QDateTime();
        QTest::newRow("offset hours only") << QStringLiteral("2024-04-01T10:00:00+09") << QDateTime();
        QTest::newRow("comma fraction") << QStringLiteral("2024-04-01T10:00:00,5Z") << QDateTime();
        QTest::newRow("dot without digits") << QStringLiteral("2024-04-01T10:00:00.Z") << QDateTime();
        QTest::newRow("fraction of minutes") << QStringLiteral("2024-04-01T10:00.5Z") << QDateTime();
        QTest::newRow("hour only") << QStringLiteral("2024-04-01T10Z") << QDateTime();
        QTest::newRow("Z and offset") << QStringLiteral("2024-04-01T10:00:00Z+09:00") << QDateTime();
        QTest::newRow("final line feed") << QStringLiteral("2024-04-01T10:00:00+09:00\n") << QDateTime();
    }

    void dateTime()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = JsonInput::parseDateTime(text);
        QVERIFY2(same(parsed, expected), qPrintable(parsed.toString(Qt::ISODateWithMs)));
        QVERIFY(same(reference::parseDateTime(text), expected));
    }

    // Every combination of the parts that decide, on a date of each kind, then random mixes.
    void dateTimeAsBefore()
    {
        const QStringList hours = {QStringLiteral("00"), QStringLiteral("09"), QStringLiteral("23"),
                                   QStringLiteral("24"), QStringLiteral("25"), QStringLiteral("99")};
        const QStringList minutes = {QStringLiteral("00"), QStringLiteral("01"), QStringLiteral("59"),
                                     QStringLiteral("60")};
        const QStringList seconds = {QString(),
                                     QStringLiteral(":00"),
                                     QStringLiteral(":01"),
                                     QStringLiteral(":59"),
                                     QStringLiteral(":60"),
                                     QStringLiteral(":5")};
        const QStringList fractions = {QString(),
                                       QStringLiteral(".0"),
                                       QStringLiteral(".5"),
                                       QStringLiteral(".05"),
                                       QStringLiteral(".123"),
                                       QStringLiteral(".999"),
                                       QStringLiteral(".0004"),
                                       QStringLiteral(".0005"),
                                       QStringLiteral(".9994"),
                                       QStringLiteral(".9995"),
                                       QStringLiteral(".123456789"),
                                       QStringLiteral(".9999999999999999999"),
                                       QStringLiteral(".")};
        const QStringList zones = {
            QStringLiteral("Z"),      QStringLiteral("+00:00"), QStringLiteral("-00:00"),
            QStringLiteral("+09:00"), QStringLiteral("-09:30"), QStringLiteral("+14:00"),
            QStringLiteral("+23:59"), QStringLiteral("-23:59"), QStringLiteral("+24:00"),
            QStringLiteral("+09:60"), QStringLiteral("z"),      QString(),
            QStringLiteral("+0900"),  QStringLiteral("+09")};
        const QStringList ends = {QString(), QStringLiteral("\n"), QStringLiteral("\n\n"),
                                  QStringLiteral(" ")};
        const QStringList dates = {QStringLiteral("2024-02-29"), QStringLiteral("2023-02-29"),
                                   QStringLiteral("2024-12-31"), QStringLiteral("9999-12-31"),
                                   QStringLiteral("0001-01-01"), QStringLiteral("0000-01-01")};
        int checked = 0;
        for (const QString& date : dates)
            for (const QString& hour : hours)
                for (const QString& minute : minutes)
                    for (const QString& second : seconds)
                        for (const QString& fraction : fractions) {
                            if (second.isEmpty() && !fraction.isEmpty() && fraction != QStringLiteral(".5"))
                                continue; // a fraction of minutes: one is enough
                            for (const QString& zone : zones)
                                for (const QString& end : ends) {
                                    const QString text =
                                        date + u'T' + hour + u':' + minute + second + fraction + zone + end;
                                    QVERIFY2(
                                        same(JsonInput::parseDateTime(text), reference::parseDateTime(text)),
                                        qPrintable(printable(text)));
                                    ++checked;
                                }
                        }
        QVERIFY(checked > 10000);

        QRandomGenerator random(4);
        const QString alphabet = QStringLiteral("0123459-T:.Z+\n z,");
        for (int i = 0; i < 20000; ++i) {
            QString text = pick(random, years) + u'-' + pick(random, months) + u'-' + pick(random, days) +
                           u'T' + pick(random, hours) + u':' + pick(random, minutes) + pick(random, seconds) +
                           pick(random, fractions) + pick(random, zones);
            if (random.bounded(2) == 0)
                text = mutated(random, text, alphabet);
            QVERIFY2(same(JsonInput::parseDateTime(text), reference::parseDateTime(text)),
                     qPrintable(printable(text)));
        }
    }

    void onlyKeys()
    {
        const QJsonObject object{
            {QStringLiteral("a"), 1}, {QStringLiteral("c"), 2}, {QStringLiteral("b"), 3}};
        QVERIFY(JsonInput::onlyKeys(object, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                    QString()));
        QVERIFY(JsonInput::onlyKeys(
            object, {QStringLiteral("d"), QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")},
            QString()));
        QVERIFY(JsonInput::onlyKeys({}, {QStringLiteral("a")}, QString()));
        // The first unknown key in the object's (sorted) order is named, with its path.
        const Status unknown = JsonInput::onlyKeys(object, {QStringLiteral("c")}, QStringLiteral("items[3]"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, QStringLiteral("validation-error"));
        QCOMPARE(unknown.error().where, QStringLiteral("items[3].a"));
        QCOMPARE(unknown.error().message, QStringLiteral("items[3].a is not a known field"));
        const Status top = JsonInput::onlyKeys(object, {QStringLiteral("a"), QStringLiteral("c")}, QString());
        QVERIFY(!top);
        QCOMPARE(top.error().where, QStringLiteral("b"));
        QVERIFY(!JsonInput::onlyKeys(object, {}, QString()));
    }

    void fieldErrors_data()
    {
        QTest::addColumn<QJsonValue>("value"); // undefined: the key is absent
        QTest::addColumn<QString>("reader");
        QTest::addColumn<QString>("message"); // empty: accepted
        const QString p = QStringLiteral("items[1].f");
        QTest::newRow("string") << QJsonValue(QStringLiteral("x")) << QStringLiteral("string") << QString();
        QTest::newRow("string missing") << QJsonValue(QJsonValue::Undefined) << QStringLiteral("string")
                                        << p + QStringLiteral(" is required");
        QTest::newRow("string null") << QJsonValue(QJsonValue::Null) << QStringLiteral("string")
                                     << p + QStringLiteral(" is required");
        QTest::newRow("string number") << QJsonValue(5) << QStringLiteral("string")
                                       << p + QStringLiteral(" must be a string, not a number");
        QTest::newRow("string array") << QJsonValue(QJsonArray()) << QStringLiteral("string")
                                      << p + QStringLiteral(" must be a string, not an array");
        QTest::newRow("string blank") << QJsonValue(QStringLiteral(" \t\u3000")) << QStringLiteral("string")
                                      << p + QStringLiteral(" must not be empty");
        QTest::newRow("string empty")
            << QJsonValue(QString()) << QStringLiteral("string") << p + QStringLiteral(" must not be empty");
        QTest::newRow("string long") << QJsonValue(QStringLiteral("abcdef")) << QStringLiteral("string")
                                     << p + QStringLiteral(" is longer than 5 characters");
        QTest::newRow("string long blank") << QJsonValue(QStringLiteral("      ")) << QStringLiteral("string")
                                           << p + QStringLiteral(" is longer than 5 characters");
        QTest::newRow("optional missing")
            << QJsonValue(QJsonValue::Undefined) << QStringLiteral("optional") << QString();
        QTest::newRow("optional blank")
            << QJsonValue(QStringLiteral(" ")) << QStringLiteral("optional") << QString();
        QTest::newRow("optional bool") << QJsonValue(true) << QStringLiteral("optional")
                                       << p + QStringLiteral(" must be a string, not a boolean");
        QTest::newRow("integer") << QJsonValue(7) << QStringLiteral("integer") << QString();
        QTest::newRow("integer missing") << QJsonValue(QJsonValue::Undefined) << QStringLiteral("integer")
                                         << p + QStringLiteral(" is required");
        QTest::newRow("integer fraction") << QJsonValue(1.5) << QStringLiteral("integer")
                                          << p + QStringLiteral(" must be an integer, not a number");
        QTest::newRow("integer string") << QJsonValue(QStringLiteral("7")) << QStringLiteral("integer")
                                        << p + QStringLiteral(" must be an integer, not a string");
        QTest::newRow("integer low") << QJsonValue(0) << QStringLiteral("integer")
                                     << p + QStringLiteral(" must be between 1 and 10");
        QTest::newRow("integer high")
            << QJsonValue(11) << QStringLiteral("integer") << p + QStringLiteral(" must be between 1 and 10");
        QTest::newRow("uuid") << QJsonValue(QStringLiteral("3f2b8c1e-9a4d-4e7f-8b6a-1c2d3e4f5a6b"))
                              << QStringLiteral("uuid") << QString();
        QTest::newRow("uuid bad") << QJsonValue(QStringLiteral("3f2b8c1e")) << QStringLiteral("uuid")
                                  << p + QStringLiteral(" must be a UUID");
        QTest::newRow("identifier bad") << QJsonValue(QStringLiteral("a_b")) << QStringLiteral("identifier")
                                        << p + QStringLiteral(" must be 1 to 5 letters, digits or hyphens");
        QTest::newRow("date bad") << QJsonValue(QStringLiteral("2023-02-29")) << QStringLiteral("date")
                                  << p + QStringLiteral(" must be a date YYYY-MM-DD");
        QTest::newRow("date-time bad")
            << QJsonValue(QStringLiteral("2024-04-01T10:00:00")) << QStringLiteral("dateTime")
            << p + QStringLiteral(" must be an ISO 8601 date-time with an offset");
        QTest::newRow("date-time missing") << QJsonValue(QJsonValue::Undefined) << QStringLiteral("dateTime")
                                           << p + QStringLiteral(" is required");
    }

    void fieldErrors()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, reader);
        QFETCH(QString, message);
        QJsonObject object{{QStringLiteral("other"), 1}};
        if (!value.isUndefined())
            object.insert(QStringLiteral("f"), value);
        const QString key = QStringLiteral("f");
        const QString prefix = QStringLiteral("items[1]");
        std::optional<Error> error;
        const auto take = [&error](const auto& result) {
            if (!result)
                error = result.error();
        };
        if (reader == QStringLiteral("string"))
            take(JsonInput::string(object, key, prefix, 5));
        else if (reader == QStringLiteral("optional"))
            take(JsonInput::optionalString(object, key, prefix, 5));
        else if (reader == QStringLiteral("integer"))
            take(JsonInput::integer(object, key, prefix, 1, 10));
        else if (reader == QStringLiteral("uuid"))
            take(JsonInput::uuid(object, key, prefix));
        else if (reader == QStringLiteral("identifier"))
            take(JsonInput::identifier(object, key, prefix, 5));
        else if (reader == QStringLiteral("date"))
            take(JsonInput::date(object, key, prefix));
        else if (reader == QStringLiteral("dateTime"))
            take(JsonInput::dateTime(object, key, prefix));
        else
            QFAIL("unknown reader");
        if (message.isEmpty()) {
            QVERIFY2(!error, error ? qPrintable(error->message) : "");
            return;
        }
        QVERIFY(error);
        QCOMPARE(error->code, QStringLiteral("validation-error"));
        QCOMPARE(error->where, QStringLiteral("items[1].f"));
        QCOMPARE(error->message, message);
    }

    void readersGiveValues()
    {
        const QJsonObject object{{QStringLiteral("s"), QStringLiteral(" padded ")},
                                 {QStringLiteral("n"), 42},
                                 {QStringLiteral("d"), QStringLiteral("2024-02-29")},
                                 {QStringLiteral("t"), QStringLiteral("2024-02-29T23:59:59.999+09:00")}};
        QCOMPARE(JsonInput::string(object, QStringLiteral("s"), QString(), 10).value(),
                 QStringLiteral(" padded "));
        QCOMPARE(JsonInput::integer(object, QStringLiteral("n"), QString(), 0, 100).value(), 42);
        QCOMPARE(JsonInput::optionalInteger(object, QStringLiteral("x"), QString(), 0, 100).value(),
                 std::nullopt);
        QCOMPARE(JsonInput::date(object, QStringLiteral("d"), QString()).value(), QDate(2024, 2, 29));
        QCOMPARE(JsonInput::dateTime(object, QStringLiteral("t"), QString()).value(),
                 QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::OffsetFromUTC, 9 * 3600));
    }
};

QTEST_GUILESS_MAIN(TestJsonInput)
#include "tst_jsoninput.moc"
