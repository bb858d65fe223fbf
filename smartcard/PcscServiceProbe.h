#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace madoguchi::smartcard {

// What the self-test and the diagnostics page need to know about the PC/SC service: is it
// running, and which readers does it offer. Establishes a context, lists readers, releases the
// context; it connects to no reader and touches no card.
struct PcscServiceStatus
{
    enum class State { Running, NoService, NoReaders, Error };
    State state = State::Error;
    std::vector<std::string> readers; // names as the service reports them (UTF-8)
    std::int64_t code = 0;            // the PC/SC return code of the failing call
    std::string detail;               // symbolic code name, for the help desk
};

PcscServiceStatus probePcscService();

} // namespace madoguchi::smartcard
