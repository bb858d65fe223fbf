#include "common/StaffTable.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi {

namespace {

// The columns accountFromRow() reads, in its order.
const QString kAccountColumns =
    QStringLiteral("login, display_name, role, disabled, locked_until, last_login_at");

Error dbError(const QSqlQuery& query)
{
    // The same words as StaffDirectory's own database errors (one translation).
    return makeError(QStringLiteral("db.query"),
                     QCoreApplication::translate("madoguchi::StaffDirectory",
                                                 "The staff accounts could not be read or written: %1")
                         .arg(query.lastError().text()),
                     QStringLiteral("staff"));
}

StaffAccount accountFromRow(const QSqlQuery& query, const QDateTime& now)
{
    const auto time = [&query](int column) {
        return query.value(column).isNull()
                   ? QDateTime()
                   : QDateTime::fromString(query.value(column).toString(), Qt::ISODate);
    };
    StaffAccount account;
    account.member = {query.value(0).toString(), query.value(1).toString(),
                      roleFromName(query.value(2).toString()).value_or(Role::Clerk)};
    account.disabled = query.value(3).toInt() != 0;
    // A lockout that has run out is no lockout: authenticate() ignores it too.
    if (const QDateTime until = time(4); until.isValid() && now < until)
        account.lockedUntil = until;
    account.lastSignIn = time(5);
    return account;
}

} // namespace

Result<QList<StaffAccount>> StaffTable::list(const QSqlDatabase& db, const QDateTime& now)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT %1 FROM staff ORDER BY login").arg(kAccountColumns)))
        return dbError(query);
    QList<StaffAccount> accounts;
    while (query.next())
        accounts.append(accountFromRow(query, now));
    return accounts;
}

Result<StaffAccount> StaffTable::read(const QSqlDatabase& db, const QString& login, const QDateTime& now)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM staff WHERE login = ?").arg(kAccountColumns));
    query.addBindValue(login);
    if (!query.exec())
        return dbError(query);
    if (!query.next())
        return makeError(
            QStringLiteral("staff.notFound"),
            QCoreApplication::translate("madoguchi::StaffDirectory", "There is no account %1.").arg(login));
    return accountFromRow(query, now);
}

Result<int> StaffTable::activeAdminCount(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM staff WHERE role = ? AND disabled = 0"));
    query.addBindValue(roleName(Role::Admin));
    if (!query.exec() || !query.next())
        return dbError(query);
    return query.value(0).toInt();
}

Status StaffTable::update(const QSqlDatabase& db, const QString& login, const QString& assignments,
                          const QVariantList& values)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE staff SET %1 WHERE login = ?").arg(assignments));
    for (const QVariant& value : values)
        query.addBindValue(value);
    query.addBindValue(login);
    if (!query.exec())
        return dbError(query);
    return {};
}

} // namespace madoguchi
