#include "common/JapaneseText.h"
#include "common/OldFormTable.h"

#include <QFile>
#include <QTest>

using namespace madoguchi;

class TestOldFormTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInParsesCleanly();
    void builtInPairsFoldTogether();
    void searchFindsRegisteredForms_data();
    void searchFindsRegisteredForms();
    void parsesCommentsAndBlankLines();
    void rejectsBadInput_data();
    void rejectsBadInput();
};

void TestOldFormTable::builtInParsesCleanly()
{
    QFile file(OldFormTable::builtInPath());
    QVERIFY2(file.open(QIODevice::ReadOnly), "the old-form table is not compiled in");
    const Result<OldFormTable> parsed = OldFormTable::parse(file.readAll(), OldFormTable::builtInPath());
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QVERIFY(parsed.value().size() >= 34);
    QCOMPARE(OldFormTable::builtIn().size(), parsed.value().size());
    QCOMPARE(OldFormTable::builtIn().reduce(U'髙'), U'高');
    QCOMPARE(OldFormTable::builtIn().reduce(U'高'), U'高');
}

void TestOldFormTable::builtInPairsFoldTogether()
{
    for (const auto& [from, to] : OldFormTable::builtIn().pairs()) {
        const QString oldForm = QString::fromUcs4(&from, 1);
        const QString reduced = QString::fromUcs4(&to, 1);
        QCOMPARE(JapaneseText::foldForSearch(oldForm), JapaneseText::foldForSearch(reduced));
    }
}

void TestOldFormTable::searchFindsRegisteredForms_data()
{
    QTest::addColumn<QString>("registered");
    QTest::addColumn<QString>("typed");
    QTest::newRow("髙橋 by 高橋") << u"髙橋"_qs << u"高橋"_qs;
    QTest::newRow("﨑山 by 崎山") << u"﨑山"_qs << u"崎山"_qs;
    QTest::newRow("葛+E0102城 by 葛城") << u"葛\U000E0102城"_qs << u"葛城"_qs;
    QTest::newRow("辻+E0102 by 辻") << u"辻\U000E0102"_qs << u"辻"_qs;
    QTest::newRow("𠮷野 by 吉野") << u"𠮷野"_qs << u"吉野"_qs;
}

void TestOldFormTable::searchFindsRegisteredForms()
{
    QFETCH(QString, registered);
    QFETCH(QString, typed);
    QCOMPARE(JapaneseText::foldForSearch(registered), JapaneseText::foldForSearch(typed));
}

void TestOldFormTable::parsesCommentsAndBlankLines()
{
    const Result<OldFormTable> parsed =
        OldFormTable::parse(QByteArray("# comment\n\n髙 高 # tail\n﨑\t崎\n"), u"t.txt"_qs);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().size(), std::size_t(2));
    QCOMPARE(parsed.value().reduce(U'﨑'), U'崎');
}

void TestOldFormTable::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("where");
    QTest::newRow("one field") << QByteArray("髙 高\n﨑\n") << u"t.txt:2"_qs;
    QTest::newRow("three fields") << QByteArray("髙 高 x\n") << u"t.txt:1"_qs;
    QTest::newRow("two characters") << QByteArray("# c\n髙橋 高\n") << u"t.txt:2"_qs;
    QTest::newRow("selector") << QByteArray("葛\xF3\xA0\x84\x82 葛\n") << u"t.txt:1"_qs;
    QTest::newRow("to itself") << QByteArray("高 高\n") << u"t.txt:1"_qs;
    QTest::newRow("duplicate") << QByteArray("髙 高\n髙 亠\n") << u"t.txt"_qs;
    QTest::newRow("chain") << QByteArray("髙 高\n亠 髙\n") << u"t.txt"_qs;
    QTest::newRow("not UTF-8") << QByteArray("\xFF\xFE 高\n") << u"t.txt"_qs;
}

void TestOldFormTable::rejectsBadInput()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, where);
    const Result<OldFormTable> parsed = OldFormTable::parse(data, u"t.txt"_qs);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, u"text.oldForms"_qs);
    QCOMPARE(parsed.error().where, where);
    QVERIFY(!parsed.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestOldFormTable)
#include "tst_oldformtable.moc"
