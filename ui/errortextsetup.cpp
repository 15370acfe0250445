// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The words of the provisioning files' refusals (issue 13, the first-run assistant), kept beside
// errortext.cpp so that it stays small.
#include "ui/errortextparts.h"

namespace comptoir {

QString provisioningErrorText(const Error &error)
{
    switch (error.code) {
    case ErrorCode::ProvisioningFileDamaged:
        return translated(QT_TRANSLATE_NOOP("ErrorText",
                                            "This provisioning file is damaged or incomplete, so "
                                            "nothing was changed: copy it again, or type the code."));
    case ErrorCode::ProvisioningFileForeign:
        return translated(error.subject == QLatin1String("shop")
                              ? QT_TRANSLATE_NOOP("ErrorText",
                                                  "This provisioning file is for another shop, so "
                                                  "nothing was changed: ask for this shop's file.")
                              : QT_TRANSLATE_NOOP("ErrorText",
                                                  "This is not a provisioning file Comptoir reads, so "
                                                  "nothing was changed: open the .comptoir file."));
    case ErrorCode::ProvisioningFileExpired:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText", "This provisioning file has expired: nothing was changed. Ask for a new one."));
    default:
        break;
    }
    return {};
}

} // namespace comptoir
