// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace comptoir {

// comptoir enroll --url U --code C [--device-name N] [--data-dir D], or
// comptoir enroll --provisioning-file F [--device-name N] [--data-dir D]: enrols the shop's till
// with a marketplace (sync/enrollment.h), the token going into the secret store the window uses
// for that shop. Prints the shop's name and the device id. Exit 0 when enrolled; 3 when the
// marketplace or the secret store refused (the error in words); 1 when the shop cannot be opened.
int runEnrollCommand(const QString &dataDirOverride, const QString &url, const QString &code,
                     const QString &deviceName, const QString &provisioningFile);

} // namespace comptoir
