# Included by the script tests: HOME and the XDG folders point at a fresh folder of the test's
# own (HOME_DIR), so the programs they run read no user settings and write nothing of the user's.
if(NOT HOME_DIR)
    message(FATAL_ERROR "PrivateHome.cmake needs -DHOME_DIR=<a folder for this test alone>")
endif()
file(REMOVE_RECURSE "${HOME_DIR}")
file(MAKE_DIRECTORY "${HOME_DIR}/home/.config" "${HOME_DIR}/home/.local/share"
    "${HOME_DIR}/home/.cache" "${HOME_DIR}/runtime")
file(CHMOD "${HOME_DIR}/runtime" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
set(ENV{HOME} "${HOME_DIR}/home")
set(ENV{XDG_CONFIG_HOME} "${HOME_DIR}/home/.config")
set(ENV{XDG_DATA_HOME} "${HOME_DIR}/home/.local/share")
set(ENV{XDG_CACHE_HOME} "${HOME_DIR}/home/.cache")
set(ENV{XDG_RUNTIME_DIR} "${HOME_DIR}/runtime")
