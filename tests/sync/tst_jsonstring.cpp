#include "sync/JsonString.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace madoguchi::sync;

class TestJsonString : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesWhatQJsonDocumentWrites_data();
    void writesWhatQJsonDocumentWrites();
    void readsBackAsTheSameText();
};

void TestJsonString::writesWhatQJsonDocumentWrites_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("uuid") << QStringLiteral("0192f1a8-7b3c-7d21-9a4e-0123456789ab");
    QTest::newRow("empty") << QString();
    QTest::newRow("space") << QStringLiteral("T 1");
    QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c");
    QTest::newRow("controls") << QStringLiteral("\n\t\r\b\f") + QChar(0x01) + QChar(0x1f);
    QTest::newRow("kanji") << QStringLiteral("髙橋");
    const char32_t selector = 0xE0100; // an IVS selector, outside the BMP: a surrogate pair
    QTest::newRow("ivs") << QStringLiteral("葛") + QString::fromUcs4(&selector, 1);
    QTest::newRow("lone surrogate") << QString(QChar(0xd800));
    QTest::newRow("full-width digits") << QStringLiteral("１２３");
    QTest::newRow("slash and delete") << QStringLiteral("/") + QChar(0x7f);
}

void TestJsonString::writesWhatQJsonDocumentWrites()
{
    QFETCH(QString, text);
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    QCOMPARE(jsonString(text), array.mid(1, array.size() - 2));
}

void TestJsonString::readsBackAsTheSameText()
{
    const QString text = QStringLiteral("id-髙\"\\\n");
    const QJsonDocument doc = QJsonDocument::fromJson('[' + jsonString(text) + ']');
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array().at(0).toString(), text);
}

QTEST_GUILESS_MAIN(TestJsonString)
#include "tst_jsonstring.moc"
