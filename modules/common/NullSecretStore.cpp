#include "common/NullSecretStore.h"

namespace madoguchi {

NullSecretStore::NullSecretStore(QString reason, QObject* parent)
    : SecretStore(parent)
    , m_reason(std::move(reason))
{
    if (m_reason.isEmpty())
        m_reason = tr("No system keychain is available on this computer.");
}

Error NullSecretStore::unavailable(const QString& key) const
{
    return makeError(QStringLiteral("secret.unavailable"),
                     tr("Secrets cannot be stored or read: %1").arg(m_reason), serviceName() + u'/' + key);
}

void NullSecretStore::read(const QString& key, QObject* context, ReadCallback done)
{
    invokeInContext(context, [done = std::move(done), error = unavailable(key)] { done(error); });
}

void NullSecretStore::write(const QString& key, const QByteArray& data, QObject* context, StatusCallback done)
{
    Q_UNUSED(data)
    invokeInContext(context, [done = std::move(done), error = unavailable(key)] { done(error); });
}

void NullSecretStore::remove(const QString& key, QObject* context, StatusCallback done)
{
    invokeInContext(context, [done = std::move(done), error = unavailable(key)] { done(error); });
}

} // namespace madoguchi
