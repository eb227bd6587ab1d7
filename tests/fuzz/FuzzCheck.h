#pragma once

// Shared by the libFuzzer targets and their regression test: a property a parser must keep for
// every input. A broken property aborts, so libFuzzer saves the input as a crash and the
// regression test fails on it, exactly like a memory error would.

#include <cstdio>
#include <cstdlib>

#define XLINK_FUZZ_CHECK(condition)                                                                \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(                                                                          \
                stderr, "%s:%d: fuzz property broken: %s\n", __FILE__, __LINE__, #condition);      \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
