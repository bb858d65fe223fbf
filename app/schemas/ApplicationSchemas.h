#pragma once

#include "common/Migration.h"

#include <vector>

namespace madoguchi {

// Every component's migrations, in the order they are applied: the one list both the app and
// madoguchi-cli (db migrate, self-test) use, so they never disagree about the schema.
std::vector<MigrationSet> applicationSchemas();

} // namespace madoguchi
