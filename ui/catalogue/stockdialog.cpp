// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/catalogue/stockdialog.h"

#include "models/catalogue/catalogue.h"
#include "models/stock/stockledger.h"
#include "ui/errortext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace comptoir {

namespace {
constexpr int MaxQuantity = 1000000;
}

StockDialog::StockDialog(Catalogue &catalogue, StockLedger &ledger, qint64 variantId, Mode mode,
                         QWidget *parent)
    : QDialog(parent), m_catalogue(catalogue), m_ledger(ledger), m_variantId(variantId), m_mode(mode)
{
    setObjectName(QStringLiteral("stockDialog"));
    setWindowTitle(mode == Mode::Adjust ? tr("Receive or adjust stock") : tr("Physical count"));
    setMinimumWidth(440);

    auto *itemLabel = new QLabel(this);
    itemLabel->setObjectName(QStringLiteral("itemLabel"));
    itemLabel->setWordWrap(true);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StockDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StockDialog::reject);

    const auto variant = m_catalogue.variant(variantId);
    const auto product = variant ? m_catalogue.product(variant->productId) : Result<Product>(variant.error());
    const auto onHand = m_ledger.onHand(variantId);
    if (!variant || !product || !onHand) {
        const Error &error = !variant ? variant.error() : !product ? product.error() : onHand.error();
        showError(errorText(error));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    } else {
        m_onHand = onHand.value();
        const QString label = variant->fields.label.isEmpty()
            ? product->fields.name
            : tr("%1 — %2").arg(product->fields.name, variant->fields.label);
        itemLabel->setText(label);
    }

    auto *onHandLabel = new QLabel(QString::number(m_onHand), this);
    onHandLabel->setObjectName(QStringLiteral("currentOnHandLabel"));

    auto *form = new QFormLayout;
    form->addRow(tr("On hand in Comptoir:"), onHandLabel);
    if (mode == Mode::Adjust)
        buildAdjust(form);
    else
        buildCount(form);

    m_noteEdit = new QLineEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("Optional: supplier, delivery note, what happened…"));
    form->addRow(tr("N&ote:"), m_noteEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(itemLabel);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    if (m_reasonCombo) {
        setTabOrder(m_quantitySpin, m_reasonCombo);
        setTabOrder(m_reasonCombo, m_noteEdit);
    } else {
        setTabOrder(m_quantitySpin, m_noteEdit);
    }
    setTabOrder(m_noteEdit, m_buttons);

    connect(m_quantitySpin, &QSpinBox::valueChanged, this, &StockDialog::updatePreview);
    updatePreview();
    m_quantitySpin->setFocus();
    m_quantitySpin->selectAll();
}

void StockDialog::buildAdjust(QFormLayout *form)
{
    m_quantitySpin = new QSpinBox(this);
    m_quantitySpin->setObjectName(QStringLiteral("changeSpin"));
    m_quantitySpin->setRange(-MaxQuantity, MaxQuantity);
    m_quantitySpin->setToolTip(tr("Items that came in (for example 12), or went out (for example -2)."));
    form->addRow(tr("&Change:"), m_quantitySpin);

    m_reasonCombo = new QComboBox(this);
    m_reasonCombo->setObjectName(QStringLiteral("reasonCombo"));
    m_reasonCombo->addItem(tr("Delivery received"), int(MovementReason::Receipt));
    m_reasonCombo->addItem(tr("Adjustment: breakage, loss, correction"), int(MovementReason::Adjustment));
    form->addRow(tr("&Reason:"), m_reasonCombo);
    connect(m_reasonCombo, &QComboBox::activated, this, [this] { m_reasonChosen = true; });

    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("afterLabel"));
    form->addRow(tr("On hand afterwards:"), m_previewLabel);
}

void StockDialog::buildCount(QFormLayout *form)
{
    m_quantitySpin = new QSpinBox(this);
    m_quantitySpin->setObjectName(QStringLiteral("countedSpin"));
    m_quantitySpin->setRange(0, MaxQuantity);
    m_quantitySpin->setValue(int(std::clamp<qint64>(m_onHand, 0, MaxQuantity)));
    m_quantitySpin->setToolTip(tr("How many items are really on the shelves and in the stockroom."));
    form->addRow(tr("&Counted:"), m_quantitySpin);

    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("differenceLabel"));
    form->addRow(tr("Difference:"), m_previewLabel);
}

void StockDialog::updatePreview()
{
    const qint64 value = m_quantitySpin->value();
    if (m_mode == Mode::Adjust) {
        m_previewLabel->setText(QString::number(m_onHand + value));
        // A negative change is rarely a delivery: suggest an adjustment until a reason is picked.
        if (!m_reasonChosen)
            m_reasonCombo->setCurrentIndex(value < 0 ? 1 : 0);
        return;
    }
    const qint64 difference = value - m_onHand;
    if (difference == 0)
        m_previewLabel->setText(tr("None: the count matches"));
    else if (difference > 0)
        m_previewLabel->setText(tr("+%1: more than Comptoir expected").arg(difference));
    else
        m_previewLabel->setText(tr("%1: fewer than Comptoir expected").arg(difference));
}

QString StockDialog::errorMessage() const
{
    return m_errorLabel->text();
}

bool StockDialog::save()
{
    const QString note = m_noteEdit->text().trimmed();
    if (m_mode == Mode::Adjust) {
        const auto reason = MovementReason(m_reasonCombo->currentData().toInt());
        const auto movement = m_ledger.record(m_variantId, m_quantitySpin->value(), reason, note);
        if (!movement) {
            showError(errorText(movement.error()));
            m_quantitySpin->setFocus();
            m_quantitySpin->selectAll();
            return false;
        }
        if (reason == MovementReason::Receipt && m_quantitySpin->value() > 0)
            Q_EMIT stockReceived(m_variantId, m_quantitySpin->value());
        return true;
    }
    const auto movement = m_ledger.recordCount(m_variantId, m_quantitySpin->value(), note);
    if (!movement) {
        showError(errorText(movement.error()));
        return false;
    }
    return true;
}

void StockDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void StockDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace comptoir
