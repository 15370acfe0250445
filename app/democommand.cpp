// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/democommand.h"

#include "app/commandshop.h"
#include "app/shopsession.h"
#include "models/demo/demoshop.h"
#include "ui/errortext.h"

#include <QCoreApplication>
#include <QTextStream>

namespace comptoir {

int runDemoSeedCommand(const QString &dataDirOverride)
{
    constexpr int ExitFailure = 1;
    QTextStream out(stdout);
    QTextStream err(stderr);

    ShopSession session;
    if (Status s = session.open(dataDirOverride, true, true); !s) {
        err << errorText(s.error()) << Qt::endl;
        return exitCodeFor(s.error());
    }
    if (Status key = awaitSigningKey(session.signer()); !key) {
        err << errorText(key.error()) << Qt::endl;
        return ExitFailure;
    }
    const auto before = DemoShop::counts(session.database());
    if (!before) {
        err << errorText(before.error()) << Qt::endl;
        return ExitFailure;
    }
    if (Status s = session.seedDemo(); !s) {
        err << errorText(s.error()) << Qt::endl;
        return ExitFailure;
    }
    const auto counts = DemoShop::counts(session.database());
    if (!counts) {
        err << errorText(counts.error()) << Qt::endl;
        return ExitFailure;
    }
    const auto demo = DemoShop::demoOperators();
    out << (before->products > 0 ? QCoreApplication::translate("Command", "The demo shop was already there.")
                                 : QCoreApplication::translate("Command", "The demo shop is ready."))
        << Qt::endl
        << QCoreApplication::translate("Command",
                                       "%1 products, %2 variants, %3 categories, %4 stock movements.")
               .arg(counts->products)
               .arg(counts->variants)
               .arg(counts->categories)
               .arg(counts->movements)
        << Qt::endl
        << QCoreApplication::translate("Command", "Operators: %1 (manager, PIN %2), %3 (cashier, PIN %4)")
               .arg(demo[0].name, demo[0].pin, demo[1].name, demo[1].pin)
        << Qt::endl
        << QCoreApplication::translate("Command", "Data folder: %1").arg(session.dataDirectory()) << Qt::endl;
    return 0;
}

} // namespace comptoir
