#include "SelfTest.h"

#include "DatabaseCheck.h"
#include "FontCheck.h"
#include "KeychainCheck.h"
#include "PcscCheck.h"
#include "PolicyCheck.h"
#include "PrinterCheck.h"
#include "TlsCheck.h"

#include "common/KeychainSecretStore.h"
#include "common/SecretStore.h"

#include <QThread>

#include <memory>

namespace madoguchi {

namespace {

// Filled by the worker thread, read by the owning thread after QThread::finished: the
// queued finished signal orders the writes before the reads.
struct WorkerOutput
{
    CheckResult database;
    CheckResult pcsc;
    CheckResult printers;
};

constexpr unsigned long kWorkerShutdownWaitMs = 10000;

} // namespace

SelfTest::SelfTest(SelfTestConfig config, Database* database, std::optional<Error> databaseError,
                   SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_database(database)
    , m_databaseError(std::move(databaseError))
    , m_secrets(secrets)
{
    qRegisterMetaType<QList<madoguchi::CheckResult>>();
    m_keychainTimer.setSingleShot(true);
}

SelfTest::~SelfTest()
{
    // The worker reads the database, which the caller may destroy right after us. Waiting
    // here is bounded and happens only when the page or the CLI closes mid-run.
    if (m_worker && m_worker->isRunning())
        m_worker->wait(kWorkerShutdownWaitMs);
}

QStringList SelfTest::checkIds()
{
    return {QStringLiteral("database"), QStringLiteral("keychain"), QStringLiteral("pcsc"),
            QStringLiteral("tls"),      QStringLiteral("printers"), QStringLiteral("fonts"),
            QStringLiteral("policy")};
}

void SelfTest::run()
{
    if (m_running)
        return;
    m_running = true;
    ++m_runId;
    m_pending = 2; // the worker and the keychain
    startWorker();
    startKeychain();
    // Quick and on this thread: QFontDatabase wants the GUI thread; TLS reads small files.
    m_tlsResult =
        TlsCheck::run({m_config.coreBaseUrl, m_config.caBundlePath, m_config.clientCertificatePath});
    m_fontResult = FontCheck::run();
    m_policyResult =
        PolicyCheck::fromProblems(m_config.policySource, m_config.lockedKeys, m_config.policyProblems);
}

void SelfTest::startWorker()
{
    auto output = std::make_shared<WorkerOutput>();
    QThread* thread = QThread::create([output, database = m_database, error = m_databaseError,
                                       schemas = m_config.expectedSchemas, reader = m_config.readerName,
                                       printer = m_config.printerName] {
        output->database = DatabaseCheck::run(database, error, schemas);
        output->pcsc = PcscCheck::run(reader);
        // CUPS may wait on network printers: this is why the worker exists.
        output->printers = PrinterCheck::run(printer);
    });
    thread->setObjectName(QStringLiteral("madoguchi-selftest"));
    m_worker = thread;
    connect(thread, &QThread::finished, this, [this, output] {
        m_databaseResult = output->database;
        m_pcscResult = output->pcsc;
        m_printerResult = output->printers;
        partDone();
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void SelfTest::startKeychain()
{
    const quint64 runId = m_runId;
    auto* keychain = qobject_cast<KeychainSecretStore*>(&m_secrets);
    if (!keychain) {
        // Not a real keychain (NullSecretStore, a test double): report what it says of itself,
        // later, so that finished() is never emitted from inside run().
        QMetaObject::invokeMethod(
            this, [this, runId] { keychainDone(runId, KeychainCheck::fromStore(m_secrets)); },
            Qt::QueuedConnection);
        return;
    }
    m_keychainTimer.disconnect(this);
    connect(&m_keychainTimer, &QTimer::timeout, this,
            [this, runId] { keychainDone(runId, KeychainCheck::timedOut(m_keychainTimeoutMs / 1000)); });
    m_keychainTimer.start(m_keychainTimeoutMs);
    keychain->probe(this,
                    [this, runId](Status status) { keychainDone(runId, KeychainCheck::fromProbe(status)); });
}

void SelfTest::keychainDone(quint64 runId, const CheckResult& result)
{
    // A late answer (after the timeout, or from an earlier run) is dropped: one result per run.
    if (runId != m_runId || !m_running || !m_keychainResult.id.isEmpty())
        return;
    m_keychainTimer.stop();
    m_keychainResult = result;
    partDone();
}

void SelfTest::partDone()
{
    if (--m_pending > 0)
        return;
    m_running = false;
    const QList<CheckResult> results{m_databaseResult, m_keychainResult, m_pcscResult,  m_tlsResult,
                                     m_printerResult,  m_fontResult,     m_policyResult};
    m_keychainResult = {};
    Q_EMIT finished(results);
}

} // namespace madoguchi
