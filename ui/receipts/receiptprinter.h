// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/error.h"
#include "models/receipts/receipt.h"
#include "models/result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

class QPainter;
class QPrinter;
class QTcpSocket;

namespace comptoir {

// Sends ESC/POS bytes to a network thermal printer (raw TCP, port 9100) without ever blocking
// the till: print() returns at once, then printed() or failed() follows. A printer that is off,
// unplugged or at a wrong address fails within the timeout (5 s unless told). Jobs given while
// one is under way wait their turn.
class EscPosTcpPrinter : public QObject
{
    Q_OBJECT

public:
    explicit EscPosTcpPrinter(const QString &host, quint16 port = 9100, QObject *parent = nullptr);
    ~EscPosTcpPrinter() override;

    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    bool isBusy() const { return m_socket != nullptr; }

    void print(const QByteArray &bytes);

Q_SIGNALS:
    void printed();
    // ErrorCode::PrinterUnreachable (could not connect) or PrinterFailed (lost mid-way).
    void failed(const comptoir::Error &error);

private:
    void startNext();
    void onConnected();
    void onBytesWritten(qint64 count);
    void onSocketError();
    void onTimeout();
    void finish(const Error &error);

    QString m_host;
    quint16 m_port;
    int m_timeoutMs = 5000;
    QList<QByteArray> m_queue;
    QTcpSocket *m_socket = nullptr; // the job under way; a child of this
    qint64 m_remaining = 0;
    bool m_connected = false;
    QTimer m_timer;
};

// Writes ESC/POS bytes to a printer's device file (/dev/usb/lp0, a serial port, a file).
class DevicePrinter
{
public:
    explicit DevicePrinter(const QString &devicePath);
    QString devicePath() const { return m_devicePath; }
    // Fails with ErrorCode::PrinterUnreachable when the device cannot be opened, PrinterFailed
    // when not everything could be written.
    Status print(const QByteArray &bytes) const;

private:
    QString m_devicePath;
};

// Paints the receipt from the painter's origin, `columns` monospace characters filling `width`
// device units; returns the height used. For previews; writePdf and printReceipt use it.
// barcode: a sale's return code (ReturnCode::forTicket()), drawn after the lines as a Code 128
// barcode with its text under it (BarcodePainter), as the ESC/POS receipt prints it.
qreal paintReceipt(QPainter &painter, const QList<ReceiptLine> &lines, qreal width, int columns = 48,
                   const QString &barcode = {});

// The receipt as a one-page PDF as wide as 80 mm paper, in a monospace font sized so that
// `columns` characters fill the width. Fails with ErrorCode::FileNotWritten.
Status writePdf(const QList<ReceiptLine> &lines, const QString &path, int columns = 48,
                const QString &barcode = {});

// The receipt on a system printer (a Windows/CUPS queue), one page 80 mm wide.
// Fails with ErrorCode::PrinterFailed.
Status printReceipt(const QList<ReceiptLine> &lines, QPrinter &printer, int columns = 48,
                    const QString &barcode = {});

} // namespace comptoir
