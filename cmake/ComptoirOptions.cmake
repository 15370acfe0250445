# SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the Qt defines, warnings and sanitizer flags that every
# Comptoir target shares (house style, point 2). Link it PRIVATE from each target.
add_library(comptoir_options INTERFACE)

target_compile_definitions(comptoir_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_MESSAGELOGCONTEXT
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    COMPTOIR_VERSION="${PROJECT_VERSION}")

target_compile_options(comptoir_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor
    -Wshadow=local -Wimplicit-fallthrough)

if(COMPTOIR_WERROR)
    target_compile_options(comptoir_options INTERFACE -Werror)
endif()

if(COMPTOIR_SANITIZE)
    target_compile_options(comptoir_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(comptoir_options INTERFACE -fsanitize=address,undefined)
endif()

# `cmake --build <dir> --target format` formats every C++ file with the project's .clang-format.
find_program(CLANG_FORMAT_EXECUTABLE NAMES clang-format clang-format-14)
if(CLANG_FORMAT_EXECUTABLE)
    file(GLOB_RECURSE COMPTOIR_CXX_FILES CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
        ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
        ${PROJECT_SOURCE_DIR}/sync/*.cpp ${PROJECT_SOURCE_DIR}/sync/*.h
        ${PROJECT_SOURCE_DIR}/models/*.cpp ${PROJECT_SOURCE_DIR}/models/*.h
        ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h)
    add_custom_target(format
        COMMAND ${CLANG_FORMAT_EXECUTABLE} -i ${COMPTOIR_CXX_FILES}
        COMMENT "clang-format over the sources" VERBATIM)
endif()
