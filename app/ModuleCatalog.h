#pragma once

#include "common/Migration.h"

#include <memory>
#include <vector>

namespace madoguchi {

class Module;
struct AppServices;

// The list of modules the shell hosts, in navigation order, built from the services. One place
// so that main.cpp and the tests host exactly the same pages.
class ModuleCatalog
{
public:
    static std::vector<std::unique_ptr<Module>> create(AppServices& services);
    // Every schema the program needs, for Database::open and the self-test's version check.
    static std::vector<MigrationSet> schemas();
};

} // namespace madoguchi
