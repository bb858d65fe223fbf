#pragma once

#include <cstdio>
#include <cstdlib>

// FUZZ_CHECK for targets without Qt (the smartcard/ parsers): a broken invariant prints what
// broke and aborts, so libFuzzer keeps the input.
#define FUZZ_CHECK_STD(cond, what)                                                                           \
    do {                                                                                                     \
        if (!(cond)) {                                                                                       \
            std::fprintf(stderr, "invariant failed: %s (%s:%d): %s\n", #cond, __FILE__, __LINE__, (what));   \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)
