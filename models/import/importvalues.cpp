// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/importvalues.h"

#include "models/catalogue/barcode.h"
#include "models/moneylimits.h"
#include "models/vatrate.h"

#include <QRegularExpression>

#include <optional>

namespace comptoir::ImportValues {

namespace {

// A decimal number as written in a cell, without its sign: integer and fraction digits.
struct Decimal
{
    bool negative = false;
    QString integer; // digits only, at least one
    QString fraction; // digits only, maybe empty
};

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

// "1 234,50", "1.234,50", "1,234.50", "12.5", "-3", "12,": the last of ',' and '.' is the decimal
// separator when both appear; a lone ',' is decimal (French); a lone '.' is decimal unless it
// appears more than once (thousands). Spaces between digits are thousands separators.
std::optional<Decimal> decimal(QString text)
{
    QString s;
    for (const QChar c : text) {
        if (!isSpace(c) && c != QLatin1Char('\''))
            s += c;
    }
    Decimal d;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QChar(0x2212))) {
        d.negative = true;
        s.remove(0, 1);
    } else if (s.startsWith(QLatin1Char('+'))) {
        s.remove(0, 1);
    }
    if (s.isEmpty())
        return std::nullopt;
    const qsizetype comma = s.lastIndexOf(QLatin1Char(','));
    const qsizetype dot = s.lastIndexOf(QLatin1Char('.'));
    qsizetype separator = -1;
    QChar thousands;
    if (comma >= 0 && dot >= 0) {
        separator = std::max(comma, dot);
        thousands = comma > dot ? QLatin1Char('.') : QLatin1Char(',');
    } else if (comma >= 0) {
        if (s.count(QLatin1Char(',')) > 1)
            thousands = QLatin1Char(',');
        else
            separator = comma;
    } else if (dot >= 0) {
        if (s.count(QLatin1Char('.')) > 1)
            thousands = QLatin1Char('.');
        else
            separator = dot;
    }
    QString integer = separator >= 0 ? s.left(separator) : s;
    const QString fraction = separator >= 0 ? s.mid(separator + 1) : QString();
    if (!thousands.isNull())
        integer.remove(thousands);
    if (integer.isEmpty())
        integer = QStringLiteral("0");
    const QString digits = integer + fraction;
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    if (integer.size() > 15)
        return std::nullopt;
    d.integer = integer;
    d.fraction = fraction;
    return d;
}

// The number × 10^places, rounded half up (away from zero), unsigned.
qint64 scaled(const Decimal &d, int places)
{
    qint64 value = d.integer.toLongLong();
    for (int i = 0; i < places; ++i)
        value = value * 10 + (i < d.fraction.size() ? d.fraction.at(i).digitValue() : 0);
    if (d.fraction.size() > places && d.fraction.at(places).digitValue() >= 5)
        ++value;
    return value;
}

Error unreadable(const QString &text)
{
    return makeError(ErrorCode::ImportValueUnreadable, text.trimmed());
}

} // namespace

Result<qint64> cents(const QString &text)
{
    QString s = text;
    s.remove(QChar(0x20AC)); // €
    s.remove(QStringLiteral("EUR"), Qt::CaseInsensitive);
    s.remove(QStringLiteral("TTC"), Qt::CaseInsensitive);
    const auto d = decimal(s);
    if (!d)
        return unreadable(text);
    if (d->integer.size() > 12)
        return MoneyLimits::amountTooLarge(MoneyLimits::MaxUnitPriceCents);
    const qint64 value = scaled(*d, 2);
    if (d->negative && value != 0)
        return makeError(ErrorCode::NegativePrice, text.trimmed());
    if (value > MoneyLimits::MaxUnitPriceCents)
        return MoneyLimits::amountTooLarge(MoneyLimits::MaxUnitPriceCents);
    return value;
}

Result<int> vatRate(const QString &text)
{
    QString s = text;
    s.remove(QLatin1Char('%'));
    const auto d = decimal(s);
    if (!d)
        return unreadable(text);
    if (d->negative || d->integer.size() > 3)
        return makeError(ErrorCode::UnknownVatRate, text.trimmed());
    // The number × 10^6, so that 0,055 (a fraction) and 5,5 (a percentage) are exact.
    qint64 micro = scaled(*d, 6);
    if (d->integer == QLatin1String("0") && micro > 0 && micro < 1'000'000)
        micro *= 100; // 0,2 → 20 %
    if (micro % 10'000 != 0)
        return makeError(ErrorCode::UnknownVatRate, text.trimmed());
    const qint64 bp = micro / 10'000; // the percentage × 100
    if (!VatRate::all().contains(int(bp)))
        return makeError(ErrorCode::UnknownVatRate, text.trimmed());
    return int(bp);
}

Result<qint64> quantity(const QString &text)
{
    const auto d = decimal(text);
    if (!d)
        return unreadable(text);
    for (const QChar c : d->fraction) {
        if (c != QLatin1Char('0'))
            return makeError(ErrorCode::InvalidQuantity, text.trimmed());
    }
    if (d->integer.size() > 12 || d->integer.toLongLong() > MoneyLimits::MaxStockQuantity)
        return MoneyLimits::quantityTooLarge(MoneyLimits::MaxStockQuantity);
    const qint64 value = d->integer.toLongLong();
    if (d->negative && value != 0)
        return makeError(ErrorCode::InvalidQuantity, text.trimmed());
    return value;
}

Result<NetQuantity> netQuantity(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*([0-9][0-9\\s.,]*)\\s*([^0-9\\s].*?)\\.?\\s*$"),
        QRegularExpression::UseUnicodePropertiesOption);
    const auto match = pattern.match(text);
    const Error invalid = makeError(ErrorCode::InvalidNetQuantity, text.trimmed());
    if (!match.hasMatch())
        return invalid;
    const auto d = decimal(match.captured(1));
    if (!d)
        return invalid;
    const QString unit = match.captured(2)
                             .toLower()
                             .normalized(QString::NormalizationForm_D)
                             .remove(QRegularExpression(QStringLiteral("\\p{Mn}")));
    struct UnitName
    {
        const char *name;
        NetUnit unit;
        int places; // the amount is the number × 10^places in the unit's base
        qint64 factor;
    };
    static const UnitName units[] = {
        {"g", NetUnit::Gram, 0, 1},         {"gr", NetUnit::Gram, 0, 1},
        {"gramme", NetUnit::Gram, 0, 1},    {"grammes", NetUnit::Gram, 0, 1},
        {"kg", NetUnit::Kilogram, 3, 1},    {"kilo", NetUnit::Kilogram, 3, 1},
        {"kilos", NetUnit::Kilogram, 3, 1}, {"ml", NetUnit::Millilitre, 0, 1},
        {"cl", NetUnit::Millilitre, 1, 1},  {"dl", NetUnit::Millilitre, 2, 1},
        {"l", NetUnit::Litre, 3, 1},        {"litre", NetUnit::Litre, 3, 1},
        {"litres", NetUnit::Litre, 3, 1},   {"piece", NetUnit::Piece, 0, 1},
        {"pieces", NetUnit::Piece, 0, 1},   {"pc", NetUnit::Piece, 0, 1},
        {"pcs", NetUnit::Piece, 0, 1},      {"u", NetUnit::Piece, 0, 1},
        {"unite", NetUnit::Piece, 0, 1},    {"unites", NetUnit::Piece, 0, 1},
        {"x", NetUnit::Piece, 0, 1},
    };
    for (const UnitName &u : units) {
        if (unit != QLatin1String(u.name))
            continue;
        // The amount must be whole in the unit's base (1,5 g is refused; 1,5 kg is 1500 g).
        for (int i = u.places; i < d->fraction.size(); ++i) {
            if (d->fraction.at(i) != QLatin1Char('0'))
                return invalid;
        }
        if (d->negative || d->integer.size() > 9)
            return invalid;
        NetQuantity q {scaled(*d, u.places) * u.factor, u.unit};
        if (!NetQuantities::isValid(q) || !q.isSet())
            return invalid;
        return q;
    }
    return invalid;
}

Result<QStringList> barcodes(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList codes;
    for (const QString &code : text.split(separators, Qt::SkipEmptyParts)) {
        if (!Barcode::isValid(code))
            return makeError(ErrorCode::InvalidBarcode, code);
        if (!codes.contains(code))
            codes << code;
    }
    return codes;
}

bool isMojibake(const QString &text)
{
    // UTF-8's lead bytes C2/C3/C5/E2 read as Windows-1252 are Â, Ã, Å, â; the continuation byte
    // (80–BF) becomes a Latin-1 sign (A0–BF) or one of Windows-1252's 80–9F characters.
    static const QString cp1252High = QStringLiteral("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const QChar lead = text.at(i);
        if (lead != QChar(0xC3) && lead != QChar(0xC2) && lead != QChar(0xC5) && lead != QChar(0xE2))
            continue;
        const QChar next = text.at(i + 1);
        const bool continuation
            = (next.unicode() >= 0xA0 && next.unicode() <= 0xBF) || cp1252High.contains(next);
        if (continuation)
            return true;
        // "Ã " for "à": its continuation byte A0 is a no-break space, often turned into a space.
        if (lead == QChar(0xC3) && next == QLatin1Char(' ')
            && (i + 2 == text.size() || text.at(i + 2).isSpace()))
            return true;
    }
    return false;
}

} // namespace comptoir::ImportValues
