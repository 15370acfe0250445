// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/receipts/receiptservice.h"

#include "models/fiscal/fiscalchain.h"
#include "models/money.h"

#include "models/receipts/escpos.h"
#include "models/receipts/receiptprintlog.h"
#include "models/sales/returncode.h"
#include "models/sales/ticketreader.h"
#include "models/settings/shopsettings.h"
#include "ui/logging.h"
#include "ui/receipts/receiptprinter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPrinter>

#include <algorithm>
#include <utility>

namespace comptoir {

// A job handed to a network printer, waiting for its printed() or failed(). The printer works
// through its jobs in order, so its next answer is about its oldest job here.
struct ReceiptService::Job
{
    enum class Kind { Ticket, Lines, Drawer };
    EscPosTcpPrinter *printer = nullptr;
    Kind kind = Kind::Ticket;
    qint64 ticketId = 0;
    qint64 ticketNumber = 0;
    int duplicateNumber = 0;
    std::optional<qint64> operatorId;
};

struct ReceiptService::Private
{
    EscPosTcpPrinter *network = nullptr; // for the printer now in the settings; a child of the service
    QList<Job> jobs; // in flight, oldest first, for every network printer
};

namespace {

// The barcode a sale's receipt carries to bring it back; none for a refund (it cannot be).
QString returnBarcode(const Ticket &ticket)
{
    return ticket.kind == TicketKind::Sale ? ReturnCode::forTicket(ticket) : QString();
}

bool isEscPos(PrinterSettings::Kind kind)
{
    return kind == PrinterSettings::Kind::EscPosNetwork || kind == PrinterSettings::Kind::EscPosDevice;
}

// A file name in the folder that is not taken yet: base.pdf, else base-2.pdf, base-3.pdf…
// A file name not taken yet in folder, which is created when missing (a new till's receipts
// folder, for this account only: 0700); if it cannot be, writing the PDF fails with FileNotWritten.
QString freePath(const QString &folder, const QString &base)
{
    QDir().mkpath(QFileInfo(folder).absolutePath());
    QDir().mkdir(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QDir dir(folder);
    QString path = dir.filePath(base + QStringLiteral(".pdf"));
    for (int i = 2; QFileInfo::exists(path); ++i)
        path = dir.filePath(base + QLatin1Char('-') + QString::number(i) + QStringLiteral(".pdf"));
    return path;
}

Status printOnSystem(const QString &printerName, const QList<ReceiptLine> &lines, int columns,
                     const QString &barcode = {})
{
    QPrinter printer(QPrinter::HighResolution);
    if (!printerName.isEmpty())
        printer.setPrinterName(printerName);
    if (!printer.isValid())
        return makeError(ErrorCode::PrinterUnreachable, printerName,
                         QStringLiteral("no such system printer"));
    return printReceipt(lines, printer, columns, barcode);
}

} // namespace

ReceiptService::ReceiptService(ShopSettings &settings, ReceiptPrintLog &log, const TicketReader &tickets,
                               const FiscalChain &chain, QObject *parent)
    : QObject(parent), m_settings(settings), m_log(log), m_tickets(tickets), m_chain(chain), d(new Private)
{ }

ReceiptService::~ReceiptService()
{
    delete d;
}

bool ReceiptService::hasPrinter() const
{
    const auto printer = m_settings.printer();
    return printer && printer->kind != PrinterSettings::Kind::None;
}

void ReceiptService::setNetworkTimeout(int milliseconds)
{
    m_networkTimeoutMs = milliseconds;
    if (d->network)
        d->network->setTimeout(milliseconds);
}

Result<int> ReceiptService::nextDuplicate(qint64 ticketId) const
{
    const auto printed = m_log.printCount(ticketId);
    if (!printed)
        return printed.error();
    int next = printed.value();
    for (const Job &job : std::as_const(d->jobs)) {
        if (job.kind == Job::Kind::Ticket && job.ticketId == ticketId)
            next = std::max(next, job.duplicateNumber + 1);
    }
    return next;
}

Result<QList<ReceiptLine>> ReceiptService::layout(const Ticket &ticket) const
{
    const auto duplicate = nextDuplicate(ticket.id);
    if (!duplicate)
        return duplicate.error();
    return layoutCopy(ticket, duplicate.value());
}

Result<QList<ReceiptLine>> ReceiptService::layoutCopy(const Ticket &ticket, int duplicateNumber) const
{
    const auto printer = m_settings.printer();
    if (!printer)
        return printer.error();
    const auto shop = m_settings.identity();
    if (!shop)
        return shop.error();
    ReceiptOptions options;
    options.columns = printer->columns;
    options.duplicateNumber = duplicateNumber;
    if (auto zone = m_settings.timeZone())
        options.timeZone = *zone;
    if (ticket.kind == TicketKind::Refund && ticket.originalTicketId) {
        const auto original = m_tickets.ticket(*ticket.originalTicketId);
        if (!original)
            return original.error();
        options.originalTicketNumber = original->number;
    }
    // The fiscal block: the signature's excerpt (a ticket stored before the chain existed has
    // none), the software and its version.
    const auto link = m_chain.link(FiscalRecordType::Ticket, ticket.id);
    if (link)
        options.signatureExcerpt = FiscalChain::excerpt(link->signature);
    else if (link.error().code != ErrorCode::NotFound)
        return link.error();
    options.software
        = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
    return Receipt::layout(shop.value(), ticket, options);
}

void ReceiptService::printTicket(const Ticket &ticket, std::optional<qint64> operatorId, bool openDrawer)
{
    using Kind = PrinterSettings::Kind;
    const auto printer = m_settings.printer();
    if (!printer) {
        Q_EMIT failed(ticket.id, printer.error());
        return;
    }
    if (printer->kind == Kind::None) {
        Q_EMIT failed(ticket.id, makeError(ErrorCode::NoPrinter));
        return;
    }
    const auto next = nextDuplicate(ticket.id);
    const auto lines = next ? layoutCopy(ticket, next.value()) : Result<QList<ReceiptLine>>(next.error());
    if (!lines) {
        qCWarning(lcUi) << "Cannot lay out the receipt of ticket" << ticket.number << lines.error().detail;
        Q_EMIT failed(ticket.id, lines.error());
        return;
    }
    const int duplicate = next.value();
    const QString barcode = returnBarcode(ticket);

    if (isEscPos(printer->kind)) {
        EscPosOptions options;
        options.openDrawer = openDrawer;
        options.barcode = barcode;
        const QByteArray bytes = EscPosEncoder::encode(lines.value(), options);
        if (printer->kind == Kind::EscPosNetwork) {
            sendToNetwork(printer->host, printer->port, bytes,
                          Job {nullptr, Job::Kind::Ticket, ticket.id, ticket.number, duplicate, operatorId});
            return;
        }
        finishCopy(ticket, duplicate, operatorId, DevicePrinter(printer->device).print(bytes));
        return;
    }
    if (printer->kind == Kind::PdfFolder) {
        const QString path
            = freePath(printer->pdfFolder, QStringLiteral("ticket-%1-%2").arg(ticket.number).arg(duplicate));
        finishCopy(ticket, duplicate, operatorId, writePdf(lines.value(), path, printer->columns, barcode));
        return;
    }
    finishCopy(ticket, duplicate, operatorId,
               printOnSystem(printer->systemPrinter, lines.value(), printer->columns, barcode));
}

void ReceiptService::printTestPage()
{
    const auto printer = m_settings.printer();
    if (!printer) {
        Q_EMIT failed(0, printer.error());
        return;
    }
    const auto shop = m_settings.identity();
    const int columns = printer->columns;
    const QString rule(columns, QLatin1Char('-'));
    QList<ReceiptLine> lines;
    lines << ReceiptLine {shop ? shop->name.left(columns) : QString(),
                          ReceiptLine::Bold | ReceiptLine::Centered}
          << ReceiptLine {tr("Test print").left(columns), ReceiptLine::Centered}
          << ReceiptLine {rule, ReceiptLine::Separator}
          << ReceiptLine {tr("Café crème, thé, œufs: %1").arg(Money::format(250)).left(columns),
                          ReceiptLine::Normal}
          << ReceiptLine {tr("The printer works.").left(columns), ReceiptLine::Normal}
          << ReceiptLine {rule, ReceiptLine::Separator};
    printLines(lines, Document::TestPage);
}

void ReceiptService::printLines(const QList<ReceiptLine> &lines, Document document)
{
    using Kind = PrinterSettings::Kind;
    const auto printer = m_settings.printer();
    if (!printer) {
        Q_EMIT failed(0, printer.error());
        return;
    }
    Status status;
    switch (printer->kind) {
    case Kind::None:
        status = makeError(ErrorCode::NoPrinter);
        break;
    case Kind::EscPosNetwork:
        sendToNetwork(printer->host, printer->port, EscPosEncoder::encode(lines),
                      Job {nullptr, Job::Kind::Lines, 0, 0, 0, std::nullopt});
        return;
    case Kind::EscPosDevice:
        status = DevicePrinter(printer->device).print(EscPosEncoder::encode(lines));
        break;
    case Kind::PdfFolder: {
        const QString prefix
            = document == Document::TestPage ? QStringLiteral("test-page-") : QStringLiteral("z-");
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        status = writePdf(lines, freePath(printer->pdfFolder, prefix + stamp), printer->columns);
        break;
    }
    case Kind::System:
        status = printOnSystem(printer->systemPrinter, lines, printer->columns);
        break;
    }
    if (status) {
        Q_EMIT printed(0, 0);
    } else {
        qCWarning(lcUi) << "Printing failed:" << int(status.error().code) << status.error().detail;
        Q_EMIT failed(0, status.error());
    }
}

void ReceiptService::openDrawer()
{
    using Kind = PrinterSettings::Kind;
    const auto printer = m_settings.printer();
    if (!printer || !isEscPos(printer->kind))
        return;
    const QByteArray kick = EscPosEncoder::drawerKickSequence();
    if (printer->kind == Kind::EscPosNetwork) {
        sendToNetwork(printer->host, printer->port, kick,
                      Job {nullptr, Job::Kind::Drawer, 0, 0, 0, std::nullopt});
        return;
    }
    if (const Status status = DevicePrinter(printer->device).print(kick); !status) {
        qCWarning(lcUi) << "Cannot open the cash drawer:" << status.error().detail;
        Q_EMIT failed(0, status.error());
    }
}

Status ReceiptService::savePdf(const Ticket &ticket, const QString &path, std::optional<qint64> operatorId)
{
    const auto next = nextDuplicate(ticket.id);
    if (!next)
        return next.error();
    const int duplicate = next.value();
    const auto lines = layoutCopy(ticket, duplicate);
    if (!lines)
        return lines.error();
    const auto printer = m_settings.printer();
    const int columns = printer ? printer->columns : 48;
    if (Status written = writePdf(lines.value(), path, columns, returnBarcode(ticket)); !written) {
        qCWarning(lcUi) << "Cannot save the receipt of ticket" << ticket.number
                        << "as PDF:" << written.error().detail;
        return written;
    }
    if (Status recorded = m_log.record(ticket.id, duplicate, operatorId); !recorded) {
        qCCritical(lcUi) << "The receipt of ticket" << ticket.number
                         << "was saved but not logged:" << recorded.error().detail;
        return recorded;
    }
    qCInfo(lcUi) << "Receipt of ticket" << ticket.number << "saved as PDF, copy" << duplicate;
    return {};
}

void ReceiptService::finishCopy(const Ticket &ticket, int duplicate, std::optional<qint64> operatorId,
                                const Status &status)
{
    if (!status) {
        qCWarning(lcUi) << "The receipt of ticket" << ticket.number
                        << "was not printed:" << status.error().detail;
        Q_EMIT failed(ticket.id, status.error());
        return;
    }
    recordCopy(ticket.id, ticket.number, duplicate, operatorId);
}

void ReceiptService::recordCopy(qint64 ticketId, qint64 ticketNumber, int duplicate,
                                std::optional<qint64> operatorId)
{
    // The paper is out: report it even if the log cannot be written (the next copy's number
    // would then repeat, which the log's uniqueness refuses loudly).
    if (const Status recorded = m_log.record(ticketId, duplicate, operatorId); !recorded) {
        qCCritical(lcUi) << "The receipt of ticket" << ticketNumber
                         << "was printed but not logged:" << recorded.error().detail;
    } else {
        qCInfo(lcUi) << "Receipt of ticket" << ticketNumber << "printed, copy" << duplicate;
    }
    Q_EMIT printed(ticketId, duplicate);
}

void ReceiptService::sendToNetwork(const QString &host, quint16 port, const QByteArray &bytes, const Job &job)
{
    if (!d->network || d->network->host() != host || d->network->port() != port) {
        EscPosTcpPrinter *old = d->network;
        auto *printer = new EscPosTcpPrinter(host, port, this);
        printer->setTimeout(m_networkTimeoutMs);
        connect(printer, &EscPosTcpPrinter::printed, this, [this, printer] { onNetworkAnswer(printer, {}); });
        connect(printer, &EscPosTcpPrinter::failed, this,
                [this, printer](const Error &error) { onNetworkAnswer(printer, error); });
        d->network = printer;
        // The former printer finishes its jobs, then goes.
        const bool oldIdle = std::none_of(d->jobs.cbegin(), d->jobs.cend(),
                                          [old](const Job &j) { return j.printer == old; });
        if (old && oldIdle)
            old->deleteLater();
    }
    Job queued = job;
    queued.printer = d->network;
    d->jobs.append(queued);
    d->network->print(bytes);
}

void ReceiptService::onNetworkAnswer(EscPosTcpPrinter *printer, const Error &error)
{
    const auto it = std::find_if(d->jobs.begin(), d->jobs.end(),
                                 [printer](const Job &j) { return j.printer == printer; });
    if (it == d->jobs.end())
        return;
    const Job job = *it;
    d->jobs.erase(it);
    if (printer != d->network && std::none_of(d->jobs.cbegin(), d->jobs.cend(), [printer](const Job &j) {
            return j.printer == printer;
        }))
        printer->deleteLater();

    if (error.code != ErrorCode::None) {
        qCWarning(lcUi) << "Network receipt printer failed for ticket" << job.ticketNumber << error.detail;
        Q_EMIT failed(job.ticketId, error);
        return;
    }
    switch (job.kind) {
    case Job::Kind::Ticket:
        recordCopy(job.ticketId, job.ticketNumber, job.duplicateNumber, job.operatorId);
        break;
    case Job::Kind::Lines:
        Q_EMIT printed(0, 0);
        break;
    case Job::Kind::Drawer:
        break; // the drawer opened: nothing to report
    }
}

} // namespace comptoir
