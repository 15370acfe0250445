// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace comptoir::chaos {

// The parent's command line: `comptoir-chaos --tills N --ops M --faults F --seed S`.
struct ChaosOptions
{
    int tills = 3;
    int ops = 300; // operations in total, shared between the tills
    double faults = 0.3; // 0..1: scales the marketplace's fault rates
    quint32 seed = 1;
    int products = 6; // products created online before the tills enrol (two variants each)
    QString workDir; // empty: a temporary folder, removed unless the run fails
    QString marketplace; // the comptoir-marketplace program (default: the one built beside)
    int timeoutS = 240; // the whole run, quiescence included
    bool keep = false; // keep the work folder even when the run passes
    bool restartMarket = true;
};

// A till child's command line: `comptoir-chaos till --data-dir D --url U --code C --ops K …`.
struct TillOptions
{
    int index = 0;
    QString dataDir;
    QString url; // the marketplace (first start only: afterwards the enrolment in meta is used)
    QString code; // the enrolment code (first start only)
    int ops = 0; // this till's share; the count already done is kept in its database
    int variants = 0; // the variants the first snapshot must bring before selling
    quint32 seed = 1;
    bool quiesce = false; // no operations: sync until the outbox is empty, then exit
};

// The meta keys the till child keeps in its own database.
inline constexpr char OpsDoneMeta[] = "chaos_ops_done";
inline constexpr char CursorMeta[] = "chaos_max_cursor"; // "<epoch>:<cursor>" highest seen
inline constexpr char CursorRegressMeta[] = "chaos_cursor_regressed";

} // namespace comptoir::chaos
