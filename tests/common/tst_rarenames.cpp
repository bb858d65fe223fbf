// Names exactly as registered survive every way the application stores or sends text: JSON
// (the core API's format), encryption at rest, and search keys that ignore what they must.
// SQLite and PostgreSQL: tst_database / tst_database_postgres (checkRareNamesRoundTrip);
// CSV: tst_csv.
#include "common/FieldCipher.h"
#include "common/JapaneseText.h"

#include "DatabaseTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::test;

class TestRareNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonKeepsEveryCodePoint();
    void jsonEscapedFormParsesToSameText();
    void encryptionAtRestKeepsEveryCodePoint();
    void searchKeysIgnoreSelectorsAndOldForms();
};

void TestRareNames::jsonKeepsEveryCodePoint()
{
    QJsonArray array;
    for (const QString& name : rareNames())
        array.append(QJsonObject{{u"name"_qs, name}});
    for (const auto format : {QJsonDocument::Compact, QJsonDocument::Indented}) {
        const QByteArray bytes = QJsonDocument(array).toJson(format);
        QJsonParseError error{};
        const QJsonDocument back = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (int i = 0; i < rareNames().size(); ++i)
            QCOMPARE(back.array().at(i).toObject().value(u"name"_qs).toString().toUcs4(),
                     rareNames().at(i).toUcs4());
    }
}

void TestRareNames::jsonEscapedFormParsesToSameText()
{
    // Another system may send \u escapes with surrogate pairs instead of raw UTF-8.
    const QByteArray escaped = R"({"a":"\u845b\udb40\udd02\u57ce","b":"\ud842\udfb7\u91ce"})";
    const QJsonObject object = QJsonDocument::fromJson(escaped).object();
    QCOMPARE(object.value(u"a"_qs).toString(), u"葛\U000E0102城"_qs);
    QCOMPARE(object.value(u"b"_qs).toString(), u"𠮷野"_qs);
}

void TestRareNames::encryptionAtRestKeepsEveryCodePoint()
{
    const FieldCipher cipher(7, QByteArray(FieldCipher::keySize, '\x5A'));
    QVERIFY(cipher.isValid());
    for (const QString& name : rareNames()) {
        const auto sealed = cipher.encrypt(name.toUtf8(), QByteArrayLiteral("resident.name"));
        QVERIFY(sealed.ok());
        const auto opened = cipher.decrypt(sealed.value(), QByteArrayLiteral("resident.name"));
        QVERIFY(opened.ok());
        QCOMPARE(QString::fromUtf8(opened.value()).toUcs4(), name.toUcs4());
    }
}

void TestRareNames::searchKeysIgnoreSelectorsAndOldForms()
{
    const auto key = [](const QString& s) { return JapaneseText::foldForSearch(s); };
    QCOMPARE(key(u"葛\U000E0102城"_qs), key(u"葛城"_qs));
    QCOMPARE(key(u"葛\U000E0100城"_qs), key(u"葛城"_qs));
    QCOMPARE(key(u"髙橋"_qs), key(u"高橋"_qs));
    QCOMPARE(key(u"𠮷野"_qs), key(u"吉野"_qs));
    QVERIFY(key(u"斎藤"_qs) != key(u"斉藤"_qs));
    // The key is for matching only: the text it came from is unchanged.
    const QString registered = u"葛\U000E0102城"_qs;
    (void)key(registered);
    QCOMPARE(registered.toUcs4().size(), 3);
}

QTEST_GUILESS_MAIN(TestRareNames)
#include "tst_rarenames.moc"
