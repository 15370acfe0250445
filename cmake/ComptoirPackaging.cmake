# SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# CPack: the packages, chosen by platform. Included last from the top CMakeLists.txt, after every
# install() rule (installer/CMakeLists.txt). In a build tree:
#   cpack -G DEB      Debian 12: comptoir_<version>_amd64.deb and comptoir-marketplace_<version>_amd64.deb
#   cpack             the platform's default generator (DEB, NSIS on Windows, DragNDrop on macOS)
# Windows and macOS are UNTESTED here (no such machine builds this project; the workflow
# .github/workflows/desktop-packages.yml is where they are to be made).

set(CPACK_PACKAGE_NAME comptoir)
set(CPACK_PACKAGE_VENDOR "Vitrines d'Orléans")
set(CPACK_PACKAGE_CONTACT "Vitrines d'Orléans <comptoir@vitrines-orleans.fr>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Till and stock for the independent shops of Orléans")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Comptoir)
set(CPACK_PACKAGE_EXECUTABLES comptoir Comptoir)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)

# Two components: the program, and the reference marketplace (a test and demo server) apart.
set(CPACK_COMPONENTS_ALL comptoir)
if(TARGET comptoir-marketplace AND NOT APPLE)
    list(APPEND CPACK_COMPONENTS_ALL marketplace)
endif()

# --- Debian (tested: tests/installer installs it into a clean Debian 12 with apt) ---------------
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # name_version_arch.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The private libraries of a shared-library build (/usr/lib/comptoir) are in the package itself.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS ${CMAKE_BINARY_DIR}/models ${CMAKE_BINARY_DIR}/sync
                                                ${CMAKE_BINARY_DIR}/ui ${CMAKE_BINARY_DIR}/tests/marketplace)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)

set(CPACK_DEBIAN_COMPTOIR_PACKAGE_NAME comptoir)
set(CPACK_DEBIAN_COMPTOIR_PACKAGE_SECTION misc)
# What shlibdeps cannot see, because Qt and QtKeychain load it at run time (dlopen):
# - libqt6sql6-sqlite: Qt's SQLite driver (plugins/sqldrivers), the shop's database;
# - libqt6svg6: the SVG image and icon-engine plugins, for every icon of the window;
# - libsecret-1-0: QtKeychain's way to the Secret Service (without it: "Unknown error");
# - qt6-translations-l10n: Qt's own strings (dialog buttons, …) in French.
# The xcb and offscreen platform plugins are in libqt6gui6 on Debian 12 (shlibdeps finds it);
# qt6-qpa-plugins holds only VNC and TUIO there, so it is not needed.
set(CPACK_DEBIAN_COMPTOIR_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, libsecret-1-0, qt6-translations-l10n")
# A Secret Service keeps the register's key and the marketplace token (GNOME's or KDE's); the
# Wayland platform plugin for Wayland sessions (Qt falls back to XWayland without it).
set(CPACK_DEBIAN_COMPTOIR_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc, qt6-wayland")
set(CPACK_DEBIAN_COMPTOIR_PACKAGE_SUGGESTS "comptoir-marketplace")
set(CPACK_DEBIAN_COMPTOIR_DESCRIPTION
    "Till and stock for the independent shops of Orléans
 Comptoir is the till and stock application of the independent shops of
 Orléans: catalogue, stock and sales in a local SQLite database, a signed
 fiscal journal with daily closings, receipts on ESC/POS or system printers,
 and the stock and online orders synchronised with the marketplace of the
 Vitrines d'Orléans. It works offline.")

set(CPACK_DEBIAN_MARKETPLACE_PACKAGE_NAME comptoir-marketplace)
set(CPACK_DEBIAN_MARKETPLACE_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_MARKETPLACE_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_MARKETPLACE_DESCRIPTION
    "Reference marketplace server for Comptoir (tests and demo)
 comptoir-marketplace is the reference implementation of the Vitrines
 d'Orléans marketplace API that Comptoir synchronises with. It listens on
 127.0.0.1 only, without TLS: it serves the demo shop, tests and trainings,
 and its command line writes enrolment codes. Not a production server.")

# --- Windows (UNTESTED here): NSIS, with windeployqt run by the install script -----------------
set(CPACK_NSIS_DISPLAY_NAME Comptoir)
set(CPACK_NSIS_PACKAGE_NAME Comptoir)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin/comptoir.exe)
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Comptoir.lnk' '$INSTDIR\\\\bin\\\\comptoir.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Comptoir.lnk'")

# --- macOS (UNTESTED here): a drag-and-drop disk image of Comptoir.app (macdeployqt) ------------
set(CPACK_DMG_VOLUME_NAME Comptoir)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
else()
    set(CPACK_GENERATOR DEB)
endif()

include(CPack)
cpack_add_component(comptoir DISPLAY_NAME "Comptoir" DESCRIPTION "The till and stock program" REQUIRED)
cpack_add_component(marketplace DISPLAY_NAME "Reference marketplace"
                    DESCRIPTION "comptoir-marketplace, the test and demo server" DISABLED)
