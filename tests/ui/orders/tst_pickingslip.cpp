// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The picking slip (issue 16, item 3): order number, customer, lines with location, barcode and
// quantity, and the order's barcode CMD-<number> (Code 128) read back with zxing-cpp; sent as
// ESC/POS to a device and to a network printer on loopback, or written as PDF.
#define ZX_USE_UTF8
#include "models/receipts/escpos.h"
#include "models/settings/shopsettings.h"
#include "tempdatabase.h"
#include "ui/orders/pickingslip.h"
#include "ui/receipts/receiptprinter.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <ZXing/ReadBarcode.h>

using namespace comptoir;

namespace {

OnlineOrder sampleOrder()
{
    OnlineOrder order;
    order.id = 1;
    order.uuid = QStringLiteral("o-118");
    order.number = 118;
    order.status = OrderStatus::Accepted;
    order.customerName = QStringLiteral("Claire Martin");
    order.customerPhone = QStringLiteral("06 12 34 56 78");
    order.placedAt = QDateTime(QDate(2026, 11, 27), QTime(8, 30), Qt::UTC);
    return order;
}

QList<PickLine> sampleLines()
{
    PickLine a;
    a.lineNo = 1;
    a.productName = QStringLiteral("Confiture de figues");
    a.variantLabel = QStringLiteral("250 g");
    a.reference = QStringLiteral("F000001");
    a.barcode = QStringLiteral("2000000000015");
    a.location = QStringLiteral("Épicerie sucrée");
    a.ordered = 2;
    PickLine b = a;
    b.lineNo = 2;
    b.productName = QStringLiteral("Savon au lait d'ânesse");
    b.variantLabel.clear();
    b.barcode = QStringLiteral("2000000000022");
    b.location.clear();
    b.ordered = 1;
    b.refused = true;
    b.refusalReason = QStringLiteral("Rupture");
    return {a, b};
}

QString readBarcode(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::Code128);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    return result.isValid() ? QString::fromStdString(result.text()) : QString();
}

} // namespace

class TestPickingSlip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layoutHoldsWhatThePickerNeeds();
    void escPosPrintsTheOrderBarcode();
    void paintedBarcodeReadsBack();
    void printsOnEachKindOfPrinter();
    void printsOnANetworkPrinter();
};

void TestPickingSlip::layoutHoldsWhatThePickerNeeds()
{
    const QList<ReceiptLine> lines
        = PickingSlip::layout(sampleOrder(), sampleLines(), 48, QLocale(QLocale::English), QTimeZone::utc());
    QStringList texts;
    bool numberIsLarge = false;
    for (const ReceiptLine &line : lines) {
        texts << line.text;
        if (line.text.contains(QStringLiteral("118")) && line.style.testFlag(ReceiptLine::Large))
            numberIsLarge = true;
        QVERIFY2(line.text.size() <= 48, qPrintable(line.text));
    }
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY(numberIsLarge);
    QVERIFY(all.contains(QStringLiteral("Claire Martin")));
    QVERIFY(all.contains(QStringLiteral("06 12 34 56 78")));
    QVERIFY(all.contains(QStringLiteral("[Épicerie sucrée]")));
    QVERIFY(all.contains(QStringLiteral("2 x Confiture de figues 250 g")));
    QVERIFY(all.contains(QStringLiteral("2000000000015")));
    QVERIFY(all.contains(QStringLiteral("[no category]")));
    QVERIFY(all.contains(QStringLiteral("REFUSED: Rupture")));
    QVERIFY(all.contains(QStringLiteral("2 item(s) to pick")));
}

void TestPickingSlip::escPosPrintsTheOrderBarcode()
{
    const QByteArray bytes = PickingSlip::escPos(sampleOrder(), sampleLines());
    // GS k 73 (Code 128) with the payload "{B" + "CMD-118".
    QVERIFY(bytes.contains(QByteArray("\x1d\x6b\x49", 3)));
    QVERIFY(bytes.contains(QByteArray("{BCMD-118")));
    QVERIFY(bytes.contains(EscPosEncoder::partialCutSequence()));
    const QString text = EscPosEncoder::decode(bytes);
    QVERIFY(text.contains(QStringLiteral("Claire Martin")));
    QVERIFY(text.contains(QStringLiteral("CMD-118")));
}

void TestPickingSlip::paintedBarcodeReadsBack()
{
    const int dpi = 203;
    const int width = int(72.0 * dpi / 25.4);
    QImage image(width, width * 4, QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    paintReceipt(painter, PickingSlip::layout(sampleOrder(), sampleLines()), width, 48, orderCode(118));
    painter.end();
    QCOMPARE(readBarcode(image), QStringLiteral("CMD-118"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("slip.pdf"));
    QVERIFY(PickingSlip::writePdf(sampleOrder(), sampleLines(), path));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
}

void TestPickingSlip::printsOnEachKindOfPrinter()
{
    TempDatabase temp;
    ShopSettings settings(temp.db());
    PickingSlipPrinter printer(settings);
    QSignalSpy printed(&printer, &PickingSlipPrinter::printed);
    QSignalSpy failed(&printer, &PickingSlipPrinter::failed);

    printer.print(sampleOrder(), sampleLines()); // no printer set up
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<Error>().code, ErrorCode::NoPrinter);

    QTemporaryDir dir;
    PrinterSettings device;
    device.kind = PrinterSettings::Kind::EscPosDevice;
    device.device = dir.filePath(QStringLiteral("lp0"));
    QVERIFY(settings.setPrinter(device).ok());
    printer.print(sampleOrder(), sampleLines());
    QCOMPARE(printed.size(), 1);
    QFile file(device.device);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), PickingSlip::escPos(sampleOrder(), sampleLines()));

    PrinterSettings pdf;
    pdf.kind = PrinterSettings::Kind::PdfFolder;
    pdf.pdfFolder = dir.filePath(QStringLiteral("pdf"));
    QVERIFY(settings.setPrinter(pdf).ok());
    printer.print(sampleOrder(), sampleLines());
    printer.print(sampleOrder(), sampleLines());
    QCOMPARE(printed.size(), 3);
    QVERIFY(QFile::exists(QDir(pdf.pdfFolder).filePath(QStringLiteral("slip-CMD-118.pdf"))));
    QVERIFY(QFile::exists(QDir(pdf.pdfFolder).filePath(QStringLiteral("slip-CMD-118-2.pdf"))));
}

void TestPickingSlip::printsOnANetworkPrinter()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QByteArray received;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, this, [&received, socket] { received += socket->readAll(); });
    });
    TempDatabase temp;
    ShopSettings settings(temp.db());
    PrinterSettings network;
    network.kind = PrinterSettings::Kind::EscPosNetwork;
    network.host = QStringLiteral("127.0.0.1");
    network.port = server.serverPort();
    QVERIFY(settings.setPrinter(network).ok());
    PickingSlipPrinter printer(settings);
    QSignalSpy printed(&printer, &PickingSlipPrinter::printed);
    printer.print(sampleOrder(), sampleLines());
    QVERIFY(printed.wait(5000));
    const QByteArray expected = PickingSlip::escPos(sampleOrder(), sampleLines());
    QTRY_COMPARE(received.size(), expected.size());
    QCOMPARE(received, expected);
}

QTEST_MAIN(TestPickingSlip)
#include "tst_pickingslip.moc"
