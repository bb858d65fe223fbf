#include "ModuleCatalog.h"

#include "AppServices.h"
#include "HomeModule.h"
#include "StaffModule.h"
#include "card/CardModule.h"
#include "counter/CounterModule.h"
#include "diagnostics/DiagnosticsModule.h"
#include "schemas/ApplicationSchemas.h"
#include "sync/SyncModule.h"

#include "common/AuditLog.h"
#include "common/DataKeyManager.h"
#include "common/StaffDirectory.h"

namespace madoguchi {

std::vector<std::unique_ptr<Module>> ModuleCatalog::create(AppServices& services, const StaffMember& member)
{
    std::vector<std::unique_ptr<Module>> modules;
    modules.push_back(std::make_unique<HomeModule>());
    if (services.cardStatus)
        modules.push_back(std::make_unique<CardModule>(*services.cardStatus, services.audit, services.fonts,
                                                       member, services.workstationId));
    // The counter page needs the data key (visits hold encrypted personal data) and the core
    // link (its outbox carries every step).
    if (services.core && services.dataKey)
        modules.push_back(std::make_unique<CounterModule>(services, member));
    modules.push_back(std::make_unique<DiagnosticsModule>(services.settings, &services.database, std::nullopt,
                                                          services.secrets, services.logDirectory, schemas(),
                                                          services.dataKeyStatus));
    if (services.core)
        modules.push_back(std::make_unique<SyncModule>(*services.core, services.audit, services.secrets,
                                                       member, services.workstationId,
                                                       services.reconfigureCore));
    modules.push_back(std::make_unique<StaffModule>(services.staff, member));
    return modules;
}

std::vector<MigrationSet> ModuleCatalog::schemas()
{
    return applicationSchemas();
}

} // namespace madoguchi
