// The outbox on the local SQLite store (the same checks run on PostgreSQL in
// tst_outbox_postgres).
#include "OutboxChecks.h"

#include <QObject>
#include <QTemporaryDir>

using namespace madoguchi;
using namespace madoguchi::test;

class TestOutbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    FreshSyncDatabase fresh()
    {
        return [this]() -> std::unique_ptr<Database> {
            DatabaseConfig config;
            config.sqlitePath = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_count));
            auto opened = Database::open(config, {sync::SyncSchema::migrations()});
            if (!opened) {
                qWarning("%s", qPrintable(opened.error().toString()));
                return nullptr;
            }
            return std::move(opened).value();
        };
    }

private Q_SLOTS:
    void enqueueSharesTheCallersTransaction() { checkEnqueueSharesTheCallersTransaction(fresh()); }
    void sequenceAndKeys() { checkSequenceAndKeys(fresh()); }
    void enqueueRefusesBadInput() { checkEnqueueRefusesBadInput(fresh()); }
    void orderPerVisit() { checkOrderPerVisit(fresh()); }
    void refusalBlocksTheVisit() { checkRefusalBlocksTheVisit(fresh()); }
    void backoffAndResume() { checkBackoffAndResume(fresh()); }
    void crashWhileSending() { checkCrashWhileSending(fresh()); }
    void originsStayApart() { checkOriginsStayApart(fresh()); }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
