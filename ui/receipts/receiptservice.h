// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/error.h"
#include "models/receipts/receipt.h"
#include "models/result.h"
#include "models/sales/ticket.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <optional>

namespace comptoir {

class EscPosTcpPrinter;
class FiscalChain;
class ReceiptPrintLog;
class ShopSettings;
class TicketReader;

// Prints receipts on the printer chosen in the settings (ShopSettings::printer()): a network
// ESC/POS printer (asynchronous: the till never waits for it), an ESC/POS device file, a
// system printer (QPrinter) or a PDF file per receipt in a folder. Each copy of a ticket is
// recorded in the ReceiptPrintLog once the printer took it: the first is the ORIGINAL, the
// next ones DUPLICATA n. Settings are read again at each job, so a change applies at once.
class ReceiptService : public QObject
{
    Q_OBJECT

public:
    // tickets: a refund's original ticket (its number is printed). chain: the tickets'
    // signatures, whose excerpt is printed in the receipt's fiscal block.
    ReceiptService(ShopSettings &settings, ReceiptPrintLog &log, const TicketReader &tickets,
                   const FiscalChain &chain, QObject *parent = nullptr);
    ~ReceiptService() override;

    // Whether a printer is set up (kind other than None).
    bool hasPrinter() const;

    // Prints a copy of the ticket's receipt (with its return barcode). openDrawer: also kick
    // the cash drawer (ESC/POS printers only). Returns at once; printed() or failed() follows,
    // possibly before this returns. With no printer: failed(NoPrinter).
    void printTicket(const Ticket &ticket, std::optional<qint64> operatorId, bool openDrawer = false);
    // What printLines() prints: it names the PDF file ("z-…", "test-page-…").
    enum class Document { ZReport, TestPage };
    // Prints other lines (the Z report), not logged as a ticket copy. Signals carry ticketId 0.
    void printLines(const QList<ReceiptLine> &lines, Document document = Document::ZReport);
    // The test page of the printer chosen in the settings (Settings, the first-run assistant): the
    // shop's name, a sample line with € and accents, at the printer's width.
    void printTestPage();
    // Kicks the cash drawer alone (a cash sale whose receipt is not wanted). No-op for printers
    // that are not ESC/POS.
    void openDrawer();
    // Writes a copy of the ticket's receipt as a PDF file, a sale's with its return barcode (on
    // request, whatever the printer); it counts as a copy (ORIGINAL, then DUPLICATA n).
    // Errors: FileNotWritten.
    Status savePdf(const Ticket &ticket, const QString &path, std::optional<qint64> operatorId);

    // The receipt as it would print now (the next copy's ORIGINAL / DUPLICATA n), for previews
    // and tests.
    Result<QList<ReceiptLine>> layout(const Ticket &ticket) const;

    // Network printers: how long to wait for an answer (tests shorten it).
    void setNetworkTimeout(int milliseconds);

Q_SIGNALS:
    void printed(qint64 ticketId, int duplicateNumber);
    void failed(qint64 ticketId, const comptoir::Error &error);

private:
    ShopSettings &m_settings;
    ReceiptPrintLog &m_log;
    const TicketReader &m_tickets;
    const FiscalChain &m_chain;
    int m_networkTimeoutMs = 5000;
    struct Job; // a job handed to a network printer, waiting for its answer
    struct Private;

    // The duplicate number of the next copy: after the copies printed and those in flight.
    Result<int> nextDuplicate(qint64 ticketId) const;
    Result<QList<ReceiptLine>> layoutCopy(const Ticket &ticket, int duplicateNumber) const;
    // Reports a synchronous print: records the copy and emits printed(), or emits failed().
    void finishCopy(const Ticket &ticket, int duplicateNumber, std::optional<qint64> operatorId,
                    const Status &status);
    void recordCopy(qint64 ticketId, qint64 ticketNumber, int duplicateNumber,
                    std::optional<qint64> operatorId);
    void sendToNetwork(const QString &host, quint16 port, const QByteArray &bytes, const Job &job);
    void onNetworkAnswer(EscPosTcpPrinter *printer, const Error &error);

    Private *d = nullptr;
};

} // namespace comptoir
