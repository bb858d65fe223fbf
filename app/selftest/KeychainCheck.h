#pragma once

#include "CheckResult.h"

#include "common/Result.h"

#include <QCoreApplication>

namespace madoguchi {

class SecretStore;

// Turns what the keychain said into a check result with what to do. The probing itself is
// asynchronous (KeychainSecretStore::probe) and driven by SelfTest.
class KeychainCheck
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::KeychainCheck)

public:
    // The outcome of KeychainSecretStore::probe (a write, read back and delete).
    static CheckResult fromProbe(const Status& probe);
    // A store that cannot be probed (NullSecretStore, a test double): its own availability.
    static CheckResult fromStore(const SecretStore& store);
    // The probe did not answer in time (a locked keyring waiting for a password prompt).
    static CheckResult timedOut(int seconds);

private:
    static CheckResult base();
    static QString remedy();
};

} // namespace madoguchi
