// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace comptoir {

// Where the first-run assistant looks for provisioning files (FILE.comptoir): the USB keys
// mounted for this user (/media/$USER/*, /run/media/$USER/*) and the Downloads folder
// (QStandardPaths::DownloadLocation, and ~/Téléchargements on a system set up in French). The
// roots are given to find(), so tests use their own folders.
class ProvisioningSearch
{
public:
    static constexpr int MaxDepth = 2; // a root, its folders and theirs (a key's root and one folder)

    static QStringList defaultRoots();
    // The *.comptoir files under roots (to MaxDepth), newest first, each once.
    static QStringList find(const QStringList &roots);
};

} // namespace comptoir
