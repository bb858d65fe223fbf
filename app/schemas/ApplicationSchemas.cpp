#include "schemas/ApplicationSchemas.h"

#include "common/AuditLog.h"
#include "common/DataKeyManager.h"
#include "common/StaffDirectory.h"
#include "sync/SyncSchema.h"

#ifdef MADOGUCHI_HAVE_COUNTER
#include "counter/CounterSchema.h"
#endif

namespace madoguchi {

std::vector<MigrationSet> applicationSchemas()
{
    return {AuditLog::migrations(), StaffDirectory::migrations(), DataKeyManager::migrations(),
            sync::SyncSchema::migrations(),
#ifdef MADOGUCHI_HAVE_COUNTER
            counter::CounterSchema::migrations()
#endif
    };
}

} // namespace madoguchi
