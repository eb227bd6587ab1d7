# Installs the build into a scratch prefix and checks that every file a user's system needs is
# there, then validates the installed desktop entry and the metainfo where a software centre
# looks for them. Usage: cmake -DBUILD_DIR=... -DPREFIX=... -DAPP_ID=... -DAPPSTREAMCLI=...
# -DDESKTOP_FILE_VALIDATE=... -P CheckInstallTree.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc})")
endif()

set(expected
    bin/xlink-console
    bin/xlink-cli
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/man/man1/xlink-console.1.gz
    share/man/man1/xlink-cli.1.gz
    share/doc/xlink-console/copyright
    share/doc/xlink-console/changelog.gz
    share/doc/xlink-console/examples/sandbox-tour/sandbox-tour.http)
foreach(size IN ITEMS 16 24 32 48 64 128 256)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
foreach(file IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${file}")
        message(SEND_ERROR "not installed: ${file}")
    endif()
endforeach()

execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${PREFIX}/share/applications/${APP_ID}.desktop"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "")
    message(FATAL_ERROR "desktop-file-validate on the installed entry:\n${out}")
endif()
execute_process(COMMAND "${APPSTREAMCLI}" validate-tree --no-net "${PREFIX}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate-tree failed:\n${out}")
endif()
file(REMOVE_RECURSE "${PREFIX}")
