// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/settings/shopsettings.h"
#include "sync/doctor/doctoritem.h"

#include <QObject>

#include <functional>

namespace comptoir {

// "printer": can the configured receipt printer be reached, without printing anything. A network
// printer: a TCP connection to its address (then closed); a device: the device file exists and is
// writable by this user; a PDF folder: the folder exists and a file can be created in it; a system
// printer: not checked here ("not-checked", ok: print a test from Settings). Items: ok "ok",
// "not-yet" (a PDF folder not made yet, that the first receipt can make);
// warn "none" (no printer chosen: receipts only as PDF on request); fail "unreachable" (error),
// "not-writable". Facts kind (printerKindKey), target (address, device, queue or folder).
class PrinterProbe : public QObject
{
    Q_OBJECT

public:
    static constexpr int ConnectTimeoutMs = 3000;
    using Done = std::function<void(DoctorItem)>;

    explicit PrinterProbe(QObject *parent = nullptr);

    // done is called once, from the event loop.
    void run(const PrinterSettings &printer, Done done);
};

} // namespace comptoir
