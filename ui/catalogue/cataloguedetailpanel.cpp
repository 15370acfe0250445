// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/catalogue/cataloguedetailpanel.h"

#include "models/catalogue/catalogue.h"
#include "models/money.h"
#include "models/stock/stockmovementmodel.h"
#include "models/storage/database.h"
#include "ui/catalogue/variantfieldsform.h"
#include "ui/errortext.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSqlQuery>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace comptoir {

CatalogueDetailPanel::CatalogueDetailPanel(Database &db, Catalogue &catalogue, QWidget *parent)
    : QWidget(parent), m_db(db), m_catalogue(catalogue), m_movements(new StockMovementModel(db, this))
{
    setObjectName(QStringLiteral("detailPanel"));
    setMinimumWidth(260);

    m_placeholderLabel = new QLabel(this);
    m_placeholderLabel->setObjectName(QStringLiteral("detailPlaceholderLabel"));
    m_placeholderLabel->setWordWrap(true);
    m_placeholderLabel->setAlignment(Qt::AlignCenter);

    m_content = new QWidget(this);
    m_titleLabel = new QLabel(m_content);
    m_titleLabel->setObjectName(QStringLiteral("detailTitleLabel"));
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    m_variantLabel = addValueRow(form, tr("Variant:"), QStringLiteral("detailVariantLabel"));
    m_codesLabel = addValueRow(form, tr("Barcodes:"), QStringLiteral("detailBarcodesLabel"));
    m_codesLabel->setWordWrap(true);
    m_referenceLabel = addValueRow(form, tr("Reference:"), QStringLiteral("detailReferenceLabel"));
    m_priceLabel = addValueRow(form, tr("Price (VAT incl.):"), QStringLiteral("detailPriceLabel"));
    m_vatLabel = addValueRow(form, tr("VAT:"), QStringLiteral("detailVatLabel"));
    m_unitPriceLabel = addValueRow(form, tr("Net quantity:"), QStringLiteral("detailUnitPriceLabel"));
    m_unitPriceCaption = qobject_cast<QLabel *>(form->labelForField(m_unitPriceLabel));
    m_thresholdLabel = addValueRow(form, tr("Low-stock alert at:"), QStringLiteral("detailThresholdLabel"));
    m_reservedLabel = addValueRow(form, tr("Reserved online:"), QStringLiteral("detailReservedLabel"));
    m_reservedCaption = qobject_cast<QLabel *>(form->labelForField(m_reservedLabel));

    auto *onHandCaption = new QLabel(tr("On hand"), m_content);
    m_onHandLabel = new QLabel(m_content);
    m_onHandLabel->setObjectName(QStringLiteral("onHandLabel"));
    m_statusLabel = new QLabel(m_content);
    m_statusLabel->setObjectName(QStringLiteral("detailStatusLabel"));
    m_statusLabel->setWordWrap(true);

    auto *historyCaption = new QLabel(tr("Stock history"), m_content);
    m_historyView = new QTableView(m_content);
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyView->setModel(m_movements);
    m_historyView->setSelectionMode(QAbstractItemView::NoSelection);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setFocusPolicy(Qt::NoFocus);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_titleLabel);
    contentLayout->addLayout(form);
    contentLayout->addSpacing(6);
    contentLayout->addWidget(onHandCaption);
    contentLayout->addWidget(m_onHandLabel);
    contentLayout->addWidget(m_statusLabel);
    contentLayout->addSpacing(6);
    contentLayout->addWidget(historyCaption);
    contentLayout->addWidget(m_historyView, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholderLabel);
    layout->addWidget(m_content, 1);

    clear(tr("Select a product in the list to see its price, its stock and its history."));
}

QLabel *CatalogueDetailPanel::addValueRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(m_content);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    return value;
}

void CatalogueDetailPanel::setVariant(qint64 variantId)
{
    if (variantId == m_variantId)
        return;
    m_variantId = variantId;
    m_movements->setVariant(variantId);
    showVariant();
}

void CatalogueDetailPanel::clear(const QString &message)
{
    m_placeholderLabel->setText(message);
    m_placeholderLabel->setVisible(true);
    m_content->setVisible(false);
    m_onHandLabel->clear();
}

void CatalogueDetailPanel::refresh()
{
    m_movements->refresh();
    showVariant();
}

// The marketplace's last word on the variant (stock_server_state, written by the sync): shown
// only when online orders hold some of it.
void CatalogueDetailPanel::showReserved()
{
    qint64 reserved = 0;
    qint64 available = 0;
    auto q = m_db.query(
        QStringLiteral("SELECT reserved, available FROM stock_server_state WHERE variant_id = ?"),
        {m_variantId});
    if (q && q.value().next()) {
        reserved = q.value().value(0).toLongLong();
        available = q.value().value(1).toLongLong();
    }
    if (q)
        q.value().finish();
    m_reservedLabel->setText(tr("%1 (available online: %2)").arg(reserved).arg(available));
    m_reservedLabel->setVisible(reserved > 0);
    if (m_reservedCaption)
        m_reservedCaption->setVisible(reserved > 0);
}

// The net quantity and the unit price shelf labels show (issue 14): "250 g — 12,40 €/kg".
void CatalogueDetailPanel::showUnitPrice(const VariantFields &fields)
{
    const auto unitPrice = NetQuantities::unitPrice(fields.priceCents, fields.netQuantity);
    QString text;
    if (unitPrice) {
        const auto [amount, unitKey] = VariantFieldsForm::showNetQuantity(fields.netQuantity, locale());
        const QString unit = unitKey == QStringLiteral("piece") ? tr("piece(s)") : unitKey;
        const QString price = Money::format(unitPrice->cents, locale());
        QString per;
        switch (unitPrice->basis) {
        case UnitPriceBasis::PerKilogram:
            per = tr("%1/kg").arg(price);
            break;
        case UnitPriceBasis::PerLitre:
            per = tr("%1/l").arg(price);
            break;
        case UnitPriceBasis::PerPiece:
            per = tr("%1 per piece").arg(price);
            break;
        }
        text = tr("%1 %2 — %3").arg(amount, unit, per);
    }
    m_unitPriceLabel->setText(text);
    m_unitPriceLabel->setVisible(!text.isEmpty());
    if (m_unitPriceCaption)
        m_unitPriceCaption->setVisible(!text.isEmpty());
}

void CatalogueDetailPanel::showVariant()
{
    if (m_variantId == 0) {
        clear(tr("Select a product in the list to see its price, its stock and its history."));
        return;
    }
    const auto variant = m_catalogue.variant(m_variantId);
    const auto product = variant ? m_catalogue.product(variant->productId) : Result<Product>(variant.error());
    if (!variant || !product) {
        clear(errorText(!variant ? variant.error() : product.error()));
        return;
    }

    const VariantFields &fields = variant->fields;
    m_titleLabel->setText(product->fields.brand.isEmpty()
                              ? product->fields.name
                              : tr("%1 (%2)").arg(product->fields.name, product->fields.brand));
    m_variantLabel->setText(fields.label.isEmpty() ? tr("Single variant") : fields.label);
    m_codesLabel->setText(fields.barcodes.isEmpty() ? tr("None")
                                                    : fields.barcodes.join(QStringLiteral(", ")));
    m_referenceLabel->setText(fields.reference);
    m_priceLabel->setText(Money::format(fields.priceCents, locale()));
    m_vatLabel->setText(Money::formatRate(product->fields.vatRateBp, locale()));
    showUnitPrice(fields);
    m_thresholdLabel->setText(fields.lowStockThreshold > 0 ? QString::number(fields.lowStockThreshold)
                                                           : tr("No alert"));
    m_onHandLabel->setText(QString::number(variant->onHand));
    showReserved();

    const bool lowStock = fields.lowStockThreshold > 0 && variant->onHand <= fields.lowStockThreshold;
    const bool archived = variant->archived || product->archived;
    m_onHandLabel->setProperty("lowStock", lowStock && !archived);
    m_onHandLabel->style()->unpolish(m_onHandLabel);
    m_onHandLabel->style()->polish(m_onHandLabel);
    if (archived)
        m_statusLabel->setText(tr("Archived: not offered for sale. Restore it to sell it again."));
    else if (lowStock)
        m_statusLabel->setText(tr("Low stock: time to reorder."));
    else
        m_statusLabel->clear();
    m_statusLabel->setVisible(!m_statusLabel->text().isEmpty());

    m_placeholderLabel->setVisible(false);
    m_content->setVisible(true);
}

} // namespace comptoir
