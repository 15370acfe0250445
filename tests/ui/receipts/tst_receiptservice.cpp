// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakenetworkprinter.h"
#include "filemodes.h"
#include "models/receipts/escpos.h"
#include "models/receipts/receipt.h"
#include "models/receipts/receiptprintlog.h"
#include "models/sales/returncode.h"
#include "models/settings/shopsettings.h"
#include "queuedevents.h"
#include "tillfixture.h"
#include "ui/receipts/receiptservice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/stat.h>

using namespace comptoir;
using namespace comptoir::tilltest;

namespace {

const QString ShopName = QStringLiteral("Épicerie du Martroi");

} // namespace

// The receipt service on a real database, printing to a loopback ESC/POS "printer", a PDF
// folder and a device file; the print log read back.
class TestReceiptService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void printsTheOriginalThenADuplicate();
    void copiesInFlightGetTheirOwnNumbers();
    void drawerKick();
    void drawerAlone();
    void printerOffFailsAndRecordsNothing();
    void pdfFolder();
    void aNewPdfFolderIsForTheOwnerOnly();
    void deviceFile();
    void noPrinter();
    void refundCarriesTheOriginalNumber();
    void reportLinesAreNotLogged();
    void savePdfCountsAsACopy();
    void printerChangeAppliesAtOnce();

private:
    void useNetwork(quint16 port);
    Ticket sale();
    int rows() const { return int(count(m_till->shop.db(), QStringLiteral("receipt_prints"))); }

    std::unique_ptr<TillShop> m_till;
    std::unique_ptr<ShopSettings> m_settings;
    std::unique_ptr<ReceiptPrintLog> m_log;
    std::unique_ptr<ReceiptService> m_service;
    QList<std::pair<qint64, int>> m_printed;
    QList<std::pair<qint64, Error>> m_failed;
};

void TestReceiptService::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

void TestReceiptService::init()
{
    m_till = std::make_unique<TillShop>();
    QVERIFY(m_till->setUp());
    m_settings = std::make_unique<ShopSettings>(m_till->shop.db());
    QVERIFY(m_settings
                ->setIdentity({ShopName, QStringLiteral("3 place du Martroi\n45000 Orléans"),
                               QStringLiteral("732 829 320 00074"), QStringLiteral("FR44732829320")})
                .ok());
    m_log = std::make_unique<ReceiptPrintLog>(m_till->shop.db(), m_till->shop.clock);
    m_service = std::make_unique<ReceiptService>(*m_settings, *m_log, m_till->tickets, m_till->shop.chain);
    m_service->setNetworkTimeout(2000);
    m_printed.clear();
    m_failed.clear();
    connect(m_service.get(), &ReceiptService::printed, this, [this](qint64 id, int duplicate) {
        m_printed.append({id, duplicate});
    });
    connect(m_service.get(), &ReceiptService::failed, this, [this](qint64 id, const Error &error) {
        m_failed.append({id, error});
    });
}

void TestReceiptService::cleanup()
{
    m_service.reset();
    m_log.reset();
    m_settings.reset();
    m_till.reset();
}

void TestReceiptService::useNetwork(quint16 port)
{
    PrinterSettings printer;
    printer.kind = PrinterSettings::Kind::EscPosNetwork;
    printer.host = QStringLiteral("127.0.0.1");
    printer.port = port;
    QVERIFY(m_settings->setPrinter(printer).ok());
}

Ticket TestReceiptService::sale()
{
    auto ticket = m_till->journal.commitSale(m_till->threeLines());
    if (!ticket)
        qWarning() << ticket.error().detail;
    return ticket ? ticket.value() : Ticket {};
}

void TestReceiptService::printsTheOriginalThenADuplicate()
{
    FakeNetworkPrinter fake;
    useNetwork(fake.port());
    const Ticket ticket = sale();
    QVERIFY(ticket.id > 0);
    QVERIFY(m_service->hasPrinter());

    m_service->printTicket(ticket, m_till->operatorId);
    QTRY_COMPARE(m_printed.size(), 1);
    QTRY_COMPARE(fake.closed(), 1);
    QCOMPARE(m_printed.first(), std::make_pair(ticket.id, 0));
    QVERIFY(m_failed.isEmpty());

    const QByteArray first = fake.jobs().first();
    QCOMPARE(first.count(EscPosEncoder::drawerKickSequence()), 0);
    const QString text = EscPosEncoder::decode(first);
    QVERIFY2(text.contains(ShopName), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Orléans")));
    QVERIFY(text.contains(QStringLiteral("ORIGINAL")));
    QVERIFY(!text.contains(QStringLiteral("DUPLICATE")));
    QVERIFY(text.contains(QStringLiteral("28,18")));
    QVERIFY(text.contains(QStringLiteral("€")));
    QVERIFY(text.contains(QStringLiteral("Article 589"))); // a line's label
    // The return code, as text and as the barcode's payload on a line of its own.
    const QString code = ReturnCode::forTicket(ticket);
    QVERIFY(text.split(QLatin1Char('\n')).contains(code));
    QCOMPARE(rows(), 1);
    QCOMPARE(m_log->printCount(ticket.id).value(), 1);

    m_service->printTicket(ticket, m_till->operatorId);
    QTRY_COMPARE(m_printed.size(), 2);
    QTRY_COMPARE(fake.closed(), 2);
    QCOMPARE(m_printed.last(), std::make_pair(ticket.id, 1));
    const QString second = EscPosEncoder::decode(fake.jobs().at(1));
    QVERIFY(second.contains(QStringLiteral("DUPLICATE 1")));
    QVERIFY(!second.contains(QStringLiteral("ORIGINAL")));
    QCOMPARE(rows(), 2);
    QCOMPARE(scalar(m_till->shop.db(),
                    QStringLiteral("SELECT group_concat(duplicate_number) FROM (SELECT duplicate_number FROM "
                                   "receipt_prints WHERE ticket_id = ? ORDER BY id)"),
                    {ticket.id})
                 .toString(),
             QStringLiteral("0,1"));
    QCOMPARE(scalar(m_till->shop.db(), QStringLiteral("SELECT operator_id FROM receipt_prints LIMIT 1"))
                 .toLongLong(),
             m_till->operatorId);
}

void TestReceiptService::copiesInFlightGetTheirOwnNumbers()
{
    FakeNetworkPrinter fake;
    useNetwork(fake.port());
    const Ticket ticket = sale();
    m_service->printTicket(ticket, std::nullopt);
    QVERIFY(m_printed.isEmpty()); // asynchronous: nothing taken yet
    QVERIFY(m_service->layout(ticket).ok());
    QVERIFY(Receipt::plainText(m_service->layout(ticket).value()).contains(QStringLiteral("DUPLICATE 1")));
    m_service->printTicket(ticket, std::nullopt);
    QTRY_COMPARE(m_printed.size(), 2);
    QTRY_COMPARE(fake.closed(), 2);
    QVERIFY(EscPosEncoder::decode(fake.jobs().at(0)).contains(QStringLiteral("ORIGINAL")));
    QVERIFY(EscPosEncoder::decode(fake.jobs().at(1)).contains(QStringLiteral("DUPLICATE 1")));
    QCOMPARE(m_printed, (QList<std::pair<qint64, int>> {{ticket.id, 0}, {ticket.id, 1}}));
    QCOMPARE(rows(), 2);
}

void TestReceiptService::drawerKick()
{
    FakeNetworkPrinter fake;
    useNetwork(fake.port());
    const Ticket ticket = sale();
    m_service->printTicket(ticket, m_till->operatorId, true);
    QTRY_COMPARE(fake.closed(), 1);
    QTRY_COMPARE(m_printed.size(), 1);
    QCOMPARE(fake.jobs().first().count(EscPosEncoder::drawerKickSequence()), 1);
    QCOMPARE(rows(), 1);
}

void TestReceiptService::drawerAlone()
{
    FakeNetworkPrinter fake;
    useNetwork(fake.port());
    m_service->openDrawer();
    QTRY_COMPARE(fake.closed(), 1);
    QCOMPARE(fake.jobs().first(), EscPosEncoder::drawerKickSequence());
    QCOMPARE(rows(), 0);
    QVERIFY(m_failed.isEmpty());

    // Not an ESC/POS printer: nothing is sent anywhere.
    QTemporaryDir dir;
    PrinterSettings pdf;
    pdf.kind = PrinterSettings::Kind::PdfFolder;
    pdf.pdfFolder = dir.path();
    QVERIFY(m_settings->setPrinter(pdf).ok());
    m_service->openDrawer();
    runQueuedEvents();
    QCOMPARE(fake.closed(), 1);
    QVERIFY(QDir(dir.path()).isEmpty());
    QVERIFY(m_failed.isEmpty());
}

void TestReceiptService::printerOffFailsAndRecordsNothing()
{
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        port = server.serverPort();
    } // closed: nothing listens there any more
    useNetwork(port);
    const Ticket ticket = sale();
    QElapsedTimer timer;
    timer.start();
    m_service->printTicket(ticket, m_till->operatorId, true);
    QTRY_COMPARE_WITH_TIMEOUT(m_failed.size(), 1, 3000);
    QVERIFY(timer.elapsed() < 3000);
    QCOMPARE(m_failed.first().first, ticket.id);
    QCOMPARE(m_failed.first().second.code, ErrorCode::PrinterUnreachable);
    QCOMPARE(m_failed.first().second.subject, QStringLiteral("127.0.0.1"));
    QVERIFY(m_printed.isEmpty());
    QCOMPARE(rows(), 0);
    // The next copy is still the original.
    QVERIFY(Receipt::plainText(m_service->layout(ticket).value()).contains(QStringLiteral("ORIGINAL")));
}

void TestReceiptService::pdfFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PrinterSettings pdf;
    pdf.kind = PrinterSettings::Kind::PdfFolder;
    pdf.pdfFolder = dir.path();
    QVERIFY(m_settings->setPrinter(pdf).ok());
    const Ticket ticket = sale();
    m_service->printTicket(ticket, m_till->operatorId);
    QCOMPARE(m_printed.size(), 1); // synchronous, reported before printTicket returns
    QCOMPARE(m_printed.first(), std::make_pair(ticket.id, 0));
    const QString path = QDir(dir.path()).filePath(QStringLiteral("ticket-%1-0.pdf").arg(ticket.number));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QVERIFY(file.readAll().startsWith("%PDF"));
    QCOMPARE(rows(), 1);
    m_service->printTicket(ticket, m_till->operatorId);
    QVERIFY(QFile::exists(QDir(dir.path()).filePath(QStringLiteral("ticket-%1-1.pdf").arg(ticket.number))));
    QCOMPARE(rows(), 2);

    // A folder that cannot be made (a file stands in its path): the error reaches the caller,
    // nothing is recorded. (A missing folder is simply created.)
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    pdf.pdfFolder = dir.filePath(QStringLiteral("blocker/gone"));
    QVERIFY(m_settings->setPrinter(pdf).ok());
    m_service->printTicket(ticket, m_till->operatorId);
    QCOMPARE(m_failed.size(), 1);
    QCOMPARE(m_failed.first().second.code, ErrorCode::FileNotWritten);
    QCOMPARE(rows(), 2);
}

// The receipts folder a new till makes (the demo's DATA/receipts) is 0700, its PDFs 0600,
// whatever the umask.
void TestReceiptService::aNewPdfFolderIsForTheOwnerOnly()
{
    ::umask(022);
    QTemporaryDir dir;
    PrinterSettings pdf;
    pdf.kind = PrinterSettings::Kind::PdfFolder;
    pdf.pdfFolder = dir.filePath(QStringLiteral("receipts"));
    QVERIFY(m_settings->setPrinter(pdf).ok());
    m_service->printTicket(sale(), m_till->operatorId);
    QCOMPARE(m_printed.size(), 1);
    QCOMPARE(filemodes::entriesNotPrivate(pdf.pdfFolder), QStringList());
    QCOMPARE(filemodes::entryCount(pdf.pdfFolder), 2); // the folder and the receipt
}

void TestReceiptService::deviceFile()
{
    QTemporaryDir dir;
    PrinterSettings device;
    device.kind = PrinterSettings::Kind::EscPosDevice;
    device.device = dir.filePath(QStringLiteral("lp0"));
    device.columns = 32;
    QVERIFY(m_settings->setPrinter(device).ok());
    const Ticket ticket = sale();
    m_service->printTicket(ticket, std::nullopt, true);
    QCOMPARE(m_printed.size(), 1);
    QFile file(device.device);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes.count(EscPosEncoder::drawerKickSequence()), 1);
    const QStringList lines = EscPosEncoder::decode(bytes).split(QLatin1Char('\n'));
    QVERIFY(lines.contains(ReturnCode::forTicket(ticket)));
    for (const QString &line : lines)
        QVERIFY2(line.size() <= 32, qPrintable(line)); // 58 mm paper
    QCOMPARE(rows(), 1);
}

void TestReceiptService::noPrinter()
{
    QVERIFY(!m_service->hasPrinter());
    const Ticket ticket = sale();
    m_service->printTicket(ticket, m_till->operatorId);
    QCOMPARE(m_failed.size(), 1);
    QCOMPARE(m_failed.first().first, ticket.id);
    QCOMPARE(m_failed.first().second.code, ErrorCode::NoPrinter);
    m_service->printLines({ReceiptLine {QStringLiteral("Z"), ReceiptLine::Normal}});
    QCOMPARE(m_failed.size(), 2);
    QCOMPARE(m_failed.last().first, qint64(0));
    QCOMPARE(m_failed.last().second.code, ErrorCode::NoPrinter);
    QVERIFY(m_printed.isEmpty());
    QCOMPARE(rows(), 0);
}

void TestReceiptService::refundCarriesTheOriginalNumber()
{
    FakeNetworkPrinter fake;
    useNetwork(fake.port());
    sale();
    const Ticket original = sale(); // no. 2
    sale();
    RefundDraft draft;
    draft.originalTicketId = original.id;
    draft.operatorId = m_till->operatorId;
    draft.lines = {RefundLine {original.lines.at(0).id, 1}};
    draft.payments = {pay(PaymentMethod::Cash, 0)};
    auto refund = m_till->journal.commitRefund(draft);
    QVERIFY2(refund.ok(), refund.ok() ? "" : qPrintable(refund.error().detail));
    QCOMPARE(refund->number, qint64(4));

    m_service->printTicket(refund.value(), m_till->operatorId, true);
    QTRY_COMPARE(m_printed.size(), 1);
    QTRY_COMPARE(fake.closed(), 1);
    const QString text = EscPosEncoder::decode(fake.jobs().first());
    QVERIFY2(text.contains(QStringLiteral("Refund of ticket no. %1").arg(original.number)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("REFUND")));
    QVERIFY(text.contains(QStringLiteral("ORIGINAL")));
    QVERIFY(
        !text.split(QLatin1Char('\n')).contains(ReturnCode::forTicket(refund.value()))); // no return barcode
    QCOMPARE(m_log->printCount(refund->id).value(), 1);
    QCOMPARE(m_log->printCount(original.id).value(), 0);
}

void TestReceiptService::reportLinesAreNotLogged()
{
    QTemporaryDir dir;
    PrinterSettings pdf;
    pdf.kind = PrinterSettings::Kind::PdfFolder;
    pdf.pdfFolder = dir.path();
    QVERIFY(m_settings->setPrinter(pdf).ok());
    m_service->printLines({ReceiptLine {QStringLiteral("Z report"), ReceiptLine::Bold}});
    QCOMPARE(m_printed, (QList<std::pair<qint64, int>> {{0, 0}}));
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    QVERIFY(files.first().startsWith(QStringLiteral("z-")));
    QVERIFY(files.first().endsWith(QStringLiteral(".pdf")));
    QCOMPARE(rows(), 0);

    FakeNetworkPrinter fake;
    useNetwork(fake.port());
    m_service->printLines({ReceiptLine {QStringLiteral("Z report"), ReceiptLine::Bold}});
    QTRY_COMPARE(m_printed.size(), 2);
    QTRY_COMPARE(fake.closed(), 1);
    QVERIFY(EscPosEncoder::decode(fake.jobs().first()).contains(QStringLiteral("Z report")));
    QCOMPARE(rows(), 0);
}

void TestReceiptService::savePdfCountsAsACopy()
{
    QTemporaryDir dir;
    const Ticket ticket = sale();
    const QString path = dir.filePath(QStringLiteral("copy.pdf"));
    QVERIFY(m_service->savePdf(ticket, path, m_till->operatorId).ok()); // no printer needed
    QVERIFY(QFile::exists(path));
    QCOMPARE(rows(), 1);
    QVERIFY(Receipt::plainText(m_service->layout(ticket).value()).contains(QStringLiteral("DUPLICATE 1")));
    const Status unwritable
        = m_service->savePdf(ticket, dir.filePath(QStringLiteral("no/such/x.pdf")), std::nullopt);
    QVERIFY(!unwritable.ok());
    QCOMPARE(unwritable.error().code, ErrorCode::FileNotWritten);
    QCOMPARE(rows(), 1);
}

void TestReceiptService::printerChangeAppliesAtOnce()
{
    FakeNetworkPrinter first;
    FakeNetworkPrinter second;
    useNetwork(first.port());
    const Ticket ticket = sale();
    m_service->printTicket(ticket, std::nullopt);
    useNetwork(second.port()); // changed while the first job is under way
    m_service->printTicket(ticket, std::nullopt);
    QTRY_COMPARE(m_printed.size(), 2);
    QTRY_COMPARE(first.closed(), 1);
    QTRY_COMPARE(second.closed(), 1);
    QVERIFY(EscPosEncoder::decode(first.jobs().first()).contains(QStringLiteral("ORIGINAL")));
    QVERIFY(EscPosEncoder::decode(second.jobs().first()).contains(QStringLiteral("DUPLICATE 1")));
    QCOMPARE(rows(), 2);
}

QTEST_MAIN(TestReceiptService)
#include "tst_receiptservice.moc"
