#include "common/FieldCipher.h"

#include <QTest>

using namespace madoguchi;

class TstFieldCipher : public QObject
{
    Q_OBJECT

private:
    static QByteArray key(char fill) { return QByteArray(FieldCipher::keySize, fill); }

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("short") << QByteArrayLiteral("山田 太郎");
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\x00", 4);
        QByteArray big(1024 * 1024, Qt::Uninitialized);
        for (int i = 0; i < big.size(); ++i)
            big[i] = char(i * 31 + 7);
        QTest::newRow("1 MiB") << big;
    }

    void roundTrip()
    {
        QFETCH(QByteArray, plain);
        const FieldCipher cipher(7, key('k'));
        QVERIFY(cipher.isValid());
        const QByteArray aad = "resident.name:42";
        const Result<QByteArray> blob = cipher.encrypt(plain, aad);
        QVERIFY2(blob.ok(), qPrintable(blob.ok() ? QString() : blob.error().toString()));
        QCOMPARE(blob.value().size(), FieldCipher::headerSize + plain.size() + FieldCipher::tagSize);
        QCOMPARE(quint8(blob.value().at(0)), FieldCipher::formatVersion);
        QCOMPARE(FieldCipher::keyIdOf(blob.value()), quint32(7));
        if (plain.size() >= 16)
            QVERIFY(!blob.value().contains(plain.left(16)));
        const Result<QByteArray> back = cipher.decrypt(blob.value(), aad);
        QVERIFY(back.ok());
        QCOMPARE(back.value(), plain);
    }

    void keyIdIsBigEndian()
    {
        const FieldCipher cipher(0x01020304, key('k'));
        const QByteArray blob = cipher.encrypt("x", "a").value();
        QCOMPARE(blob.mid(1, 4), QByteArray("\x01\x02\x03\x04", 4));
    }

    void wrongKeyId()
    {
        const QByteArray blob = FieldCipher(1, key('a')).encrypt("secret", "t.c:1").value();
        const Result<QByteArray> r = FieldCipher(2, key('a')).decrypt(blob, "t.c:1");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("crypto.wrongKey"));
        QVERIFY(r.error().message.contains(QLatin1String("key id 2")));
    }

    void wrongKeySameId()
    {
        const QByteArray blob = FieldCipher(1, key('a')).encrypt("secret", "t.c:1").value();
        const Result<QByteArray> r = FieldCipher(1, key('b')).decrypt(blob, "t.c:1");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("crypto.wrongKey"));
        QVERIFY(r.error().message.contains(QLatin1String("key id 1")));
    }

    void flippedByte_data()
    {
        QTest::addColumn<int>("offset");
        QTest::newRow("nonce") << 6;
        QTest::newRow("ciphertext") << FieldCipher::headerSize + 2;
        QTest::newRow("tag") << -1;
    }

    void flippedByte()
    {
        QFETCH(int, offset);
        const FieldCipher cipher(3, key('z'));
        QByteArray blob = cipher.encrypt("0123456789", "t.c:9").value();
        const int at = offset < 0 ? int(blob.size()) - 1 : offset;
        blob[at] = char(blob.at(at) ^ 0x01);
        const Result<QByteArray> r = cipher.decrypt(blob, "t.c:9");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("crypto.wrongKey"));
    }

    void wrongAad()
    {
        const FieldCipher cipher(3, key('z'));
        const QByteArray blob = cipher.encrypt("0123456789", "resident.name:1").value();
        const Result<QByteArray> r = cipher.decrypt(blob, "resident.name:2");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("crypto.wrongKey"));
        QCOMPARE(r.error().where, QStringLiteral("resident.name:2"));
    }

    void truncated_data()
    {
        QTest::addColumn<int>("length");
        QTest::newRow("nothing") << 0;
        QTest::newRow("header only") << FieldCipher::headerSize;
        QTest::newRow("one short") << FieldCipher::headerSize + FieldCipher::tagSize - 1;
    }

    void truncated()
    {
        QFETCH(int, length);
        const FieldCipher cipher(3, key('z'));
        const QByteArray blob = cipher.encrypt(QByteArray(), "a").value();
        const Result<QByteArray> r = cipher.decrypt(blob.left(length), "a");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("crypto.malformed"));
        QVERIFY(r.error().message.contains(QLatin1String("too short")));
    }

    void unknownVersion()
    {
        const FieldCipher cipher(3, key('z'));
        QByteArray blob = cipher.encrypt("abc", "a").value();
        blob[0] = char(9);
        const Result<QByteArray> r = cipher.decrypt(blob, "a");
        QCOMPARE(r.error().code, QStringLiteral("crypto.malformed"));
        QVERIFY(r.error().message.contains(QLatin1String("version 9")));
    }

    void noncesDiffer()
    {
        const FieldCipher cipher(3, key('z'));
        const QByteArray a = cipher.encrypt("same", "a").value();
        const QByteArray b = cipher.encrypt("same", "a").value();
        QVERIFY(a.mid(5, FieldCipher::nonceSize) != b.mid(5, FieldCipher::nonceSize));
        QVERIFY(a != b);
    }

    void badKeySize()
    {
        const FieldCipher cipher(3, QByteArray(16, 'x'));
        QVERIFY(!cipher.isValid());
        QCOMPARE(cipher.encrypt("a", "b").error().code, QStringLiteral("crypto.badKey"));
    }

    void generateKey()
    {
        const Result<QByteArray> a = FieldCipher::generateKey();
        const Result<QByteArray> b = FieldCipher::generateKey();
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a.value().size(), FieldCipher::keySize);
        QVERIFY(a.value() != b.value());
    }

    void copyStaysUsable()
    {
        auto original = std::make_unique<FieldCipher>(5, key('q'));
        const FieldCipher copy = *original;
        const QByteArray blob = original->encrypt("x", "a").value();
        original.reset(); // its destructor wipes only its own key
        QCOMPARE(copy.decrypt(blob, "a").value(), QByteArray("x"));
    }
};

QTEST_GUILESS_MAIN(TstFieldCipher)
#include "tst_fieldcipher.moc"
