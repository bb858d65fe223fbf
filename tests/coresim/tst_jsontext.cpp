// JsonText::quoted against QJsonDocument: the core writes receipts and answers by hand, and a
// replay must give back the bytes QJsonDocument would have written.
#include "core-sim/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace madoguchi::coresim;

class TestJsonText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesQJsonDocument_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("uuid") << QStringLiteral("3f2b8c1e-9a4d-4e7f-8b6a-1c2d3e4f5a6b");
        QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c");
        QTest::newRow("named escapes") << QStringLiteral("\b\f\n\r\t");
        QTest::newRow("other controls") << QString::fromLatin1("\x01\x1f\x7f", 3);
        QTest::newRow("slash stays") << QStringLiteral("counter/01");
        QTest::newRow("japanese") << QStringLiteral("北区役所 窓口");
        QTest::newRow("ivs") << QStringLiteral("葛\U000E0100飾");
        QTest::newRow("non-bmp") << QStringLiteral("𠮷野家");
    }

    void matchesQJsonDocument()
    {
        QFETCH(QString, text);
        const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        QCOMPARE(JsonText::quoted(text), array.mid(1, array.size() - 2));
        // And it parses back to the same text.
        const QJsonDocument back = QJsonDocument::fromJson('[' + JsonText::quoted(text) + ']');
        QCOMPARE(back.array().at(0).toString(), text);
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
