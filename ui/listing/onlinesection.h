// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/listing/listing.h"
#include "models/result.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace comptoir {

class Database;

// The "En ligne" part of the product form (issue 15): the online title (the product's name as
// its placeholder), the online description (paragraphs, with a counter up to 10 000 characters),
// the visible-online switch, the marketplace category (chosen in CategoryPicker: Ctrl+K or the
// button; Del on the button clears it) and the edited variant's safety stock. It reads and writes
// through Listing; save() is called by the dialog inside its own transaction.
class OnlineSection : public QWidget
{
    Q_OBJECT

public:
    OnlineSection(Database &db, Listing &listing, QWidget *parent = nullptr);

    // A new product: the switch starts as the shop's setting says.
    void setNew(bool visibleOnline);
    // An existing product, and the variant whose safety stock is shown (none: no safety stock field).
    Status load(qint64 productId, std::optional<qint64> variantId);
    // The product's name (the title's placeholder: the marketplace shows the name when empty).
    void setProductName(const QString &name);

    OnlineFields fields() const;
    // Writes the online part (and the variant's safety stock) of productId: one product_upsert
    // with only what changed. The caller holds the transaction.
    Status save(qint64 productId, std::optional<qint64> variantId);

    // How the category is chosen; the default opens a CategoryPicker (tests replace it).
    // Returns the id chosen, or nothing when cancelled.
    using ChooseCategory = std::function<std::optional<QString>(const QString &current)>;
    void setChooseCategory(ChooseCategory choose) { m_choose = std::move(choose); }
    void chooseCategory();
    void clearCategory();

    QWidget *firstInput() const;
    QWidget *lastInput() const;

private:
    void showCategory();
    void updateCounter();

    Database &m_db;
    Listing &m_listing;
    ChooseCategory m_choose;
    QString m_categoryId;

    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_counter = nullptr;
    QCheckBox *m_visible = nullptr;
    QLabel *m_categoryPath = nullptr;
    QPushButton *m_chooseButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    QSpinBox *m_safetyStock = nullptr;
    QLabel *m_safetyLabel = nullptr;
};

} // namespace comptoir
