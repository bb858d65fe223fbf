#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QObject>
#include <QTest>
#include <QXmlStreamReader>

using madoguchi::TranslationLoader;

// The language rules of the product: Japanese on a Japanese system, English otherwise, the
// ui/language setting wins; the embedded Japanese catalogue really translates; and the Japanese
// .ts file is complete. The suite runs twice (CMakeLists.txt): with LANG=ja_JP.UTF-8 and with
// LANG=en_US.UTF-8; MADOGUCHI_EXPECT_LANGUAGE says which language the system locale must give.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemLocaleDecidesByDefault()
    {
        const QString expected = qEnvironmentVariable("MADOGUCHI_EXPECT_LANGUAGE");
        QVERIFY2(expected == QLatin1String("ja") || expected == QLatin1String("en"),
                 "MADOGUCHI_EXPECT_LANGUAGE must be set by CTest");
        QCOMPARE(TranslationLoader::resolveLanguage(QString()), expected);
        QCOMPARE(TranslationLoader::resolveLanguage(QStringLiteral("system")), expected);
        QCOMPARE(TranslationLoader::resolveLanguage(QStringLiteral("xx")), expected);
    }

    void settingWins()
    {
        QCOMPARE(TranslationLoader::resolveLanguage(QStringLiteral("ja")), QStringLiteral("ja"));
        QCOMPARE(TranslationLoader::resolveLanguage(QStringLiteral(" EN ")), QStringLiteral("en"));
    }

    void japaneseCatalogueTranslates()
    {
        TranslationLoader loader;
        QVERIFY(loader.install(QStringLiteral("ja")));
        QCOMPARE(QCoreApplication::translate("madoguchi::PolicyCheck", "Admin policy"),
                 QStringLiteral("管理者ポリシー"));
        // Switching back to English removes the Japanese translator.
        loader.install(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("madoguchi::PolicyCheck", "Admin policy"),
                 QStringLiteral("Admin policy"));
    }

    void japaneseTsIsComplete()
    {
        QFile file(QStringLiteral(MADOGUCHI_SOURCE_DIR "/translations/madoguchi_ja.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("message")) {
                ++messages;
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    continue;
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                    unfinished << source;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 100);
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("untranslated: ") + unfinished.join(QStringLiteral(" | "))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
