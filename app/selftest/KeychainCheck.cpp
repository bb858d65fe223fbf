#include "KeychainCheck.h"

#include "common/SecretStore.h"

namespace madoguchi {

CheckResult KeychainCheck::base()
{
    CheckResult result;
    result.id = QStringLiteral("keychain");
    result.title = tr("Keychain");
    result.state = CheckResult::State::Problem;
    return result;
}

QString KeychainCheck::remedy()
{
#ifdef Q_OS_WIN
    return tr("Sign in to Windows with your own account and check that the Credential Manager service is "
              "running; then run the test again.");
#else
    return tr(
        "Start the Secret Service (gnome-keyring) and log in to the desktop session so that the keyring "
        "is unlocked; then run the test again.");
#endif
}

CheckResult KeychainCheck::fromProbe(const Status& probe)
{
    CheckResult result = base();
    if (probe.ok()) {
        result.state = CheckResult::State::Ok;
        result.detail = tr("Secrets can be stored, read and removed.");
        return result;
    }
    result.detail = tr("The keychain does not work: %1").arg(probe.error().toString());
    result.remedy = remedy();
    return result;
}

CheckResult KeychainCheck::fromStore(const SecretStore& store)
{
    CheckResult result = base();
    if (store.isAvailable()) {
        result.state = CheckResult::State::Ok;
        result.detail = tr("The keychain is available.");
        return result;
    }
    result.detail = tr("No keychain is in use: %1").arg(store.unavailableReason());
    result.remedy = remedy();
    return result;
}

CheckResult KeychainCheck::timedOut(int seconds)
{
    CheckResult result = base();
    result.detail = tr("The keychain did not answer within %n second(s).", nullptr, seconds);
    result.remedy = tr("A locked keyring may be waiting for its password: unlock it in the desktop session. "
                       "%1")
                        .arg(remedy());
    return result;
}

} // namespace madoguchi
