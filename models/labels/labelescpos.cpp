// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/labels/labelescpos.h"

#include "models/labels/labeltext.h"
#include "models/money.h"
#include "models/receipts/escpos.h"

namespace comptoir {

QByteArray LabelEscPos::encode(const QList<LabelContent> &labels, LabelKind kind, const QLocale &locale)
{
    using Alignment = EscPosEncoder::Alignment;
    EscPosEncoder encoder;
    encoder.initialize();
    for (const LabelContent &label : labels) {
        encoder.align(Alignment::Center).bold(true);
        if (kind == LabelKind::Shelf) {
            encoder.text(label.productName).lineFeed().bold(false);
            if (!label.variantLabel.isEmpty())
                encoder.text(label.variantLabel).lineFeed();
            if (!label.shortText.isEmpty())
                encoder.text(label.shortText).lineFeed();
        } else {
            encoder.text(label.shortName()).lineFeed().bold(false);
        }
        encoder.doubleSize(true).bold(true).text(Money::format(label.priceCents, locale)).lineFeed();
        encoder.doubleSize(false).bold(false);
        if (kind == LabelKind::Shelf && label.unitPrice)
            encoder.text(LabelText::unitPrice(*label.unitPrice, locale)).lineFeed();
        const bool ean = label.symbology == LabelSymbology::Ean13 || label.symbology == LabelSymbology::UpcA;
        QString code = label.code;
        if (label.symbology == LabelSymbology::UpcA)
            code.prepend(QLatin1Char('0')); // a UPC-A is the EAN-13 with a leading 0
        if (ean && EscPosEncoder::canEan13(code))
            encoder.ean13(code);
        else
            encoder.code128(label.code);
        encoder.lineFeed().align(Alignment::Left).partialCut();
    }
    return encoder.bytes();
}

} // namespace comptoir
