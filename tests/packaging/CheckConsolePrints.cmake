# `xlink-console --version` and `--help` without a display: exit code 0, nothing on stderr, and
# exactly the version line or the help text (not merely something that looks like it: a crash
# after printing, or --version printing the help, fails).
# Usage: cmake -DCONSOLE=... -DOPTION=version|help -DVERSION=x.y.z -DHOME_DIR=... -P ...
include("${CMAKE_CURRENT_LIST_DIR}/PrivateHome.cmake")
execute_process(COMMAND "${CONSOLE}" --${OPTION}
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc STREQUAL "0")
    message(FATAL_ERROR "xlink-console --${OPTION} exited with '${rc}'\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(NOT err STREQUAL "")
    message(FATAL_ERROR "xlink-console --${OPTION} wrote to stderr:\n${err}")
endif()
if(OPTION STREQUAL "version")
    set(expected "xlink-console ${VERSION}\n")
    if(NOT out STREQUAL expected)
        message(FATAL_ERROR "xlink-console --version printed\n'${out}'\ninstead of\n'${expected}'")
    endif()
elseif(OPTION STREQUAL "help")
    # The usage line, the description, and exactly its four options.
    string(REGEX MATCHALL "\n  -[^\n]*" options "${out}")
    list(LENGTH options count)
    if(NOT out MATCHES "^Usage: [^\n]*xlink-console \\[options\\]\n"
        OR NOT out MATCHES "\nDeveloper console for the XLink"
        OR NOT count EQUAL 4
        OR NOT out MATCHES "\n  -h, --help +"
        OR NOT out MATCHES "\n  --help-all +"
        OR NOT out MATCHES "\n  -v, --version +"
        OR NOT out MATCHES "\n  --quit-after-show +")
        message(FATAL_ERROR "xlink-console --help printed something else:\n${out}")
    endif()
else()
    message(FATAL_ERROR "unknown OPTION '${OPTION}'")
endif()
