// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/catalogue/variantfieldsform.h"

#include "models/money.h"
#include "ui/errortext.h"

#include <QFormLayout>
#include <QLineEdit>
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
    form->addRow(tr("&Barcodes:"), m_barcodesEdit);

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
