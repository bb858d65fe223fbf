#include "schemas/ApplicationSchemas.h"

#include "common/AuditLog.h"
#include "common/DataKeyManager.h"
#include "common/StaffDirectory.h"
#include "sync/SyncSchema.h"

namespace madoguchi {

std::vector<MigrationSet> applicationSchemas()
{
    return {AuditLog::migrations(), StaffDirectory::migrations(), DataKeyManager::migrations(),
            sync::SyncSchema::migrations()};
}

} // namespace madoguchi
