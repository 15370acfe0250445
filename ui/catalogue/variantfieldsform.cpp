// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/catalogue/variantfieldsform.h"

#include "models/money.h"
#include "ui/errortext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

namespace comptoir {

namespace {
constexpr int MaxQuantity = 1000000;
}

VariantFieldsForm::VariantFieldsForm(Purpose purpose, QWidget *parent) : QWidget(parent), m_purpose(purpose)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);

    m_labelEdit = new QLineEdit(this);
    m_labelEdit->setObjectName(QStringLiteral("labelEdit"));
    m_labelEdit->setPlaceholderText(tr("Size, colour… (empty if the product has only one kind)"));
    form->addRow(tr("&Variant:"), m_labelEdit);

    m_barcodesEdit = new QLineEdit(this);
    m_barcodesEdit->setObjectName(QStringLiteral("barcodesEdit"));
    m_barcodesEdit->setPlaceholderText(tr("Scan or type; several codes separated by spaces"));
    m_inStoreButton = new QPushButton(tr("In-store &code"), this);
    m_inStoreButton->setObjectName(QStringLiteral("inStoreBarcodeButton"));
    m_inStoreButton->setToolTip(
        tr("Give this item a barcode of the shop's own (an EAN-13 starting with 20), to "
           "print on its label and scan at the till."));
    m_inStoreButton->setAutoDefault(false);
    m_inStoreButton->setVisible(false);
    connect(m_inStoreButton, &QPushButton::clicked, this, &VariantFieldsForm::giveInStoreBarcode);
    auto *barcodesRow = new QHBoxLayout;
    barcodesRow->addWidget(m_barcodesEdit, 1);
    barcodesRow->addWidget(m_inStoreButton);
    form->addRow(tr("&Barcodes:"), barcodesRow);

    m_referenceEdit = new QLineEdit(this);
    m_referenceEdit->setObjectName(QStringLiteral("referenceEdit"));
    m_referenceEdit->setPlaceholderText(tr("Made up by Comptoir if left empty"));
    form->addRow(tr("&Reference:"), m_referenceEdit);

    m_priceEdit = new QLineEdit(this);
    m_priceEdit->setObjectName(QStringLiteral("priceEdit"));
    m_priceEdit->setPlaceholderText(tr("12.50"));
    m_priceEdit->setAlignment(Qt::AlignRight);
    form->addRow(tr("&Price (VAT incl.):"), m_priceEdit);

    m_costEdit = new QLineEdit(this);
    m_costEdit->setObjectName(QStringLiteral("costEdit"));
    m_costEdit->setPlaceholderText(tr("Optional"));
    m_costEdit->setAlignment(Qt::AlignRight);
    form->addRow(tr("&Cost (VAT excl.):"), m_costEdit);

    m_netAmountEdit = new QLineEdit(this);
    m_netAmountEdit->setObjectName(QStringLiteral("netAmountEdit"));
    m_netAmountEdit->setPlaceholderText(tr("Optional: 250, 1.5…"));
    m_netAmountEdit->setAlignment(Qt::AlignRight);
    m_netAmountEdit->setToolTip(tr("What one item holds, for the unit price shelf labels must show."));
    m_netUnitCombo = new QComboBox(this);
    m_netUnitCombo->setObjectName(QStringLiteral("netUnitCombo"));
    m_netUnitCombo->addItem(tr("no unit"), QString());
    m_netUnitCombo->addItem(tr("g"), QStringLiteral("g"));
    m_netUnitCombo->addItem(tr("kg"), QStringLiteral("kg"));
    m_netUnitCombo->addItem(tr("ml"), QStringLiteral("ml"));
    m_netUnitCombo->addItem(tr("cl"), QStringLiteral("cl"));
    m_netUnitCombo->addItem(tr("l"), QStringLiteral("l"));
    m_netUnitCombo->addItem(tr("piece(s)"), QStringLiteral("piece"));
    auto *netRow = new QHBoxLayout;
    netRow->addWidget(m_netAmountEdit, 1);
    netRow->addWidget(m_netUnitCombo);
    form->addRow(tr("&Net quantity:"), netRow);

    m_thresholdSpin = new QSpinBox(this);
    m_thresholdSpin->setObjectName(QStringLiteral("thresholdSpin"));
    m_thresholdSpin->setRange(0, MaxQuantity);
    m_thresholdSpin->setSpecialValueText(tr("No alert"));
    m_thresholdSpin->setToolTip(tr("The row is highlighted when the stock falls to this number or below."));
    form->addRow(tr("&Low-stock alert at:"), m_thresholdSpin);

    if (m_purpose == Purpose::NewVariant) {
        m_initialStockSpin = new QSpinBox(this);
        m_initialStockSpin->setObjectName(QStringLiteral("initialStockSpin"));
        m_initialStockSpin->setRange(0, MaxQuantity);
        m_initialStockSpin->setToolTip(tr("Recorded as a delivery received, with the note “Initial stock”."));
        form->addRow(tr("&Initial stock:"), m_initialStockSpin);
    }
}

void VariantFieldsForm::setFields(const VariantFields &fields)
{
    m_labelEdit->setText(fields.label);
    m_barcodesEdit->setText(fields.barcodes.join(QLatin1Char(' ')));
    m_referenceEdit->setText(fields.reference);
    m_priceEdit->setText(Money::formatPlain(fields.priceCents, locale()));
    m_costEdit->setText(fields.costCents ? Money::formatPlain(*fields.costCents, locale()) : QString());
    m_thresholdSpin->setValue(fields.lowStockThreshold);
    const auto [amount, unit] = showNetQuantity(fields.netQuantity, locale());
    m_netAmountEdit->setText(amount);
    m_netUnitCombo->setCurrentIndex(qMax(0, m_netUnitCombo->findData(unit)));
}

void VariantFieldsForm::setInStoreBarcodeSource(InStoreBarcodeSource source)
{
    m_inStoreSource = std::move(source);
    m_inStoreButton->setVisible(bool(m_inStoreSource));
}

void VariantFieldsForm::giveInStoreBarcode()
{
    if (!m_inStoreSource)
        return;
    auto code = m_inStoreSource();
    if (!code) {
        m_barcodesEdit->setToolTip(errorText(code.error()));
        m_barcodesEdit->setFocus();
        return;
    }
    QStringList codes = splitBarcodes(m_barcodesEdit->text());
    codes.append(*code);
    m_barcodesEdit->setText(codes.join(QLatin1Char(' ')));
    m_barcodesEdit->setFocus();
}

Result<NetQuantity> VariantFieldsForm::parseNetQuantity(const QString &amount, const QString &unitKey,
                                                        const QLocale &locale)
{
    const QString text = amount.trimmed();
    if (unitKey.isEmpty()) {
        if (text.isEmpty())
            return NetQuantity {};
        return makeError(ErrorCode::InvalidNetQuantity, text);
    }
    // The amount in thousandths of the unit shown, read without floating point.
    QString normal = text;
    normal.remove(QLatin1Char(' ')).remove(QChar(0x00a0)).remove(QChar(0x202f));
    normal.replace(locale.decimalPoint(), QStringLiteral("."));
    normal.replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression number(QStringLiteral("^([0-9]{1,9})(?:\\.([0-9]{1,3}))?$"));
    const auto match = number.match(normal);
    if (!match.hasMatch())
        return makeError(ErrorCode::InvalidNetQuantity, text);
    const qint64 thousandths = match.captured(1).toLongLong() * 1000
        + match.captured(2).leftJustified(3, QLatin1Char('0')).toLongLong();
    struct Unit
    {
        NetUnit unit;
        qint64 baseThousandths; // base units (g, ml, items) per shown unit, × 1000
    };
    Unit u {NetUnit::Piece, 1000};
    if (unitKey == QStringLiteral("g"))
        u = {NetUnit::Gram, 1000};
    else if (unitKey == QStringLiteral("kg"))
        u = {NetUnit::Kilogram, 1'000'000};
    else if (unitKey == QStringLiteral("ml"))
        u = {NetUnit::Millilitre, 1000};
    else if (unitKey == QStringLiteral("cl"))
        u = {NetUnit::Millilitre, 10'000};
    else if (unitKey == QStringLiteral("l"))
        u = {NetUnit::Litre, 1'000'000};
    const qint64 scaled = thousandths * u.baseThousandths; // at most 1e12 × 1e6: fits
    if (scaled % 1'000'000 != 0)
        return makeError(ErrorCode::InvalidNetQuantity, text); // not whole in g, ml or items
    const NetQuantity quantity {scaled / 1'000'000, u.unit};
    if (!quantity.isSet() || !NetQuantities::isValid(quantity))
        return makeError(ErrorCode::InvalidNetQuantity, text);
    return quantity;
}

std::pair<QString, QString> VariantFieldsForm::showNetQuantity(const NetQuantity &quantity,
                                                               const QLocale &locale)
{
    if (!quantity.isSet())
        return {QString(), QString()};
    switch (quantity.unit) {
    case NetUnit::Kilogram:
    case NetUnit::Litre: {
        QString shown = locale.toString(double(quantity.amount) / 1000.0, 'f', 3);
        while (shown.endsWith(QLatin1Char('0')))
            shown.chop(1);
        if (shown.endsWith(locale.decimalPoint()))
            shown.chop(locale.decimalPoint().size());
        return {shown, quantity.unit == NetUnit::Kilogram ? QStringLiteral("kg") : QStringLiteral("l")};
    }
    case NetUnit::Gram:
        return {QString::number(quantity.amount), QStringLiteral("g")};
    case NetUnit::Millilitre:
        return {QString::number(quantity.amount), QStringLiteral("ml")};
    case NetUnit::Piece:
        return {QString::number(quantity.amount), QStringLiteral("piece")};
    case NetUnit::None:
        break;
    }
    return {QString(), QString()};
}

void VariantFieldsForm::setBarcodes(const QStringList &barcodes)
{
    m_barcodesEdit->setText(barcodes.join(QLatin1Char(' ')));
}

bool VariantFieldsForm::read(VariantFields *fields, QString *message) const
{
    fields->label = m_labelEdit->text().trimmed();
    fields->barcodes = splitBarcodes(m_barcodesEdit->text());
    fields->reference = m_referenceEdit->text().trimmed();
    fields->lowStockThreshold = m_thresholdSpin->value();

    auto net = parseNetQuantity(m_netAmountEdit->text(), m_netUnitCombo->currentData().toString(), locale());
    if (!net) {
        *message = errorText(net.error());
        m_netAmountEdit->setFocus();
        m_netAmountEdit->selectAll();
        return false;
    }
    fields->netQuantity = *net;

    const QString priceText = m_priceEdit->text().trimmed();
    if (priceText.isEmpty()) {
        *message = tr("Type the price, VAT included, like 12.50.");
        m_priceEdit->setFocus();
        return false;
    }
    const auto price = Money::parse(priceText, locale(), false, MoneyLimits::MaxUnitPriceCents);
    if (!price) {
        *message = errorText(price.error());
        m_priceEdit->setFocus();
        m_priceEdit->selectAll();
        return false;
    }
    fields->priceCents = price.value();

    const QString costText = m_costEdit->text().trimmed();
    fields->costCents.reset();
    if (!costText.isEmpty()) {
        const auto cost = Money::parse(costText, locale(), false, MoneyLimits::MaxUnitPriceCents);
        if (!cost) {
            *message = errorText(cost.error());
            m_costEdit->setFocus();
            m_costEdit->selectAll();
            return false;
        }
        fields->costCents = cost.value();
    }
    return true;
}

int VariantFieldsForm::initialStock() const
{
    return m_initialStockSpin ? m_initialStockSpin->value() : 0;
}

QWidget *VariantFieldsForm::firstInput() const
{
    return m_labelEdit;
}

QWidget *VariantFieldsForm::lastInput() const
{
    return m_initialStockSpin ? static_cast<QWidget *>(m_initialStockSpin) : m_thresholdSpin;
}

QStringList VariantFieldsForm::splitBarcodes(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList codes;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &code : parts) {
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

} // namespace comptoir
