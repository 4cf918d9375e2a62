# SPDX-License-Identifier: GPL-3.0-or-later
# Install rules and CPack configuration. Included at the end of the root CMakeLists.txt, after src/, so
# the executables already exist: everything that touches them is guarded by if(TARGET) and limited to
# install(), bundle/resource properties and the platform resource files (.rc, .icns) they need.
# See packaging/README.md for how to build each package and what has been tried where.

include(GNUInstallDirs)

set(ATTENDANCE_PACKAGING_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(ATTENDANCE_ICONS_DIR "${PROJECT_SOURCE_DIR}/resources/icons")
set(ATTENDANCE_ICON_SIZES 16 32 48 64 128 256)
set(ATTENDANCE_VENDOR "The Attendance Importer developers")
set(ATTENDANCE_COPYRIGHT "Copyright (C) ${ATTENDANCE_VENDOR}. GPL-3.0-or-later.")
set(ATTENDANCE_CONTACT "Attendance Importer developers <attendance-importer@users.noreply.github.com>"
    CACHE STRING "Maintainer written into packages (Debian Maintainer field)")

set(ATTENDANCE_GUI_TARGET attendance-importer)
set(ATTENDANCE_CLI_TARGET attendance-importer-cli)

set(ATTENDANCE_DESKTOP_FILE "${ATTENDANCE_PACKAGING_DIR}/linux/${ATTENDANCE_APP_ID}.desktop")
set(ATTENDANCE_METAINFO_FILE "${ATTENDANCE_PACKAGING_DIR}/linux/${ATTENDANCE_APP_ID}.metainfo.xml")
set(ATTENDANCE_WINDOWS_ICO "${ATTENDANCE_PACKAGING_DIR}/windows/attendance-importer.ico")
set(ATTENDANCE_MACOS_ICNS "${ATTENDANCE_PACKAGING_DIR}/macos/attendance-importer.icns")

# The app id lives in CMakeLists.txt only, but the freedesktop files must carry it in their names and
# bodies. Fail here, not in a user's menu, if someone renames one without the other.
foreach(file IN ITEMS "${ATTENDANCE_DESKTOP_FILE}" "${ATTENDANCE_METAINFO_FILE}")
    if(NOT EXISTS "${file}")
        message(FATAL_ERROR "Missing ${file}: packaging files are named after ATTENDANCE_APP_ID (${ATTENDANCE_APP_ID})")
    endif()
endforeach()
file(STRINGS "${ATTENDANCE_DESKTOP_FILE}" _attendance_icon_line REGEX "^Icon=")
if(NOT _attendance_icon_line STREQUAL "Icon=${ATTENDANCE_APP_ID}")
    message(FATAL_ERROR "${ATTENDANCE_DESKTOP_FILE}: expected Icon=${ATTENDANCE_APP_ID}, found '${_attendance_icon_line}'")
endif()
file(STRINGS "${ATTENDANCE_METAINFO_FILE}" _attendance_id_line REGEX "<id>")
if(NOT _attendance_id_line MATCHES "<id>${ATTENDANCE_APP_ID}</id>")
    message(FATAL_ERROR "${ATTENDANCE_METAINFO_FILE}: expected <id>${ATTENDANCE_APP_ID}</id>")
endif()

# ---------------------------------------------------------------------------------------------------
# Executables and their platform resources
# ---------------------------------------------------------------------------------------------------
if(WIN32)
    # Windows toolchains enable RC with CXX already; this is a no-op then and a clear error otherwise.
    enable_language(RC)
endif()

if(TARGET ${ATTENDANCE_GUI_TARGET})
    if(APPLE)
        set_target_properties(${ATTENDANCE_GUI_TARGET} PROPERTIES
            MACOSX_BUNDLE_INFO_PLIST "${ATTENDANCE_PACKAGING_DIR}/macos/Info.plist.in"
            MACOSX_BUNDLE_GUI_IDENTIFIER "${ATTENDANCE_APP_ID}"
            MACOSX_BUNDLE_BUNDLE_NAME "Attendance Importer"
            MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
            MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
            MACOSX_BUNDLE_ICON_FILE "attendance-importer.icns"
            MACOSX_BUNDLE_COPYRIGHT "${ATTENDANCE_COPYRIGHT}")
        target_sources(${ATTENDANCE_GUI_TARGET} PRIVATE "${ATTENDANCE_MACOS_ICNS}")
        set_source_files_properties("${ATTENDANCE_MACOS_ICNS}" TARGET_DIRECTORY ${ATTENDANCE_GUI_TARGET}
            PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    endif()
    install(TARGETS ${ATTENDANCE_GUI_TARGET}
        RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
        BUNDLE DESTINATION .)
else()
    message(WARNING "No ${ATTENDANCE_GUI_TARGET} target: the GUI will not be installed or packaged")
endif()

# The CLI ships on Linux and Windows. A bare executable next to the bundle in a DMG would need its own
# Qt deployment (macdeployqt only handles bundles), so macOS packages carry the GUI only for now.
if(TARGET ${ATTENDANCE_CLI_TARGET})
    if(NOT APPLE)
        install(TARGETS ${ATTENDANCE_CLI_TARGET} RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
    endif()
else()
    message(WARNING "No ${ATTENDANCE_CLI_TARGET} target: the CLI will not be installed or packaged")
endif()

if(WIN32)
    # Version info and icon for each .exe, from one template.
    set(ATTENDANCE_RC_DESCRIPTION_${ATTENDANCE_GUI_TARGET} "Attendance Importer")
    set(ATTENDANCE_RC_DESCRIPTION_${ATTENDANCE_CLI_TARGET} "Attendance Importer command line")
    foreach(ATTENDANCE_RC_TARGET IN ITEMS ${ATTENDANCE_GUI_TARGET} ${ATTENDANCE_CLI_TARGET})
        if(TARGET ${ATTENDANCE_RC_TARGET})
            set(ATTENDANCE_RC_DESCRIPTION "${ATTENDANCE_RC_DESCRIPTION_${ATTENDANCE_RC_TARGET}}")
            set(rc_file "${PROJECT_BINARY_DIR}/packaging/${ATTENDANCE_RC_TARGET}.rc")
            configure_file("${ATTENDANCE_PACKAGING_DIR}/windows/attendance-importer.rc.in" "${rc_file}" @ONLY)
            target_sources(${ATTENDANCE_RC_TARGET} PRIVATE "${rc_file}")
        endif()
    endforeach()
endif()

# Bundle Qt with the app where the system does not provide it. Qt 6.4 deploys only Windows executables
# and macOS bundles (Linux non-bundle deployment needs 6.5, and the DEB uses Debian's Qt anyway); the
# keyword naming the script variable changed in 6.5.
if((WIN32 OR APPLE) AND COMMAND qt_generate_deploy_app_script)
    foreach(target IN ITEMS ${ATTENDANCE_GUI_TARGET} ${ATTENDANCE_CLI_TARGET})
        if(NOT TARGET ${target} OR (APPLE AND "${target}" STREQUAL "${ATTENDANCE_CLI_TARGET}"))
            continue()
        endif()
        if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
            qt_generate_deploy_app_script(TARGET ${target} OUTPUT_SCRIPT deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
        else()
            qt_generate_deploy_app_script(TARGET ${target} FILENAME_VARIABLE deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
        endif()
        install(SCRIPT "${deploy_script}")
    endforeach()
endif()

if(WIN32)
    # windeployqt copies Qt only: add QtKeychain and the compiler runtime.
    if(TARGET qt6keychain)
        install(IMPORTED_RUNTIME_ARTIFACTS qt6keychain RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
    endif()
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
    include(InstallRequiredSystemLibraries)
endif()

# ---------------------------------------------------------------------------------------------------
# Data files
# ---------------------------------------------------------------------------------------------------
if(UNIX AND NOT APPLE)
    install(FILES "${ATTENDANCE_DESKTOP_FILE}" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${ATTENDANCE_METAINFO_FILE}" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    foreach(size IN LISTS ATTENDANCE_ICON_SIZES)
        install(FILES "${ATTENDANCE_ICONS_DIR}/hicolor/${size}x${size}/apps/${ATTENDANCE_APP_ID}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()
    install(FILES "${ATTENDANCE_ICONS_DIR}/attendance-importer.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${ATTENDANCE_APP_ID}.svg")
    # LICENSE for everyone, copyright because Debian policy looks for that name.
    install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" "${ATTENDANCE_PACKAGING_DIR}/linux/copyright"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/attendance-importer")
elseif(WIN32)
    install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION . RENAME LICENSE.txt)
else()
    install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION .)
endif()

# The metadata validators, as tests, where they are installed (desktop-file-utils, appstream).
if(ATTENDANCE_BUILD_TESTS AND UNIX AND NOT APPLE)
    find_program(DESKTOP_FILE_VALIDATE_EXECUTABLE desktop-file-validate)
    find_program(APPSTREAMCLI_EXECUTABLE appstreamcli)
    if(DESKTOP_FILE_VALIDATE_EXECUTABLE)
        add_test(NAME packaging.desktop-file
            COMMAND "${DESKTOP_FILE_VALIDATE_EXECUTABLE}" "${ATTENDANCE_DESKTOP_FILE}")
        set_tests_properties(packaging.desktop-file PROPERTIES LABELS packaging TIMEOUT 30)
    endif()
    if(APPSTREAMCLI_EXECUTABLE)
        add_test(NAME packaging.metainfo
            COMMAND "${APPSTREAMCLI_EXECUTABLE}" validate --no-net "${ATTENDANCE_METAINFO_FILE}")
        set_tests_properties(packaging.metainfo PROPERTIES LABELS packaging TIMEOUT 30)
    endif()
endif()

# ---------------------------------------------------------------------------------------------------
# CPack
# ---------------------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "Attendance Importer")
set(CPACK_PACKAGE_VENDOR "${ATTENDANCE_VENDOR}")
set(CPACK_PACKAGE_CONTACT "${ATTENDANCE_CONTACT}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# Debian wants a synopsis under 80 columns and description lines under 80; same text as AppStream.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Record HubSpot event attendance from a spreadsheet")
set(CPACK_PACKAGE_DESCRIPTION
    "Event coordinators open the spreadsheet of attendees exported from a
registration or check-in tool, map its columns, review the rows and record
in HubSpot who registered for, attended or cancelled a marketing event.
Every row reports its own result, which can be exported.
Includes the attendance-importer-cli command line tool.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Attendance Importer")
set(CPACK_PACKAGE_EXECUTABLES ${ATTENDANCE_GUI_TARGET} "Attendance Importer")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_CHECKSUM SHA256)
# Packages (and CPack's scratch space) go to <build dir>/packages, not to wherever cpack is run from.
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)

if(WIN32)
    set(_attendance_platform windows-${CMAKE_SYSTEM_PROCESSOR})
elseif(APPLE)
    set(_attendance_platform macos)
else()
    set(_attendance_platform linux-${CMAKE_SYSTEM_PROCESSOR})
endif()
string(TOLOWER "attendance-importer-${PROJECT_VERSION}-${_attendance_platform}" CPACK_PACKAGE_FILE_NAME)

if(WIN32)
    set(CPACK_GENERATOR WIX)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB)
endif()

# DEB: the libraries come from Debian; dpkg-shlibdeps computes them from the installed binaries.
set(CPACK_DEBIAN_PACKAGE_NAME attendance-importer)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plugins, so invisible to dpkg-shlibdeps: the platform plugins (only recommended by
# libqt6gui6) and the SVG icon engine the UI icons need.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
# QtKeychain needs a Secret Service (or KWallet) running to store the HubSpot token.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | libkf5wallet-bin | keepassxc, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# WiX (v3 with CMake 3.25). Never change the upgrade GUID: it is how an installer finds older versions.
set(CPACK_WIX_UPGRADE_GUID "03FB3D7B-CA1D-4FFC-AB59-F506AFEF0826")
set(CPACK_WIX_PRODUCT_ICON "${ATTENDANCE_WINDOWS_ICO}")
set(CPACK_WIX_LICENSE_RTF "${ATTENDANCE_PACKAGING_DIR}/windows/license.rtf")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Attendance Importer")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}/issues")

# DragNDrop (DMG)
set(CPACK_DMG_VOLUME_NAME "Attendance Importer")
set(CPACK_DMG_FORMAT UDZO)
if(APPLE)
    set(CPACK_PACKAGE_ICON "${ATTENDANCE_MACOS_ICNS}")
endif()

# Source tarball (cpack --config CPackSourceConfig.cmake)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME "attendance-importer-${PROJECT_VERSION}")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build/" "/build-[^/]*/" "/\\.cache/" "\\.user$" "/compile_commands\\.json$")

include(CPack)
