#include "common/StaffDirectory.h"

#include "common/AuditLog.h"
#include "common/Database.h"
#include "common/Logging.h"
#include "common/SessionClock.h"
#include "common/StaffTable.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi {

namespace {

// The actor recorded for an attempt on a login that does not exist. The typed text itself is
// not recorded: clerks sometimes type their password into the login field.
const QString kUnknownActor = QStringLiteral("(unknown)");

Error dbError(const QSqlQuery& query, const QString& where)
{
    return makeError(QStringLiteral("db.query"),
                     QCoreApplication::translate("madoguchi::StaffDirectory",
                                                 "The staff accounts could not be read or written: %1")
                         .arg(query.lastError().text()),
                     where);
}

struct StoredAccount
{
    StaffMember member;
    PasswordHash password;
    int failedAttempts = 0;
    QDateTime lockedUntil;
    bool disabled = false;
};

} // namespace

StaffDirectory::StaffDirectory(Database& database, AuditLog& audit, int iterations, const SessionClock* clock)
    : m_database(database)
    , m_audit(audit)
    , m_hasher(iterations)
    , m_clock(clock ? clock : &m_systemClock)
{}

StaffDirectory::~StaffDirectory() = default;

MigrationSet StaffDirectory::migrations()
{
    return MigrationSet{
        QStringLiteral("staff"),
        {Migration{
            1,
            QStringLiteral("staff accounts"),
            {QStringLiteral("CREATE TABLE staff (login TEXT PRIMARY KEY, display_name TEXT NOT NULL, "
                            "role TEXT NOT NULL, password_salt TEXT NOT NULL, password_hash TEXT NOT NULL, "
                            "password_iterations INTEGER NOT NULL, failed_attempts INTEGER NOT NULL "
                            "DEFAULT 0, locked_until TEXT, disabled INTEGER NOT NULL DEFAULT 0, "
                            "created_at TEXT NOT NULL, last_login_at TEXT)")}}}};
}

Status StaffDirectory::checkPasswordPolicy(const QString& password)
{
    if (password.size() < minimumPasswordLength || password.trimmed().isEmpty())
        return makeError(QStringLiteral("staff.passwordPolicy"), passwordPolicyText());
    return {};
}

QString StaffDirectory::passwordPolicyText()
{
    return tr("The password must have at least %n characters.", nullptr, minimumPasswordLength);
}

Status StaffDirectory::checkLogin(const QString& login)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,32}$"));
    if (!pattern.match(login).hasMatch())
        return makeError(
            QStringLiteral("staff.loginInvalid"),
            tr("The login name must have 1 to 32 characters: letters a–z, digits, '.', '_' or '-'."));
    return {};
}

QDateTime StaffDirectory::now() const
{
    return m_clock->now().toUTC();
}

void StaffDirectory::audit(const QString& action, const QString& login, const QString& role,
                           const QString& detail, const QString& objectId)
{
    // AuditLog binds a null QString as SQL NULL, which its NOT NULL columns refuse.
    const auto text = [](const QString& value) { return value.isNull() ? QStringLiteral("") : value; };
    AuditEntry entry;
    entry.actor = login;
    entry.role = text(role);
    entry.workstation = text(m_workstationId);
    entry.action = action;
    entry.objectId = text(objectId.isEmpty() ? login : objectId);
    entry.detail = text(detail);
    // A sign-in must not fail because the audit log did; the failure is logged for IT and the
    // diagnostics page checks the audit chain.
    if (auto written = m_audit.append(entry); !written)
        qCWarning(lcAudit) << "staff audit record not written:" << written.error().code;
}

void StaffDirectory::auditChange(const StaffMember& actor, const QString& action, const QString& login,
                                 const QString& detail)
{
    // requireAdmin() has just confirmed the actor's role from the stored row.
    audit(action, actor.login, roleName(Role::Admin), detail, login);
}

bool StaffDirectory::hasAnyAdmin() const
{
    return StaffTable::activeAdminCount(m_database.connection()).valueOr(0) > 0;
}

Result<StaffMember> StaffDirectory::createAccount(const QString& login, const QString& displayName, Role role,
                                                  const QString& password)
{
    auto created = insertAccount(login, displayName, role, password);
    if (created)
        audit(QStringLiteral("staff.create"), login, roleName(role), QStringLiteral("account created"));
    return created;
}

Result<StaffMember> StaffDirectory::insertAccount(const QString& login, const QString& displayName, Role role,
                                                  const QString& password)
{
    if (auto ok = checkLogin(login); !ok)
        return ok.error();
    if (displayName.trimmed().isEmpty())
        return makeError(QStringLiteral("staff.displayNameEmpty"), tr("Enter a display name."));
    if (auto ok = checkPasswordPolicy(password); !ok)
        return ok.error();
    if (find(login).ok())
        return makeError(QStringLiteral("staff.exists"),
                         tr("The login name %1 is already taken.").arg(login));
    auto hashed = m_hasher.hash(password);
    if (!hashed)
        return hashed.error();
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO staff (login, display_name, role, password_salt, password_hash, "
                       "password_iterations, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(login);
    query.addBindValue(displayName.trimmed());
    query.addBindValue(roleName(role));
    query.addBindValue(QString::fromLatin1(hashed.value().salt.toHex()));
    query.addBindValue(QString::fromLatin1(hashed.value().hash.toHex()));
    query.addBindValue(hashed.value().iterations);
    query.addBindValue(now().toString(Qt::ISODate));
    if (!query.exec())
        return dbError(query, QStringLiteral("staff"));
    return StaffMember{login, displayName.trimmed(), role};
}

Result<StaffMember> StaffDirectory::find(const QString& login) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT display_name, role FROM staff WHERE login = ?"));
    query.addBindValue(login);
    if (!query.exec())
        return dbError(query, QStringLiteral("staff"));
    if (!query.next())
        return makeError(QStringLiteral("staff.notFound"), tr("There is no account %1.").arg(login));
    return StaffMember{login, query.value(0).toString(),
                       roleFromName(query.value(1).toString()).value_or(Role::Clerk)};
}

Result<StaffMember> StaffDirectory::authenticate(const QString& login, const QString& password,
                                                 Purpose purpose)
{
    const QString prefix = purpose == Purpose::Unlock ? QStringLiteral("unlock.") : QStringLiteral("login.");
    const Error badCredentials =
        makeError(QStringLiteral("staff.badCredentials"), tr("The login name or the password is wrong."));
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT display_name, role, password_salt, password_hash, password_iterations, "
                       "failed_attempts, locked_until, disabled FROM staff WHERE login = ?"));
    query.addBindValue(login);
    if (!query.exec())
        return dbError(query, QStringLiteral("staff"));
    if (!query.next()) {
        // Spend the same time as for a real account, so that timing does not reveal logins.
        (void)m_hasher.verify(password, PasswordHash{QByteArray(PasswordHasher::saltBytes, 'x'),
                                                     QByteArray(PasswordHasher::hashBytes, '\0'),
                                                     m_hasher.iterations()});
        audit(prefix + QStringLiteral("failed"), kUnknownActor, QString(), QStringLiteral("unknown login"));
        return badCredentials;
    }
    StoredAccount account;
    account.member = {login, query.value(0).toString(),
                      roleFromName(query.value(1).toString()).value_or(Role::Clerk)};
    account.password = {QByteArray::fromHex(query.value(2).toString().toLatin1()),
                        QByteArray::fromHex(query.value(3).toString().toLatin1()), query.value(4).toInt()};
    account.failedAttempts = query.value(5).toInt();
    account.lockedUntil =
        query.value(6).isNull() ? QDateTime() : QDateTime::fromString(query.value(6).toString(), Qt::ISODate);
    account.disabled = query.value(7).toInt() != 0;
    query.finish();
    const QString role = roleName(account.member.role);

    if (account.disabled) {
        audit(prefix + QStringLiteral("failed"), login, role, QStringLiteral("account disabled"));
        return makeError(QStringLiteral("staff.disabled"),
                         tr("This account is disabled. Ask an administrator."));
    }
    if (account.lockedUntil.isValid() && now() < account.lockedUntil) {
        audit(prefix + QStringLiteral("lockedOut"), login, role, QStringLiteral("attempt while locked out"));
        return makeError(
            QStringLiteral("staff.lockedOut"),
            tr("Too many wrong passwords. This account is locked until %1.")
                .arg(QLocale().toString(account.lockedUntil.toLocalTime().time(), QLocale::ShortFormat)));
    }
    if (!m_hasher.verify(password, account.password)) {
        const int attempts = account.failedAttempts + 1;
        const bool lockOut = attempts >= maxFailedAttempts;
        if (auto ok = recordFailure(login, lockOut ? 0 : attempts, lockOut); !ok)
            return ok.error();
        audit(prefix + QStringLiteral("failed"), login, role,
              lockOut ? QStringLiteral("wrong password; locked for %1 minutes").arg(lockoutMinutes)
                      : QStringLiteral("wrong password %1 of %2").arg(attempts).arg(maxFailedAttempts));
        return badCredentials;
    }
    QSqlQuery update(m_database.connection());
    update.prepare(
        QStringLiteral("UPDATE staff SET failed_attempts = 0, locked_until = NULL, last_login_at = ? "
                       "WHERE login = ?"));
    update.addBindValue(now().toString(Qt::ISODate));
    update.addBindValue(login);
    if (!update.exec())
        return dbError(update, QStringLiteral("staff"));
    audit(prefix + QStringLiteral("ok"), login, role, QString());
    return account.member;
}

Status StaffDirectory::recordFailure(const QString& login, int failedAttempts, bool lockOut)
{
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral("UPDATE staff SET failed_attempts = ?, locked_until = ? WHERE login = ?"));
    update.addBindValue(failedAttempts);
    update.addBindValue(lockOut ? QVariant(now().addSecs(qint64(lockoutMinutes) * 60).toString(Qt::ISODate))
                                : QVariant(QMetaType(QMetaType::QString)));
    update.addBindValue(login);
    if (!update.exec())
        return dbError(update, QStringLiteral("staff"));
    return {};
}

Result<QList<StaffAccount>> StaffDirectory::listAccounts() const
{
    return StaffTable::list(m_database.connection(), now());
}

Status StaffDirectory::requireAdmin(const StaffMember& actor) const
{
    // The stored row decides, not the caller's copy: the actor may have been demoted or
    // disabled on another counter since they signed in.
    const auto stored = StaffTable::read(m_database.connection(), actor.login, now());
    if (!stored && stored.error().code.startsWith(QLatin1String("db.")))
        return stored.error();
    if (!stored || stored.value().member.role != Role::Admin || stored.value().disabled)
        return makeError(QStringLiteral("staff.notAllowed"),
                         tr("Only an active administrator can change staff accounts."));
    return {};
}

Result<StaffMember> StaffDirectory::createAccount(const StaffMember& actor, const QString& login,
                                                  const QString& displayName, Role role,
                                                  const QString& password)
{
    if (auto allowed = requireAdmin(actor); !allowed)
        return allowed.error();
    auto created = insertAccount(login, displayName, role, password);
    if (created)
        auditChange(actor, QStringLiteral("staff.create"), login,
                    QStringLiteral("role %1").arg(roleName(role)));
    return created;
}

Result<StaffAccount> StaffDirectory::administer(const StaffMember& actor, const QString& login,
                                                const std::function<bool(const StaffAccount&)>& removesAdmin,
                                                const QString& assignments, const QVariantList& values)
{
    QSqlDatabase db = m_database.connection();
    StaffAccount before;
    const Status done = inWriteTransaction(db, [&]() -> Status {
        // SQLite takes the write lock with BEGIN IMMEDIATE; on PostgreSQL two admins on two
        // counters must not both pass the last-admin check, so the table is locked here.
        if (!m_database.isSqlite()) {
            QSqlQuery lock(db);
            if (!lock.exec(QStringLiteral("LOCK TABLE staff IN SHARE ROW EXCLUSIVE MODE")))
                return dbError(lock, QStringLiteral("staff"));
        }
        if (auto allowed = requireAdmin(actor); !allowed)
            return allowed;
        auto found = StaffTable::read(db, login, now());
        if (!found)
            return found.error();
        before = found.value();
        if (removesAdmin && removesAdmin(before)) {
            const auto admins = StaffTable::activeAdminCount(db);
            if (!admins)
                return admins.error();
            if (admins.value() <= 1)
                return makeError(QStringLiteral("staff.lastAdmin"),
                                 tr("%1 is the last active administrator. Make another account an "
                                    "administrator first.")
                                     .arg(login));
            if (login == actor.login)
                return makeError(QStringLiteral("staff.self"),
                                 tr("You cannot disable your own account or take away your own "
                                    "administrator role. Ask another administrator."));
        }
        return StaffTable::update(db, login, assignments, values);
    });
    if (!done)
        return done.error();
    return before;
}

Status StaffDirectory::setRole(const StaffMember& actor, const QString& login, Role role)
{
    const auto demotes = [role](const StaffAccount& account) {
        return account.member.role == Role::Admin && !account.disabled && role != Role::Admin;
    };
    auto before = administer(actor, login, demotes, QStringLiteral("role = ?"), {roleName(role)});
    if (!before)
        return before.error();
    auditChange(actor, QStringLiteral("staff.role"), login,
                QStringLiteral("%1 -> %2").arg(roleName(before.value().member.role), roleName(role)));
    return {};
}

Status StaffDirectory::setDisabled(const StaffMember& actor, const QString& login, bool disabled)
{
    const auto removes = [disabled](const StaffAccount& account) {
        return disabled && account.member.role == Role::Admin && !account.disabled;
    };
    auto before = administer(actor, login, removes, QStringLiteral("disabled = ?"), {disabled ? 1 : 0});
    if (!before)
        return before.error();
    auditChange(actor, disabled ? QStringLiteral("staff.disable") : QStringLiteral("staff.enable"), login,
                {});
    return {};
}

Status StaffDirectory::resetPassword(const StaffMember& actor, const QString& login, const QString& password)
{
    if (auto ok = checkPasswordPolicy(password); !ok)
        return ok;
    auto hashed = m_hasher.hash(password);
    if (!hashed)
        return hashed.error();
    auto before = administer(actor, login, nullptr,
                             QStringLiteral("password_salt = ?, password_hash = ?, password_iterations = ?, "
                                            "failed_attempts = 0, locked_until = NULL"),
                             {QString::fromLatin1(hashed.value().salt.toHex()),
                              QString::fromLatin1(hashed.value().hash.toHex()), hashed.value().iterations});
    if (!before)
        return before.error();
    auditChange(actor, QStringLiteral("staff.passwordReset"), login, {});
    return {};
}

Status StaffDirectory::clearLockout(const StaffMember& actor, const QString& login)
{
    auto before =
        administer(actor, login, nullptr, QStringLiteral("failed_attempts = 0, locked_until = NULL"), {});
    if (!before)
        return before.error();
    auditChange(actor, QStringLiteral("staff.unlock"), login, {});
    return {};
}

} // namespace madoguchi
