// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/doctor/doctoritem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace comptoir {

// The words of the doctor's items (sync/doctor): each item as one line a volunteer can act on,
// "ok   Journal chain: intact (1,204 links checked)." Never a secret: the items hold none.
class DoctorText
{
    Q_DECLARE_TR_FUNCTIONS(DoctorText)

public:
    static QString level(DoctorLevel level); // "ok", "warn", "FAIL" (translated)
    static QString title(const QString &id); // "Database integrity"
    static QString sentence(const DoctorItem &item); // what was found, and what to do when not ok
    // "<level>  <title>: <sentence>"
    static QString line(const DoctorItem &item);
    // The whole report for support: a heading with the date, one line per item, then a summary.
    static QString report(const QList<DoctorItem> &items, const QDateTime &at);
    static QString summary(const QList<DoctorItem> &items);

private:
    static QString database(const DoctorItem &item);
    static QString journal(const DoctorItem &item);
    static QString keychain(const DoctorItem &item);
    static QString marketplace(const DoctorItem &item);
    static QString clock(const DoctorItem &item);
    static QString disk(const DoctorItem &item);
    static QString printer(const DoctorItem &item);
    static QString backup(const DoctorItem &item);
    static QString versions(const DoctorItem &item);
};

} // namespace comptoir
