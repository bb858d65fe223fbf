#include "SyncTestSupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

namespace madoguchi::test {

QString pkiDir()
{
    return qEnvironmentVariable("MADOGUCHI_CORESIM_PKI");
}

QUrl coreSimUrl()
{
    return QUrl(qEnvironmentVariable("MADOGUCHI_CORESIM_URL"));
}

QByteArray pkiPassphrase()
{
    QFile file(pkiDir() + QStringLiteral("/p12-passphrase.txt"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

QString coreSimBinary()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/madoguchi-core-sim");
}

sync::CoreClientConfig clientConfig(const QString& p12, const QString& ca, const QUrl& url)
{
    sync::CoreClientConfig config;
    config.baseUrl = url.isEmpty() ? coreSimUrl() : url;
    config.caFile = ca.isEmpty() ? QString() : pkiDir() + u'/' + ca;
    config.pkcs12File = p12.isEmpty() ? QString() : pkiDir() + u'/' + p12;
    config.passphrase = pkiPassphrase();
    config.timeoutMs = 10000;
    config.maxAttempts = 3;
    config.backoffBaseMs = 50;
    config.backoffMaxMs = 400;
    return config;
}

QJsonArray sampleItems(int feeYen)
{
    return QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("certificateIssued")},
                                  {QStringLiteral("certificateType"), QStringLiteral("juminhyo")},
                                  {QStringLiteral("copies"), 1},
                                  {QStringLiteral("residentId"), QStringLiteral("KT0000001")}},
                      QJsonObject{{QStringLiteral("kind"), QStringLiteral("feePaid")},
                                  {QStringLiteral("amountYen"), feeYen},
                                  {QStringLiteral("method"), QStringLiteral("cash")}}};
}

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

CoreSimProcess::Options CoreSimProcess::with(const QString& certificate, const QStringList& extraArguments)
{
    Options options;
    options.cert = certificate + QStringLiteral(".crt");
    options.key = certificate + QStringLiteral(".key");
    options.extraArguments = extraArguments;
    return options;
}

CoreSimProcess::CoreSimProcess(Options options)
    : m_options(std::move(options))
{
    if (m_options.dbPath.isEmpty()) {
        m_tempDir = QDir::tempPath() + QStringLiteral("/madoguchi-synctest-%1-%2")
                                           .arg(QCoreApplication::applicationPid())
                                           .arg(quintptr(this), 0, 16);
        QDir().mkpath(m_tempDir);
        m_options.dbPath = m_tempDir + QStringLiteral("/core.sqlite");
    }
    m_port = m_options.port;
}

CoreSimProcess::~CoreSimProcess()
{
    kill();
    if (!m_tempDir.isEmpty())
        QDir(m_tempDir).removeRecursively();
}

bool CoreSimProcess::start(QString* error)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    // A test that crashes must not leave its core-sim running: the kernel kills it with us.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    const QString pki = pkiDir() + u'/';
    QStringList arguments = {QStringLiteral("--listen"),
                             QStringLiteral("127.0.0.1:%1").arg(m_port),
                             QStringLiteral("--print-ready"),
                             QStringLiteral("--cert"),
                             pki + m_options.cert,
                             QStringLiteral("--key"),
                             pki + m_options.key,
                             QStringLiteral("--ca"),
                             pki + m_options.ca,
                             QStringLiteral("--db"),
                             m_options.dbPath,
                             QStringLiteral("--access-log"),
                             QFileInfo(m_options.dbPath).absolutePath() + QStringLiteral("/access.log")};
    arguments += m_options.extraArguments;
    m_process->start(coreSimBinary(), arguments);
    static const QRegularExpression ready(QStringLiteral("listening on https://127\\.0\\.0\\.1:(\\d+)"));
    QByteArray out;
    const bool ok = waitFor(
        [&] {
            out += m_process->readAllStandardOutput();
            const auto match = ready.match(QString::fromUtf8(out));
            if (match.hasMatch())
                m_port = match.captured(1).toInt();
            return match.hasMatch() || m_process->state() == QProcess::NotRunning;
        },
        60000);
    if (!ok || m_process->state() == QProcess::NotRunning) {
        if (error)
            *error = QString::fromUtf8(out + m_process->readAllStandardError());
        return false;
    }
    return true;
}

void CoreSimProcess::stop()
{
    if (!isRunning())
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(20000))
        kill();
}

void CoreSimProcess::kill()
{
    if (!isRunning())
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
}

bool CoreSimProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

} // namespace madoguchi::test
