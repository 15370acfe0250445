// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tempdatabase.h"

#include <QtTest/QTest>

namespace comptoir {

TempDatabase::TempDatabase()
{
    reopen();
}

bool TempDatabase::reopen()
{
    m_db.reset();
    auto opened = Database::open(filePath());
    if (!opened) {
        qWarning("TempDatabase: %s", qPrintable(opened.error().detail));
        return false;
    }
    m_db = std::move(opened).value();
    return true;
}

} // namespace comptoir
