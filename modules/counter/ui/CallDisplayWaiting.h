#pragma once

#include "counter/ui/BilingualText.h"

namespace madoguchi::counter {

// How many people wait in one ticket category, for the call display.
struct CallDisplayWaiting
{
    BilingualText category; // {"証明書", "Certificates"}
    int waiting = 0;
};

} // namespace madoguchi::counter
