// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#define ZX_USE_UTF8 // zxing-cpp 1.4: Result::text() as UTF-8 (std::string)
// Label sheets rendered to PDF, then read back as a shopkeeper's printer would see them: the PDF
// rendered to an image by Qt PDF and every label's barcode decoded by zxing-cpp's reader from
// that image (EAN-13 in-store codes, a retail EAN-13, EAN-8, UPC-A and Code 128 references).
#include "models/catalogue/barcode.h"
#include "models/labels/labellayout.h"
#include "ui/labels/labelbarcode.h"
#include "ui/labels/labelsheet.h"

#include <QFile>
#include <QPainter>
#include <QPdfDocument>
#include <QTemporaryDir>
#include <QTest>

#include <ZXing/ReadBarcode.h>

using namespace comptoir;

namespace {

constexpr qreal RenderDpi = 300;

QString inStore(int n)
{
    return Barcode::complete(QStringLiteral("20%1").arg(n, 10, 10, QLatin1Char('0')));
}

LabelContent label(int n, const QString &code)
{
    LabelContent c;
    c.variantId = n;
    c.productName = QStringLiteral("Confiture extra n° %1").arg(n);
    c.variantLabel = QStringLiteral("Fraise 370 g");
    c.priceCents = 450 + n;
    c.unitPrice = UnitPrice {1216, UnitPriceBasis::PerKilogram};
    c.shortText = QStringLiteral("Origine : Loiret");
    c.code = code;
    c.symbology = LabelContents::symbologyFor(code);
    return c;
}

QString decode(const QImage &image, const QRectF &mm)
{
    const qreal dotsPerMm = RenderDpi / 25.4;
    const QRect cell
        = QRectF(mm.left() * dotsPerMm, mm.top() * dotsPerMm, mm.width() * dotsPerMm, mm.height() * dotsPerMm)
              .toAlignedRect()
              .intersected(image.rect());
    const QImage gray = image.copy(cell).convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::EAN13 | ZXing::BarcodeFormat::EAN8 | ZXing::BarcodeFormat::UPCA
                     | ZXing::BarcodeFormat::Code128);
    hints.setTryHarder(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    return result.isValid() ? QString::fromStdString(result.text()) : QString();
}

QImage renderPage(const QString &pdf, int page, int *pageCount = nullptr)
{
    QPdfDocument document;
    if (document.load(pdf) != QPdfDocument::Error::None)
        return {};
    if (pageCount)
        *pageCount = document.pageCount();
    const QSizeF points = document.pagePointSize(page);
    const QSize pixels((points * RenderDpi / 72).toSize());
    QImage image = document.render(page, pixels);
    // Qt PDF renders with a transparent background: flatten on white paper.
    QImage paper(image.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter painter(&paper);
    painter.drawImage(0, 0, image);
    painter.end();
    return paper;
}

} // namespace

class TestLabelSheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sixtyFiveShelfLabelsDecodeFromTheRenderedPdf()
    {
        LabelSheet sheet;
        sheet.layout = *LabelLayouts::byId(QStringLiteral("avery-l7651"));
        sheet.kind = LabelKind::Shelf;
        QStringList codes;
        for (int n = 0; n < 65; ++n) {
            QString code;
            switch (n % 5) {
            case 1:
                code = QStringLiteral("4006381333931"); // a maker's EAN-13
                break;
            case 2:
                code = QStringLiteral("96385074"); // EAN-8
                break;
            case 3:
                code = QStringLiteral("C%1").arg(n, 6, 10, QLatin1Char('0')); // a reference: Code 128
                break;
            default:
                code = inStore(n + 1);
                break;
            }
            codes << code;
            sheet.labels << label(n, code);
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("labels.pdf"));
        const Status written
            = LabelSheetPainter::writePdf(sheet, path, QLocale(QLocale::French, QLocale::France));
        QVERIFY(written.ok());
        int pages = 0;
        const QImage page = renderPage(path, 0, &pages);
        QVERIFY(!page.isNull());
        QCOMPARE(pages, 1);
        int decoded = 0;
        for (int cell = 0; cell < 65; ++cell) {
            const QString read = decode(page, LabelLayouts::cellRect(sheet.layout, cell));
            // zxing-cpp reports a UPC-A as its EAN-13 form; EAN-8 and the others as printed.
            QCOMPARE(read, codes.at(cell));
            ++decoded;
        }
        QCOMPARE(decoded, 65);
    }

    void productLabelsFromAHalfUsedSheet()
    {
        LabelSheet sheet;
        sheet.layout = *LabelLayouts::byId(QStringLiteral("avery-l7160")); // 21 per sheet
        sheet.kind = LabelKind::Product;
        sheet.start = 18; // the first 18 were used: three left on this sheet
        for (int n = 0; n < 5; ++n)
            sheet.labels << label(n, n == 4 ? QStringLiteral("036000291452") : inStore(100 + n));
        QCOMPARE(LabelSheetPainter::pageCount(sheet), 2);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("product.pdf"));
        QVERIFY(LabelSheetPainter::writePdf(sheet, path).ok());
        int pages = 0;
        const QImage first = renderPage(path, 0, &pages);
        QCOMPARE(pages, 2);
        QCOMPARE(decode(first, LabelLayouts::cellRect(sheet.layout, 0)), QString()); // left blank
        QCOMPARE(decode(first, LabelLayouts::cellRect(sheet.layout, 18)), inStore(100));
        QCOMPARE(decode(first, LabelLayouts::cellRect(sheet.layout, 20)), inStore(102));
        const QImage second = renderPage(path, 1);
        QCOMPARE(decode(second, LabelLayouts::cellRect(sheet.layout, 0)), inStore(103));
        const QString upc = decode(second, LabelLayouts::cellRect(sheet.layout, 1));
        QVERIFY2(upc == QStringLiteral("036000291452") || upc == QStringLiteral("0036000291452"),
                 qPrintable(upc));
        QCOMPARE(decode(second, LabelLayouts::cellRect(sheet.layout, 2)), QString());
    }

    void refusals()
    {
        QTemporaryDir dir;
        LabelSheet sheet;
        sheet.layout = *LabelLayouts::byId(QStringLiteral("avery-l7651"));
        const Status empty = LabelSheetPainter::writePdf(sheet, dir.filePath(QStringLiteral("a.pdf")));
        QCOMPARE(empty.error().code, ErrorCode::NothingToLabel);
        sheet.labels << label(1, inStore(1));
        sheet.layout.columns = 6; // 6 × 38,1 mm + gaps: wider than A4
        const Status wide = LabelSheetPainter::writePdf(sheet, dir.filePath(QStringLiteral("b.pdf")));
        QCOMPARE(wide.error().code, ErrorCode::LabelLayoutInvalid);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("b.pdf"))));
        sheet.layout.columns = 5;
        const Status nowhere
            = LabelSheetPainter::writePdf(sheet, dir.filePath(QStringLiteral("no/such/c.pdf")));
        QCOMPARE(nowhere.error().code, ErrorCode::FileNotWritten);
        // A bad check digit draws nothing rather than a barcode that scans as another code.
        QVERIFY(LabelBarcode::modules(QStringLiteral("2000000000016"), LabelSymbology::Ean13).isEmpty());
        QCOMPARE(LabelBarcode::modules(QStringLiteral("2000000000015"), LabelSymbology::Ean13).size(), 95);
    }

    void previewShowsTheCells()
    {
        LabelSheet sheet;
        sheet.layout = *LabelLayouts::byId(QStringLiteral("avery-l7651"));
        sheet.labels << label(1, inStore(1));
        const QImage image = LabelSheetPainter::preview(sheet, 0, 4);
        QCOMPARE(image.size(), QSize(840, 1188));
        // The preview is drawn at 4 dots per mm: the barcode reads there too.
        const qreal scale = 4 * 25.4 / RenderDpi;
        QImage upscaled = image.scaled(image.size() / scale);
        QCOMPARE(decode(upscaled, LabelLayouts::cellRect(sheet.layout, 0)), inStore(1));
    }
};

QTEST_MAIN(TestLabelSheet)
#include "tst_labelsheet.moc"
