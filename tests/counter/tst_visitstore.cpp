// VisitStore on SQLite: the shared checks (VisitStoreChecks.h), plus what only a file shows —
// the My Number and the names are nowhere in its bytes — and a data-key rotation that covers the
// counter's encrypted columns.
#include "VisitStoreChecks.h"

#include "common/EncryptedColumns.h"
#include "common/MyNumber.h"
#include "counter/VisitSession.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace madoguchi;
using namespace madoguchi::test;

namespace {

// Every byte the database keeps on disk: the file and its journal or WAL.
QByteArray fileBytes(const QString& path)
{
    QByteArray all;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

QByteArray utf16(const QString& text)
{
    return QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
}

} // namespace

class TestVisitStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    DatabaseConfig freshConfig()
    {
        DatabaseConfig config;
        config.sqlitePath = m_dir.filePath(QStringLiteral("visits-%1.sqlite").arg(++m_files));
        return config;
    }
    FreshConfig fresh()
    {
        return [this] { return freshConfig(); };
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void fullVisitRoundTrip() { checkFullVisitRoundTrip(fresh()); }
    void stepAndOutboxAreAtomic()
    {
        checkStepAndOutboxAreAtomic(
            fresh(),
            {QStringLiteral("CREATE TRIGGER fail_outbox BEFORE INSERT ON sync_outbox BEGIN "
                            "SELECT RAISE(ABORT, 'the outbox refuses'); END")},
            {QStringLiteral("DROP TRIGGER fail_outbox")});
    }
    void openVisitsAfterReopen() { checkOpenVisitsAfterReopen(fresh()); }
    void lifeEventsRoundTrip() { checkLifeEventsRoundTrip(fresh()); }
    void queue() { checkQueue(fresh()); }
    void concurrentCallNext() { checkConcurrentCallNext(fresh()); }
    void handOffTimeline() { checkHandOffTimeline(fresh()); }
    void refusals() { checkRefusals(fresh()); }

    // The My Number is read from the card into the session and used for the visit; the file
    // never holds it, in any encoding. The names and the address are encrypted at rest.
    void myNumberAndNamesNotInTheFile()
    {
        QString first11 = QStringLiteral("12345678901");
        const QString myNumber = first11 + QString::number(MyNumber::checkDigit(first11));
        QVERIFY(MyNumber::isValid(myNumber));
        MemorySecretStore secrets;
        const DatabaseConfig config = freshConfig();
        {
            auto f = openCounter(config, secrets);
            QVERIFY(f);
            counter::VisitSession session;
            const counter::Visit visit = calledVisit(*f->store);
            session.begin(visit.id);
            QVERIFY(session.setMyNumber(myNumber));
            QVERIFY(f->store->identify(visit.id, actor(), manualIdentification()));
            // Typed into a note by mistake: refused, so not stored either.
            QVERIFY(!f->store->chooseProcedures(
                visit.id, actor(),
                {{QStringLiteral("tenkyo"), counter::ProcedureStatus::Pending, session.myNumber()}}));
            QVERIFY(f->store->chooseProcedures(
                visit.id, actor(), {{QStringLiteral("tenkyo"), counter::ProcedureStatus::Done, {}}}));
            QVERIFY(f->store->close(visit.id, actor()));
            session.end();
            QVERIFY(session.myNumber().isEmpty());
        }
        const QByteArray bytes = fileBytes(config.sqlitePath);
        QVERIFY(bytes.size() > 4096);
        QVERIFY(!bytes.contains(myNumber.toLatin1()));
        QVERIFY(!bytes.contains(utf16(myNumber)));
        const counter::Identification id = manualIdentification();
        for (const QString& text : {id.person.familyName, id.person.givenName, id.person.familyKana,
                                    id.person.address, id.manualReason}) {
            QVERIFY2(!bytes.contains(text.toUtf8()), qPrintable(text));
            QVERIFY2(!bytes.contains(utf16(text)), qPrintable(text));
        }
    }

    // `madoguchi-cli datakey rotate` re-encrypts what EncryptedColumns lists: the counter's
    // columns are there, and a rotation over them leaves every visit readable.
    void keyRotationCoversTheCounterColumns()
    {
        MemorySecretStore secrets;
        auto f = openCounter(freshConfig(), secrets);
        QVERIFY(f);
        const counter::Visit visit = calledVisit(*f->store);
        QVERIFY(f->store->identify(visit.id, actor(), manualIdentification()));
        QVERIFY(f->store->chooseProcedures(
            visit.id, actor(),
            {{QStringLiteral("tenkyo"), counter::ProcedureStatus::Pending, QStringLiteral("メモ")}}));
        QVERIFY(f->store->cancel(visit.id, actor(), QStringLiteral("理由")));
        const quint32 before = f->dataKey->cipher()->keyId();
        std::optional<Status> rotated;
        QObject context;
        f->dataKey->rotate(&context, [&rotated](Status s) { rotated = s; });
        QTRY_VERIFY(rotated.has_value());
        QVERIFY2(*rotated, qPrintable(rotated->ok() ? QString() : rotated->error().toString()));
        QVERIFY(f->dataKey->cipher()->keyId() != before);
        QSqlQuery blob(f->connection());
        QVERIFY(blob.exec(QStringLiteral("SELECT person_enc FROM counter_visits")) && blob.next());
        QCOMPARE(FieldCipher::keyIdOf(blob.value(0).toByteArray()), f->dataKey->cipher()->keyId());
        Result<counter::Visit> loaded = f->store->visit(visit.id);
        QVERIFY(loaded);
        QVERIFY(*loaded.value().identification == manualIdentification());
        QCOMPARE(loaded.value().procedures.at(0).note, QStringLiteral("メモ"));
        QCOMPARE(f->store->timeline(visit.id).value().last().event.note, QStringLiteral("理由"));

        const auto listed = [](const QString& table, const QString& idColumn, const QString& column) {
            for (const EncryptedColumns::Column& c : EncryptedColumns::all()) {
                if (c.table == table && c.idColumn == idColumn && c.column == column)
                    return true;
            }
            return false;
        };
        using counter::CounterSchema;
        QVERIFY(listed(CounterSchema::visitsTable(), CounterSchema::visitsIdColumn(),
                       CounterSchema::visitsPersonColumn()));
        QVERIFY(listed(CounterSchema::eventsTable(), CounterSchema::eventsIdColumn(),
                       CounterSchema::eventsNoteColumn()));
        QVERIFY(listed(CounterSchema::proceduresTable(), CounterSchema::proceduresIdColumn(),
                       CounterSchema::proceduresNoteColumn()));
    }

    // A blob moved to another visit's row does not decrypt there.
    void blobBoundToItsRow()
    {
        MemorySecretStore secrets;
        auto f = openCounter(freshConfig(), secrets);
        QVERIFY(f);
        const counter::Visit a = calledVisit(*f->store);
        const counter::Visit b = calledVisit(*f->store);
        QVERIFY(f->store->identify(a.id, actor(), manualIdentification()));
        QVERIFY(f->store->identify(b.id, actor(), cardIdentification()));
        QSqlQuery move(f->connection());
        move.prepare(
            QStringLiteral("UPDATE counter_visits SET person_enc = (SELECT person_enc FROM counter_visits "
                           "WHERE visit_id = ?) WHERE visit_id = ?"));
        move.addBindValue(a.id);
        move.addBindValue(b.id);
        QVERIFY(move.exec());
        Result<counter::Visit> loaded = f->store->visit(b.id);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, QStringLiteral("crypto.wrongKey"));
    }
};

QTEST_GUILESS_MAIN(TestVisitStore)
#include "tst_visitstore.moc"
