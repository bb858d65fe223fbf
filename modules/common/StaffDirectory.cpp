#include "common/StaffDirectory.h"

#include "common/AuditLog.h"
#include "common/Database.h"
#include "common/Logging.h"
#include "common/SessionClock.h"

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
                           const QString& detail)
{
    // AuditLog binds a null QString as SQL NULL, which its NOT NULL columns refuse.
    const auto text = [](const QString& value) { return value.isNull() ? QStringLiteral("") : value; };
    AuditEntry entry;
    entry.actor = login;
    entry.role = text(role);
    entry.workstation = text(m_workstationId);
    entry.action = action;
    entry.objectId = text(login);
    entry.detail = text(detail);
    // A sign-in must not fail because the audit log did; the failure is logged for IT and the
    // diagnostics page checks the audit chain.
    if (auto written = m_audit.append(entry); !written)
        qCWarning(lcAudit) << "staff audit record not written:" << written.error().code;
}

bool StaffDirectory::hasAnyAdmin() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM staff WHERE role = ? AND disabled = 0"));
    query.addBindValue(roleName(Role::Admin));
    return query.exec() && query.next() && query.value(0).toInt() > 0;
}

Result<StaffMember> StaffDirectory::createAccount(const QString& login, const QString& displayName, Role role,
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
    audit(QStringLiteral("staff.create"), login, roleName(role), QStringLiteral("account created"));
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

} // namespace madoguchi
