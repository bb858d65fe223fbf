#pragma once

// Builds the services main.cpp builds, around a temporary directory, with a clock the test
// can advance and a cheap PBKDF2 count.

#include "AppServices.h"
#include "ModuleCatalog.h"
#include "TranslationLoader.h"
#include "common/AuditLog.h"
#include "common/Database.h"
#include "common/NullSecretStore.h"
#include "common/SessionClock.h"
#include "common/Settings.h"
#include "common/StaffDirectory.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace madoguchi::test {

class TestClock : public SessionClock
{
public:
    QDateTime now() const override { return m_now; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now = QDateTime(QDate(2025, 4, 1), QTime(9, 0), Qt::UTC);
};

inline const QString kPassword = QStringLiteral("kuyakusho-2025");

struct AppFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<Database> database;
    std::unique_ptr<AuditLog> audit;
    TestClock clock;
    std::unique_ptr<StaffDirectory> staff;
    std::unique_ptr<NullSecretStore> secrets;
    TranslationLoader translations;
    std::unique_ptr<AppServices> services;

    // `policyIni`: contents of a policy file, empty for none.
    bool setUp(const QByteArray& policyIni = {})
    {
        if (!dir.isValid())
            return false;
        QString policyPath;
        if (!policyIni.isEmpty()) {
            policyPath = dir.filePath(QStringLiteral("policy.ini"));
            QFile policy(policyPath);
            if (!policy.open(QIODevice::WriteOnly) || policy.write(policyIni) != policyIni.size())
                return false;
        }
        settings = Settings::createTemporary(dir.path(), policyPath);
        DatabaseConfig config;
        config.sqlitePath = dir.filePath(QStringLiteral("test.sqlite"));
        auto opened = Database::open(config, ModuleCatalog::schemas());
        if (!opened.ok()) {
            qWarning().noquote() << opened.error().toString();
            return false;
        }
        database = std::move(opened).value();
        audit = std::make_unique<AuditLog>(*database);
        staff = std::make_unique<StaffDirectory>(*database, *audit, 1000, &clock);
        staff->setWorkstationId(QStringLiteral("test-counter"));
        secrets = std::make_unique<NullSecretStore>(QStringLiteral("no keychain in tests"));
        translations.install(QStringLiteral("en"));
        services.reset(new AppServices{*settings, *database, *audit, *staff, *secrets, translations, clock,
                                       nullptr, QStringLiteral("test-counter"),
                                       dir.filePath(QStringLiteral("logs"))});
        return true;
    }

    bool addAccount(const QString& login, Role role)
    {
        return staff->createAccount(login, login.toUpper(), role, kPassword).ok();
    }

    int auditCount(const QString& action) const
    {
        int count = 0;
        for (const AuditRecord& record : audit->recent(10000))
            count += record.action == action ? 1 : 0;
        return count;
    }
};

} // namespace madoguchi::test
