#include "ModuleCatalog.h"

#include "AppServices.h"
#include "HomeModule.h"
#include "StaffModule.h"
#include "diagnostics/DiagnosticsModule.h"

#include "common/AuditLog.h"
#include "common/DataKeyManager.h"
#include "common/StaffDirectory.h"

namespace madoguchi {

std::vector<std::unique_ptr<Module>> ModuleCatalog::create(AppServices& services, const StaffMember& member)
{
    std::vector<std::unique_ptr<Module>> modules;
    modules.push_back(std::make_unique<HomeModule>());
    modules.push_back(std::make_unique<DiagnosticsModule>(services.settings, &services.database, std::nullopt,
                                                          services.secrets, services.logDirectory, schemas(),
                                                          services.dataKeyStatus));
    modules.push_back(std::make_unique<StaffModule>(services.staff, member));
    return modules;
}

std::vector<MigrationSet> ModuleCatalog::schemas()
{
    return {AuditLog::migrations(), StaffDirectory::migrations(), DataKeyManager::migrations()};
}

} // namespace madoguchi
