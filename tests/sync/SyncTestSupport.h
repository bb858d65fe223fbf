#pragma once

// Shared by the tests of madoguchi_sync: the test PKI from tests/scripts/with-core-sim.sh,
// client configurations for each certificate, and extra madoguchi-core-sim processes (a server
// with a bad certificate, or one that is stopped and started again).

#include "sync/CoreClient.h"
#include "sync/CoreClientConfig.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QUrl>

#include <memory>

namespace madoguchi::test {

QString pkiDir();
QUrl coreSimUrl();
QByteArray pkiPassphrase();
QString coreSimBinary();

// A configuration for `p12` (relative to the PKI folder, e.g. "counter-01.p12"; empty: none)
// trusting `ca` (relative, default the ward CA), against `url` (default the running core-sim).
sync::CoreClientConfig clientConfig(const QString& p12 = QStringLiteral("counter-01.p12"),
                                    const QString& ca = QStringLiteral("ca.crt"), const QUrl& url = {});

// Items of a transaction the core accepts.
QJsonArray sampleItems(int feeYen = 300);

// Waits (spinning the event loop) until `done` is true or `timeoutMs` passed.
bool waitFor(const std::function<bool()>& done, int timeoutMs = 30000);

// A madoguchi-core-sim of the test's own, with its own SQLite file.
class CoreSimProcess
{
public:
    struct Options
    {
        QString cert = QStringLiteral("server.crt"); // relative to the PKI folder
        QString key = QStringLiteral("server.key");
        QString ca = QStringLiteral("ca.crt");
        QString dbPath; // empty: a file in a temporary folder owned by the process object
        int port = 0;   // 0: any free port
        QStringList extraArguments;
    };

    // `certificate` names a .crt/.key pair in the PKI folder ("bad/server-expired").
    static Options with(const QString& certificate, const QStringList& extraArguments = {});
    static Options withArguments(const QStringList& extraArguments)
    {
        return with(QStringLiteral("server"), extraArguments);
    }

    explicit CoreSimProcess(Options options);
    ~CoreSimProcess();

    // Starts and waits for the ready line; false with the log in `error` otherwise.
    bool start(QString* error = nullptr);
    // SIGTERM and wait (graceful).
    void stop();
    void kill();
    bool isRunning() const;
    int port() const { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("https://localhost:%1").arg(m_port)); }
    QString dbPath() const { return m_options.dbPath; }

private:
    Options m_options;
    QString m_tempDir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
};

} // namespace madoguchi::test
