// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/till/freepricedialog.h"

#include "models/money.h"
#include "models/vatrate.h"
#include "ui/errortext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace comptoir {

FreePriceDialog::FreePriceDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Free price"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_labelEdit = new QLineEdit(this);
    m_labelEdit->setObjectName(QStringLiteral("labelEdit"));
    m_labelEdit->setText(tr("Miscellaneous"));
    m_priceEdit = new QLineEdit(this);
    m_priceEdit->setObjectName(QStringLiteral("priceEdit"));
    m_vatCombo = new QComboBox(this);
    m_vatCombo->setObjectName(QStringLiteral("vatCombo"));
    const QList<int> rates = VatRate::all();
    for (const int rate : rates)
        m_vatCombo->addItem(Money::formatRate(rate), rate);
    m_vatCombo->setCurrentIndex(int(rates.indexOf(VatRate::Standard)));
    form->addRow(tr("Label"), m_labelEdit);
    form->addRow(tr("Price incl. VAT"), m_priceEdit);
    form->addRow(tr("VAT rate"), m_vatCombo);
    layout->addLayout(form);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FreePriceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FreePriceDialog::reject);
    layout->addWidget(buttons);
    m_priceEdit->setFocus();
}

void FreePriceDialog::setLabel(const QString &label)
{
    m_labelEdit->setText(label);
}

QString FreePriceDialog::errorMessage() const
{
    return m_errorLabel->text();
}

void FreePriceDialog::accept()
{
    const QString label = m_labelEdit->text().trimmed();
    if (label.isEmpty()) {
        m_errorLabel->setText(errorText(Error {ErrorCode::EmptyName, {}, {}}));
        m_errorLabel->show();
        return;
    }
    auto price = Money::parse(m_priceEdit->text(), locale(), false, MoneyLimits::MaxUnitPriceCents);
    if (!price || m_priceEdit->text().trimmed().isEmpty()) {
        // Past the bound (a barcode scanned into the field, say): say so and what the bound is.
        const bool tooLarge = !price && price.error().code == ErrorCode::AmountTooLarge;
        m_errorLabel->setText(tooLarge ? errorText(price.error()) : tr("Type the price, for example 12,50."));
        m_errorLabel->show();
        return;
    }
    Q_EMIT lineAccepted(label, *price, m_vatCombo->currentData().toInt());
    QDialog::accept();
}

} // namespace comptoir
