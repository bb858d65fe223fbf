#pragma once

#include "CheckResult.h"

#include "common/Migration.h"
#include "common/Result.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace madoguchi {

class Database;

// Is the local store usable: opened, every known schema component at its latest version,
// SQLite's quick_check clean and WAL journaling on? When opening failed, the open error and
// what to do about it.
//
// quick_check reads the whole file, so SelfTest runs this on its worker thread; Database gives
// that thread its own connection and drops it when the thread finishes.
class DatabaseCheck
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::DatabaseCheck)

public:
    static CheckResult run(Database* database, const std::optional<Error>& openError,
                           const std::vector<MigrationSet>& expectedSchemas);
};

} // namespace madoguchi
