# SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The environment every test runs in (offscreen widgets, one locale, quiet debug logs, no leak
# report from Qt's plugins): tests registered by hand take it too, with their own additions.
set(COMPTOIR_TEST_ENVIRONMENT
    "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;QT_LOGGING_RULES=comptoir.*.debug=false;ASAN_OPTIONS=detect_leaks=0")

# comptoir_add_test([room/]name LABELS l1 [l2…] [LIBS lib…] [SOURCES extra.cpp…] [NO_CTEST])
# Builds [room/]tst_<name>.cpp (relative to the calling CMakeLists.txt: tests/ mirrors the feature
# rooms of models/, sync/ and ui/) into one executable tst_<name> and registers one CTest entry
# <name>.
# NO_CTEST: build the executable only; the caller registers its own CTest entry (e.g. run
# through a wrapper script) and sets its properties.
function(comptoir_add_test path)
    cmake_parse_arguments(ARG "NO_CTEST" "TIMEOUT" "LABELS;LIBS;SOURCES" ${ARGN})
    get_filename_component(name ${path} NAME)
    get_filename_component(room ${path} DIRECTORY)
    if(room)
        set(room "${room}/")
    endif()
    set(target tst_${name})
    add_executable(${target} ${room}tst_${name}.cpp ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE comptoir_test_support Qt6::Test ${ARG_LIBS} comptoir_options)
    # Qt's headers are parsed once, in comptoir_test_support (tests/support/testpch.h).
    target_precompile_headers(${target} REUSE_FROM comptoir_test_support)
    target_compile_options(${target} PRIVATE ${COMPTOIR_TEST_COMPILE_OPTIONS})
    # A test includes its own .moc, so AUTOMOC's mocs_compilation.cpp is nearly always empty: loading
    # the precompiled header (hundreds of MB) for it cost more than a hundred compiler-seconds per
    # build. The rare non-empty one compiles on its own headers.
    set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/${target}_autogen/mocs_compilation.cpp
                                PROPERTIES SKIP_PRECOMPILE_HEADERS ON GENERATED ON)
    if(ARG_NO_CTEST)
        return()
    endif()
    add_test(NAME ${name} COMMAND ${target})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "${COMPTOIR_TEST_ENVIRONMENT}")
endfunction()
