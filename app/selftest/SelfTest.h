#pragma once

// The self-test behind the diagnostics page, `madoguchi --self-test [--json]` and
// `madoguchi-cli self-test [--json]`. Usage (needs a QGuiApplication for the fonts check):
//
//   #include "selftest/SelfTest.h"
//   #include "selftest/SelfTestReport.h"
//
//   madoguchi::SelfTest test(madoguchi::SelfTestConfig::fromSettings(settings),
//                            database.get(),   // null when Database::open failed ...
//                            openError,        // ... and then the std::optional<Error> why
//                            secrets);         // KeychainSecretStore (probed) or NullSecretStore
//   QObject::connect(&test, &madoguchi::SelfTest::finished, &app,
//                    [&app](const QList<madoguchi::CheckResult>& results) {
//                        QTextStream(stdout) << madoguchi::formatReport(results); // or toJson()
//                        app.exit(madoguchi::exitCodeFor(results)); // 0, or 1 on a Problem
//                    });
//   test.run();
//   return app.exec();

#include "CheckResult.h"
#include "SelfTestConfig.h"

#include "common/Result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QThread;

namespace madoguchi {

class Database;
class SecretStore;

// Runs every check (database, keychain, PC/SC, TLS, printers, fonts, admin policy) and emits finished()
// once with the results in that order. Nothing blocks the calling thread for long: the
// database, PC/SC and printer checks run on a short-lived worker thread, the keychain is
// probed asynchronously with a timeout, fonts and TLS files are read on the calling thread.
class SelfTest : public QObject
{
    Q_OBJECT

public:
    // `database` may be null (opening failed: `databaseError` says why); it and `secrets`
    // must outlive this object.
    SelfTest(SelfTestConfig config, Database* database, std::optional<Error> databaseError,
             SecretStore& secrets, QObject* parent = nullptr);
    // Waits for a running worker thread (it uses the database), at most a few seconds.
    ~SelfTest() override;

    // Starts a run; ignored while one is running (see isRunning()).
    void run();
    bool isRunning() const { return m_running; }

    // How long the keychain may take to answer (default 20 s, with one retry inside).
    void setKeychainTimeoutMs(int ms) { m_keychainTimeoutMs = ms; }

    // The stable ids, in report order.
    static QStringList checkIds();

Q_SIGNALS:
    void finished(const QList<madoguchi::CheckResult>& results);

private:
    void startWorker();
    void startKeychain();
    void keychainDone(quint64 runId, const CheckResult& result);
    void partDone();

    SelfTestConfig m_config;
    Database* m_database = nullptr;
    std::optional<Error> m_databaseError;
    SecretStore& m_secrets;

    bool m_running = false;
    quint64 m_runId = 0;
    int m_pending = 0;
    int m_keychainTimeoutMs = 20000;
    QTimer m_keychainTimer;
    QPointer<QThread> m_worker;
    // Slots in report order; filled as the parts finish.
    CheckResult m_databaseResult, m_keychainResult, m_pcscResult, m_tlsResult, m_printerResult, m_fontResult,
        m_policyResult;
};

} // namespace madoguchi
