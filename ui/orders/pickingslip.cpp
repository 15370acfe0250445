// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/orders/pickingslip.h"

#include "models/receipts/escpos.h"
#include "models/settings/shopsettings.h"
#include "ui/logging.h"
#include "ui/receipts/receiptprinter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPrinter>

namespace comptoir {

namespace {

// Text cut into lines of at most `columns` characters, at spaces where possible; the lines after
// the first start with `indent`.
QStringList wrapped(const QString &text, int columns, const QString &indent = {})
{
    QStringList out;
    QString rest = text.simplified();
    QString prefix;
    while (!rest.isEmpty()) {
        const int room = qMax(8, columns - int(prefix.size()));
        if (rest.size() <= room) {
            out << prefix + rest;
            break;
        }
        int cut = rest.lastIndexOf(QLatin1Char(' '), room);
        if (cut <= 0)
            cut = room;
        out << prefix + rest.left(cut);
        rest = rest.mid(cut).trimmed();
        prefix = indent;
    }
    return out;
}

void add(QList<ReceiptLine> &out, const QStringList &texts, ReceiptLine::Styles style = ReceiptLine::Normal)
{
    for (const QString &text : texts)
        out << ReceiptLine {text, style};
}

} // namespace

QList<ReceiptLine> PickingSlip::layout(const OnlineOrder &order, const QList<PickLine> &lines, int columns,
                                       const QLocale &locale, const QTimeZone &timeZone)
{
    QList<ReceiptLine> out;
    const ReceiptLine::Styles title = ReceiptLine::Bold | ReceiptLine::Centered;
    out << ReceiptLine {QCoreApplication::translate("PickingSlip", "PICKING SLIP"), title};
    // Large type is twice as wide: half the columns.
    add(out, wrapped(QCoreApplication::translate("PickingSlip", "Order %1").arg(order.number), columns / 2),
        ReceiptLine::Large | ReceiptLine::Bold | ReceiptLine::Centered);
    out << ReceiptLine {QString(), ReceiptLine::Normal};
    add(out, wrapped(order.customerName, columns), ReceiptLine::Bold);
    if (!order.customerPhone.isEmpty())
        add(out, wrapped(order.customerPhone, columns));
    const QDateTime placed = order.placedAt.toTimeZone(timeZone);
    add(out,
        wrapped(QCoreApplication::translate("PickingSlip", "Placed %1")
                    .arg(locale.toString(placed, QLocale::ShortFormat)),
                columns));
    add(out,
        wrapped(order.payment == OrderPayment::AtCollection
                    ? QCoreApplication::translate("PickingSlip", "To pay at collection")
                    : QCoreApplication::translate("PickingSlip", "Paid online"),
                columns));
    out << ReceiptLine {QString(columns, QLatin1Char('-')), ReceiptLine::Separator};
    qint64 items = 0;
    for (const PickLine &line : lines) {
        const QString name = line.productName.isEmpty()
            ? QCoreApplication::translate("PickingSlip", "Item not in the catalogue yet")
            : (line.variantLabel.isEmpty() ? line.productName
                                           : line.productName + QStringLiteral(" ") + line.variantLabel);
        const QString location = line.location.isEmpty()
            ? QCoreApplication::translate("PickingSlip", "no category")
            : line.location;
        add(out,
            wrapped(QStringLiteral("[%1] %2").arg(
                        location, QCoreApplication::translate("PickingSlip", "line %1").arg(line.lineNo)),
                    columns));
        add(out,
            wrapped(QStringLiteral("%1 x %2").arg(line.ordered).arg(name), columns, QStringLiteral("    ")),
            ReceiptLine::Bold);
        QStringList codes;
        if (!line.barcode.isEmpty())
            codes << line.barcode;
        if (!line.reference.isEmpty())
            codes << QCoreApplication::translate("PickingSlip", "ref. %1").arg(line.reference);
        if (!codes.isEmpty())
            add(out,
                wrapped(QStringLiteral("    ") + codes.join(QStringLiteral("  ")), columns,
                        QStringLiteral("    ")));
        if (line.refused)
            add(out,
                wrapped(
                    QStringLiteral("    ")
                        + QCoreApplication::translate("PickingSlip", "REFUSED: %1").arg(line.refusalReason),
                    columns, QStringLiteral("    ")));
        else
            items += line.ordered;
    }
    out << ReceiptLine {QString(columns, QLatin1Char('-')), ReceiptLine::Separator};
    add(out,
        wrapped(QCoreApplication::translate("PickingSlip", "%n item(s) to pick", nullptr, int(items)),
                columns),
        ReceiptLine::Bold);
    out << ReceiptLine {QCoreApplication::translate("PickingSlip", "Scan at collection:"),
                        ReceiptLine::Centered};
    return out;
}

QByteArray PickingSlip::escPos(const OnlineOrder &order, const QList<PickLine> &lines, int columns)
{
    EscPosOptions options;
    options.barcode = orderCode(order.number);
    return EscPosEncoder::encode(layout(order, lines, columns), options);
}

Status PickingSlip::writePdf(const OnlineOrder &order, const QList<PickLine> &lines, const QString &path,
                             int columns)
{
    return comptoir::writePdf(layout(order, lines, columns), path, columns, orderCode(order.number));
}

PickingSlipPrinter::PickingSlipPrinter(const ShopSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{ }

void PickingSlipPrinter::print(const OnlineOrder &order, const QList<PickLine> &lines)
{
    using Kind = PrinterSettings::Kind;
    const auto printer = m_settings.printer();
    if (!printer) {
        Q_EMIT failed(printer.error());
        return;
    }
    Status status;
    switch (printer->kind) {
    case Kind::None:
        status = makeError(ErrorCode::NoPrinter);
        break;
    case Kind::EscPosNetwork: {
        auto *network = new EscPosTcpPrinter(printer->host, printer->port, this);
        network->setTimeout(m_timeoutMs);
        connect(network, &EscPosTcpPrinter::printed, this, [this, network] {
            network->deleteLater();
            Q_EMIT printed();
        });
        connect(network, &EscPosTcpPrinter::failed, this, [this, network](const Error &error) {
            network->deleteLater();
            qCWarning(lcUi) << "Picking slip not printed:" << int(error.code);
            Q_EMIT failed(error);
        });
        network->print(PickingSlip::escPos(order, lines, printer->columns));
        return;
    }
    case Kind::EscPosDevice:
        status = DevicePrinter(printer->device).print(PickingSlip::escPos(order, lines, printer->columns));
        break;
    case Kind::PdfFolder: {
        QDir().mkpath(printer->pdfFolder);
        const QDir dir(printer->pdfFolder);
        const QString base = QStringLiteral("slip-") + orderCode(order.number);
        QString path = dir.filePath(base + QStringLiteral(".pdf"));
        for (int i = 2; QFileInfo::exists(path); ++i)
            path = dir.filePath(base + QLatin1Char('-') + QString::number(i) + QStringLiteral(".pdf"));
        status = PickingSlip::writePdf(order, lines, path, printer->columns);
        break;
    }
    case Kind::System: {
        QPrinter system(QPrinter::HighResolution);
        if (!printer->systemPrinter.isEmpty())
            system.setPrinterName(printer->systemPrinter);
        if (!system.isValid()) {
            status = makeError(ErrorCode::PrinterUnreachable, printer->systemPrinter);
            break;
        }
        status = printReceipt(PickingSlip::layout(order, lines, printer->columns), system, printer->columns,
                              orderCode(order.number));
        break;
    }
    }
    if (status) {
        Q_EMIT printed();
    } else {
        qCWarning(lcUi) << "Picking slip not printed:" << int(status.error().code);
        Q_EMIT failed(status.error());
    }
}

} // namespace comptoir
