#pragma once

// RapidJSON as the schema checks use it, with a failed assertion thrown (so a value the
// code misreads is a problem reported, not an aborted console) and thrown cheaply: valijson's
// own replacement (VALIJSON_USE_EXCEPTIONS) builds a std::string of the file name on every
// assertion RapidJSON makes, passed or not, which was a third of a 10 MB check. It must be
// defined before any RapidJSON header, so a source file includes this header before its own.
#include <stdexcept>

namespace xlink {
[[noreturn]] inline void rapidJsonAssertionFailed()
{
    throw std::runtime_error("RapidJSON assertion failed");
}
} // namespace xlink

#ifndef RAPIDJSON_ASSERT
#define RAPIDJSON_ASSERT(x) ((x) ? static_cast<void>(0) : ::xlink::rapidJsonAssertionFailed())
#endif

// valijson's adapter installs its replacement, or warns that it cannot, when exceptions are
// on; they are only for that block there, and its other headers are read with them on first.
#include <valijson/exceptions.hpp>
#include <valijson/internal/adapter.hpp>
#include <valijson/internal/basic_adapter.hpp>
#include <valijson/internal/frozen_value.hpp>
#pragma push_macro("VALIJSON_USE_EXCEPTIONS")
#undef VALIJSON_USE_EXCEPTIONS
#include <valijson/adapters/rapidjson_adapter.hpp>
#pragma pop_macro("VALIJSON_USE_EXCEPTIONS")

#include <rapidjson/document.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
