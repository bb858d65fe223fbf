#pragma once

#include "common/Result.h"

#include <QObject>
#include <QString>

namespace madoguchi {

// What the staff and the help desk see about the data key (the key that encrypts personal
// fields at rest): main.cpp sets it as the keychain probe and DataKeyManager::load() answer;
// the status bar and the diagnostics page show it. Kept apart from DataKeyManager so that the
// shell can show a state before (or without) a manager, e.g. when there is no keychain.
class DataKeyStatus : public QObject
{
    Q_OBJECT

public:
    enum class State {
        NotAvailable, // no keychain: reason() says why
        Loading,      // the keychain is being asked
        Ready,        // keyId() is loaded
        Failed,       // errorCode() and reason() say what went wrong
    };
    Q_ENUM(State)

    explicit DataKeyStatus(QObject* parent = nullptr);

    State state() const { return m_state; }
    quint32 keyId() const { return m_keyId; }    // 0 unless Ready
    QString errorCode() const { return m_code; } // empty unless Failed or NotAvailable
    QString reason() const { return m_reason; }  // translated; empty when Loading or Ready

    void setLoading();
    void setReady(quint32 keyId);
    void setFailed(const Error& error);
    void setNotAvailable(const QString& reason);

    // One short line for the status bar, translated when called (so call it again on a
    // language change): "Encryption key: ready".
    QString summary() const;
    // The longer text for a tooltip or the diagnostics page: what is wrong and what to do;
    // empty when Loading or Ready.
    QString details() const;

Q_SIGNALS:
    void changed();

private:
    void set(State state, quint32 keyId, QString code, QString reason);

    State m_state = State::Loading;
    quint32 m_keyId = 0;
    QString m_code;
    QString m_reason;
};

} // namespace madoguchi
