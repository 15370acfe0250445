// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace comptoir {

class TillPage;

// The till kept up with a catalogue changed elsewhere: prices and stock applied by the sync, an
// edit on the Catalogue page. update() reads the search's results again (the result chosen stays
// chosen) and gives the cart's lines the catalogue's new price, said on the message line, as long
// as nothing has been paid: a line whose price was overridden keeps it, and once a payment is
// taken the ticket keeps the prices it was paid against (the new ones apply to the next ticket).
// While a dialog of the page is open (a discount, a price, a PIN being typed) the cart waits for
// it to close: an edit in progress is never changed under the cashier's eyes. See docs/till.md.
class TillCatalogueUpdates : public QObject
{
    Q_OBJECT

public:
    static constexpr int DialogRetryMs = 500;

    explicit TillCatalogueUpdates(TillPage &page);

    // The catalogue changed: the search now, the cart's prices now or once the open dialog closes.
    void update();

private:
    void updateCart();
    bool dialogOpen() const;

    TillPage &m_page;
    QTimer m_retry; // while a dialog is open
};

} // namespace comptoir
