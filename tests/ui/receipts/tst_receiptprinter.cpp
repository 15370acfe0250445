#include "fakenetworkprinter.h"
#include "filemodes.h"
#include "models/receipts/escpos.h"
#include "models/receipts/receipt.h"
#include "models/sales/returncode.h"
#include "queuedevents.h"
#include "receiptfixture.h"
#include "ui/receipts/receiptprinter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

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

QTEST_MAIN(TestReceiptPrinter)
#include "tst_receiptprinter.moc"
