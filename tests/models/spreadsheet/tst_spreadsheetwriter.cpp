// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writing spreadsheets (issue 14): CSV and XLSX files that read back, owner-only, with no formula
// let in.
#include "filemodes.h"
#include "models/spreadsheet/spreadsheetreader.h"
#include "models/spreadsheet/spreadsheetwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;

namespace {

QList<QList<SheetValue>> sample()
{
    return {
        {SheetValue::ofText(QStringLiteral("Désignation")), SheetValue::ofText(QStringLiteral("Prix TTC")),
         SheetValue::ofText(QStringLiteral("Stock"))},
        {SheetValue::ofText(QStringLiteral("Café « moulu »; 250 g")), SheetValue::ofCents(1250),
         SheetValue::ofInteger(42)},
        {SheetValue::ofText(QStringLiteral("=HYPERLINK(\"http://x\")")), SheetValue::ofCents(-305),
         SheetValue::ofInteger(-2)},
        {SheetValue::ofText(QStringLiteral("+33 6 00")), SheetValue::ofCents(5), SheetValue::ofText({})},
        {SheetValue::ofText(QStringLiteral("-5")), SheetValue::ofText(QStringLiteral("@SUM(A1)")),
         SheetValue::ofText(QStringLiteral("deux\nlignes \"citées\""))},
    };
}

} // namespace

class TestSpreadsheetWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escaping_data();
    void escaping();
    void csvReadsBack();
    void xlsxReadsBack();
    void refused();

private:
    QTemporaryDir m_dir;
};

void TestSpreadsheetWriter::escaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << QStringLiteral("Pain") << QStringLiteral("Pain");
    QTest::newRow("=") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("+") << QStringLiteral("+33") << QStringLiteral("'+33");
    QTest::newRow("-") << QStringLiteral("-cmd") << QStringLiteral("'-cmd");
    QTest::newRow("@") << QStringLiteral("@A1") << QStringLiteral("'@A1");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    QTest::newRow("apostrophe of its own") << QStringLiteral("'quoted'") << QStringLiteral("'quoted'");
    QTest::newRow("inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("empty") << QString() << QString();
}

void TestSpreadsheetWriter::escaping()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QCOMPARE(escapeCell(text), written);
    QCOMPARE(unescapeCell(written), text);
}

void TestSpreadsheetWriter::csvReadsBack()
{
    const QString path = m_dir.filePath(QStringLiteral("export.csv"));
    QVERIFY(writeSpreadsheet(path, sample()).ok());
    QCOMPARE(filemodes::mode(path), 0600);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // what a French spreadsheet program opens as UTF-8
    QVERIFY(bytes.contains("42;12,50") == false);
    QVERIFY(bytes.contains(";12,50;42\r\n"));
    QVERIFY(bytes.contains("'=HYPERLINK(\"\"http://x\"\")\";-3,05;-2\r\n"));

    const Result<Sheet> sheet = readSpreadsheet(path);
    QVERIFY(sheet.ok());
    QCOMPARE(sheet->separator, QChar(u';'));
    QCOMPARE(sheet->rows.size(), 5);
    QCOMPARE(sheet->rows.at(1).at(0), QStringLiteral("Café « moulu »; 250 g"));
    QCOMPARE(sheet->rows.at(1).at(1), QStringLiteral("12,50"));
    QCOMPARE(sheet->rows.at(2).at(0), QStringLiteral("'=HYPERLINK(\"http://x\")"));
    QCOMPARE(unescapeCell(sheet->rows.at(2).at(0)), QStringLiteral("=HYPERLINK(\"http://x\")"));
    QCOMPARE(sheet->rows.at(2).at(1), QStringLiteral("-3,05"));
    QCOMPARE(sheet->rows.at(3).at(0), QStringLiteral("'+33 6 00"));
    QCOMPARE(sheet->rows.at(3).at(1), QStringLiteral("0,05"));
    QCOMPARE(sheet->rows.at(4).at(1), QStringLiteral("'@SUM(A1)"));
    QCOMPARE(sheet->rows.at(4).at(2), QStringLiteral("deux\nlignes \"citées\""));
    // Written again over itself: replaced whole, no temporary left beside it.
    QVERIFY(writeSpreadsheet(path, sample().mid(0, 2)).ok());
    QCOMPARE(readSpreadsheet(path)->rows.size(), 2);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList {QStringLiteral("export.csv")});
}

void TestSpreadsheetWriter::xlsxReadsBack()
{
    const QString path = m_dir.filePath(QStringLiteral("export.xlsx"));
    QVERIFY(writeSpreadsheet(path, sample()).ok());
    QCOMPARE(filemodes::mode(path), 0600);
    const Result<Sheet> sheet = readSpreadsheet(path);
    QVERIFY2(sheet.ok(), qPrintable(sheet.ok() ? QString() : sheet.error().detail));
    QCOMPARE(sheet->format, Sheet::Format::Xlsx);
    QCOMPARE(sheet->rows.size(), 5);
    QCOMPARE(sheet->rows.at(0).at(0), QStringLiteral("Désignation"));
    QCOMPARE(sheet->rows.at(1).at(0), QStringLiteral("Café « moulu »; 250 g"));
    QCOMPARE(sheet->rows.at(1).at(1), QStringLiteral("12.5")); // a number, shown 12,50
    QCOMPARE(sheet->rows.at(1).at(2), QStringLiteral("42"));
    QCOMPARE(sheet->rows.at(2).at(0), QStringLiteral("'=HYPERLINK(\"http://x\")")); // text, not a formula
    QCOMPARE(sheet->rows.at(2).at(1), QStringLiteral("-3.05"));
    QCOMPARE(sheet->rows.at(3).at(1), QStringLiteral("0.05"));
    QCOMPARE(sheet->rows.at(3).size(), 2); // the empty text is no cell
    QCOMPARE(sheet->rows.at(4).at(2), QStringLiteral("deux\nlignes \"citées\""));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.xlsx")}, QDir::Files | QDir::Hidden),
             QStringList {QStringLiteral("export.xlsx")});
}

void TestSpreadsheetWriter::refused()
{
    const Status ods = writeSpreadsheet(m_dir.filePath(QStringLiteral("export.ods")), sample());
    QCOMPARE(ods.error().code, ErrorCode::SpreadsheetFormatUnknown);
    for (const QString &name : {QStringLiteral("x.csv"), QStringLiteral("x.xlsx")}) {
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/") + name);
        const Status missing = writeSpreadsheet(path, sample());
        QCOMPARE(missing.error().code, ErrorCode::FileNotWritten);
        QCOMPARE(missing.error().subject, path);
    }
}

QTEST_GUILESS_MAIN(TestSpreadsheetWriter)
#include "tst_spreadsheetwriter.moc"
