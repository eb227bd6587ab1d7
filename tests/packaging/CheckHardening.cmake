# Fails unless BINARY is a position-independent executable with full RELRO (a GNU_RELRO segment
# and immediate binding) and stack-protector checks. _FORTIFY_SOURCE is not checked: whether a
# fortified call (__memcpy_chk, ...) appears depends on the code, not only on the flag.
# Usage: cmake -DREADELF=... -DBINARY=... -P CheckHardening.cmake
execute_process(COMMAND "${READELF}" -W --file-header --program-headers --dynamic --dyn-syms "${BINARY}"
    OUTPUT_VARIABLE elf RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "readelf failed on ${BINARY}")
endif()
if(NOT elf MATCHES "Type: +DYN" OR NOT elf MATCHES "\\(FLAGS_1\\)[^\n]*PIE")
    message(SEND_ERROR "${BINARY} is not a position-independent executable")
endif()
if(NOT elf MATCHES "GNU_RELRO")
    message(SEND_ERROR "${BINARY} has no GNU_RELRO segment (-z relro)")
endif()
if(NOT elf MATCHES "\\(FLAGS\\)[^\n]*BIND_NOW" AND NOT elf MATCHES "\\(FLAGS_1\\)[^\n]*NOW")
    message(SEND_ERROR "${BINARY} does not bind immediately (-z now)")
endif()
if(NOT elf MATCHES "__stack_chk_fail")
    message(SEND_ERROR "${BINARY} has no stack-protector checks (-fstack-protector-strong)")
endif()
