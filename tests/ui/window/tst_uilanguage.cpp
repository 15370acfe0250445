// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The interface language: which one is chosen, and that its translations are embedded and
// installed. (tests/translations checks that the French translation is complete.)
#include "ui/window/translations.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QTest>
#include <QTranslator>

#include <algorithm>

using namespace comptoir;

class TestUiLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choosesTheLanguage_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        const QString none;
        QTest::newRow("French system")
            << none << QStringList {QStringLiteral("fr-FR")} << QStringLiteral("fr");
        QTest::newRow("British system")
            << none << QStringList {QStringLiteral("en-GB")} << QStringLiteral("en");
        QTest::newRow("C locale gets French")
            << none << QStringList {QStringLiteral("C")} << QStringLiteral("fr");
        QTest::newRow("no system language") << none << QStringList {} << QStringLiteral("fr");
        QTest::newRow("German then English")
            << none << QStringList {QStringLiteral("de-DE"), QStringLiteral("en-US")} << QStringLiteral("en");
        QTest::newRow("first shipped wins")
            << none << QStringList {QStringLiteral("de"), QStringLiteral("fr_CA"), QStringLiteral("en")}
            << QStringLiteral("fr");
        QTest::newRow("unshipped only")
            << none << QStringList {QStringLiteral("de-DE"), QStringLiteral("it")} << QStringLiteral("fr");
        QTest::newRow("--lang en beats the system")
            << QStringLiteral("en") << QStringList {QStringLiteral("fr-FR")} << QStringLiteral("en");
        QTest::newRow("--lang fr beats the system")
            << QStringLiteral("fr") << QStringList {QStringLiteral("en-GB")} << QStringLiteral("fr");
        QTest::newRow("--lang EN-gb") << QStringLiteral("EN-gb") << QStringList {} << QStringLiteral("en");
        QTest::newRow("unknown --lang falls back")
            << QStringLiteral("xx") << QStringList {QStringLiteral("en-GB")} << QStringLiteral("en");
    }

    void choosesTheLanguage()
    {
        QFETCH(QString, requested);
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        QCOMPARE(chooseLanguage(requested, system), expected);
    }

    void translationsAreEmbedded()
    {
        QStringList found;
        QDirIterator it(QStringLiteral(":/i18n"), QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        for (const QString &language : shippedLanguages()) {
            const QString path = QStringLiteral(":/i18n/comptoir_") + language + QStringLiteral(".qm");
            QVERIFY2(
                QFile::exists(path),
                qPrintable(
                    QStringLiteral("%1 missing; embedded: %2").arg(path, found.join(QStringLiteral(", ")))));
            QTranslator translator;
            QVERIFY(translator.load(path));
        }
    }

    void installsTranslatorsAndTheLocale_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("language");
        QTest::addColumn<int>("territory");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("fr") << int(QLocale::French)
                            << int(QLocale::France);
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en") << int(QLocale::English)
                            << int(QLocale::UnitedKingdom);
    }

    void installsTranslatorsAndTheLocale()
    {
        QFETCH(QString, requested);
        QFETCH(QString, expected);
        QFETCH(int, language);
        QFETCH(int, territory);
        auto *app = QCoreApplication::instance();
        const auto before = app->findChildren<QTranslator *>().size();
        QCOMPARE(installTranslations(*app, requested), expected);
        QCOMPARE(int(QLocale().language()), language);
        QCOMPARE(int(QLocale().territory()), territory);
        const QList<QTranslator *> translators = app->findChildren<QTranslator *>();
        QVERIFY(translators.size() > before);
        QVERIFY(std::any_of(translators.cbegin(), translators.cend(), [&expected](const QTranslator *t) {
            return t->filePath().endsWith(QStringLiteral("comptoir_") + expected + QStringLiteral(".qm"));
        }));
        qDeleteAll(translators);
    }
};

QTEST_GUILESS_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
