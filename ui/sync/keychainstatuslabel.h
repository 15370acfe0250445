// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/error.h"

#include <QLabel>

namespace comptoir {

// The keychain's news in the main window's status bar ("keychainStatusLabel"): while the secret
// store has not given the register's signing key, "Keychain pending…" (the till opens and takes
// a cart meanwhile; what needs a signature waits); once it has, nothing; when it failed, a short
// warning that stays, the whole sentence as its tooltip, and once a message box over the window
// ("keychainErrorBox", opened with open(): nothing waits on it).
class KeychainStatusLabel : public QLabel
{
    Q_OBJECT

public:
    explicit KeychainStatusLabel(QWidget *parent = nullptr);

    void setPending();
    void setReady();
    void setFailed(const Error &error);
};

} // namespace comptoir
