#pragma once

#include "common/Migration.h"

namespace madoguchi::coresim {

// The tables of the reference core system (component "coresim"), applied by Database::open on
// SQLite and PostgreSQL alike. Booleans are INTEGER 0/1 and dates ISO text on both backends.
MigrationSet coreSchema();

} // namespace madoguchi::coresim
