// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/translations.h"

#include "ui/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace comptoir {

namespace {

// "fr-FR", "fr_CA", "en" → "fr", "fr", "en"
QString languageCode(const QString &tag)
{
    qsizetype cut = 0;
    while (cut < tag.size() && tag.at(cut) != QLatin1Char('-') && tag.at(cut) != QLatin1Char('_'))
        ++cut;
    return tag.left(cut).trimmed().toLower();
}

} // namespace

QStringList shippedLanguages()
{
    return {QStringLiteral("fr"), QStringLiteral("en")};
}

QString chooseLanguage(const QString &requestedLanguage, const QStringList &systemUiLanguages)
{
    const QStringList shipped = shippedLanguages();
    const QString requested = languageCode(requestedLanguage);
    if (shipped.contains(requested))
        return requested;
    for (const QString &tag : systemUiLanguages) {
        const QString code = languageCode(tag);
        if (shipped.contains(code))
            return code;
    }
    return shipped.first();
}

QString installTranslations(QCoreApplication &app, const QString &requestedLanguage)
{
    const QString language = chooseLanguage(requestedLanguage, QLocale::system().uiLanguages());
    if (!requestedLanguage.isEmpty() && language != languageCode(requestedLanguage))
        qCWarning(lcUi) << "language not available:" << requestedLanguage << "- using" << language;

    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/comptoir_") + language + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(own);
    else
        qCWarning(lcUi) << "no embedded translation for" << language;

    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        qCDebug(lcUi) << "no Qt translation for" << language;

    QLocale::setDefault(language == QStringLiteral("fr") ? QLocale(QLocale::French, QLocale::France)
                                                         : QLocale(QLocale::English, QLocale::UnitedKingdom));
    qCDebug(lcUi) << "interface language" << language;
    return language;
}

} // namespace comptoir
