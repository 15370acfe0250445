// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QWidget>

namespace comptoir {

class OperatorSession;
class ReceiptService;
class ShopSettings;

// The Settings page ("Réglages"): the shop's identity printed on receipts (name, address,
// SIRET, VAT number, the till's name) and its time zone (that of business days and closures), the
// receipt printer (kind, address / device / queue / folder, paper width, drawer kick) with a test
// print, and the till's rules (discount threshold needing a manager, cash float, new products' VAT
// rate). Anyone may read it; only a signed-in manager may change it. Input is checked whole when
// saving: an error is shown beside the field and nothing is written.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(ShopSettings &settings, ReceiptService &receipts, OperatorSession &session,
                 QWidget *parent = nullptr);
    ~SettingsPage() override;

    // Reads the stored settings into the form again (drops unsaved edits).
    void reload();

    // Adds a section with its own buttons below the saved settings (e.g. the fiscal journal's,
    // SettingsPageJournal); the page takes it over. Save and Revert do not concern it.
    void addSection(QWidget *section);

Q_SIGNALS:
    void settingsChanged();

private:
    bool canEdit() const; // a manager is signed in
    void updateEditable();
    // Checks and writes each group that changed; a group at fault shows its error and writes
    // nothing. True when everything was saved.
    bool save();
    Status saveTill(bool &changed);

    struct Private;
    Private *d = nullptr;
};

} // namespace comptoir
