#include "common/KeychainSecretStore.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace madoguchi {

namespace {

QString trKs(const char* text)
{
    return QCoreApplication::translate("madoguchi::KeychainSecretStore", text);
}

QString whereOf(const QString& key)
{
    return SecretStore::serviceName() + u'/' + key;
}

// QtKeychain reports most Secret Service failures as OtherError with the useful text in
// errorString() ("The name org.freedesktop.secrets was not provided…"), so the text always
// goes into the message.
Error errorFromJob(const QKeychain::Job& job, const QString& what)
{
    QString code;
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        code = QStringLiteral("secret.notFound");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        code = QStringLiteral("secret.accessDenied");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        code = QStringLiteral("secret.unavailable");
        break;
    default:
        code = QStringLiteral("secret.failed");
        break;
    }
    QString detail = job.errorString();
    if (detail.isEmpty())
        detail = trKs("no details given");
    return makeError(code, what.arg(detail), whereOf(job.key()));
}

// Common job set-up. The job deletes itself after finished(); its result is taken in a
// direct connection (the job's own thread) and only the copy travels to `context`.
template <typename JobType>
JobType* makeJob(const QString& key)
{
    auto* job = new JobType(SecretStore::serviceName());
    job->setAutoDelete(true);
    // Never: on Linux the fallback writes the secret in plain text to a settings file.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

Status statusOf(const QKeychain::Job& job, const QString& what)
{
    if (job.error() == QKeychain::NoError)
        return {};
    return errorFromJob(job, what);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : SecretStore(parent)
    , m_reason(tr("The system keychain has not been checked yet."))
{}

void KeychainSecretStore::read(const QString& key, QObject* context, ReadCallback done)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, job, [guard, done = std::move(done)](QKeychain::Job* j) {
        auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(j);
        Result<QByteArray> result =
            readJob->error() == QKeychain::NoError
                ? Result<QByteArray>(readJob->binaryData())
                : Result<QByteArray>(
                      errorFromJob(*readJob, trKs("Could not read the secret from the system keychain: %1")));
        invokeInContext(guard, [done, result] { done(result); });
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QByteArray& data, QObject* context,
                                StatusCallback done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setBinaryData(data);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, job, [guard, done = std::move(done)](QKeychain::Job* j) {
        Status status = statusOf(*j, trKs("Could not store the secret in the system keychain: %1"));
        invokeInContext(guard, [done, status] { done(status); });
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, QObject* context, StatusCallback done)
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, job, [guard, done = std::move(done)](QKeychain::Job* j) {
        Status status = j->error() == QKeychain::EntryNotFound
                            ? Status()
                            : statusOf(*j, trKs("Could not delete the secret from the system keychain: %1"));
        invokeInContext(guard, [done, status] { done(status); });
    });
    job->start();
}

void KeychainSecretStore::probe(QObject* context, StatusCallback done)
{
    probeOnce(true, QPointer<QObject>(context), std::move(done));
}

// A read alone cannot tell: a broken or missing keyring answers EntryNotFound just like an
// empty one. Only a write that reads back proves that secrets survive.
void KeychainSecretStore::probeOnce(bool mayRetry, const QPointer<QObject>& context, StatusCallback done)
{
    const QString probeKey = QStringLiteral("probe");
    const QByteArray probeData = QByteArray("madoguchi-probe\x00\xff", 17);
    write(probeKey, probeData, this, [=](Status written) {
        if (!written) {
            finishProbe(written, mayRetry, context, done);
            return;
        }
        read(probeKey, this, [=](Result<QByteArray> got) {
            if (!got) {
                finishProbe(got.error(), mayRetry, context, done);
                return;
            }
            if (got.value() != probeData) {
                finishProbe(makeError(QStringLiteral("secret.failed"),
                                      tr("The system keychain returned different data than was stored."),
                                      whereOf(probeKey)),
                            mayRetry, context, done);
                return;
            }
            remove(probeKey, this, [=](Status removed) { finishProbe(removed, mayRetry, context, done); });
        });
    });
}

void KeychainSecretStore::finishProbe(const Status& status, bool mayRetry, const QPointer<QObject>& context,
                                      StatusCallback done)
{
    // Nextcloud's experience: right after login the keyring daemon may not be registered on
    // the bus yet, and a second try a moment later succeeds. A refusal is not retried.
    if (!status && mayRetry && status.error().code != QLatin1String("secret.accessDenied")) {
        qCInfo(lcSecret) << "keychain probe failed, retrying in" << m_retryDelayMs
                         << "ms:" << status.error().code;
        QTimer::singleShot(m_retryDelayMs, this,
                           [this, context, done = std::move(done)] { probeOnce(false, context, done); });
        return;
    }
    m_available = status.ok();
    Status result = status;
    if (status) {
        m_reason.clear();
        qCInfo(lcSecret) << "system keychain works";
    } else {
        m_reason = tr("The system keychain does not work: %1").arg(status.error().toString());
        result = makeError(QStringLiteral("secret.unavailable"), m_reason, serviceName());
        qCWarning(lcSecret) << "system keychain unavailable:" << status.error().toString();
    }
    invokeInContext(context, [done = std::move(done), result] { done(result); });
}

} // namespace madoguchi
