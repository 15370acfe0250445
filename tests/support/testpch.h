// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The headers every test compiles, precompiled once in comptoir_test_support and reused by each
// test executable (cmake/ComptoirTest.cmake: REUSE_FROM) — parsing Qt's headers was most of each
// test's compile time. Only headers that do not look at the per-target QT_*_LIB and
// QT_TESTCASE_* macros may be here (GCC refuses a precompiled header when a macro it tested is
// defined differently): hence no QtTest, and QtSql's classes one by one instead of its module
// header (qsqlrelationaldelegate.h tests QT_WIDGETS_LIB).
#pragma once

#include <QtCore/QtCore>
#include <QtGui/QtGui>
#include <QtNetwork/QtNetwork>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtSql/QSqlRecord>
#include <QtWidgets/QtWidgets>

#include <functional>
#include <memory>
#include <optional>
#include <variant>
