#pragma once

#include <string>

namespace madoguchi {

// Reads one PIN line for `madoguchi-cli card read`. From a pipe or file (scripts, tests) it
// reads the first line as it is; from a terminal it writes the prompt to stderr and reads
// without echo, so the digits never show on the screen or in a terminal log.
//
// Reads byte by byte from the file descriptor, not through stdio or std::cin: their buffers
// would keep a copy of the PIN that nothing can wipe. The caller wipes the returned string
// (smartcard::secureWipe); the class wipes its own buffer.
class PinPrompt
{
public:
    enum class Outcome { Ok, NoInput, TooLong };

    // `prompt` is shown only on a terminal (UTF-8, on stderr).
    static Outcome read(const std::string& prompt, std::string* pin);
    static bool stdinIsTerminal();
};

} // namespace madoguchi
