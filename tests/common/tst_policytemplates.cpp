#include "common/SettingsKeys.h"

#include <QFile>
#include <QHash>
#include <QObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace madoguchi;

// The admin templates shipped in installer/policy must describe exactly the settings the
// application knows: every key with its registry path, value name and integer range, and every
// string the ADMX refers to translated in both ADML files.
class TestPolicyTemplates : public QObject
{
    Q_OBJECT

    struct AdmxPolicy
    {
        QString key;
        QString valueName;
        QString kind; // decimal, text, enum
        int minimum = 0;
        int maximum = 0;
    };

    static QString policyDir() { return QStringLiteral(MADOGUCHI_SOURCE_DIR "/installer/policy"); }

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot open %s", qPrintable(path));
        return file.readAll();
    }

    QHash<QString, AdmxPolicy> m_policies; // registry key + value name -> policy
    QSet<QString> m_stringRefs;

private Q_SLOTS:
    void initTestCase()
    {
        QXmlStreamReader xml(readAll(policyDir() + QStringLiteral("/Madoguchi.admx")));
        QString currentKey;
        static const QRegularExpression stringRef(QStringLiteral("\\$\\(string\\.([A-Za-z0-9_]+)\\)"));
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            for (const QXmlStreamAttribute& attribute : xml.attributes()) {
                auto it = stringRef.globalMatch(attribute.value());
                while (it.hasNext())
                    m_stringRefs.insert(it.next().captured(1));
            }
            const auto name = xml.name();
            if (name == QLatin1String("policy")) {
                currentKey = xml.attributes().value(QLatin1String("key")).toString();
            } else if (name == QLatin1String("decimal") || name == QLatin1String("text") ||
                       name == QLatin1String("enum")) {
                AdmxPolicy policy;
                policy.key = currentKey;
                policy.valueName = xml.attributes().value(QLatin1String("valueName")).toString();
                policy.kind = name.toString();
                policy.minimum = xml.attributes().value(QLatin1String("minValue")).toInt();
                policy.maximum = xml.attributes().value(QLatin1String("maxValue")).toInt();
                m_policies.insert(policy.key + u'\\' + policy.valueName, policy);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(!m_policies.isEmpty());
    }

    void admxCoversEverySetting()
    {
        QCOMPARE(m_policies.size(), int(settingDefinitions().size()));
        for (const SettingDefinition& def : settingDefinitions()) {
            const QString name = QString::fromLatin1(def.name);
            const QString group = name.section(u'/', 0, 0);
            const QString value = name.section(u'/', 1);
            const QString path = QStringLiteral("Software\\Policies\\Madoguchi\\") + group + u'\\' + value;
            QVERIFY2(m_policies.contains(path), qPrintable(QStringLiteral("missing in ADMX: ") + name));
            const AdmxPolicy& policy = m_policies.value(path);
            if (def.type == SettingType::Int) {
                QCOMPARE(policy.kind, QStringLiteral("decimal"));
                QCOMPARE(policy.minimum, def.minimum);
                QCOMPARE(policy.maximum, def.maximum);
            } else if (!def.allowed.isEmpty()) {
                QCOMPARE(policy.kind, QStringLiteral("enum"));
            } else {
                QCOMPARE(policy.kind, QStringLiteral("text"));
            }
        }
    }

    void admlTranslatesEveryString_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("en-US") << QStringLiteral("/en-US/Madoguchi.adml");
        QTest::newRow("ja-JP") << QStringLiteral("/ja-JP/Madoguchi.adml");
    }

    void admlTranslatesEveryString()
    {
        QFETCH(QString, file);
        QXmlStreamReader xml(readAll(policyDir() + file));
        QSet<QString> defined;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("string"))
                defined.insert(xml.attributes().value(QLatin1String("id")).toString());
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        for (const QString& ref : std::as_const(m_stringRefs))
            QVERIFY2(defined.contains(ref), qPrintable(file + QStringLiteral(" lacks string ") + ref));
    }

    void iniExampleNamesEverySetting()
    {
        const QString text = QString::fromUtf8(readAll(policyDir() + QStringLiteral("/policy.ini.example")));
        QString group;
        QSet<QString> names;
        for (const QString& line : text.split(u'\n')) {
            if (line.startsWith(u'[')) {
                group = line.mid(1, line.indexOf(u']') - 1);
            } else if (line.startsWith(u';') && line.contains(u'=')) {
                names.insert(group + u'/' + line.mid(1, line.indexOf(u'=') - 1));
            }
        }
        for (const SettingDefinition& def : settingDefinitions())
            QVERIFY2(names.contains(QString::fromLatin1(def.name)), def.name);
        QCOMPARE(names.size(), int(settingDefinitions().size()));
    }
};

QTEST_GUILESS_MAIN(TestPolicyTemplates)
#include "tst_policytemplates.moc"
