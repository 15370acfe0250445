// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QPushButton;

namespace comptoir {

class Catalogue;
class ShopSettings;

// The till's favourite products (ShopSettings::favourites()) as large buttons, in order: the
// product's name and variant, and its price. Clicking one, or Alt+1 … Alt+9 for the first nine,
// emits variantChosen() (the till adds it like a scan). Each button's context menu offers
// "Remove from favourites" (removeRequested(): the till checks that a manager allows it, then
// calls removeFavourite()). Variants that no longer exist or are archived are not shown.
// Buttons are named favouriteButton1, favouriteButton2…; their remove actions
// removeFavouriteAction1…
class FavouritesBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int Columns = 6;

    FavouritesBar(Catalogue &catalogue, ShopSettings &settings, QWidget *parent = nullptr);

    // The variants shown, in order.
    const QList<qint64> &variants() const { return m_variants; }
    // Reads the favourites again and rebuilds the buttons (product names and prices may change).
    Status reload();
    // Appends a favourite and stores the list (already there: nothing changes). Errors:
    // InvalidQuantity when the list is full (ShopSettings::MaxFavourites), and the storage's.
    Status addFavourite(qint64 variantId);
    // Removes a favourite and stores the list (not there: nothing changes).
    Status removeFavourite(qint64 variantId);
    bool isFull() const;

Q_SIGNALS:
    void variantChosen(qint64 variantId);
    void removeRequested(qint64 variantId);
    // The list stored changed (added or removed).
    void favouritesChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Each button shows its label cut to the button's width ("…"), then the price.
    void elideLabels();
    QPushButton *makeButton(int number, qint64 variantId, const QString &label, qint64 priceCents);
    void clearButtons();

    Catalogue &m_catalogue;
    ShopSettings &m_settings;
    QGridLayout *m_grid = nullptr;
    QList<qint64> m_stored; // as stored, including variants not shown
    QList<qint64> m_variants; // shown, in order
    QList<QPushButton *> m_buttons;
    QStringList m_labels; // in full, per button
    QList<qint64> m_prices; // per button
};

} // namespace comptoir
