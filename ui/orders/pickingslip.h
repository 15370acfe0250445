// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/receipts/receipt.h"
#include "models/result.h"
#include "sync/orders/orderpicking.h"

#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>
#include <QTimeZone>

namespace comptoir {

class EscPosTcpPrinter;
class ShopSettings;

// The picking slip of an order (issue 16, item 3): the order's number in large type, the
// customer's name and phone, when it was placed, each line with its location, barcode and
// quantity, and the order's barcode for collection (Code 128 of orderCode(): "CMD-118"). Printed
// on the receipt printer (ESC/POS: GS k Code 128) or written as PDF (the receipts' 80 mm page).
class PickingSlip
{
public:
    static QList<ReceiptLine> layout(const OnlineOrder &order, const QList<PickLine> &lines, int columns = 48,
                                     const QLocale &locale = QLocale(),
                                     const QTimeZone &timeZone = QTimeZone::systemTimeZone());
    // The ESC/POS bytes: the lines, the order's barcode, a cut.
    static QByteArray escPos(const OnlineOrder &order, const QList<PickLine> &lines, int columns = 48);
    // A one-page PDF. Fails with ErrorCode::FileNotWritten.
    static Status writePdf(const OnlineOrder &order, const QList<PickLine> &lines, const QString &path,
                           int columns = 48);
};

// Prints picking slips on the printer chosen in the settings (the receipts' printer): a network
// ESC/POS printer (asynchronous: printed() or failed() follows), an ESC/POS device, a system
// printer, or a PDF file in the receipts' folder ("slip-CMD-118.pdf").
class PickingSlipPrinter : public QObject
{
    Q_OBJECT

public:
    explicit PickingSlipPrinter(const ShopSettings &settings, QObject *parent = nullptr);

    void print(const OnlineOrder &order, const QList<PickLine> &lines);
    // Network printers: how long to wait for an answer (tests shorten it).
    void setNetworkTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

Q_SIGNALS:
    void printed();
    void failed(const comptoir::Error &error);

private:
    const ShopSettings &m_settings;
    int m_timeoutMs = 5000;
};

} // namespace comptoir
