// The transaction items of a visit's steps (visitStep, certificateRequested, procedureRecorded,
// and formAccepted for signed forms) against a running madoguchi-core-sim over mutual TLS
// (tests/scripts/with-core-sim.sh): what a real VisitStore queues is accepted exactly as queued,
// each wrong field is refused naming it, and a resident id goes only with residents the core knows.
#include "../common/TestCheck.h"
#include "../counter/VisitTestSupport.h"
#include "CoreSimClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace madoguchi;
using namespace madoguchi::test;

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject transactionOf(const QString& visitId, const QJsonArray& items, int sequence = 1)
{
    return {{QStringLiteral("visitId"), visitId},
            {QStringLiteral("sequence"), sequence},
            {QStringLiteral("committedAt"), QStringLiteral("2026-11-27T10:15:00+09:00")},
            {QStringLiteral("items"), items}};
}

QJsonObject step(const QString& name, const QJsonObject& detail = {})
{
    QJsonObject item{{QStringLiteral("kind"), QStringLiteral("visitStep")},
                     {QStringLiteral("step"), name},
                     {QStringLiteral("at"), QStringLiteral("2026-11-27T01:15:00Z")}};
    if (!detail.isEmpty())
        item.insert(QStringLiteral("detail"), detail);
    return item;
}

QHash<QByteArray, QByteArray> key(const QString& idempotencyKey)
{
    return {{"Idempotency-Key", idempotencyKey.toLatin1()}};
}

} // namespace

class TestCoreSimVisitSteps : public QObject
{
    Q_OBJECT

    std::unique_ptr<CoreSimClient> m_client;
    QTemporaryDir m_dir;

    CoreSimClient::Response commit(const QString& idempotencyKey, const QJsonObject& body)
    {
        return m_client->postJson(QStringLiteral("/v1/transactions"), body, key(idempotencyKey));
    }

    // Posts every outbox transaction of `visitId` in order, as OutboxSender would; each must be
    // stored (201).
    void deliver(const sync::Outbox& outbox, const QString& visitId, int expectedCount)
    {
        Result<QList<sync::OutboxItem>> all = outbox.items({}, 1000);
        QVERIFY(all);
        QList<sync::OutboxItem> items;
        for (const sync::OutboxItem& item : all.value()) {
            if (item.visitId == visitId)
                items << item;
        }
        std::sort(items.begin(), items.end(),
                  [](const auto& a, const auto& b) { return a.sequence < b.sequence; });
        QCOMPARE(items.size(), expectedCount);
        for (const sync::OutboxItem& item : std::as_const(items)) {
            const CoreSimClient::Response r = commit(item.idempotencyKey, item.transaction);
            QVERIFY2(r.status == 201, qPrintable(QStringLiteral("sequence %1: %2 %3")
                                                     .arg(item.sequence)
                                                     .arg(r.status)
                                                     .arg(QString::fromUtf8(r.body))));
            QCOMPARE(r.json.value(QStringLiteral("sequence")).toInt(), int(item.sequence));
        }
        // Sent again after a lost answer: a replay, nothing stored twice.
        const CoreSimClient::Response replay = commit(items.last().idempotencyKey, items.last().transaction);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.headers.value("idempotent-replay"), QByteArray("true"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (CoreSimClient::pkiDir().isEmpty())
            QFAIL("Run through tests/scripts/with-core-sim.sh: MADOGUCHI_CORESIM_PKI is not set");
        m_client = std::make_unique<CoreSimClient>(QStringLiteral("counter-01.p12"));
        QVERIFY2(m_client->isValid(), qPrintable(m_client->loadError()));
        QVERIFY(m_dir.isValid());
    }

    // A 転入 (the core does not know the person yet) and a known resident's certificates, each a
    // whole visit through a real VisitStore: the core accepts every queued transaction as is.
    void queuedVisitsAreAccepted()
    {
        MemorySecretStore secrets;
        DatabaseConfig config;
        config.sqlitePath = m_dir.filePath(QStringLiteral("visits.sqlite"));
        auto f = openCounter(config, secrets);
        QVERIFY(f);
        counter::VisitStore& store = *f->store;

        const counter::Visit movingIn = calledVisit(store);
        QVERIFY(!movingIn.id.isEmpty());
        QVERIFY(store.identify(movingIn.id, actor(), manualIdentification()));
        QVERIFY(store.chooseProcedures(
            movingIn.id, actor(),
            {{QStringLiteral("jumin-tennyu"), counter::ProcedureStatus::Pending, {}},
             {QStringLiteral("kokuho.kanyu"), counter::ProcedureStatus::Pending, {}}}));
        QVERIFY(store.recordFormsPrinted(movingIn.id, actor(), {QStringLiteral("forms/jumin-ido-todoke")}));
        QVERIFY(store.recordFees(movingIn.id, actor(), {{QStringLiteral("inkan-card"), 200}}));
        QVERIFY(store.requestCertificates(movingIn.id, actor(),
                                          {{QStringLiteral("juminhyo"), 1, QString(), 300}}));
        QVERIFY(store.updateProcedure(movingIn.id, actor(), QStringLiteral("jumin-tennyu"),
                                      counter::ProcedureStatus::Done));
        QVERIFY(store.handOff(
            movingIn.id, actor(),
            counter::HandOff{
                {}, QStringLiteral("kokuho"), QStringLiteral("国保へ"), {QStringLiteral("kokuho.kanyu")}}));
        const counter::VisitActor kokuho = actor(QStringLiteral("suzuki"), QStringLiteral("counter-06"));
        QVERIFY(store.call(movingIn.id, kokuho));
        QVERIFY(store.updateProcedure(movingIn.id, kokuho, QStringLiteral("kokuho.kanyu"),
                                      counter::ProcedureStatus::Done));
        QVERIFY(store.close(movingIn.id, kokuho));
        MADOGUCHI_CHECK(deliver(*f->outbox, movingIn.id, 12));

        const counter::Visit certificates = calledVisit(store);
        QVERIFY(store.recall(certificates.id, actor()));
        QVERIFY(store.identify(certificates.id, actor(), cardIdentification(QStringLiteral("KT0000001"))));
        QVERIFY(store.requestCertificates(certificates.id, actor(),
                                          {{QStringLiteral("juminhyo"), 2, QStringLiteral("KT0000001"), 600},
                                           {QStringLiteral("inkan"), 1, QStringLiteral("KT0000001"), 300}}));
        QVERIFY(store.close(certificates.id, actor()));
        MADOGUCHI_CHECK(deliver(*f->outbox, certificates.id, 6));

        const counter::Visit noShow = calledVisit(store);
        QVERIFY(store.skip(noShow.id, actor()));
        QVERIFY(store.cancel(noShow.id, actor(), QStringLiteral("来庁者不在")));
        MADOGUCHI_CHECK(deliver(*f->outbox, noShow.id, 4));
    }

    void eachNewKindIsAccepted()
    {
        const QJsonArray items{
            step(QStringLiteral("identified"),
                 {{QStringLiteral("source"), QStringLiteral("card")}, {QStringLiteral("residentKnown"), 1}}),
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("procedureRecorded")},
                        {QStringLiteral("procedureId"), QStringLiteral("jumin-tenkyo")},
                        {QStringLiteral("status"), QStringLiteral("notNeeded")}},
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("certificateRequested")},
                        {QStringLiteral("certificateType"), QStringLiteral("koseki-zenbu")},
                        {QStringLiteral("copies"), 1},
                        {QStringLiteral("feeYen"), 450},
                        {QStringLiteral("residentId"), QStringLiteral("KT0000002")}},
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("certificateRequested")},
                        {QStringLiteral("certificateType"), QStringLiteral("juminhyo")},
                        {QStringLiteral("copies"), 1},
                        {QStringLiteral("feeYen"), 0}},
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("formAccepted")},
                        {QStringLiteral("formType"), QStringLiteral("jumin-ido-todoke")}},
            step(QStringLiteral("closed")),
        };
        const CoreSimClient::Response r = commit(uuid(), transactionOf(uuid(), items));
        QVERIFY2(r.status == 201, r.body.constData());
        QCOMPARE(r.json.value(QStringLiteral("itemCount")).toInt(), 6);
    }

    void refusals_data()
    {
        QTest::addColumn<QJsonObject>("item");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("field");
        const QString invalid = QStringLiteral("validation-error");
        const auto certificate = [](const QJsonObject& extra) {
            QJsonObject item{{QStringLiteral("kind"), QStringLiteral("certificateRequested")},
                             {QStringLiteral("certificateType"), QStringLiteral("juminhyo")},
                             {QStringLiteral("copies"), 1},
                             {QStringLiteral("feeYen"), 300}};
            for (auto it = extra.begin(); it != extra.end(); ++it) {
                if (it.value().isNull())
                    item.remove(it.key());
                else
                    item.insert(it.key(), it.value());
            }
            return item;
        };
        const auto procedure = [](const QString& id, const QString& status) {
            return QJsonObject{{QStringLiteral("kind"), QStringLiteral("procedureRecorded")},
                               {QStringLiteral("procedureId"), id},
                               {QStringLiteral("status"), status}};
        };
        QTest::newRow("unknown step")
            << step(QStringLiteral("teleported")) << 400 << invalid << QStringLiteral("items[0].step");
        QTest::newRow("local-only step") << step(QStringLiteral("supportMeasureOverride")) << 400 << invalid
                                         << QStringLiteral("items[0].step");
        QJsonObject noAt = step(QStringLiteral("called"));
        noAt.remove(QStringLiteral("at"));
        QTest::newRow("step without at") << noAt << 400 << invalid << QStringLiteral("items[0].at");
        QJsonObject localTime = step(QStringLiteral("called"));
        localTime.insert(QStringLiteral("at"), QStringLiteral("2026-11-27T10:15:00"));
        QTest::newRow("at without offset") << localTime << 400 << invalid << QStringLiteral("items[0].at");
        QTest::newRow("nested detail")
            << step(QStringLiteral("called"),
                    {{QStringLiteral("person"), QJsonObject{{QStringLiteral("x"), 1}}}})
            << 400 << invalid << QStringLiteral("items[0].detail.person");
        QTest::newRow("fractional detail") << step(QStringLiteral("called"), {{QStringLiteral("ratio"), 0.5}})
                                           << 400 << invalid << QStringLiteral("items[0].detail.ratio");
        QTest::newRow("My Number in detail")
            << step(QStringLiteral("identified"),
                    {{QStringLiteral("note"), QStringLiteral("1234 5678 9012")}})
            << 400 << invalid << QStringLiteral("items[0].detail.note");
        QTest::newRow("bad detail name") << step(QStringLiteral("called"), {{QStringLiteral("a-b"), 1}})
                                         << 400 << invalid << QStringLiteral("items[0].detail.a-b");
        QJsonObject extra = step(QStringLiteral("called"));
        extra.insert(QStringLiteral("staffId"), QStringLiteral("sato"));
        QTest::newRow("unknown step field") << extra << 400 << invalid << QStringLiteral("items[0].staffId");
        QTest::newRow("no copies") << certificate({{QStringLiteral("copies"), QJsonValue()}}) << 400
                                   << invalid << QStringLiteral("items[0].copies");
        QTest::newRow("100 copies") << certificate({{QStringLiteral("copies"), 100}}) << 400 << invalid
                                    << QStringLiteral("items[0].copies");
        QTest::newRow("no fee") << certificate({{QStringLiteral("feeYen"), QJsonValue()}}) << 400 << invalid
                                << QStringLiteral("items[0].feeYen");
        QTest::newRow("negative fee") << certificate({{QStringLiteral("feeYen"), -1}}) << 400 << invalid
                                      << QStringLiteral("items[0].feeYen");
        QTest::newRow("bad certificate type")
            << certificate({{QStringLiteral("certificateType"), QStringLiteral("住民票")}}) << 400 << invalid
            << QStringLiteral("items[0].certificateType");
        QTest::newRow("resident unknown to the core")
            << certificate({{QStringLiteral("residentId"), QStringLiteral("KT9999999")}}) << 404
            << QStringLiteral("resident-not-found") << QStringLiteral("items[0].residentId");
        QTest::newRow("bad status") << procedure(QStringLiteral("tenkyo"), QStringLiteral("finished")) << 400
                                    << invalid << QStringLiteral("items[0].status");
        QTest::newRow("bad procedure id") << procedure(QStringLiteral("転居"), QStringLiteral("done")) << 400
                                          << invalid << QStringLiteral("items[0].procedureId");
        QJsonObject procedureExtra = procedure(QStringLiteral("tenkyo"), QStringLiteral("done"));
        procedureExtra.insert(QStringLiteral("note"), QStringLiteral("x"));
        QTest::newRow("procedure note")
            << procedureExtra << 400 << invalid << QStringLiteral("items[0].note");
    }

    void refusals()
    {
        QFETCH(QJsonObject, item);
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(QString, field);
        const CoreSimClient::Response r = commit(uuid(), transactionOf(uuid(), {item}));
        QCOMPARE(r.status, status);
        QCOMPARE(r.json.value(QStringLiteral("type")).toString(),
                 QStringLiteral("urn:madoguchi:problem:") + type);
        QCOMPARE(r.json.value(QStringLiteral("field")).toString(), field);
    }
};

QTEST_GUILESS_MAIN(TestCoreSimVisitSteps)
#include "tst_coresim_visitsteps.moc"
