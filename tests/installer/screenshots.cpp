// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// comptoir-screenshots OUTDIR: the screenshots of docs/screenshots/ (the AppStream metainfo's,
// installer/fr.vitrines_orleans.Comptoir.metainfo.xml), drawn offscreen from the real window on a
// freshly seeded demo shop, in French (the shop's language), 1366×768:
//   till.png, catalogue.png, reports.png
// Run by hand after a change to the window (the target `screenshots` writes them into the
// source tree); the `packaging` test checks that each one the metainfo lists is there.
#include "app/shopsession.h"
#include "app/shopwindow.h"
#include "models/fiscal/registersigner.h"
#include "models/staff/operators.h"
#include "models/staff/operatorsession.h"
#include "ui/errortext.h"
#include "ui/window/mainwindow.h"
#include "ui/window/translations.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QPixmap>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace comptoir;

namespace {

bool shoot(MainWindow &window, MainWindow::Page page, const QString &file)
{
    window.showPage(page);
    QTest::qWait(300); // the page's models fetch their first rows, the layout settles
    const QPixmap picture = window.grab();
    if (picture.isNull() || !picture.save(file, "PNG"))
        return false;
    QTextStream(stdout) << file << ' ' << picture.width() << 'x' << picture.height() << Qt::endl;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/comptoir.svg")));
    installTranslations(app, QStringLiteral("fr"));
    QTextStream err(stderr);
    const QStringList args = QApplication::arguments();
    if (args.size() != 2) {
        err << "usage: comptoir-screenshots OUTDIR" << Qt::endl;
        return 2;
    }
    const QString out = args.at(1);
    QTemporaryDir data;
    if (!data.isValid() || !QDir().mkpath(out)) {
        err << "comptoir-screenshots: cannot create the folders" << Qt::endl;
        return 1;
    }

    ShopSession session;
    Status status = session.open(data.path(), true, true);
    if (status
        && !QTest::qWaitFor([&session] { return session.signer().state() == RegisterSigner::State::Ready; },
                            10000))
        status = makeError(ErrorCode::SigningKeyPending);
    if (status)
        status = session.seedDemo();
    if (!status) {
        err << errorText(status.error()) << Qt::endl;
        return 1;
    }
    // The manager of the demo (Claire) at the till, as after the lock screen.
    const auto people = session.operators().activeOperators();
    if (!people || people->isEmpty()) {
        err << "comptoir-screenshots: the demo shop has nobody at the till" << Qt::endl;
        return 1;
    }
    OperatorInfo manager = people->first();
    for (const OperatorInfo &person : *people) {
        if (person.isManager()) {
            manager = person;
            break;
        }
    }

    ShopWindow shop(session);
    MainWindow &window = shop.window();
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        err << "comptoir-screenshots: the window was not shown" << Qt::endl;
        return 1;
    }
    session.operatorSession().signIn(manager);
    // A ticket in progress on the till: three of the shop's favourites (nothing is sold).
    window.showPage(MainWindow::TillPage);
    QTest::qWait(100);
    for (const QString &name : {QStringLiteral("favouriteButton1"), QStringLiteral("favouriteButton3"),
                                QStringLiteral("favouriteButton3"), QStringLiteral("favouriteButton6")}) {
        if (auto *button = window.findChild<QPushButton *>(name))
            button->click();
    }
    const bool ok = shoot(window, MainWindow::TillPage, out + QStringLiteral("/till.png"))
        && shoot(window, MainWindow::CataloguePageIndex, out + QStringLiteral("/catalogue.png"))
        && shoot(window, MainWindow::ReportsPage, out + QStringLiteral("/reports.png"));
    if (!ok) {
        err << "comptoir-screenshots: cannot write the screenshots into " << out << Qt::endl;
        return 1;
    }
    return 0;
}
