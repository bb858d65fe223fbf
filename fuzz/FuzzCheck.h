#pragma once

#include <QString>

#include <cstdio>
#include <cstdlib>

// A broken invariant is a crash for libFuzzer: print what broke and abort, so the input is kept.
#define FUZZ_CHECK(cond, what)                                                                               \
    do {                                                                                                     \
        if (!(cond)) {                                                                                       \
            std::fprintf(stderr, "invariant failed: %s (%s:%d): %s\n", #cond, __FILE__, __LINE__,            \
                         qUtf8Printable(what));                                                              \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)
