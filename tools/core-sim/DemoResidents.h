#pragma once

#include "ResidentRecord.h"

namespace madoguchi::coresim {

// The fixed residents that tests, the demo and training rely on (KT0000001–KT0000011; listed in
// docs/admin-guide.md). KT0000001 山田 太郎 is the virtual card's default profile
// (tools/virtual-card/profiles/default.json) and KT0000004 葛󠄂飾 髙志 its ivs-name profile: same
// name, birth date, address and My Number.
struct DemoResidents
{
    static SeedData build();
};

} // namespace madoguchi::coresim
