#include "common/DataKeyStatus.h"

namespace madoguchi {

DataKeyStatus::DataKeyStatus(QObject* parent)
    : QObject(parent)
{}

void DataKeyStatus::setLoading()
{
    set(State::Loading, 0, QString(), QString());
}

void DataKeyStatus::setReady(quint32 keyId)
{
    set(State::Ready, keyId, QString(), QString());
}

void DataKeyStatus::setFailed(const Error& error)
{
    set(State::Failed, 0, error.code, error.toString());
}

void DataKeyStatus::setNotAvailable(const QString& reason)
{
    set(State::NotAvailable, 0, QStringLiteral("secret.unavailable"), reason);
}

void DataKeyStatus::set(State state, quint32 keyId, QString code, QString reason)
{
    if (state == m_state && keyId == m_keyId && code == m_code && reason == m_reason)
        return;
    m_state = state;
    m_keyId = keyId;
    m_code = std::move(code);
    m_reason = std::move(reason);
    Q_EMIT changed();
}

QString DataKeyStatus::summary() const
{
    switch (m_state) {
    case State::NotAvailable:
        return tr("Encryption key: not available (no keychain)");
    case State::Loading:
        return tr("Encryption key: loading…");
    case State::Ready:
        return tr("Encryption key: ready");
    case State::Failed:
        break;
    }
    return tr("Encryption key: error %1 — call IT").arg(m_code);
}

QString DataKeyStatus::details() const
{
    switch (m_state) {
    case State::Loading:
    case State::Ready:
        return {};
    case State::NotAvailable:
        return m_reason + u'\n' +
               tr("Personal data cannot be stored encrypted on this PC until the system keychain works. "
                  "IT: see the Keychain line of the self-test.");
    case State::Failed:
        break;
    }
    return m_reason + u'\n' +
           tr("Personal data cannot be stored encrypted until this is fixed. IT: run \"madoguchi-cli "
              "datakey status\" and see the administrator's guide, section Personal data.");
}

} // namespace madoguchi
