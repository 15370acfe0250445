// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// zxing-cpp 1.4: text() as UTF-8, the API of its next versions.
#define ZX_USE_UTF8
#include "fakenetworkprinter.h"
#include "filemodes.h"
#include "models/receipts/escpos.h"
#include "models/receipts/receipt.h"
#include "models/sales/returncode.h"
#include "queuedevents.h"
#include "receiptfixture.h"
#include "ui/receipts/barcodepainter.h"
#include "ui/receipts/receiptprinter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <ZXing/ReadBarcode.h>
#include <sys/stat.h>

using namespace comptoir;
using comptoir::tilltest::FakeNetworkPrinter;

namespace {

QByteArray sampleBytes()
{
    ReceiptOptions receiptOptions;
    receiptOptions.locale = QLocale(QLocale::French, QLocale::France);
    EscPosOptions options;
    options.openDrawer = true;
    options.barcode = ReturnCode::forTicket(sampleTicket());
    return EscPosEncoder::encode(Receipt::layout(sampleShop(), sampleTicket(), receiptOptions), options);
}

// The Code 128 barcode zxing-cpp's reader finds in the image, as text; empty when none.
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

// The receipt painted as writePdf() paints it: 72 mm of printable width at `dpi`.
QImage paintedReceipt(const Ticket &ticket, int columns, int dpi, const QString &barcode, qreal *height)
{
    ReceiptOptions options;
    options.columns = columns;
    options.locale = QLocale(QLocale::French, QLocale::France);
    const QList<ReceiptLine> lines = Receipt::layout(sampleShop(), ticket, options);
    const int width = int(72.0 * dpi / 25.4);
    QImage image(width, width * 5, QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    *height = paintReceipt(painter, lines, width, columns, barcode);
    painter.end();
    return image;
}

// The height of the PDF's page, in points.
qreal pdfPageHeight(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[0 0 [0-9.]+ ([0-9.]+)\\]"));
    return mediaBox.match(QString::fromLatin1(file.readAll())).captured(1).toDouble();
}

} // namespace

class TestReceiptPrinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsOverTcp();
    void queuesJobs();
    void closedPortFailsQuickly();
    void stalledPrinterTimesOut();
    void devicePrinter();
    void devicePrinterMissingDevice();
    void pdf();
    void pdfUnwritable();
    void pdfIsForTheOwnerOnly();
    void preview();
    void returnBarcodeReadsBack_data();
    void returnBarcodeReadsBack();
    void pdfMakesRoomForTheBarcode();
    void code128RefusesWhatItCannotHold();
};

void TestReceiptPrinter::printsOverTcp()
{
    FakeNetworkPrinter fake;
    QVERIFY(fake.port() != 0);
    EscPosTcpPrinter printer(QStringLiteral("127.0.0.1"), fake.port());
    int printed = 0;
    int failed = 0;
    connect(&printer, &EscPosTcpPrinter::printed, this, [&] { ++printed; });
    connect(&printer, &EscPosTcpPrinter::failed, this, [&](const Error &) { ++failed; });

    const QByteArray bytes = sampleBytes();
    printer.print(bytes);
    QVERIFY(printer.isBusy()); // print() returned at once, the job is under way
    QTRY_COMPARE(fake.closed(), 1);
    QCOMPARE(printed, 1);
    QCOMPARE(failed, 0);
    QVERIFY(!printer.isBusy());

    QCOMPARE(fake.jobs().size(), 1);
    const QByteArray received = fake.jobs().first();
    QCOMPARE(received, bytes);
    QCOMPARE(received.count(EscPosEncoder::drawerKickSequence()), 1);
    const QString text = EscPosEncoder::decode(received);
    QVERIFY(text.contains(QStringLiteral("€")));
    QVERIFY(text.contains(QStringLiteral("Épicerie")));
    QVERIFY(text.contains(QStringLiteral("TR1-42")));
}

void TestReceiptPrinter::queuesJobs()
{
    FakeNetworkPrinter fake;
    EscPosTcpPrinter printer(QStringLiteral("127.0.0.1"), fake.port());
    int printed = 0;
    connect(&printer, &EscPosTcpPrinter::printed, this, [&] { ++printed; });
    const QByteArray first
        = EscPosEncoder::encode({ReceiptLine {QStringLiteral("first"), ReceiptLine::Normal}});
    const QByteArray second
        = EscPosEncoder::encode({ReceiptLine {QStringLiteral("second"), ReceiptLine::Normal}});
    printer.print(first);
    printer.print(second);
    QTRY_COMPARE(fake.closed(), 2);
    QCOMPARE(printed, 2);
    QCOMPARE(fake.jobs(), (QList<QByteArray> {first, second}));
}

void TestReceiptPrinter::closedPortFailsQuickly()
{
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        port = server.serverPort();
    } // closed: nothing listens there any more
    EscPosTcpPrinter printer(QStringLiteral("127.0.0.1"), port);
    int printed = 0;
    QList<Error> errors;
    connect(&printer, &EscPosTcpPrinter::printed, this, [&] { ++printed; });
    connect(&printer, &EscPosTcpPrinter::failed, this, [&](const Error &error) { errors.append(error); });
    QElapsedTimer timer;
    timer.start();
    printer.print(sampleBytes());
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 3000);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(errors.first().code, ErrorCode::PrinterUnreachable);
    QCOMPARE(errors.first().subject, QStringLiteral("127.0.0.1"));
    QCOMPARE(printed, 0);
    QVERIFY(!printer.isBusy());
    runQueuedEvents();
    QCOMPARE(errors.size(), 1); // reported once
}

void TestReceiptPrinter::stalledPrinterTimesOut()
{
    // A printer that takes the connection but no more data (jammed, out of paper): once the
    // system's buffers are full nothing moves, and the job fails after the timeout, never hangs.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    server.pauseAccepting(); // the connection waits in the backlog and nobody reads it
    EscPosTcpPrinter printer(QStringLiteral("127.0.0.1"), server.serverPort());
    printer.setTimeout(500);
    int printed = 0;
    QList<Error> errors;
    connect(&printer, &EscPosTcpPrinter::printed, this, [&] { ++printed; });
    connect(&printer, &EscPosTcpPrinter::failed, this, [&](const Error &error) { errors.append(error); });
    printer.print(QByteArray(64 * 1024 * 1024, 'x'));
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
    QCOMPARE(errors.first().code, ErrorCode::PrinterFailed);
    QCOMPARE(printed, 0);
    QVERIFY(!printer.isBusy());
}

void TestReceiptPrinter::devicePrinter()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lp0"));
    const QByteArray bytes = sampleBytes();
    const Status status = DevicePrinter(path).print(bytes);
    QVERIFY(status.ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
}

void TestReceiptPrinter::devicePrinterMissingDevice()
{
    QTemporaryDir dir;
    const Status status
        = DevicePrinter(dir.filePath(QStringLiteral("no/such/usb/lp0"))).print(QByteArray("x"));
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::PrinterUnreachable);
}

void TestReceiptPrinter::pdf()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ticket-42.pdf"));
    ReceiptOptions options;
    options.locale = QLocale(QLocale::French, QLocale::France);
    const Status status = writePdf(Receipt::layout(sampleShop(), sampleTicket(), options), path);
    QVERIFY2(status.ok(), qPrintable(status.error().detail));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith("%PDF"));
    QVERIFY(content.size() > 1000);
    QVERIFY(content.contains("/MediaBox")); // one page
}

void TestReceiptPrinter::pdfUnwritable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/folder/ticket.pdf"));
    const Status status = writePdf({ReceiptLine {QStringLiteral("x"), ReceiptLine::Normal}}, path);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::FileNotWritten);
    QCOMPARE(status.error().subject, path);
}

// A receipt names the operator and what was bought: its PDF is 0600 whatever the umask.
void TestReceiptPrinter::pdfIsForTheOwnerOnly()
{
    ::umask(022);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ticket-43.pdf"));
    QVERIFY(writePdf({ReceiptLine {QStringLiteral("x"), ReceiptLine::Normal}}, path).ok());
    QCOMPARE(filemodes::octal(filemodes::mode(path)), QStringLiteral("0600"));
}

void TestReceiptPrinter::preview()
{
    ReceiptOptions options;
    options.locale = QLocale(QLocale::French, QLocale::France);
    const QList<ReceiptLine> lines = Receipt::layout(sampleShop(), sampleTicket(), options);
    QImage image(576, 2400, QImage::Format_RGB32); // 80 mm at 203 dpi, as a thermal printer
    image.fill(Qt::white);
    QPainter painter(&image);
    const qreal height = paintReceipt(painter, lines, image.width(), 48);
    painter.end();
    QVERIFY(height > lines.size() * 8);
    QVERIFY(height < image.height());
    // Ink on the first line, none below the last one.
    auto inkIn = [&image](int top, int bottom) {
        for (int y = top; y < bottom; ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixel(x, y) != qRgb(255, 255, 255))
                    return true;
            }
        }
        return false;
    };
    QVERIFY(inkIn(0, int(height)));
    QVERIFY(!inkIn(int(height) + 1, image.height()));
    if (qEnvironmentVariableIsSet("COMPTOIR_RECEIPT_PREVIEW"))
        image.save(qEnvironmentVariable("COMPTOIR_RECEIPT_PREVIEW"));
}

void TestReceiptPrinter::returnBarcodeReadsBack_data()
{
    QTest::addColumn<QString>("registerId");
    QTest::addColumn<qint64>("number");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("dpi");
    QTest::newRow("PDF, 80 mm") << QStringLiteral("R1") << qint64(42) << 48 << 300;
    QTest::newRow("PDF, 58 mm, a long code")
        << QStringLiteral("625535d2-7022-4c1e-9f1a-0c3d2e1f4a5b") << qint64(123456789) << 32 << 300;
    QTest::newRow("thermal resolution") << QStringLiteral("625535d2-7022") << qint64(7) << 48 << 203;
    QTest::newRow("a screen's resolution") << QStringLiteral("0a1b2c3d") << qint64(99999) << 48 << 96;
}

void TestReceiptPrinter::returnBarcodeReadsBack()
{
    QFETCH(QString, registerId);
    QFETCH(qint64, number);
    QFETCH(int, columns);
    QFETCH(int, dpi);
    Ticket ticket = sampleTicket();
    ticket.registerId = registerId;
    ticket.number = number;
    // The code the ESC/POS receipt prints and the returns screen looks up.
    const QString code = ReturnCode::forTicket(ticket);
    QVERIFY(ReturnCode::parse(code).has_value());

    qreal withoutBarcode = 0;
    const QImage plain = paintedReceipt(ticket, columns, dpi, QString(), &withoutBarcode);
    QCOMPARE(readBarcode(plain), QString()); // the text alone holds no barcode
    qreal height = 0;
    const QImage image = paintedReceipt(ticket, columns, dpi, code, &height);
    QVERIFY(height > withoutBarcode + 10.0 * dpi / 25.4); // bars at least 10 mm high, text under
    QVERIFY(height < image.height());
    QCOMPARE(readBarcode(image), code);
    // The barcode alone, cut out of the receipt below the text lines, reads the same.
    const QImage barcodeOnly
        = image.copy(0, int(withoutBarcode), image.width(), int(height - withoutBarcode));
    QCOMPARE(readBarcode(barcodeOnly), code);
    if (qEnvironmentVariableIsSet("COMPTOIR_RECEIPT_PREVIEW"))
        image.copy(0, 0, image.width(), int(height) + 1)
            .save(qEnvironmentVariable("COMPTOIR_RECEIPT_PREVIEW"));
}

void TestReceiptPrinter::pdfMakesRoomForTheBarcode()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ReceiptOptions options;
    options.locale = QLocale(QLocale::French, QLocale::France);
    // A short receipt, so that the page is sized by its content and not by its minimum.
    const QList<ReceiptLine> lines = Receipt::layout(sampleShop(), sampleTicket(), options);
    const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
    const QString barcoded = dir.filePath(QStringLiteral("barcode.pdf"));
    QVERIFY(writePdf(lines, plain).ok());
    QVERIFY(writePdf(lines, barcoded, 48, ReturnCode::forTicket(sampleTicket())).ok());
    const qreal extra = pdfPageHeight(barcoded) - pdfPageHeight(plain);
    QVERIFY2(extra > 12.0 / 25.4 * 72, qPrintable(QString::number(extra))); // 12 mm of bars and more
}

void TestReceiptPrinter::code128RefusesWhatItCannotHold()
{
    QVERIFY(!BarcodePainter::code128(QStringLiteral("TR1-42")).isEmpty());
    QVERIFY(BarcodePainter::code128(QStringLiteral("Caisse n°1")).isEmpty()); // not ASCII
    QVERIFY(BarcodePainter::code128(QString()).isEmpty());
    QImage image(400, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QCOMPARE(BarcodePainter::paint(painter, QStringLiteral("Caisse n°1"), 0, 400, QFont()), 0.0);
}

QTEST_MAIN(TestReceiptPrinter)
#include "tst_receiptprinter.moc"
