#pragma once

#include "common/Result.h"
#include "common/StaffDirectory.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace madoguchi {

// The SQL behind StaffDirectory's administration methods: `staff` rows as StaffAccount, the
// number of active administrators and column updates. No policy here: StaffDirectory decides
// who may change what, and audits it.
class StaffTable
{
public:
    // `now` decides whether a stored lockout is still running.
    static Result<QList<StaffAccount>> list(const QSqlDatabase& db, const QDateTime& now);
    // staff.notFound for an unknown login.
    static Result<StaffAccount> read(const QSqlDatabase& db, const QString& login, const QDateTime& now);
    static Result<int> activeAdminCount(const QSqlDatabase& db);
    // UPDATE staff SET <assignments> WHERE login = ?, with `values` bound in order, then `login`.
    static Status update(const QSqlDatabase& db, const QString& login, const QString& assignments,
                         const QVariantList& values);
};

} // namespace madoguchi
