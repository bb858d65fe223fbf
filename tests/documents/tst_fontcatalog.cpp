#include "documents/FontCatalog.h"

#include <QTest>

using namespace madoguchi;

// Fonts by exact family name through fontconfig: the installed IPA fonts resolve, a wrong name
// is an error that names it (fontconfig alone would hand out DejaVu without the variants).
class TestFontCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultRolesResolve()
    {
        auto catalog = FontCatalog::create();
        Status verified = catalog->verify();
        QVERIFY2(verified, verified ? "" : qPrintable(verified.error().toString()));

        auto name = catalog->font(FontRole::Name);
        QVERIFY(name);
        QCOMPARE(name.value()->family(), QStringLiteral("IPAmj明朝"));
        QVERIFY2(name.value()->file().endsWith(QLatin1String("ipamjm.ttf")),
                 qPrintable(name.value()->file()));
        QVERIFY(name.value()->glyphCount() > 60000);

        auto body = catalog->font(FontRole::Body);
        QVERIFY(body);
        // IPAexGothic when installed, else IPAGothic: never anything else.
        QVERIFY2(body.value()->family() == QLatin1String("IPAexGothic") ||
                     body.value()->family() == QLatin1String("IPAGothic"),
                 qPrintable(body.value()->family()));
        QVERIFY(body.value()->glyph(U'窓').has_value());
    }

    void facesAreCached()
    {
        auto catalog = FontCatalog::create();
        auto first = catalog->font(FontRole::Name);
        auto second = catalog->font(FontRole::Name);
        QVERIFY(first && second);
        QCOMPARE(first.value().get(), second.value().get());
    }

    void bothFamilyNamesOfIpamjWork()
    {
        QVERIFY(!FontCatalog::fileForFamily(QStringLiteral("IPAmjMincho")).isEmpty());
        QCOMPARE(FontCatalog::fileForFamily(QStringLiteral("IPAmjMincho")),
                 FontCatalog::fileForFamily(QStringLiteral("IPAmj明朝")));
    }

    void wrongFamilyIsAnErrorNamingIt()
    {
        FontFamilies families;
        families.name = {QStringLiteral("IPAmj Minchoo")};
        auto catalog = FontCatalog::create(families);
        auto font = catalog->font(FontRole::Name);
        QVERIFY(!font);
        QCOMPARE(font.error().code, QStringLiteral("documents.fontMissing"));
        QVERIFY2(font.error().message.contains(QStringLiteral("\"IPAmj Minchoo\"")),
                 qPrintable(font.error().message));
        QVERIFY2(font.error().where.contains(QStringLiteral("name")), qPrintable(font.error().where));
        // verify() reports it too; the other roles still work.
        QVERIFY(!catalog->verify());
        QVERIFY(catalog->font(FontRole::Body));

        auto direct = FontCatalog::loadFamily(QStringLiteral("NoSuchFamily"));
        QVERIFY(!direct);
        QVERIFY(direct.error().message.contains(QStringLiteral("NoSuchFamily")));
        QVERIFY(FontCatalog::fileForFamily(QStringLiteral("DejaVu Sanz")).isEmpty());
        QVERIFY(FontCatalog::fileForFamily(QString()).isEmpty());
    }

    void everyFamilyTriedIsNamed()
    {
        FontFamilies families;
        families.body = {QStringLiteral("Gothik"), QStringLiteral("Gothik2")};
        auto font = FontCatalog::create(families)->font(FontRole::Body);
        QVERIFY(!font);
        QVERIFY2(font.error().message.contains(QStringLiteral("\"Gothik\", \"Gothik2\"")),
                 qPrintable(font.error().message));
    }

    void fallbackListTakesTheFirstInstalled()
    {
        FontFamilies families;
        families.body = {QStringLiteral("NotInstalledGothic"), QStringLiteral("IPAGothic")};
        auto font = FontCatalog::create(families)->font(FontRole::Body);
        QVERIFY(font);
        QCOMPARE(font.value()->family(), QStringLiteral("IPAGothic"));
    }

    void missingFileIsALoadError()
    {
        auto font = FontFace::load(QStringLiteral("X"), QStringLiteral("/nonexistent/x.ttf"));
        QVERIFY(!font);
        QCOMPARE(font.error().code, QStringLiteral("documents.fontLoad"));
        QVERIFY(font.error().message.contains(QStringLiteral("\"X\"")));
    }

    void roleNamesRoundTrip()
    {
        for (FontRole role : {FontRole::Name, FontRole::Body, FontRole::BodyMincho})
            QCOMPARE(fontRoleFromName(fontRoleName(role)), role);
        QVERIFY(!fontRoleFromName(QStringLiteral("Gothik")));
    }
};

QTEST_GUILESS_MAIN(TestFontCatalog)
#include "tst_fontcatalog.moc"
