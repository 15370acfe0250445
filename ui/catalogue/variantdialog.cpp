// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/catalogue/variantdialog.h"

#include "models/catalogue/catalogue.h"
#include "models/catalogue/instorebarcodegiver.h"
#include "models/stock/stockledger.h"
#include "models/storage/database.h"
#include "ui/catalogue/variantfieldsform.h"
#include "ui/errortext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir {

VariantDialog *VariantDialog::forNewVariant(Database &db, Catalogue &catalogue, StockLedger &ledger,
                                            qint64 productId, QWidget *parent)
{
    auto *dialog = new VariantDialog(db, catalogue, ledger, true, parent);
    dialog->m_productId = productId;
    dialog->setWindowTitle(tr("New variant"));
    dialog->load();
    return dialog;
}

VariantDialog *VariantDialog::forVariant(Database &db, Catalogue &catalogue, StockLedger &ledger,
                                         qint64 variantId, QWidget *parent)
{
    auto *dialog = new VariantDialog(db, catalogue, ledger, false, parent);
    dialog->m_variantId = variantId;
    dialog->setWindowTitle(tr("Edit variant"));
    dialog->load();
    return dialog;
}

VariantDialog::VariantDialog(Database &db, Catalogue &catalogue, StockLedger &ledger, bool creating,
                             QWidget *parent)
    : QDialog(parent), m_db(db), m_catalogue(catalogue), m_ledger(ledger), m_creating(creating)
{
    build();
}

void VariantDialog::build()
{
    setObjectName(QStringLiteral("variantDialog"));
    setMinimumWidth(480);

    m_productLabel = new QLabel(this);
    m_productLabel->setObjectName(QStringLiteral("productLabel"));
    m_productLabel->setWordWrap(true);

    m_form = new VariantFieldsForm(m_creating ? VariantFieldsForm::Purpose::NewVariant
                                              : VariantFieldsForm::Purpose::ExistingVariant,
                                   this);
    m_form->setInStoreBarcodeSource([this] { return InStoreBarcodeGiver(m_db, m_catalogue).reserve(); });

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &VariantDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &VariantDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_productLabel);
    layout->addWidget(m_form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    setTabOrder(m_form->lastInput(), m_buttons);
    m_form->firstInput()->setFocus();
}

void VariantDialog::load()
{
    if (m_variantId) {
        const auto variant = m_catalogue.variant(*m_variantId);
        if (!variant) {
            showError(errorText(variant.error()));
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
            return;
        }
        m_productId = variant->productId;
        m_form->setFields(variant->fields);
    }
    const auto product = m_catalogue.product(m_productId);
    if (!product) {
        showError(errorText(product.error()));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_productLabel->setText(m_creating ? tr("A new variant of %1").arg(product->fields.name)
                                       : tr("A variant of %1").arg(product->fields.name));
}

QString VariantDialog::errorMessage() const
{
    return m_errorLabel->text();
}

bool VariantDialog::save()
{
    VariantFields fields;
    QString message;
    if (!m_form->read(&fields, &message)) {
        showError(message);
        return false;
    }

    if (!m_creating) {
        if (const Status updated = m_catalogue.updateVariant(*m_variantId, fields); !updated) {
            showError(errorText(updated.error()));
            return false;
        }
        return true;
    }

    // The variant and its initial stock are written together, or not at all.
    Transaction transaction(m_db);
    if (!transaction.status()) {
        showError(errorText(transaction.status().error()));
        return false;
    }
    const auto added = m_catalogue.addVariant(m_productId, fields);
    if (!added) {
        showError(errorText(added.error()));
        return false;
    }
    if (const int initialStock = m_form->initialStock(); initialStock > 0) {
        const auto movement
            = m_ledger.record(added.value(), initialStock, MovementReason::Receipt, tr("Initial stock"));
        if (!movement) {
            showError(errorText(movement.error()));
            return false;
        }
    }
    if (const Status committed = transaction.commit(); !committed) {
        showError(errorText(committed.error()));
        return false;
    }
    m_variantId = added.value();
    return true;
}

void VariantDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void VariantDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace comptoir
