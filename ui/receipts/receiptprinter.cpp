// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/receipts/receiptprinter.h"

#include "ui/logging.h"
#include "ui/receipts/barcodepainter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QTcpSocket>

namespace comptoir {

// ---------------------------------------------------------------------------------------------
// EscPosTcpPrinter

EscPosTcpPrinter::EscPosTcpPrinter(const QString &host, quint16 port, QObject *parent)
    : QObject(parent), m_host(host), m_port(port)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &EscPosTcpPrinter::onTimeout);
}

EscPosTcpPrinter::~EscPosTcpPrinter()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void EscPosTcpPrinter::print(const QByteArray &bytes)
{
    m_queue.append(bytes);
    if (!isBusy())
        startNext();
}

void EscPosTcpPrinter::startNext()
{
    if (m_queue.isEmpty())
        return;
    auto *socket = new QTcpSocket(this);
    m_socket = socket;
    m_connected = false;
    m_remaining = m_queue.first().size();
    connect(socket, &QTcpSocket::connected, this, &EscPosTcpPrinter::onConnected);
    connect(socket, &QTcpSocket::bytesWritten, this, &EscPosTcpPrinter::onBytesWritten);
    connect(socket, &QTcpSocket::errorOccurred, this, &EscPosTcpPrinter::onSocketError);
    m_timer.start(m_timeoutMs);
    socket->connectToHost(m_host, m_port);
}

void EscPosTcpPrinter::onConnected()
{
    m_connected = true;
    m_timer.start(m_timeoutMs);
    if (m_remaining == 0) {
        finish({});
        return;
    }
    m_socket->write(m_queue.first());
}

void EscPosTcpPrinter::onBytesWritten(qint64 count)
{
    m_remaining -= count;
    m_timer.start(m_timeoutMs); // the printer is taking data: give it time for the rest
    if (m_remaining <= 0)
        finish({});
}

void EscPosTcpPrinter::onSocketError()
{
    if (!m_socket)
        return;
    const Error error = makeError(m_connected ? ErrorCode::PrinterFailed : ErrorCode::PrinterUnreachable,
                                  m_host, m_socket->errorString());
    finish(error);
}

void EscPosTcpPrinter::onTimeout()
{
    if (!m_socket)
        return;
    finish(makeError(m_connected ? ErrorCode::PrinterFailed : ErrorCode::PrinterUnreachable, m_host,
                     QStringLiteral("no answer within %1 ms").arg(m_timeoutMs)));
}

void EscPosTcpPrinter::finish(const Error &error)
{
    m_timer.stop();
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    if (socket) {
        socket->disconnect(this);
        if (error.code == ErrorCode::None) {
            // Close once the last bytes are out; the socket deletes itself when closed.
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
            if (socket->state() == QAbstractSocket::UnconnectedState)
                socket->deleteLater();
        } else {
            socket->abort();
            socket->deleteLater();
        }
    }
    if (!m_queue.isEmpty())
        m_queue.removeFirst();
    if (error.code == ErrorCode::None) {
        Q_EMIT printed();
    } else {
        qCWarning(lcUi) << "Receipt printer" << m_host << m_port << "failed:" << error.detail;
        Q_EMIT failed(error);
    }
    if (!isBusy())
        startNext();
}

// ---------------------------------------------------------------------------------------------
// DevicePrinter

DevicePrinter::DevicePrinter(const QString &devicePath) : m_devicePath(devicePath) { }

Status DevicePrinter::print(const QByteArray &bytes) const
{
    QFile device(m_devicePath);
    if (!device.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return makeError(ErrorCode::PrinterUnreachable, m_devicePath, device.errorString());
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 count = device.write(bytes.constData() + written, bytes.size() - written);
        if (count <= 0)
            return makeError(ErrorCode::PrinterFailed, m_devicePath, device.errorString());
        written += count;
    }
    device.close();
    return {};
}

// ---------------------------------------------------------------------------------------------
// PDF and system printers

namespace {

constexpr qreal PaperWidthMm = 80.0;
constexpr qreal MarginMm = 4.0;

// A monospace font whose `columns` characters fill `width` device units.
QFont receiptFont(QPaintDevice *device, qreal width, int columns)
{
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    font.setFixedPitch(true);
    font.setPointSizeF(8.0);
    const qreal measured = QFontMetricsF(font, device).horizontalAdvance(QString(columns, QLatin1Char('M')));
    if (measured > 0)
        font.setPointSizeF(8.0 * width / measured * 0.98);
    return font;
}

QFont styled(QFont font, ReceiptLine::Styles style)
{
    font.setBold(style.testFlag(ReceiptLine::Bold));
    if (style.testFlag(ReceiptLine::Large))
        font.setPointSizeF(font.pointSizeF() * 2);
    return font;
}

qreal contentHeight(const QList<ReceiptLine> &lines, const QFont &font, QPaintDevice *device)
{
    qreal height = 0;
    for (const ReceiptLine &line : lines)
        height += QFontMetricsF(styled(font, line.style), device).lineSpacing();
    return height;
}

// Sizes the page of `device` to the receipt.
void preparePage(QPagedPaintDevice &device, const QList<ReceiptLine> &lines, int columns,
                 const QString &barcode)
{
    const qreal dotsPerMm = device.logicalDpiX() / 25.4;
    const qreal width = (PaperWidthMm - 2 * MarginMm) * dotsPerMm;
    const QFont font = receiptFont(&device, width, qMax(columns, 16));
    const qreal content
        = contentHeight(lines, font, &device) + BarcodePainter::height(barcode, &device, width, font);
    const qreal heightMm = content / (device.logicalDpiY() / 25.4) + 2 * MarginMm;
    device.setPageLayout(QPageLayout(QPageSize(QSizeF(PaperWidthMm, qMax(heightMm, PaperWidthMm)),
                                               QPageSize::Millimeter, QString(), QPageSize::ExactMatch),
                                     QPageLayout::Portrait, QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm),
                                     QPageLayout::Millimeter));
}

} // namespace

qreal paintReceipt(QPainter &painter, const QList<ReceiptLine> &lines, qreal width, int columns,
                   const QString &barcode)
{
    const QFont font = receiptFont(painter.device(), width, qMax(columns, 16));
    qreal y = 0;
    for (const ReceiptLine &line : lines) {
        const QFont lineFont = styled(font, line.style);
        painter.setFont(lineFont);
        const qreal spacing = QFontMetricsF(lineFont, painter.device()).lineSpacing();
        const Qt::Alignment alignment
            = (line.style.testFlag(ReceiptLine::Centered) ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignTop;
        painter.drawText(QRectF(0, y, width, spacing), alignment, line.text);
        y += spacing;
    }
    if (!barcode.isEmpty())
        y += BarcodePainter::paint(painter, barcode, y, width, font);
    return y;
}

Status writePdf(const QList<ReceiptLine> &lines, const QString &path, int columns, const QString &barcode)
{
    if (!QFileInfo(path).absoluteDir().exists())
        return makeError(ErrorCode::FileNotWritten, path, QStringLiteral("the folder does not exist"));
    // Receipts name customers and operators: the file is created for this account only (0600).
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return makeError(ErrorCode::FileNotWritten, path, file.errorString());
    QPdfWriter writer(&file);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Comptoir"));
    preparePage(writer, lines, columns, barcode);
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(ErrorCode::FileNotWritten, path, QStringLiteral("cannot start the PDF"));
    paintReceipt(painter, lines, writer.width(), columns, barcode);
    if (!painter.end())
        return makeError(ErrorCode::FileNotWritten, path, QStringLiteral("cannot finish the PDF"));
    file.close();
    QFile check(path);
    if (!check.exists() || check.size() == 0)
        return makeError(ErrorCode::FileNotWritten, path, QStringLiteral("the PDF is empty"));
    return {};
}

Status printReceipt(const QList<ReceiptLine> &lines, QPrinter &printer, int columns, const QString &barcode)
{
    preparePage(printer, lines, columns, barcode);
    QPainter painter;
    if (!painter.begin(&printer))
        return makeError(ErrorCode::PrinterFailed, printer.printerName(),
                         QStringLiteral("cannot start printing"));
    paintReceipt(painter, lines, printer.width(), columns, barcode);
    if (!painter.end())
        return makeError(ErrorCode::PrinterFailed, printer.printerName(),
                         QStringLiteral("cannot finish printing"));
    return {};
}

} // namespace comptoir
