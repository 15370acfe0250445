// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileDevice>
#include <QString>

namespace comptoir {

// What a shop keeps (customers' names and phone numbers, PIN hashes, the fiscal journal, receipts)
// is for the shop's own account only: its folders are made 0700 and its files 0600, whatever the
// process umask, and anything found looser at start is repaired.

// rwx for the owner only.
constexpr QFileDevice::Permissions PrivateFolderPermissions
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
// rw for the owner only.
constexpr QFileDevice::Permissions PrivateFilePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Creates `path` (its missing parents as usual, the folder itself 0700). True when `path` is a
// folder afterwards; an existing folder is left as it is (restrictToOwner repairs it).
bool makePrivateFolder(const QString &path);

// Takes the group's and others' permissions away from `path` when it has any, keeping the owner's;
// true when it had to (a warning is logged, category comptoir.models). A symbolic link is left
// alone (chmod would change its target).
bool restrictToOwner(const QString &path);

// restrictToOwner on a folder and on everything below it, without following symbolic links.
// Returns how many entries were repaired.
int restrictTreeToOwner(const QString &folder);

} // namespace comptoir
