#include "common/Settings.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;

// Table-driven settings with an admin policy layer read first.
class TestSettings : public QObject
{
    Q_OBJECT

private:
    QString writePolicy(const QByteArray& text)
    {
        const QString path = m_dir->filePath(QStringLiteral("policy.ini"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(text);
        return path;
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void definitionTableIsConsistent()
    {
        const auto& definitions = Settings::definitions();
        QSet<QString> names;
        for (std::size_t i = 0; i < definitions.size(); ++i) {
            const SettingDefinition& def = definitions.at(i);
            QCOMPARE(static_cast<std::size_t>(def.key), i); // definition() relies on enum order
            const QString name = QString::fromLatin1(def.name);
            QVERIFY2(!names.contains(name), def.name);
            names.insert(name);
            QCOMPARE(Settings::keyFromName(name), std::optional<SettingKey>(def.key));
            QVERIFY(!Settings::description(def.key).isEmpty());
            QVERIFY2(Settings::validate(def.key, def.defaultValue), def.name); // defaults are valid
        }
        QCOMPARE(Settings::keyFromName(QStringLiteral("session/nope")), std::nullopt);
        QCOMPARE(Settings::definition(SettingKey::LogRules).scope, SettingScope::Machine);
    }

    void defaults()
    {
        auto settings = Settings::createTemporary(m_dir->path());
        QCOMPARE(settings->intValue(SettingKey::SessionIdleLockMinutes), 10);
        QCOMPARE(settings->intValue(SettingKey::SessionMaxSessionHours), 10);
        QCOMPARE(settings->intValue(SettingKey::DatabasePgPort), 5432);
        QCOMPARE(settings->intValue(SettingKey::LogMaxFileKiB), 1024);
        QCOMPARE(settings->intValue(SettingKey::LogMaxFiles), 5);
        QCOMPARE(settings->stringValue(SettingKey::DatabaseBackend), QStringLiteral("sqlite"));
        QCOMPARE(settings->stringValue(SettingKey::LogRules), QStringLiteral("madoguchi.*.debug=false"));
        QCOMPARE(settings->stringValue(SettingKey::UiLanguage), QString());
        QVERIFY(!settings->isLocked(SettingKey::SessionIdleLockMinutes));
        QVERIFY(settings->policyProblems().isEmpty());
    }

    void setValuePersistsAndSignals()
    {
        auto settings = Settings::createTemporary(m_dir->path());
        QSignalSpy spy(settings.get(), &Settings::changed);
        QVERIFY(settings->setValue(SettingKey::SessionIdleLockMinutes, 30));
        QVERIFY(settings->setValue(SettingKey::UiLanguage, QStringLiteral("ja")));
        QVERIFY(settings->setValue(SettingKey::SessionIdleLockMinutes, QStringLiteral(" 30 "))); // same value
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).value<SettingKey>(), SettingKey::SessionIdleLockMinutes);
        QCOMPARE(spy.at(1).at(0).value<SettingKey>(), SettingKey::UiLanguage);

        auto reopened = Settings::createTemporary(m_dir->path());
        QCOMPARE(reopened->value(SettingKey::SessionIdleLockMinutes), QVariant(30));
        QCOMPARE(reopened->stringValue(SettingKey::UiLanguage), QStringLiteral("ja"));
        QVERIFY(reopened->reset(SettingKey::SessionIdleLockMinutes));
        QCOMPARE(reopened->intValue(SettingKey::SessionIdleLockMinutes), 10);
    }

    void invalidValuesRejected_data()
    {
        QTest::addColumn<SettingKey>("key");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("hint");
        QTest::newRow("below") << SettingKey::SessionIdleLockMinutes << QVariant(0)
                               << QStringLiteral("from 1 to 120");
        QTest::newRow("above") << SettingKey::SessionIdleLockMinutes << QVariant(121)
                               << QStringLiteral("from 1 to 120");
        QTest::newRow("hours") << SettingKey::SessionMaxSessionHours << QVariant(25)
                               << QStringLiteral("from 1 to 24");
        QTest::newRow("text") << SettingKey::DatabasePgPort << QVariant(QStringLiteral("54x"))
                              << QStringLiteral("whole number");
        QTest::newRow("language") << SettingKey::UiLanguage << QVariant(QStringLiteral("fr"))
                                  << QStringLiteral("ja, en");
        QTest::newRow("backend") << SettingKey::DatabaseBackend << QVariant(QStringLiteral("mysql"))
                                 << QStringLiteral("postgresql");
        QTest::newRow("relative") << SettingKey::LogDirectory << QVariant(QStringLiteral("logs"))
                                  << QStringLiteral("absolute");
    }
    void invalidValuesRejected()
    {
        QFETCH(SettingKey, key);
        QFETCH(QVariant, value);
        QFETCH(QString, hint);
        auto settings = Settings::createTemporary(m_dir->path());
        const QVariant before = settings->value(key);
        QSignalSpy spy(settings.get(), &Settings::changed);
        Status rejected = settings->setValue(key, value);
        QVERIFY(!rejected);
        QCOMPARE(rejected.error().code, QStringLiteral("settings.invalid"));
        const QString name = QString::fromLatin1(Settings::definition(key).name);
        QVERIFY2(rejected.error().message.contains(name), qPrintable(rejected.error().message));
        QVERIFY2(rejected.error().message.contains(hint), qPrintable(rejected.error().message));
        QCOMPARE(rejected.error().where, name);
        QCOMPARE(settings->value(key), before);
        QCOMPARE(spy.count(), 0);
    }

    void policyOverridesAndLocks()
    {
        auto user = Settings::createTemporary(m_dir->path());
        QVERIFY(user->setValue(SettingKey::SessionIdleLockMinutes, 30));
        QVERIFY(user->setValue(SettingKey::PrinterName, QStringLiteral("Front desk")));
        const QString policy =
            writePolicy("[session]\nidleLockMinutes=5\n[log]\nrules=\"madoguchi.*=true,qt.*=false\"\n");
        auto settings = Settings::createTemporary(m_dir->path(), policy);
        QVERIFY(settings->policyProblems().isEmpty());
        QCOMPARE(settings->value(SettingKey::SessionIdleLockMinutes), QVariant(5));
        QVERIFY(settings->isLocked(SettingKey::SessionIdleLockMinutes));
        QCOMPARE(settings->stringValue(SettingKey::LogRules), QStringLiteral("madoguchi.*=true,qt.*=false"));
        QCOMPARE(settings->stringValue(SettingKey::PrinterName), QStringLiteral("Front desk"));
        QVERIFY(!settings->isLocked(SettingKey::PrinterName));

        QSignalSpy spy(settings.get(), &Settings::changed);
        Status locked = settings->setValue(SettingKey::SessionIdleLockMinutes, 15);
        QVERIFY(!locked);
        QCOMPARE(locked.error().code, QStringLiteral("settings.locked"));
        QVERIFY(locked.error().message.contains(QStringLiteral("session/idleLockMinutes")));
        QCOMPARE(settings->intValue(SettingKey::SessionIdleLockMinutes), 5);
        QCOMPARE(spy.count(), 0);
    }

    void badPolicyEntriesReportedAndIgnored()
    {
        auto user = Settings::createTemporary(m_dir->path());
        QVERIFY(user->setValue(SettingKey::SessionIdleLockMinutes, 30));
        const QString policy = writePolicy("; set by the ward's IT\n"
                                           "[session]\n"
                                           "idleLockMinutes=500\n"
                                           "maxSessionHours=8\n"
                                           "\n"
                                           "[ui]\n"
                                           "language=fr\n"
                                           "[bogus]\n"
                                           "thing=1\n");
        auto settings = Settings::createTemporary(m_dir->path(), policy);
        const QList<Error> problems = settings->policyProblems();
        QCOMPARE(problems.size(), 3);
        QStringList wheres;
        for (const Error& problem : problems)
            wheres << problem.where;
        QVERIFY2(wheres.contains(QStringLiteral("policy.ini:3 session/idleLockMinutes")),
                 qPrintable(wheres.join(u'|')));
        QVERIFY2(wheres.contains(QStringLiteral("policy.ini:7 ui/language")), qPrintable(wheres.join(u'|')));
        QVERIFY2(wheres.contains(QStringLiteral("policy.ini:9 bogus/thing")), qPrintable(wheres.join(u'|')));
        for (const Error& problem : problems) {
            if (problem.where.contains(QStringLiteral("idleLockMinutes"))) {
                QCOMPARE(problem.code, QStringLiteral("settings.policyInvalid"));
                QVERIFY(problem.message.contains(QStringLiteral("from 1 to 120")));
            }
            if (problem.where.contains(QStringLiteral("bogus")))
                QCOMPARE(problem.code, QStringLiteral("settings.policyUnknownKey"));
        }
        // Bad entries are ignored: not locked, the user's value applies; good ones still lock.
        QVERIFY(!settings->isLocked(SettingKey::SessionIdleLockMinutes));
        QCOMPARE(settings->intValue(SettingKey::SessionIdleLockMinutes), 30);
        QVERIFY(!settings->isLocked(SettingKey::UiLanguage));
        QVERIFY(settings->isLocked(SettingKey::SessionMaxSessionHours));
        QCOMPARE(settings->intValue(SettingKey::SessionMaxSessionHours), 8);
    }

    void reloadPolicy()
    {
        auto settings =
            Settings::createTemporary(m_dir->path(), m_dir->filePath(QStringLiteral("policy.ini")));
        QVERIFY(!settings->isLocked(SettingKey::CoreBaseUrl));
        QSignalSpy spy(settings.get(), &Settings::changed);
        writePolicy("[core]\nbaseUrl=https://core.example.lg.jp\n");
        settings->reloadPolicy();
        QVERIFY(settings->isLocked(SettingKey::CoreBaseUrl));
        QCOMPARE(settings->stringValue(SettingKey::CoreBaseUrl),
                 QStringLiteral("https://core.example.lg.jp"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<SettingKey>(), SettingKey::CoreBaseUrl);
        QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("policy.ini"))));
        settings->reloadPolicy();
        QVERIFY(!settings->isLocked(SettingKey::CoreBaseUrl));
        QCOMPARE(settings->stringValue(SettingKey::CoreBaseUrl), QString());
        QCOMPARE(spy.count(), 2);
    }

    void badUserValueFallsBackToDefault()
    {
        QFile file(m_dir->filePath(QStringLiteral("user.ini")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[session]\nidleLockMinutes=9999\n[log]\nmaxFiles=abc\n");
        file.close();
        auto settings = Settings::createTemporary(m_dir->path());
        QCOMPARE(settings->intValue(SettingKey::SessionIdleLockMinutes), 10);
        QCOMPARE(settings->intValue(SettingKey::LogMaxFiles), 5);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
