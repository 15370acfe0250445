// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/keychainstatuslabel.h"

#include "ui/errortext.h"
#include "ui/logging.h"

#include <QMessageBox>

namespace comptoir {

KeychainStatusLabel::KeychainStatusLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("keychainStatusLabel"));
    hide();
}

void KeychainStatusLabel::setPending()
{
    setStyleSheet(QString());
    setText(tr("Keychain pending…"));
    setToolTip(tr("Waiting for the keychain to give this till's signing key (it may ask to be unlocked). "
                  "Sales can be prepared; they are recorded once the key is there."));
    show();
}

void KeychainStatusLabel::setReady()
{
    clear();
    setToolTip(QString());
    hide();
}

void KeychainStatusLabel::setFailed(const Error &error)
{
    const QString sentence = errorText(error);
    setStyleSheet(QStringLiteral("color: #b00020;"));
    setText(tr("No signing key: nothing can be recorded"));
    setToolTip(sentence);
    show();
    qCWarning(lcUi) << "the register's signing key is not available: error" << int(error.code);
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Keychain"), sentence, QMessageBox::Ok, window());
    box->setObjectName(QStringLiteral("keychainErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace comptoir
