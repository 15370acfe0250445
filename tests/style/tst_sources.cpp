// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The source tree keeps the rules docs/architecture.md writes down: includes point down the layers
// (app -> ui -> sync -> models) and between feature rooms only along the allowed edges, the map
// names every file, files stay small and a class keeps to its own .h and one .cpp. The rules are
// read from the document itself, so the two cannot drift apart; the checker's own data shows it
// catching wrong includes (a sample file, and rows of made-up ones).

#include "sourcerules.h"

#include <QDirIterator>
#include <QFile>
#include <QtTest/QTest>

using namespace comptoir::style;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString joined(const QList<Violation> &violations)
{
    QStringList lines;
    for (const Violation &violation : violations)
        lines.append(violation.toString());
    return lines.join(QLatin1Char('\n'));
}

// Each violation on its own line (QTest cuts a long failure message), then the verdict.
bool reportNone(const QList<Violation> &violations)
{
    for (const Violation &violation : violations)
        qWarning().noquote() << violation.toString();
    return violations.isEmpty();
}

QStringList rulesOf(const QList<Violation> &violations)
{
    QStringList rules;
    for (const Violation &violation : violations)
        rules.append(violation.rule);
    return rules;
}

} // namespace

class TestSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void includesKeepToTheirLayersAndEdges();
    void everyAllowedEdgeIsUsed();
    void roomsFormNoCycle();
    void mapNamesEveryFile();
    void filesStaySmall();
    void classesKeepToOneSourceFile();
    void tillSalesGoThroughTheTicketSession();
    void everySourceNamesItsLicence();
    void checkerCatchesTheSampleFile();
    void checkerJudgesIncludes_data();
    void checkerJudgesIncludes();
    void checkerCatchesACycle();
    void checkerCatchesAMapThatDrifted();
    void checkerCatchesASpreadClass();

private:
    QString m_root = QStringLiteral(COMPTOIR_SOURCE_DIR);
    QString m_architecture;
    EdgeRules m_rules;
    FileMap m_map;
    QList<SourceFile> m_layerFiles; // app, ui, sync, models
    QList<SourceFile> m_testFiles; // tests/
    QSet<QString> m_existing;
};

void TestSources::initTestCase()
{
    m_architecture = readText(m_root + QStringLiteral("/docs/architecture.md"));
    QVERIFY(!m_architecture.isEmpty());
    QString error;
    m_rules = parseEdgeRules(m_architecture, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_map = parseFileMap(m_architecture, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QStringList tops {QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("sync"),
                            QStringLiteral("models"), QStringLiteral("tests")};
    for (const QString &top : tops) {
        QDirIterator it(m_root + QLatin1Char('/') + top, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString full = it.next();
            const QString path = full.mid(m_root.size() + 1);
            m_existing.insert(path);
            if (!path.endsWith(QLatin1String(".h")) && !path.endsWith(QLatin1String(".cpp")))
                continue;
            SourceFile file {path, readText(full)};
            (top == QLatin1String("tests") ? m_testFiles : m_layerFiles).append(file);
        }
    }
    QVERIFY(m_layerFiles.size() > 100);
    QVERIFY(m_testFiles.size() > 50);
}

void TestSources::includesKeepToTheirLayersAndEdges()
{
    const auto violations = checkIncludes(m_layerFiles, m_existing, m_rules);
    QVERIFY2(reportNone(violations), "the violations are listed above");
}

void TestSources::everyAllowedEdgeIsUsed()
{
    const auto violations = checkUnusedEdges(m_rules, usedEdges(m_layerFiles, m_existing));
    QVERIFY2(reportNone(violations), "the violations are listed above");
}

void TestSources::roomsFormNoCycle()
{
    const auto violations = checkCycles(m_rules);
    QVERIFY2(reportNone(violations), "the violations are listed above");
}

void TestSources::mapNamesEveryFile()
{
    QStringList paths;
    for (const SourceFile &file : std::as_const(m_layerFiles))
        paths.append(file.path);
    const auto violations = checkFileMap(m_map, paths);
    QVERIFY2(reportNone(violations), "the violations are listed above");
}

void TestSources::filesStaySmall()
{
    const auto violations = checkSizes(m_layerFiles + m_testFiles, 500, 25);
    QVERIFY2(reportNone(violations), "the violations are listed above");
}

void TestSources::classesKeepToOneSourceFile()
{
    const auto violations = checkSpreadClasses(m_layerFiles + m_testFiles);
    QVERIFY2(reportNone(violations), "the violations are listed above");
}

// SaleJournal::commitSale enforces none of the till's rules (docs/architecture.md, "The till's
// rules"): in the product's code, the ticket session is its only caller for till sales; the demo's
// generated history (a demo room) is no till sale.
void TestSources::tillSalesGoThroughTheTicketSession()
{
    QStringList callers;
    for (const SourceFile &file : std::as_const(m_layerFiles)) {
        if (!file.text.contains(QLatin1String("commitSale(")))
            continue;
        if (file.path.startsWith(QLatin1String("models/sales/salejournal."))
            || file.path == QLatin1String("models/sales/ticketsession.cpp")
            || file.path.contains(QLatin1String("demo")))
            continue;
        callers.append(file.path);
    }
    QVERIFY2(callers.isEmpty(), qPrintable(callers.join(QLatin1String(", "))));
}

// Every C++ source of the layers and the tests says its licence in SPDX form (LICENSE:
// GPL-3.0-or-later), in its first lines, so that a file copied elsewhere keeps it.
void TestSources::everySourceNamesItsLicence()
{
    QStringList missing;
    for (const SourceFile &file : m_layerFiles + m_testFiles) {
        if (!file.text.left(300).contains(QLatin1String("SPDX-License-Identifier: GPL-3.0-or-later")))
            missing.append(file.path);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("no SPDX licence line: ") + missing.join(QLatin1String(", "))));
}

void TestSources::checkerCatchesTheSampleFile()
{
    // A file of deliberately wrong includes, checked as if it lay in models/catalogue.
    const QString text = readText(m_root + QStringLiteral("/tests/style/samples/wronginclude.cpp"));
    QVERIFY(!text.isEmpty());
    const QList<SourceFile> files {{QStringLiteral("models/catalogue/wronginclude.cpp"), text}};
    QSet<QString> existing = m_existing;
    existing.insert(files.first().path);
    const auto violations = checkIncludes(files, existing, m_rules);
    const QStringList rules = rulesOf(violations);
    QVERIFY2(rules.contains(QStringLiteral("upward")), qPrintable(joined(violations)));
    QVERIFY2(rules.contains(QStringLiteral("edge")), qPrintable(joined(violations)));
    QVERIFY2(rules.contains(QStringLiteral("outside")), qPrintable(joined(violations)));
    QCOMPARE(violations.size(), 4);
}

void TestSources::checkerJudgesIncludes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("include");
    QTest::addColumn<QString>("rule"); // empty: allowed

    QTest::newRow("models includes ui") << "models/sales/x.cpp"
                                        << "ui/till/tillpage.h"
                                        << "upward";
    QTest::newRow("models includes sync") << "models/storage/x.cpp"
                                          << "sync/engine/syncengine.h"
                                          << "upward";
    QTest::newRow("sync includes ui") << "sync/engine/x.cpp"
                                      << "ui/errortext.h"
                                      << "upward";
    QTest::newRow("ui includes app") << "ui/window/x.cpp"
                                     << "app/shopwindow.h"
                                     << "upward";
    QTest::newRow("layer root includes app") << "models/x.cpp"
                                             << "app/main.cpp"
                                             << "upward";
    QTest::newRow("storage uses sales") << "models/storage/x.cpp"
                                        << "models/sales/ticket.h"
                                        << "edge";
    QTest::newRow("catalogue uses sales") << "models/catalogue/x.cpp"
                                          << "models/sales/salejournal.h"
                                          << "edge";
    QTest::newRow("relative path into a room") << "models/catalogue/x.cpp"
                                               << "../sales/ticket.h"
                                               << "edge";
    QTest::newRow("widgets use the till") << "ui/widgets/x.cpp"
                                          << "ui/till/tillpage.h"
                                          << "edge";
    QTest::newRow("sync client uses orders") << "sync/client/x.cpp"
                                             << "sync/orders/onlineorders.h"
                                             << "edge";
    QTest::newRow("a layer uses tests") << "ui/till/x.cpp"
                                        << "tests/support/fixtures.h"
                                        << "outside";
    QTest::newRow("own room") << "models/sales/x.cpp"
                              << "models/sales/ticket.h"
                              << "";
    QTest::newRow("beside the file") << "models/sales/x.cpp"
                                     << "ticket.h"
                                     << "";
    QTest::newRow("own layer root") << "models/sales/x.cpp"
                                    << "models/money.h"
                                    << "";
    QTest::newRow("lower layer root") << "ui/till/x.cpp"
                                      << "models/result.h"
                                      << "";
    QTest::newRow("allowed edge") << "models/sales/x.cpp"
                                  << "models/fiscal/fiscalchain.h"
                                  << "";
    QTest::newRow("app uses anything below") << "app/x.cpp"
                                             << "models/demo/demoshop.h"
                                             << "";
    QTest::newRow("generated file") << "ui/till/x.cpp"
                                    << "x.moc"
                                    << "";
}

void TestSources::checkerJudgesIncludes()
{
    QFETCH(QString, file);
    QFETCH(QString, include);
    QFETCH(QString, rule);
    const QList<SourceFile> files {{file, QStringLiteral("#include \"%1\"\n").arg(include)}};
    QSet<QString> existing = m_existing;
    existing.insert(file);
    const auto violations = checkIncludes(files, existing, m_rules);
    if (rule.isEmpty()) {
        QVERIFY2(violations.isEmpty(), qPrintable(joined(violations)));
    } else {
        QCOMPARE(violations.size(), 1);
        QCOMPARE(violations.first().rule, rule);
        QCOMPARE(violations.first().line, 1);
    }
}

void TestSources::checkerCatchesACycle()
{
    QString error;
    const EdgeRules rules
        = parseEdgeRules(QStringLiteral("x\n## Allowed edges\n\n```text\n"
                                        "models/a -> models/b\nmodels/b -> models/c\n"
                                        "models/c -> models/a\nmodels/d -> models/a\n```\n"),
                         &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto violations = checkCycles(rules);
    QCOMPARE(violations.size(), 1);
    QCOMPARE(violations.first().detail, QStringLiteral("models/a -> models/b -> models/c -> models/a"));
}

void TestSources::checkerCatchesAMapThatDrifted()
{
    QString error;
    const FileMap map
        = parseFileMap(QStringLiteral("x\n## Where is what\n\n| folder | what | files |\n|---|---|---|\n"
                                      "| `models/sales/` | the sale | `ticket` `gone` |\n"),
                       &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto violations
        = checkFileMap(map,
                       {QStringLiteral("models/sales/ticket.h"), QStringLiteral("models/sales/ticket.cpp"),
                        QStringLiteral("models/sales/new.cpp")});
    QCOMPARE(violations.size(), 2);
    QCOMPARE(violations.at(0).file, QStringLiteral("models/sales/new"));
    QCOMPARE(violations.at(1).file, QStringLiteral("models/sales/gone"));
}

void TestSources::checkerCatchesASpreadClass()
{
    const QList<SourceFile> files {
        {QStringLiteral("models/sales/journal.cpp"),
         QStringLiteral("Result<Ticket> Journal::commit(int a)\n{\n}\n")},
        {QStringLiteral("models/sales/journalparking.cpp"), QStringLiteral("Status Journal::park()\n{\n}\n")},
        {QStringLiteral("models/sales/other.cpp"),
         QStringLiteral("Other::Other()\n{\n    Journal::park();\n}\n")},
    };
    const auto violations = checkSpreadClasses(files);
    QCOMPARE(violations.size(), 1);
    QVERIFY2(violations.first().detail.startsWith(QStringLiteral("class Journal is defined in 2 files")),
             qPrintable(violations.first().detail));
    // A file over the size limit, a folder with too many .cpp files.
    QCOMPARE(checkSizes({{QStringLiteral("ui/a.cpp"), QString(501, QLatin1Char('\n'))}}, 500, 25).size(), 1);
    QList<SourceFile> many;
    for (int i = 0; i < 26; ++i)
        many.append({QStringLiteral("ui/till/f%1.cpp").arg(i), QStringLiteral("\n")});
    QCOMPARE(checkSizes(many, 500, 25).size(), 1);
}

QTEST_GUILESS_MAIN(TestSources)
#include "tst_sources.moc"
