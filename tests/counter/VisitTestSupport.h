#pragma once

// A counter store for the visit and queue suites: a database with every schema a visit touches,
// a loaded data key, the outbox and the VisitStore, a clock the test moves, and helpers that
// take a visit through its steps. Used on SQLite and on PostgreSQL (VisitStoreChecks.h).

#include "../common/MemorySecretStore.h"
#include "common/AuditLog.h"
#include "common/DataKeyManager.h"
#include "common/Database.h"
#include "common/SessionClock.h"
#include "common/StaffDirectory.h"
#include "counter/CounterSchema.h"
#include "counter/VisitStore.h"
#include "sync/Outbox.h"
#include "sync/SyncSchema.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace madoguchi::test {

class TestClock final : public SessionClock
{
public:
    QDateTime time = QDateTime(QDate(2026, 11, 27), QTime(0, 30), Qt::UTC); // 09:30 in Tokyo
    QDateTime now() const override { return time; }
    void advance(qint64 seconds) { time = time.addSecs(seconds); }
};

inline std::vector<MigrationSet> counterSchemas()
{
    return {AuditLog::migrations(), StaffDirectory::migrations(), DataKeyManager::migrations(),
            sync::SyncSchema::migrations(), counter::CounterSchema::migrations()};
}

// Everything a VisitStore needs, opened on `config`. `secrets` keeps the data key between
// openings of the same database (a restart).
struct CounterFixture
{
    std::unique_ptr<Database> db;
    std::unique_ptr<DataKeyManager> dataKey;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<StaffDirectory> staff;
    std::unique_ptr<sync::Outbox> outbox;
    TestClock clock;
    std::unique_ptr<counter::VisitStore> store;

    QSqlDatabase connection() const { return db->connection(); }
};

inline void registerCounterColumns(DataKeyManager& manager)
{
    using counter::CounterSchema;
    manager.registerColumn(CounterSchema::visitsTable(), CounterSchema::visitsIdColumn(),
                           CounterSchema::visitsPersonColumn());
    manager.registerColumn(CounterSchema::eventsTable(), CounterSchema::eventsIdColumn(),
                           CounterSchema::eventsNoteColumn());
    manager.registerColumn(CounterSchema::proceduresTable(), CounterSchema::proceduresIdColumn(),
                           CounterSchema::proceduresNoteColumn());
}

// Null (with a warning) when something fails.
inline std::unique_ptr<CounterFixture> openCounter(const DatabaseConfig& config, MemorySecretStore& secrets,
                                                   const QString& origin = QStringLiteral("counter-01"))
{
    auto fixture = std::make_unique<CounterFixture>();
    auto opened = Database::open(config, counterSchemas());
    if (!opened) {
        qWarning("open failed: %s", qPrintable(opened.error().toString()));
        return nullptr;
    }
    fixture->db = std::move(opened).value();
    fixture->dataKey = std::make_unique<DataKeyManager>(*fixture->db, secrets);
    registerCounterColumns(*fixture->dataKey);
    std::optional<Status> loaded;
    QObject context;
    fixture->dataKey->load(&context, [&loaded](Status s) { loaded = s; });
    if (!QTest::qWaitFor([&] { return loaded.has_value(); }, 10000) || !*loaded) {
        qWarning("the data key did not load");
        return nullptr;
    }
    fixture->audit = std::make_unique<AuditLog>(*fixture->db);
    fixture->staff = std::make_unique<StaffDirectory>(*fixture->db, *fixture->audit, 1000);
    fixture->outbox = std::make_unique<sync::Outbox>(*fixture->db, origin);
    fixture->store = std::make_unique<counter::VisitStore>(*fixture->db, *fixture->dataKey, *fixture->outbox,
                                                           &fixture->clock);
    return fixture;
}

inline counter::VisitActor actor(const QString& staff = QStringLiteral("sato"),
                                 const QString& counterId = QStringLiteral("counter-01"))
{
    return counter::VisitActor{staff, counterId};
}

// A manual identification of someone with rare characters in the name (an IVS and a character
// outside the BMP) who is not known to the core yet.
inline counter::Identification manualIdentification()
{
    counter::Identification id;
    id.source = counter::IdentificationSource::Manual;
    id.document = counter::IdentificationDocument::Passport;
    id.manualReason = QStringLiteral("カードを持参していない");
    id.requestKind = counter::RequestKind::Self;
    id.person.familyName = u"葛\U000E0102城"_qs;
    id.person.givenName = u"\U00020BB7子"_qs;
    id.person.familyKana = QStringLiteral("カツラギ");
    id.person.givenKana = QStringLiteral("ヨシコ");
    id.person.birthDate = QStringLiteral("1990-05-03");
    id.person.sex = QStringLiteral("female");
    id.person.address = QStringLiteral("東京都北区王子本町1丁目15番22号");
    return id;
}

inline counter::Identification cardIdentification(const QString& residentId = QStringLiteral("KT0000001"))
{
    counter::Identification id;
    id.source = counter::IdentificationSource::Card;
    id.document = counter::IdentificationDocument::MyNumberCard;
    id.requestKind = counter::RequestKind::Self;
    id.residentId = residentId;
    id.person.familyName = QStringLiteral("山田");
    id.person.givenName = QStringLiteral("太郎");
    id.person.birthDate = QStringLiteral("1980-02-17");
    id.person.address = QStringLiteral("東京都北区王子本町1丁目15番22号");
    return id;
}

// Issues a ticket and calls it at actor's counter; an empty visit id (with a warning) on failure.
inline counter::Visit calledVisit(counter::VisitStore& store, const counter::VisitActor& who = actor(),
                                  const QString& category = QStringLiteral("juminhyo"),
                                  const QString& prefix = QStringLiteral("A"))
{
    Result<counter::Visit> issued = store.issueTicket(category, prefix, who);
    if (!issued) {
        qWarning("issue failed: %s", qPrintable(issued.error().toString()));
        return {};
    }
    Result<counter::Visit> called = store.call(issued.value().id, who);
    if (!called) {
        qWarning("call failed: %s", qPrintable(called.error().toString()));
        return {};
    }
    return called.value();
}

inline int countRows(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toInt();
}

} // namespace madoguchi::test
