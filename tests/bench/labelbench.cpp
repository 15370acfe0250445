// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelbench.h"

#include "models/catalogue/barcode.h"
#include "models/labels/labellayout.h"
#include "ui/labels/labelsheet.h"

#include <QDir>

namespace comptoir::bench {

namespace {

constexpr int Runs = 30;

LabelSheet sixtyFiveShelfLabels()
{
    LabelSheet sheet;
    sheet.layout = *LabelLayouts::byId(QStringLiteral("avery-l7651"));
    sheet.kind = LabelKind::Shelf;
    for (int n = 0; n < sheet.layout.perSheet(); ++n) {
        LabelContent label;
        label.variantId = n + 1;
        label.productName = QStringLiteral("Confiture extra fraise n° %1").arg(n + 1);
        label.variantLabel = QStringLiteral("370 g");
        label.priceCents = 450 + n;
        label.unitPrice = NetQuantities::unitPrice(label.priceCents, NetQuantity {370, NetUnit::Gram});
        label.shortText = QStringLiteral("Origine : Loiret");
        label.code = n % 4 == 3
            ? QStringLiteral("C%1").arg(n, 6, 10, QLatin1Char('0'))
            : Barcode::complete(QStringLiteral("20%1").arg(n + 1, 10, 10, QLatin1Char('0')));
        label.symbology = LabelContents::symbologyFor(label.code);
        sheet.labels.append(label);
    }
    return sheet;
}

} // namespace

void runLabelFigures(const QString &folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("labels.pdf"));
    QList<double> samples;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const LabelSheet sheet = sixtyFiveShelfLabels(); // laid out…
        const Status written = LabelSheetPainter::writePdf(sheet, path); // …and rendered
        if (!written)
            fail(QStringLiteral("label sheet"), written.error());
        samples.append(elapsedMs(timer));
    }
    print("label_sheet", "ms", summarise(samples));
}

} // namespace comptoir::bench
