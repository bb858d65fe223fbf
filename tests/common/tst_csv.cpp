#include "common/Csv.h"

#include <QTest>

using namespace madoguchi;

namespace {

QList<QStringList> fieldsOf(const QList<Csv::Record>& records)
{
    QList<QStringList> out;
    for (const Csv::Record& r : records)
        out.append(r.fields);
    return out;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsQuotingOnlyWhenNeeded();
    void roundTripsRareNames();
    void parsesQuotedFieldsAcrossLines();
    void acceptsLfAndBomAndLastLineWithoutEnd();
    void rejectsBadInput_data();
    void rejectsBadInput();
};

void TestCsv::formatsQuotingOnlyWhenNeeded()
{
    QCOMPARE(Csv::formatRecord({u"a"_qs, u"b c"_qs, {}}), QByteArray("a,b c,\r\n"));
    QCOMPARE(Csv::formatRecord({u"a,b"_qs, u"say \"hi\""_qs}), QByteArray("\"a,b\",\"say \"\"hi\"\"\"\r\n"));
    QCOMPARE(Csv::formatRecord({u" lead"_qs, u"two\nlines"_qs}), QByteArray("\" lead\",\"two\nlines\"\r\n"));
}

void TestCsv::roundTripsRareNames()
{
    const QList<QStringList> rows = {
        {u"1"_qs, u"葛\U000E0102城"_qs, u"東京都北区王子本町1丁目15番22号"_qs},
        {u"2"_qs, u"𠮷野"_qs, u"髙橋,﨑山"_qs},
        {u"3"_qs, u"辻\U000E0103"_qs, u"葛\U000E0100"_qs},
        {u"4"_qs, u"\"引用\""_qs, u"二行\r\n目"_qs},
    };
    QByteArray file;
    for (const QStringList& row : rows)
        file += Csv::formatRecord(row);
    const Result<QList<Csv::Record>> parsed = Csv::parse(file, u"names.csv"_qs);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed.value().size(), rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        for (int f = 0; f < rows[i].size(); ++f)
            QCOMPARE(parsed.value().at(i).fields.at(f).toUcs4(), rows[i].at(f).toUcs4());
    }
    QCOMPARE(parsed.value().at(3).line, 4);
}

void TestCsv::parsesQuotedFieldsAcrossLines()
{
    const auto parsed = Csv::parse(QByteArray("a,\"x\ny\",c\r\nd,e,f\r\n"), u"f.csv"_qs);
    QVERIFY(parsed.ok());
    QCOMPARE(fieldsOf(parsed.value()),
             (QList<QStringList>{{u"a"_qs, u"x\ny"_qs, u"c"_qs}, {u"d"_qs, u"e"_qs, u"f"_qs}}));
    QCOMPARE(parsed.value().at(0).line, 1);
    QCOMPARE(parsed.value().at(1).line, 3);
}

void TestCsv::acceptsLfAndBomAndLastLineWithoutEnd()
{
    const auto parsed = Csv::parse(QByteArray("\xEF\xBB\xBF名前,住所\n山田,北区"), u"f.csv"_qs);
    QVERIFY(parsed.ok());
    QCOMPARE(fieldsOf(parsed.value()),
             (QList<QStringList>{{u"名前"_qs, u"住所"_qs}, {u"山田"_qs, u"北区"_qs}}));
    QVERIFY(Csv::parse(QByteArray(), u"f.csv"_qs).value().isEmpty());
    QCOMPARE(fieldsOf(Csv::parse(QByteArray("\"\",x\r\n"), u"f.csv"_qs).value()),
             (QList<QStringList>{{QString(), u"x"_qs}}));
}

void TestCsv::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("where");
    QTest::newRow("quote inside field")
        << QByteArray("a,b\r\nc,d\"e\r\n") << u"csv.syntax"_qs << u"in.csv:2, field 2"_qs;
    QTest::newRow("text after quote")
        << QByteArray("\"a\"b,c\r\n") << u"csv.syntax"_qs << u"in.csv:1, field 1"_qs;
    QTest::newRow("open quote") << QByteArray("a\r\nb,\"never\nclosed\r\n") << u"csv.syntax"_qs
                                << u"in.csv:2, field 2"_qs;
    QTest::newRow("bad UTF-8") << QByteArray("ok\r\nok\r\n\xFF\xFE\r\n") << u"csv.encoding"_qs
                               << u"in.csv:3"_qs;
    QTest::newRow("Shift_JIS") << QByteArray("\x8E\x52\x93\x63\r\n") << u"csv.encoding"_qs << u"in.csv:1"_qs;
}

void TestCsv::rejectsBadInput()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, code);
    QFETCH(QString, where);
    const auto parsed = Csv::parse(data, u"in.csv"_qs);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, code);
    QCOMPARE(parsed.error().where, where);
    QVERIFY(!parsed.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
