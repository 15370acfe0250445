// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading spreadsheets (issue 14): the committed fixtures of tests/data/spreadsheets (the same
// catalogue as XLSX and ODS saved by LibreOffice, a Windows-1252 CSV and a UTF-8 CSV with a BOM),
// the damaged ones, and CSV's rules on bytes.
#include "models/spreadsheet/spreadsheetreader.h"

#include <QTest>

using namespace comptoir;

Q_DECLARE_METATYPE(comptoir::ErrorCode)

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(COMPTOIR_SPREADSHEETS_DIR "/") + name;
}

QString cell(const Sheet &sheet, int row, int column)
{
    if (row >= sheet.rows.size() || column >= sheet.rows.at(row).size())
        return {};
    return sheet.rows.at(row).at(column);
}

// A row without its trailing empty cells (XLSX and ODS leave them out, CSV writes them).
QStringList trimmed(QStringList row)
{
    while (!row.isEmpty() && row.constLast().isEmpty())
        row.removeLast();
    return row;
}

// "12,50 €", "5,5 %", "0,2" or "12.5", "0.055": the number a person means, in hundredths.
qint64 hundredths(const QString &text, bool percentAsFraction)
{
    QString t = text;
    t.remove(QStringLiteral("€")).remove(QChar(0x202F)).remove(QChar(0xA0)).replace(u',', u'.');
    const bool percent = t.contains(u'%');
    t.remove(u'%');
    const double value = t.trimmed().toDouble();
    const double scaled = percent && percentAsFraction ? value / 100 : value;
    return qRound64(scaled * 10000);
}

QStringList L(std::initializer_list<const char *> cells)
{
    QStringList row;
    for (const char *c : cells)
        row.append(QString::fromUtf8(c));
    return row;
}

// The catalogue's first rows as written in the CSV files.
const QStringList Headers {
    QStringLiteral("Référence"),       QStringLiteral("Code-barres"), QStringLiteral("Désignation"),
    QStringLiteral("Taille"),          QStringLiteral("Couleur"),     QStringLiteral("Marque"),
    QStringLiteral("Rayon"),           QStringLiteral("Prix TTC"),    QStringLiteral("TVA"),
    QStringLiteral("Prix d'achat HT"), QStringLiteral("Stock"),       QStringLiteral("Description")};

} // namespace

class TestSpreadsheetReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void xlsxFromLibreOffice();
    void odsFromLibreOffice();
    void csvWindows1252();
    void csvUtf8Bom();
    void sameCatalogueEveryFormat_data();
    void sameCatalogueEveryFormat();
    void refusedFiles_data();
    void refusedFiles();
    void csvRules_data();
    void csvRules();
    void csvMojibake();
};

void TestSpreadsheetReader::xlsxFromLibreOffice()
{
    const Result<Sheet> sheet = readSpreadsheet(fixture(QStringLiteral("catalogue.xlsx")));
    QVERIFY2(sheet.ok(), qPrintable(sheet.ok() ? QString() : sheet.error().detail));
    QCOMPARE(sheet->format, Sheet::Format::Xlsx);
    QCOMPARE(sheet->rows.size(), 21);
    QCOMPARE(sheet->rows.at(0), Headers);
    QCOMPARE(sheet->rows.at(1),
             (QStringList {QStringLiteral("TS-ETE-S-R"), QStringLiteral("3760000000017"),
                           QStringLiteral("T-shirt Été"), QStringLiteral("S"), QStringLiteral("Rouge"),
                           QStringLiteral("Loire Textile"), QStringLiteral("Vêtements"),
                           QStringLiteral("12.5"), QStringLiteral("20"), QStringLiteral("4.2"),
                           QStringLiteral("10"), QStringLiteral("Coton biologique")}));
    QCOMPARE(cell(*sheet, 4, 8), QStringLiteral("0.2")); // "20 %": a percentage, stored as 0.2
    QCOMPARE(cell(*sheet, 7, 8), QStringLiteral("0.055")); // "5,5 %"
    QCOMPARE(cell(*sheet, 7, 11), QStringLiteral("Pur arabica\nTorréfié à Orléans"));
    QCOMPARE(cell(*sheet, 10, 5), QString()); // Miel: no brand (a cell left out)
    QCOMPARE(cell(*sheet, 10, 9), QString()); // and no cost
    QCOMPARE(cell(*sheet, 10, 10), QStringLiteral("12"));
    QCOMPARE(cell(*sheet, 11, 2), QStringLiteral("Cheverny rouge « Les Coudraies »"));
    QCOMPARE(cell(*sheet, 17, 1), QStringLiteral("3760000000161 3760000000178"));
    QCOMPARE(cell(*sheet, 18, 1), QString()); // the postcard has no barcode
}

void TestSpreadsheetReader::odsFromLibreOffice()
{
    const Result<Sheet> ods = readSpreadsheet(fixture(QStringLiteral("catalogue.ods")));
    QVERIFY2(ods.ok(), qPrintable(ods.ok() ? QString() : ods.error().detail));
    QCOMPARE(ods->format, Sheet::Format::Ods);
    const Result<Sheet> xlsx = readSpreadsheet(fixture(QStringLiteral("catalogue.xlsx")));
    QVERIFY(xlsx.ok());
    // LibreOffice's ODS holds the same values as its XLSX, cell for cell.
    QCOMPARE(ods->rows.size(), xlsx->rows.size());
    for (int r = 0; r < ods->rows.size(); ++r)
        QCOMPARE(trimmed(ods->rows.at(r)), trimmed(xlsx->rows.at(r)));
}

void TestSpreadsheetReader::csvWindows1252()
{
    const Result<Sheet> sheet = readSpreadsheet(fixture(QStringLiteral("catalogue-cp1252.csv")));
    QVERIFY(sheet.ok());
    QCOMPARE(sheet->format, Sheet::Format::Csv);
    QCOMPARE(sheet->encoding, QStringLiteral("Windows-1252"));
    QCOMPARE(sheet->separator, QChar(u';'));
    QCOMPARE(sheet->rows.size(), 21);
    QCOMPARE(sheet->rows.at(0), Headers);
    QCOMPARE(cell(*sheet, 1, 7), QStringLiteral("12,50 €"));
    QCOMPARE(cell(*sheet, 1, 9), QStringLiteral("4,20"));
    QCOMPARE(cell(*sheet, 7, 8), QStringLiteral("5,5 %"));
    QCOMPARE(cell(*sheet, 7, 11), QStringLiteral("Pur arabica\nTorréfié à Orléans"));
    QCOMPARE(cell(*sheet, 11, 2), QStringLiteral("Cheverny rouge « Les Coudraies »"));
    QCOMPARE(sheet->rows.at(10).size(), 12); // Miel: its empty cells are there
}

void TestSpreadsheetReader::csvUtf8Bom()
{
    const Result<Sheet> bom = readSpreadsheet(fixture(QStringLiteral("catalogue-utf8-bom.csv")));
    QVERIFY(bom.ok());
    QCOMPARE(bom->encoding, QStringLiteral("UTF-8 (BOM)"));
    QCOMPARE(bom->separator, QChar(u','));
    const Result<Sheet> cp1252 = readSpreadsheet(fixture(QStringLiteral("catalogue-cp1252.csv")));
    QVERIFY(cp1252.ok());
    QCOMPARE(bom->rows, cp1252->rows); // quoted "12,50 €" and "Abricots…, 65 %" read whole
}

void TestSpreadsheetReader::sameCatalogueEveryFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("xlsx") << QStringLiteral("catalogue.xlsx");
    QTest::newRow("ods") << QStringLiteral("catalogue.ods");
    QTest::newRow("utf-8 bom csv") << QStringLiteral("catalogue-utf8-bom.csv");
}

// Every file is the catalogue of the Windows-1252 CSV: the same texts, and the same numbers
// whether written "12,50 €" and "5,5 %" or stored 12.5 and 0.055.
void TestSpreadsheetReader::sameCatalogueEveryFormat()
{
    QFETCH(QString, file);
    const Result<Sheet> reference = readSpreadsheet(fixture(QStringLiteral("catalogue-cp1252.csv")));
    const Result<Sheet> sheet = readSpreadsheet(fixture(file));
    QVERIFY(reference.ok());
    QVERIFY2(sheet.ok(), qPrintable(sheet.ok() ? QString() : sheet.error().detail));
    QCOMPARE(sheet->rows.size(), reference->rows.size());
    const QList<int> numeric {7, 8, 9, 10};
    for (int r = 1; r < reference->rows.size(); ++r) {
        for (int c = 0; c < Headers.size(); ++c) {
            const QString expected = cell(*reference, r, c);
            const QString actual = cell(*sheet, r, c);
            if (numeric.contains(c) && !expected.isEmpty())
                QCOMPARE(hundredths(actual, false),
                         hundredths(expected, sheet->format != Sheet::Format::Csv));
            else
                QCOMPARE(actual, expected);
        }
    }
}

void TestSpreadsheetReader::refusedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("truncated xlsx") << QStringLiteral("catalogue-truncated.xlsx")
                                    << ErrorCode::SpreadsheetDamaged;
    QTest::newRow("zip bomb") << QStringLiteral("bomb.xlsx") << ErrorCode::SpreadsheetDamaged;
    QTest::newRow("password-protected xlsx")
        << QStringLiteral("catalogue-encrypted.xlsx") << ErrorCode::SpreadsheetEncrypted;
    QTest::newRow("old xls") << QStringLiteral("old-format.xls") << ErrorCode::SpreadsheetFormatUnknown;
    QTest::newRow("mojibake csv") << QStringLiteral("catalogue-mojibake.csv")
                                  << ErrorCode::SpreadsheetEncodingWrong;
    QTest::newRow("missing file") << QStringLiteral("no-such-file.csv") << ErrorCode::SpreadsheetUnreadable;
}

void TestSpreadsheetReader::refusedFiles()
{
    QFETCH(QString, file);
    QFETCH(ErrorCode, code);
    const Result<Sheet> sheet = readSpreadsheet(fixture(file));
    QVERIFY(!sheet.ok());
    QCOMPARE(sheet.error().code, code);
    if (code != ErrorCode::SpreadsheetEncodingWrong)
        QCOMPARE(sheet.error().subject, fixture(file));
}

void TestSpreadsheetReader::csvRules_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::newRow("semicolons, CRLF")
        << QByteArray("a;b;c\r\n1;2;3\r\n") << QStringLiteral("UTF-8") << QChar(u';')
        << QList<QStringList> {L({"a", "b", "c"}), L({"1", "2", "3"})};
    QTest::newRow("commas, decimal commas quoted")
        << QByteArray("nom,prix\n\"Pain\",\"1,20\"\n") << QStringLiteral("UTF-8") << QChar(u',')
        << QList<QStringList> {L({"nom", "prix"}), L({"Pain", "1,20"})};
    QTest::newRow("tabs") << QByteArray("a\tb\n1\t2") << QStringLiteral("UTF-8") << QChar(u'\t')
                          << QList<QStringList> {L({"a", "b"}), L({"1", "2"})};
    QTest::newRow("doubled quotes, newline, separator in quotes")
        << QByteArray("a;b\n\"il dit \"\"bonjour\"\"\";\"deux\nlignes; ici\"\n") << QStringLiteral("UTF-8")
        << QChar(u';') << QList<QStringList> {L({"a", "b"}), L({"il dit \"bonjour\"", "deux\nlignes; ici"})};
    QTest::newRow("empty cells and a blank line kept")
        << QByteArray("a;b;c\n;;\n\n1;;3\n") << QStringLiteral("UTF-8") << QChar(u';')
        << QList<QStringList> {L({"a", "b", "c"}), L({"", "", ""}), L({}), L({"1", "", "3"})};
    QTest::newRow("CR line ends") << QByteArray("a;b\r1;2\r") << QStringLiteral("UTF-8") << QChar(u';')
                                  << QList<QStringList> {L({"a", "b"}), L({"1", "2"})};
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBFnom;prix\nCaf\xC3\xA9;2")
                                    << QStringLiteral("UTF-8 (BOM)") << QChar(u';')
                                    << QList<QStringList> {L({"nom", "prix"}), L({"Café", "2"})};
    QTest::newRow("Windows-1252") << QByteArray("nom;prix\nCaf\xE9;2,50 \x80\n\x9Cuf;1")
                                  << QStringLiteral("Windows-1252") << QChar(u';')
                                  << QList<QStringList> {L({"nom", "prix"}), L({"Café", "2,50 €"}),
                                                         L({"œuf", "1"})};
    QTest::newRow("one column") << QByteArray("nom\nPain\n") << QStringLiteral("UTF-8") << QChar(u';')
                                << QList<QStringList> {L({"nom"}), L({"Pain"})};
}

void TestSpreadsheetReader::csvRules()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QChar, separator);
    QFETCH(QList<QStringList>, rows);
    const Result<Sheet> sheet = readCsv(bytes);
    QVERIFY(sheet.ok());
    QCOMPARE(sheet->encoding, encoding);
    QCOMPARE(sheet->separator, separator);
    QCOMPARE(sheet->rows, rows);
}

void TestSpreadsheetReader::csvMojibake()
{
    const QByteArray twice = QStringLiteral("nom;prix\nCafé crème;2").toUtf8();
    QString misread;
    for (const char c : twice)
        misread.append(QChar(static_cast<char16_t>(static_cast<unsigned char>(c)))); // UTF-8 read as Latin-1
    const Result<Sheet> sheet = readCsv(misread.toUtf8());
    QVERIFY(!sheet.ok());
    QCOMPARE(sheet.error().code, ErrorCode::SpreadsheetEncodingWrong);
    QVERIFY2(sheet.error().subject.contains(QStringLiteral("Ã©")), qPrintable(sheet.error().subject));
    // A file whose accents are right passes, « » and € included.
    QVERIFY(readCsv(QStringLiteral("nom;prix\nÀ l'été « Ô » ;2,50 €").toUtf8()).ok());
}

QTEST_GUILESS_MAIN(TestSpreadsheetReader)
#include "tst_spreadsheetreader.moc"
