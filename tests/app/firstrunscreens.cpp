// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// comptoir-firstrun-screens OUTDIR [fr|en]: the first-run assistant's pages rendered offscreen
// into OUTDIR/assistant-N-page.png, for docs/deploiement.md (docs/screenshots/). The assistant
// runs for real: the reference marketplace on loopback, a provisioning file written by its
// `provision` command on a "USB key", a new shop in a temporary folder. Run it again once the
// French translations are merged: `QT_QPA_PLATFORM=offscreen comptoir-firstrun-screens
// docs/screenshots fr`.
#include "app/shopsession.h"
#include "memorysecretstore.h"
#include "models/fiscal/registersigner.h"
#include "tests/marketplace/marketclient.h"
#include "ui/firstrun/firstrunwizard.h"
#include "ui/firstrun/provisioningpage.h"
#include "ui/receipts/receiptservice.h"
#include "ui/window/translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace comptoir;
using namespace comptoir::market::testing;

namespace {

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

bool save(QWizard &wizard, const QString &dir, int number, const char *name)
{
    QTest::qWait(100); // let the page lay itself out
    const QString path
        = QDir(dir).filePath(QStringLiteral("assistant-%1-%2.png").arg(number).arg(QLatin1String(name)));
    const bool saved = wizard.grab().save(path);
    std::printf("%s %s\n", saved ? "wrote" : "could not write", qPrintable(path));
    return saved;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fputs("usage: comptoir-firstrun-screens OUTDIR [fr|en]\n", stderr);
        return 2;
    }
    const QString out = QDir(args.at(1)).absolutePath();
    QDir().mkpath(out);
    installTranslations(app, args.value(2, QStringLiteral("fr")));

    MarketServer server;
    QTemporaryDir dir;
    if (!server.start() || !dir.isValid())
        return 1;
    const QString shopId = server.cli({QStringLiteral("create-shop"), QStringLiteral("--name"),
                                       QStringLiteral("Épicerie Loire"), QStringLiteral("--address"),
                                       QStringLiteral("3 rue de Bourgogne\n45000 Orléans"),
                                       QStringLiteral("--siret"), QStringLiteral("12345678900015"),
                                       QStringLiteral("--vat"), QStringLiteral("FR32123456789")});
    const QString usb = dir.filePath(QStringLiteral("media/benevole/CLE"));
    QDir().mkpath(usb);
    server.cli({QStringLiteral("provision"), QStringLiteral("--shop"), shopId, QStringLiteral("--url"),
                server.url().toString(), QStringLiteral("--out"),
                usb + QStringLiteral("/epicerie-loire.comptoir")});

    ShopSession session;
    session.setSecretStore(std::make_unique<MemorySecretStore>());
    if (!session.open(dir.filePath(QStringLiteral("shop")), false, true).ok()
        || !QTest::qWaitFor([&session] { return session.signer().state() == RegisterSigner::State::Ready; }))
        return 1;
    QNetworkAccessManager network;
    ReceiptService receipts(session.settings(), session.printLog(), session.tickets(), session.fiscalChain());
    FirstRunWizard wizard(FirstRunServices {.db = session.database(),
                                            .secrets = session.secrets(),
                                            .network = network,
                                            .clock = session.clock(),
                                            .operators = session.operators(),
                                            .settings = session.settings(),
                                            .receipts = receipts,
                                            .searchRoots = {dir.filePath(QStringLiteral("media/benevole"))},
                                            .initialFile = {},
                                            .deviceName = QStringLiteral("Caisse 1"),
                                            .restoreFromBackup = [](QWidget *) {
                                                return false;
                                            }});
    wizard.resize(760, 560);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return 1;
    bool ok = save(wizard, out, 1, "fichier");
    auto *provisioning = qobject_cast<ProvisioningPage *>(wizard.currentPage());
    child<QPushButton>(provisioning, "enrolFileButton")->click();
    if (!QTest::qWaitFor([provisioning] { return !provisioning->isBusy(); }, 20000))
        return 1;
    ok = save(wizard, out, 2, "inscrite") && ok;
    wizard.next();
    ok = save(wizard, out, 3, "boutique") && ok;
    wizard.next();
    child<QLineEdit>(wizard.currentPage(), "managerNameEdit")->setText(QStringLiteral("Nadia"));
    child<QLineEdit>(wizard.currentPage(), "managerPinEdit")->setText(QStringLiteral("2468"));
    child<QLineEdit>(wizard.currentPage(), "managerPinRepeatEdit")->setText(QStringLiteral("2468"));
    ok = save(wizard, out, 4, "responsable") && ok;
    wizard.next();
    auto *choice = child<QComboBox>(wizard.currentPage(), "printerChoice");
    choice->setCurrentIndex(choice->count() - 1);
    child<QLineEdit>(wizard.currentPage(), "pdfFolderEdit")->setText(dir.filePath(QStringLiteral("tickets")));
    child<QPushButton>(wizard.currentPage(), "testPrintButton")->click();
    QTest::qWait(500);
    ok = save(wizard, out, 5, "imprimante") && ok;
    wizard.next();
    ok = save(wizard, out, 6, "demarrer") && ok;
    return ok ? 0 : 1;
}
