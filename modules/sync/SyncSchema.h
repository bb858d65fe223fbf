#pragma once

#include "common/Migration.h"

namespace madoguchi::sync {

// The local tables of the core-system link (component "sync"): the outbox, the changes-feed
// cursor, and the encrypted cache of resident records. main.cpp and madoguchi-cli add this set
// to the migrations they apply.
class SyncSchema
{
public:
    static MigrationSet migrations();
};

} // namespace madoguchi::sync
