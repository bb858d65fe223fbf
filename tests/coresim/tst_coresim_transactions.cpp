// The write side of the core API against a running madoguchi-core-sim over mutual TLS
// (tests/scripts/with-core-sim.sh; registered on SQLite and on PostgreSQL): idempotent commit,
// per-visit ordering, batches, slips, the changes feed, and 50 counters at once.
#include "CoreSimClient.h"

#include "core-sim/CoreSimOptions.h"

#include "common/Database.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace madoguchi;
using namespace madoguchi::test;

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject transaction(const QString& visitId, int sequence, const QJsonArray& items = {})
{
    return {{QStringLiteral("visitId"), visitId},
            {QStringLiteral("sequence"), sequence},
            {QStringLiteral("committedAt"), QStringLiteral("2026-11-27T10:15:00+09:00")},
            {QStringLiteral("items"),
             items.isEmpty()
                 ? QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("certificateIssued")},
                                          {QStringLiteral("certificateType"), QStringLiteral("juminhyo")},
                                          {QStringLiteral("copies"), 1},
                                          {QStringLiteral("residentId"), QStringLiteral("KT0000001")}},
                              QJsonObject{{QStringLiteral("kind"), QStringLiteral("feePaid")},
                                          {QStringLiteral("amountYen"), 300},
                                          {QStringLiteral("method"), QStringLiteral("cash")}}}
                 : items}};
}

QJsonObject formFor(const QString& residentId)
{
    return {{QStringLiteral("kind"), QStringLiteral("formAccepted")},
            {QStringLiteral("formType"), QStringLiteral("tenkyo")},
            {QStringLiteral("residentId"), residentId}};
}

QHash<QByteArray, QByteArray> key(const QString& idempotencyKey)
{
    return {{"Idempotency-Key", idempotencyKey.toLatin1()}};
}

} // namespace

class TestCoreSimTransactions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CoreSimClient> m_client;

    CoreSimClient::Response commit(const QString& idempotencyKey, const QJsonObject& body)
    {
        return m_client->postJson(QStringLiteral("/v1/transactions"), body, key(idempotencyKey));
    }
    void checkProblem(const CoreSimClient::Response& r, int status, const QString& type, const QString& field)
    {
        QCOMPARE(r.status, status);
        QCOMPARE(r.contentType, QStringLiteral("application/problem+json"));
        QCOMPARE(r.json.value(QStringLiteral("type")).toString(),
                 QStringLiteral("urn:madoguchi:problem:") + type);
        QCOMPARE(r.json.value(QStringLiteral("field")).toString(), field);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (CoreSimClient::pkiDir().isEmpty())
            QFAIL("Run through tests/scripts/with-core-sim.sh: MADOGUCHI_CORESIM_PKI is not set");
        m_client = std::make_unique<CoreSimClient>(QStringLiteral("counter-02.p12"));
        QVERIFY2(m_client->isValid(), qPrintable(m_client->loadError()));
    }

    void commitAndReplay()
    {
        const QString visit = uuid();
        const QString k = uuid();
        const CoreSimClient::Response first = commit(k, transaction(visit, 1));
        QCOMPARE(first.status, 201);
        QCOMPARE(first.json.value(QStringLiteral("counterId")).toString(), QStringLiteral("counter-02"));
        QCOMPARE(first.json.value(QStringLiteral("itemCount")).toInt(), 2);
        QVERIFY(!first.headers.contains("idempotent-replay"));

        // Same key, same body (sent with other white space and key order): the stored answer.
        const QByteArray reordered =
            "{ \"items\": " +
            QJsonDocument(transaction(visit, 1).value(QStringLiteral("items")).toArray()).toJson() +
            ", \"committedAt\": \"2026-11-27T10:15:00+09:00\", \"sequence\": 1, \"visitId\": \"" +
            visit.toLatin1() + "\" }";
        const CoreSimClient::Response replay =
            m_client->post(QStringLiteral("/v1/transactions"), reordered, key(k));
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.headers.value("idempotent-replay"), QByteArray("true"));
        QCOMPARE(replay.body, first.body);

        // Same key, different body: refused, nothing stored.
        QJsonObject changed = transaction(visit, 1);
        changed.insert(QStringLiteral("committedAt"), QStringLiteral("2026-11-27T10:16:00+09:00"));
        checkProblem(commit(k, changed), 422, QStringLiteral("idempotency-key-reused"),
                     QStringLiteral("Idempotency-Key"));

        // The visit continues at 2; 3 is out of order and names the expected sequence.
        const CoreSimClient::Response early = commit(uuid(), transaction(visit, 3));
        checkProblem(early, 409, QStringLiteral("sequence-conflict"), QStringLiteral("sequence"));
        QCOMPARE(early.json.value(QStringLiteral("expectedSequence")).toInt(), 2);
        QCOMPARE(commit(uuid(), transaction(visit, 2)).status, 201);
        // A late replay of sequence 1 is still a replay, not a conflict.
        QCOMPARE(commit(k, transaction(visit, 1)).status, 200);
    }

    void commitProblems_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("field");
        const QByteArray v = "\"visitId\":\"0b5e0f3c-3f7e-4b8e-9a51-4b1f3b9c2d11\",\"committedAt\":\"2026-11-"
                             "27T10:00:00+09:00\"";
        QTest::newRow("malformed") << QByteArray("{\"visitId\":") << 400 << QStringLiteral("invalid-json")
                                   << QString();
        QTest::newRow("missing items") << ("{" + v + ",\"sequence\":1}") << 400
                                       << QStringLiteral("validation-error") << QStringLiteral("items");
        QTest::newRow("sequence as string")
            << ("{" + v +
                ",\"sequence\":\"1\",\"items\":[{\"kind\":\"feePaid\",\"amountYen\":1,\"method\":\"cash\"}]}")
            << 400 << QStringLiteral("validation-error") << QStringLiteral("sequence");
        QTest::newRow("sequence 0")
            << ("{" + v +
                ",\"sequence\":0,\"items\":[{\"kind\":\"feePaid\",\"amountYen\":1,\"method\":\"cash\"}]}")
            << 400 << QStringLiteral("validation-error") << QStringLiteral("sequence");
        QTest::newRow("fractional amount")
            << ("{" + v +
                ",\"sequence\":1,\"items\":[{\"kind\":\"feePaid\",\"amountYen\":1.5,\"method\":\"cash\"}]}")
            << 400 << QStringLiteral("validation-error") << QStringLiteral("items[0].amountYen");
        QTest::newRow("unknown kind")
            << ("{" + v + ",\"sequence\":1,\"items\":[{\"kind\":\"refund\"}]}") << 400
            << QStringLiteral("validation-error") << QStringLiteral("items[0].kind");
        QTest::newRow("unknown item field")
            << ("{" + v +
                ",\"sequence\":1,\"items\":[{\"kind\":\"feePaid\",\"amountYen\":1,\"method\":\"cash\","
                "\"counterId\":\"x\"}]}")
            << 400 << QStringLiteral("validation-error") << QStringLiteral("items[0].counterId");
        QTest::newRow("counter id in body")
            << ("{" + v +
                ",\"sequence\":1,\"counterId\":\"counter-01\",\"items\":[{\"kind\":\"feePaid\",\"amountYen\":"
                "1,\"method\":\"cash\"}]}")
            << 400 << QStringLiteral("validation-error") << QStringLiteral("counterId");
        QTest::newRow("date-time without offset")
            << QByteArray("{\"visitId\":\"0b5e0f3c-3f7e-4b8e-9a51-4b1f3b9c2d11\",\"committedAt\":\"2026-11-"
                          "27T10:00:00\",\"sequence\":1,\"items\":[{\"kind\":\"feePaid\",\"amountYen\":1,"
                          "\"method\":\"cash\"}]}")
            << 400 << QStringLiteral("validation-error") << QStringLiteral("committedAt");
        QTest::newRow("unknown resident")
            << ("{\"visitId\":\"" + uuid().toLatin1() +
                "\",\"committedAt\":\"2026-11-27T10:00:00+09:00\",\"sequence\":1,\"items\":[{\"kind\":"
                "\"formAccepted\",\"formType\":\"tenkyo\",\"residentId\":\"KT9999999\"}]}")
            << 404 << QStringLiteral("resident-not-found") << QStringLiteral("items[0].residentId");
    }

    void commitProblems()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(QString, field);
        checkProblem(m_client->post(QStringLiteral("/v1/transactions"), body, key(uuid())), status, type,
                     field);
    }

    void idempotencyKeyRequired()
    {
        checkProblem(m_client->postJson(QStringLiteral("/v1/transactions"), transaction(uuid(), 1)), 400,
                     QStringLiteral("idempotency-key-missing"), QStringLiteral("Idempotency-Key"));
        checkProblem(commit(QStringLiteral("not-a-uuid"), transaction(uuid(), 1)), 400,
                     QStringLiteral("idempotency-key-missing"), QStringLiteral("Idempotency-Key"));
    }

    void batch()
    {
        const QString visit = uuid();
        const QString k1 = uuid();
        QCOMPARE(commit(k1, transaction(visit, 1)).status, 201);
        const QString k2 = uuid();
        const QString k3 = uuid();
        const QJsonArray elements{
            QJsonObject{{QStringLiteral("idempotencyKey"), k1},
                        {QStringLiteral("transaction"), transaction(visit, 1)}},
            QJsonObject{{QStringLiteral("idempotencyKey"), k2},
                        {QStringLiteral("transaction"), transaction(visit, 2)}},
            QJsonObject{{QStringLiteral("idempotencyKey"), uuid()},
                        {QStringLiteral("transaction"), transaction(visit, 9)}},
            QJsonObject{{QStringLiteral("idempotencyKey"), k3},
                        {QStringLiteral("transaction"), QJsonObject{{QStringLiteral("visitId"), visit}}}},
            QJsonObject{{QStringLiteral("idempotencyKey"), uuid()},
                        {QStringLiteral("transaction"), transaction(visit, 3)}},
        };
        const CoreSimClient::Response r = m_client->postJson(QStringLiteral("/v1/transactions:batch"),
                                                             {{QStringLiteral("transactions"), elements}});
        QCOMPARE(r.status, 200);
        const QJsonArray results = r.json.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 5);
        auto status = [&results](int i) {
            return results.at(i).toObject().value(QStringLiteral("status")).toInt();
        };
        QCOMPARE(status(0), 200);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("replay")).toBool(), true);
        QCOMPARE(status(1), 201);
        QCOMPARE(status(2), 409);
        QCOMPARE(results.at(2)
                     .toObject()
                     .value(QStringLiteral("problem"))
                     .toObject()
                     .value(QStringLiteral("expectedSequence"))
                     .toInt(),
                 3);
        QCOMPARE(status(3), 400);
        QCOMPARE(results.at(3)
                     .toObject()
                     .value(QStringLiteral("problem"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("sequence"));
        QCOMPARE(status(4), 201); // processed in order: 3 follows the 2 stored above
        QCOMPARE(results.at(1)
                     .toObject()
                     .value(QStringLiteral("receipt"))
                     .toObject()
                     .value(QStringLiteral("sequence"))
                     .toInt(),
                 2);

        checkProblem(m_client->postJson(QStringLiteral("/v1/transactions:batch"),
                                        {{QStringLiteral("transactions"), 5}}),
                     400, QStringLiteral("validation-error"), QStringLiteral("transactions"));
        checkProblem(m_client->postJson(QStringLiteral("/v1/transactions:batch"),
                                        {{QStringLiteral("transactions"), QJsonArray()}}),
                     400, QStringLiteral("validation-error"), QStringLiteral("transactions"));
    }

    void slips()
    {
        const QString number = QStringLiteral("S-") + uuid().left(8);
        const QJsonObject slip{{QStringLiteral("slipNumber"), number},
                               {QStringLiteral("visitId"), uuid()},
                               {QStringLiteral("amountYen"), 1200},
                               {QStringLiteral("issuedAt"), QStringLiteral("2026-11-27T10:20:00+09:00")},
                               {QStringLiteral("dueDate"), QStringLiteral("2026-12-27")},
                               {QStringLiteral("purpose"), QStringLiteral("証明書手数料")}};
        const CoreSimClient::Response created = m_client->postJson(QStringLiteral("/v1/slips"), slip);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.value(QStringLiteral("status")).toString(), QStringLiteral("issued"));
        const CoreSimClient::Response again = m_client->postJson(QStringLiteral("/v1/slips"), slip);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.headers.value("idempotent-replay"), QByteArray("true"));
        QJsonObject other = slip;
        other.insert(QStringLiteral("amountYen"), 1500);
        checkProblem(m_client->postJson(QStringLiteral("/v1/slips"), other), 409,
                     QStringLiteral("slip-conflict"), QStringLiteral("slipNumber"));
        const CoreSimClient::Response fetched = m_client->get(QStringLiteral("/v1/slips/") + number);
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.json.value(QStringLiteral("amountYen")).toInt(), 1200);
        QCOMPARE(fetched.json.value(QStringLiteral("purpose")).toString(), QStringLiteral("証明書手数料"));
        checkProblem(m_client->get(QStringLiteral("/v1/slips/NOPE-1")), 404, QStringLiteral("not-found"),
                     QStringLiteral("slipNumber"));
        other.remove(QStringLiteral("dueDate"));
        checkProblem(m_client->postJson(QStringLiteral("/v1/slips"), other), 400,
                     QStringLiteral("validation-error"), QStringLiteral("dueDate"));
    }

    void changesFeed()
    {
        const QString start =
            m_client->get(QStringLiteral("/v1/health")).json.value(QStringLiteral("latestCursor")).toString();
        QVERIFY(!start.isEmpty());
        const QStringList updated = {QStringLiteral("KT0000002"), QStringLiteral("KT0000003"),
                                     QStringLiteral("KT0000006"), QStringLiteral("KT0000007"),
                                     QStringLiteral("KT0000008"), QStringLiteral("KT0000009"),
                                     QStringLiteral("KT0000011")};
        const int versionBefore = m_client->get(QStringLiteral("/v1/residents/KT0000006"))
                                      .json.value(QStringLiteral("version"))
                                      .toInt();
        for (const QString& id : updated)
            QCOMPARE(commit(uuid(), transaction(uuid(), 1, {formFor(id)})).status, 201);
        QCOMPARE(m_client->get(QStringLiteral("/v1/residents/KT0000006"))
                     .json.value(QStringLiteral("version"))
                     .toInt(),
                 versionBefore + 1);

        // Page through with limit 2: cursors strictly increase, every change comes exactly once.
        QString cursor = start;
        QStringList seen;
        QString previous = start;
        for (int page = 0; page < 20; ++page) {
            const CoreSimClient::Response r =
                m_client->get(QStringLiteral("/v1/changes?since=%1&limit=2").arg(cursor));
            QCOMPARE(r.status, 200);
            for (const QJsonValue& change : r.json.value(QStringLiteral("changes")).toArray()) {
                const QString c = change.toObject().value(QStringLiteral("cursor")).toString();
                QVERIFY2(c > previous, qPrintable(c + QStringLiteral(" <= ") + previous));
                previous = c;
                QCOMPARE(change.toObject().value(QStringLiteral("kind")).toString(),
                         QStringLiteral("updated"));
                seen.append(change.toObject().value(QStringLiteral("residentId")).toString());
            }
            cursor = r.json.value(QStringLiteral("nextCursor")).toString();
            if (!r.json.value(QStringLiteral("hasMore")).toBool())
                break;
        }
        // Each suite has a server of its own, and nothing else in this one updates residents.
        QCOMPARE(seen, updated);
        QCOMPARE(cursor, previous);
        const CoreSimClient::Response idle = m_client->get(QStringLiteral("/v1/changes?since=") + cursor);
        QVERIFY(idle.json.value(QStringLiteral("changes")).toArray().isEmpty());
        QCOMPARE(idle.json.value(QStringLiteral("nextCursor")).toString(), cursor);

        checkProblem(m_client->get(QStringLiteral("/v1/changes?since=yesterday")), 400,
                     QStringLiteral("validation-error"), QStringLiteral("since"));
        checkProblem(m_client->get(QStringLiteral("/v1/changes?limit=0")), 400,
                     QStringLiteral("validation-error"), QStringLiteral("limit"));
    }

    // Commits that arrive together share a write transaction (group commit) and are decided in
    // arrival order, as if one after the other: of two different keys racing for the same place
    // in a visit one is stored and the other told the sequence it conflicts with; a key sent twice
    // at once is stored once and replayed once, with the same transaction id.
    void racingCommitsAreDecidedOneAfterTheOther()
    {
        constexpr int kVisits = 12;
        struct Race
        {
            QString visit;
            QString key;
            std::unique_ptr<CoreSimClient> clients[4];
            QNetworkReply* replies[4] = {};
        };
        std::vector<Race> races(kVisits);
        for (Race& race : races) {
            race.visit = uuid();
            race.key = uuid();
            for (auto& client : race.clients)
                client = std::make_unique<CoreSimClient>(QStringLiteral("counter-01.p12"));
        }
        // Per visit: the same key twice, and two other keys for the same sequence 1.
        for (Race& race : races) {
            const QByteArray body = QJsonDocument(transaction(race.visit, 1)).toJson(QJsonDocument::Compact);
            const QByteArray keys[4] = {race.key.toLatin1(), race.key.toLatin1(), uuid().toLatin1(),
                                        uuid().toLatin1()};
            for (int i = 0; i < 4; ++i)
                race.replies[i] = race.clients[i]->start(
                    QStringLiteral("POST"), QStringLiteral("/v1/transactions"), body,
                    {{"Idempotency-Key", keys[i]}, {"Content-Type", "application/json"}});
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const Race& race : races) {
                    for (QNetworkReply* reply : race.replies) {
                        if (!reply->isFinished())
                            return false;
                    }
                }
                return true;
            },
            60000));
        for (Race& race : races) {
            QList<int> statuses;
            QSet<QString> sameKeyIds;
            for (int i = 0; i < 4; ++i) {
                const CoreSimClient::Response r = CoreSimClient::read(race.replies[i]);
                statuses << r.status;
                if (i < 2 && r.status < 300)
                    sameKeyIds.insert(r.json.value(QStringLiteral("transactionId")).toString());
                if (r.status == 409)
                    QCOMPARE(r.json.value(QStringLiteral("expectedSequence")).toInt(), 2);
            }
            std::sort(statuses.begin(), statuses.end());
            // Exactly one new row per visit: either the shared key won (201 + its replay 200,
            // the two others conflict) or one of the other keys did (201, three conflicts).
            const bool sharedKeyWon = statuses == QList<int>{200, 201, 409, 409};
            const bool otherKeyWon = statuses == QList<int>{201, 409, 409, 409};
            QStringList shown;
            for (const int status : statuses)
                shown << QString::number(status);
            QVERIFY2(
                sharedKeyWon || otherKeyWon,
                qPrintable(QStringLiteral("statuses %1 for visit %2").arg(shown.join(u' '), race.visit)));
            if (sharedKeyWon)
                QCOMPARE(sameKeyIds.size(), 1);
        }
    }

    // Fifty counters at once, each with its own visit of ten transactions and a replay of each:
    // everything succeeds and the store holds every transaction exactly once.
    void fiftyConcurrentCounters()
    {
        constexpr int kCounters = 50;
        constexpr int kPerVisit = 10;
        const QStringList p12 = {QStringLiteral("counter-01.p12"), QStringLiteral("counter-02.p12"),
                                 QStringLiteral("counter-03.p12")};
        struct Counter
        {
            std::unique_ptr<CoreSimClient> client;
            QString visit;
            QStringList keys;
            int next = 0;
            QNetworkReply* pending = nullptr;
            bool replaying = false;
            QSet<QString> transactionIds;
            QStringList failures;
        };
        std::vector<Counter> counters(kCounters);
        for (int i = 0; i < kCounters; ++i) {
            counters[std::size_t(i)].client = std::make_unique<CoreSimClient>(p12.at(i % 3));
            counters[std::size_t(i)].visit = uuid();
        }
        auto send = [](Counter& c) {
            const int sequence = c.next + 1;
            if (!c.replaying)
                c.keys.append(uuid());
            c.pending = c.client->start(
                QStringLiteral("POST"), QStringLiteral("/v1/transactions"),
                QJsonDocument(transaction(c.visit, sequence)).toJson(QJsonDocument::Compact),
                {{"Idempotency-Key", c.keys.at(c.next).toLatin1()}, {"Content-Type", "application/json"}});
        };
        for (Counter& c : counters)
            send(c);
        // Drive all of them together: each counter sends its next request when the last finished.
        int open = kCounters;
        QElapsedTimer timer;
        timer.start();
        while (open > 0 && timer.elapsed() < 100000) {
            QTest::qWait(5);
            for (Counter& c : counters) {
                if (!c.pending || !c.pending->isFinished())
                    continue;
                const CoreSimClient::Response r = CoreSimClient::read(c.pending);
                c.pending = nullptr;
                const int expected = c.replaying ? 200 : 201;
                if (r.status != expected)
                    c.failures.append(
                        QStringLiteral("%1: %2 %3").arg(c.next + 1).arg(r.status).arg(r.errorString));
                c.transactionIds.insert(r.json.value(QStringLiteral("transactionId")).toString());
                if (!c.replaying) {
                    c.replaying = true; // replay this one, then go on
                } else {
                    c.replaying = false;
                    ++c.next;
                }
                if (c.next < kPerVisit)
                    send(c);
                else
                    --open;
            }
        }
        QCOMPARE(open, 0);
        QSet<QString> all;
        for (const Counter& c : counters) {
            QVERIFY2(c.failures.isEmpty(), qPrintable(c.failures.join(QStringLiteral("; "))));
            QCOMPARE(c.transactionIds.size(), kPerVisit); // replays gave back the same ids
            all.unite(c.transactionIds);
        }
        QCOMPARE(all.size(), kCounters * kPerVisit);

        // And in the store itself: one row per transaction, no duplicates in any visit.
        Result<DatabaseConfig> config =
            coresim::CoreSimOptions::parseDatabase(qEnvironmentVariable("MADOGUCHI_CORESIM_DB"));
        QVERIFY(config);
        Result<std::unique_ptr<Database>> db = Database::open(config.value());
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        QStringList visits;
        for (const Counter& c : counters)
            visits.append(QStringLiteral("'") + c.visit + QStringLiteral("'"));
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT visit_id || ':' || sequence),"
                           " COUNT(DISTINCT transaction_id) FROM cs_transactions WHERE visit_id IN (%1)")
                .arg(visits.join(u','))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), kCounters * kPerVisit);
        QCOMPARE(q.value(1).toInt(), kCounters * kPerVisit);
        QCOMPARE(q.value(2).toInt(), kCounters * kPerVisit);
    }
};

QTEST_GUILESS_MAIN(TestCoreSimTransactions)
#include "tst_coresim_transactions.moc"
