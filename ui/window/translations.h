// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace comptoir {

// The languages Comptoir ships, French first (it is the default).
QStringList shippedLanguages();

// Picks the interface language: requestedLanguage ("fr", "en", from --lang) when it is one
// we ship; else the first of the system's UI languages that we ship; else French (a "C"
// locale gets French). Pure: no side effect, for tests.
QString chooseLanguage(const QString &requestedLanguage, const QStringList &systemUiLanguages);

// Chooses the language (from QLocale::system().uiLanguages() when none is requested),
// installs Comptoir's translator (:/i18n/comptoir_<lang>.qm) and Qt's own (qtbase_<lang>.qm,
// for the standard dialogs) on app, parented to it, and sets the default QLocale
// (fr_FR or en_GB). Returns the language chosen, "fr" or "en".
QString installTranslations(QCoreApplication &app, const QString &requestedLanguage);

} // namespace comptoir
