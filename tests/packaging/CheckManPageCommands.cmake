# Fails unless every command in `xlink-cli --help` has a ".SS COMMAND" section in the man page.
# Usage: cmake -DCLI=path/to/xlink-cli -DMAN_PAGE=path/to/xlink-cli.1 -P CheckManPageCommands.cmake
execute_process(COMMAND "${CLI}" --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "xlink-cli --help exited with ${rc}")
endif()
file(READ "${MAN_PAGE}" man)

# The overview lists commands as "  NAME  summary" between "Commands:" and the first blank line.
string(REGEX MATCH "Commands:\n([^\n]+\n)*" block "${help}")
string(REPLACE "\n" ";" lines "${block}")
set(count 0)
foreach(line IN LISTS lines)
    if(line MATCHES "^  ([a-z][a-z-]*)")
        set(command "${CMAKE_MATCH_1}")
        math(EXPR count "${count} + 1")
        string(FIND "${man}" "\n.SS ${command}" at)
        if(at EQUAL -1)
            message(SEND_ERROR "the man page has no section for the command '${command}'")
        endif()
    endif()
endforeach()
message(STATUS "checked ${count} commands against ${MAN_PAGE}")
