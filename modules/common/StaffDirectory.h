#pragma once

#include "common/Migration.h"
#include "common/PasswordHasher.h"
#include "common/Result.h"
#include "common/Role.h"
#include "common/SessionClock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>

namespace madoguchi {

class AuditLog;
class Database;

// A member of staff as the rest of the program sees them; the password hash stays inside
// StaffDirectory.
struct StaffMember
{
    QString login;
    QString displayName;
    Role role = Role::Clerk;
};

// One account as the staff administration page lists it.
struct StaffAccount
{
    StaffMember member;
    bool disabled = false;
    QDateTime lockedUntil; // UTC; invalid unless a lockout is running now
    QDateTime lastSignIn;  // UTC; invalid if the account never signed in
};

// Local staff accounts (table `staff`, component "staff"): creation with a password policy,
// sign-in with PBKDF2 hashes, and a temporary lockout after repeated wrong passwords. Every
// sign-in attempt, good or bad, is written to the audit log; the password never is.
class StaffDirectory
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::StaffDirectory)

public:
    static constexpr int minimumPasswordLength = 10;
    static constexpr int maxFailedAttempts = 5;
    static constexpr int lockoutMinutes = 15;

    // Why the password is being checked; recorded in the audit log.
    enum class Purpose { SignIn, Unlock };

    // `iterations` is the PBKDF2 count for new passwords (tests pass a small one). `clock`
    // (optional, must outlive the directory) times the lockout; the system clock by default.
    StaffDirectory(Database& database, AuditLog& audit, int iterations = PasswordHasher::defaultIterations,
                   const SessionClock* clock = nullptr);
    ~StaffDirectory();
    StaffDirectory(const StaffDirectory&) = delete;
    StaffDirectory& operator=(const StaffDirectory&) = delete;

    static MigrationSet migrations();

    // At least minimumPasswordLength characters, not only spaces.
    static Status checkPasswordPolicy(const QString& password);
    // The policy in words, for the first-run and password dialogs.
    static QString passwordPolicyText();
    // 1–32 characters: ASCII letters, digits, '.', '_', '-'.
    static Status checkLogin(const QString& login);

    // False also when the table cannot be read: the caller then offers first-run setup, whose
    // createAccount() reports the database error.
    bool hasAnyAdmin() const;

    // With no one to act for it: only the first-run dialog and `--demo` seeding use this; the
    // staff page uses the overload with an actor below.
    Result<StaffMember> createAccount(const QString& login, const QString& displayName, Role role,
                                      const QString& password);

    // The same message for an unknown login and a wrong password, so that the screen does not
    // tell an attacker which logins exist. Error codes: staff.badCredentials, staff.lockedOut,
    // staff.disabled, db.*.
    Result<StaffMember> authenticate(const QString& login, const QString& password,
                                     Purpose purpose = Purpose::SignIn);

    // An account by login, without checking a password (for display).
    Result<StaffMember> find(const QString& login) const;

    // Every account, ordered by login. Error codes: db.*.
    Result<QList<StaffAccount>> listAccounts() const;

    // Administration. `actor` is the signed-in member who acts: it must be an active
    // administrator account (staff.notAllowed) and is the actor of the audit record. An unknown
    // `login` gives staff.notFound. The last active administrator can never be disabled or
    // demoted (staff.lastAdmin), and nobody disables or demotes themself (staff.self), so that
    // the ward can never lock itself out of its own accounts.
    Result<StaffMember> createAccount(const StaffMember& actor, const QString& login,
                                      const QString& displayName, Role role, const QString& password);
    Status setRole(const StaffMember& actor, const QString& login, Role role);
    Status setDisabled(const StaffMember& actor, const QString& login, bool disabled);
    // Also ends a running lockout: a forgotten password is the usual reason for one.
    Status resetPassword(const StaffMember& actor, const QString& login, const QString& password);
    Status clearLockout(const StaffMember& actor, const QString& login);

    // The workstation recorded in audit entries (workstation/id).
    void setWorkstationId(const QString& id) { m_workstationId = id; }

private:
    QDateTime now() const;
    // `objectId` empty: the account is its own object (sign-in, first admin).
    void audit(const QString& action, const QString& login, const QString& role, const QString& detail,
               const QString& objectId = {});
    Result<StaffMember> insertAccount(const QString& login, const QString& displayName, Role role,
                                      const QString& password);
    void auditChange(const StaffMember& actor, const QString& action, const QString& login,
                     const QString& detail);
    Status requireAdmin(const StaffMember& actor) const;
    // The checks every change shares, then `UPDATE staff SET <assignments>` (bound `values`) in
    // one write transaction. `removesAdmin` says whether the change takes an active admin
    // away. Returns the account as it was before.
    Result<StaffAccount> administer(const StaffMember& actor, const QString& login,
                                    const std::function<bool(const StaffAccount&)>& removesAdmin,
                                    const QString& assignments, const QVariantList& values);
    Status recordFailure(const QString& login, int failedAttempts, bool lockOut);

    Database& m_database;
    AuditLog& m_audit;
    PasswordHasher m_hasher;
    SystemSessionClock m_systemClock;
    const SessionClock* m_clock;
    QString m_workstationId;
};

} // namespace madoguchi
