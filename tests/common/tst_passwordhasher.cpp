#include "common/PasswordHasher.h"

#include <QTest>

using namespace madoguchi;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashHasSaltAndIterations()
    {
        PasswordHasher hasher(1000);
        auto hashed = hasher.hash(QStringLiteral("correct horse battery"));
        QVERIFY(hashed.ok());
        QCOMPARE(hashed.value().salt.size(), PasswordHasher::saltBytes);
        QCOMPARE(hashed.value().hash.size(), PasswordHasher::hashBytes);
        QCOMPARE(hashed.value().iterations, 1000);
    }

    void verifiesRightAndRejectsWrong()
    {
        PasswordHasher hasher(1000);
        const auto hashed = hasher.hash(QStringLiteral("窓口のパスワード123")).value();
        QVERIFY(hasher.verify(QStringLiteral("窓口のパスワード123"), hashed));
        QVERIFY(!hasher.verify(QStringLiteral("窓口のパスワード124"), hashed));
        QVERIFY(!hasher.verify(QString(), hashed));
    }

    void saltIsRandom()
    {
        PasswordHasher hasher(1000);
        const auto a = hasher.hash(QStringLiteral("same password")).value();
        const auto b = hasher.hash(QStringLiteral("same password")).value();
        QVERIFY(a.salt != b.salt);
        QVERIFY(a.hash != b.hash);
    }

    void storedIterationCountIsUsed()
    {
        // A row hashed with an older count still verifies after the default changes.
        const auto old = PasswordHasher(500).hash(QStringLiteral("long enough pw")).value();
        PasswordHasher newer(2000);
        QVERIFY(newer.verify(QStringLiteral("long enough pw"), old));
        auto tampered = old;
        tampered.iterations = 501;
        QVERIFY(!newer.verify(QStringLiteral("long enough pw"), tampered));
    }

    void knownVector()
    {
        // RFC 7914 §11 PBKDF2-HMAC-SHA256 test vector ("passwd", "salt", c = 1), first 32 bytes.
        PasswordHash stored{
            QByteArrayLiteral("salt"),
            QByteArray::fromHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"), 1};
        QVERIFY(PasswordHasher().verify(QStringLiteral("passwd"), stored));
    }

    void malformedStoredHashFails()
    {
        PasswordHasher hasher(1000);
        QVERIFY(!hasher.verify(QStringLiteral("x"), PasswordHash{}));
        auto hashed = hasher.hash(QStringLiteral("x")).value();
        hashed.hash.chop(1);
        QVERIFY(!hasher.verify(QStringLiteral("x"), hashed));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
