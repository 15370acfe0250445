// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QTableView;

namespace comptoir {

class Catalogue;
class Database;
class StockMovementModel;
struct VariantFields;

// The side panel of the catalogue page: the selected variant's product, price, VAT, on
// hand (large), low-stock threshold, what online orders reserve of it (when the marketplace says
// any is reserved) and stock history.
class CatalogueDetailPanel : public QWidget
{
    Q_OBJECT

public:
    CatalogueDetailPanel(Database &db, Catalogue &catalogue, QWidget *parent = nullptr);

    // 0 shows the "nothing selected" text.
    void setVariant(qint64 variantId);
    qint64 variantId() const { return m_variantId; }
    // Re-reads the variant and its history (after a write).
    void refresh();

    StockMovementModel *movementModel() const { return m_movements; }

private:
    QLabel *addValueRow(QFormLayout *form, const QString &label, const QString &objectName);
    void showVariant();
    void clear(const QString &message);
    void showReserved();
    void showUnitPrice(const VariantFields &fields);

    const Database &m_db;
    Catalogue &m_catalogue;
    qint64 m_variantId = 0;
    StockMovementModel *m_movements = nullptr;

    QLabel *m_placeholderLabel = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_variantLabel = nullptr;
    QLabel *m_codesLabel = nullptr;
    QLabel *m_referenceLabel = nullptr;
    QLabel *m_priceLabel = nullptr;
    QLabel *m_vatLabel = nullptr;
    QLabel *m_onHandLabel = nullptr;
    QLabel *m_thresholdLabel = nullptr;
    QLabel *m_reservedCaption = nullptr;
    QLabel *m_reservedLabel = nullptr;
    QLabel *m_unitPriceCaption = nullptr;
    QLabel *m_unitPriceLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTableView *m_historyView = nullptr;
};

} // namespace comptoir
