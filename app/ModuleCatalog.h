#pragma once

#include "common/Migration.h"
#include "common/StaffDirectory.h"

#include <memory>
#include <vector>

namespace madoguchi {

class Module;
struct AppServices;

// The list of modules the shell hosts, in navigation order, built from the services. One place
// so that main.cpp and the tests host exactly the same pages. `member` is who signed in: pages
// that change data act in their name (StaffDirectory refuses an empty one, so tests that only
// look at the pages may leave it out).
class ModuleCatalog
{
public:
    static std::vector<std::unique_ptr<Module>> create(AppServices& services, const StaffMember& member = {});
    // Every schema the program needs, for Database::open and the self-test's version check.
    static std::vector<MigrationSet> schemas();
};

} // namespace madoguchi
