// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/money.h"

namespace comptoir::Money {

namespace {

const QChar NoBreakSpace(0x00A0);
const QChar NarrowNoBreakSpace(0x202F);
const QString Euro = QStringLiteral("\u20AC");

bool isFrench(const QLocale &locale)
{
    return locale.language() == QLocale::French;
}

// Whether the locale writes the currency symbol after the amount ("12 €") or before ("€12").
// Asked of QLocale with an integer amount, so no floating point is involved.
bool symbolAfterAmount(const QLocale &locale)
{
    if (isFrench(locale))
        return true;
    const QString probe = locale.toCurrencyString(qlonglong(1), Euro);
    return probe.indexOf(Euro) > probe.indexOf(locale.toString(1));
}

// "1234" cents → "12" + decimal point + "34"; the integer part grouped by the locale if asked.
QString formatNumber(qint64 cents, const QLocale &locale, bool grouped)
{
    // Work on the magnitude as unsigned so that the most negative value cannot overflow.
    const quint64 magnitude
        = cents < 0 ? quint64(0) - static_cast<quint64>(cents) : static_cast<quint64>(cents);
    const quint64 units = magnitude / 100;
    const quint64 hundredths = magnitude % 100;
    QLocale numberLocale = locale;
    numberLocale.setNumberOptions(grouped ? QLocale::DefaultNumberOptions : QLocale::OmitGroupSeparator);
    QString text = numberLocale.toString(units);
    text += locale.decimalPoint();
    text += numberLocale.toString(hundredths / 10);
    text += numberLocale.toString(hundredths % 10);
    return text;
}

bool isSpace(QChar c)
{
    return c.isSpace() || c == NoBreakSpace || c == NarrowNoBreakSpace;
}

} // namespace

QString format(qint64 cents, const QLocale &locale)
{
    const QString number = formatNumber(cents, locale, true);
    const QString sign = cents < 0 ? locale.negativeSign() : QString();
    if (symbolAfterAmount(locale))
        return sign + number + NoBreakSpace + Euro;
    return sign + Euro + number;
}

QString formatPlain(qint64 cents, const QLocale &locale)
{
    const QString sign = cents < 0 ? locale.negativeSign() : QString();
    return sign + formatNumber(cents, locale, false);
}

Result<qint64> parse(const QString &text, const QLocale &locale, bool allowNegative, qint64 maxCents)
{
    const Error malformed = makeError(ErrorCode::InvalidQuantity, text);
    QString s;
    s.reserve(text.size());
    for (const QChar c : text) {
        if (!isSpace(c))
            s += c;
    }
    // The currency symbol may come before or after the amount.
    const QString symbols[] = {Euro, locale.currencySymbol(QLocale::CurrencySymbol)};
    for (const QString &symbol : symbols) {
        if (symbol.isEmpty())
            continue;
        if (s.endsWith(symbol))
            s.chop(symbol.size());
        else if (s.startsWith(symbol))
            s.remove(0, symbol.size());
    }

    bool negative = false;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QChar(0x2212))
        || (!locale.negativeSign().isEmpty() && s.startsWith(locale.negativeSign()))) {
        negative = true;
        s.remove(0, 1);
    } else if (s.startsWith(QLatin1Char('+'))) {
        s.remove(0, 1);
    }
    // "-€12.50": the symbol may also follow the sign.
    if (s.startsWith(Euro))
        s.remove(0, Euro.size());
    if (s.isEmpty())
        return malformed;

    // The decimal separator is the last '.' or ','; when both appear, the other one groups digits.
    const qsizetype lastDot = s.lastIndexOf(QLatin1Char('.'));
    const qsizetype lastComma = s.lastIndexOf(QLatin1Char(','));
    const qsizetype decimalAt = std::max(lastDot, lastComma);
    QString integerPart = decimalAt < 0 ? s : s.left(decimalAt);
    const QString fraction = decimalAt < 0 ? QString() : s.mid(decimalAt + 1);
    if (decimalAt >= 0) {
        const QChar groupChar = lastDot > lastComma ? QLatin1Char(',') : QLatin1Char('.');
        if (integerPart.contains(s.at(decimalAt)))
            return malformed; // two decimal separators
        integerPart.remove(groupChar);
    }
    if (decimalAt >= 0 && fraction.isEmpty() && integerPart.isEmpty())
        return malformed;
    if (fraction.size() > 2 || integerPart.size() > 15)
        return malformed;

    qint64 units = 0;
    for (const QChar c : std::as_const(integerPart)) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return malformed;
        units = units * 10 + (c.unicode() - u'0');
    }
    qint64 hundredths = 0;
    for (qsizetype i = 0; i < 2; ++i) {
        hundredths *= 10;
        if (i < fraction.size()) {
            const QChar c = fraction.at(i);
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return malformed;
            hundredths += c.unicode() - u'0';
        }
    }
    // At most 15 digits: units × 100 + hundredths < 10^17, far inside a qint64.
    const qint64 cents = units * 100 + hundredths;
    if (cents > maxCents)
        return MoneyLimits::amountTooLarge(maxCents);
    if (negative && cents != 0) {
        if (!allowNegative)
            return makeError(ErrorCode::NegativePrice, text);
        return -cents;
    }
    return cents;
}

QString formatRate(int basisPoints, const QLocale &locale)
{
    const int magnitude = basisPoints < 0 ? -basisPoints : basisPoints;
    QString text = basisPoints < 0 ? locale.negativeSign() : QString();
    text += locale.toString(magnitude / 100);
    int fraction = magnitude % 100;
    if (fraction != 0) {
        text += locale.decimalPoint();
        text += locale.toString(fraction / 10);
        if (fraction % 10 != 0)
            text += locale.toString(fraction % 10);
    }
    if (isFrench(locale))
        text += NoBreakSpace;
    text += locale.percent();
    return text;
}

} // namespace comptoir::Money
