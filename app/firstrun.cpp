// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/firstrun.h"

#include "app/applogging.h"
#include "app/commandshop.h"
#include "app/shopsession.h"
#include "models/fiscal/registersigner.h"
#include "sync/enrolment/enrollment.h"
#include "sync/enrolment/provisioningfile.h"
#include "ui/errortext.h"
#include "ui/firstrun/firstrunwizard.h"
#include "ui/firstrun/provisioningsearch.h"
#include "ui/receipts/receiptservice.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSysInfo>

namespace comptoir {

namespace {

// A provisioning file opened on a shop already set up: say what it is and why it is not used.
void explainFileNotUsed(ShopSession &session, const QString &path)
{
    const auto read = ProvisioningFile::read(path);
    const auto enrolled = Enrollment::current(session.database());
    QString text;
    if (!read)
        text = errorText(read.error());
    else if (enrolled && enrolled->has_value() && !read->shop.id.isEmpty()
             && (*enrolled)->shopId != read->shop.id)
        text = errorText(makeError(ErrorCode::ProvisioningFileForeign, QStringLiteral("shop")));
    else
        text = QCoreApplication::translate("FirstRun",
                                           "This till is already set up, so the provisioning file was not "
                                           "used. To enrol it again with the marketplace, open Settings, "
                                           "Marketplace, and choose the file there.");
    qCInfo(lcApp) << "a provisioning file was given to a shop already set up: not used";
    QMessageBox::information(nullptr, QCoreApplication::translate("FirstRun", "Provisioning file"), text);
}

} // namespace

Result<FirstRunOutcome> runFirstRun(ShopSession &session, bool demo, const FirstRunOptions &options)
{
    const auto needed = FirstRunProgress::needed(session.database(), session.operators(), demo);
    if (!needed)
        return needed.error();
    if (!*needed) {
        if (!options.file.isEmpty() && !demo)
            explainFileNotUsed(session, options.file);
        return FirstRunOutcome::NotNeeded;
    }
    if (Status key = awaitSigningKey(session.signer()); !key)
        return key.error();
    qCInfo(lcApp) << "first run: the assistant opens";
    QNetworkAccessManager network;
    ReceiptService receipts(session.settings(), session.printLog(), session.tickets(), session.fiscalChain());
    FirstRunServices services {.db = session.database(),
                               .secrets = session.secrets(),
                               .network = network,
                               .clock = session.clock(),
                               .operators = session.operators(),
                               .settings = session.settings(),
                               .receipts = receipts,
                               .searchRoots = options.searchRoots.isEmpty()
                                   ? ProvisioningSearch::defaultRoots()
                                   : options.searchRoots,
                               .initialFile = options.file,
                               .deviceName = QSysInfo::machineHostName(),
                               .restoreFromBackup = options.restoreFromBackup};
    FirstRunWizard wizard(std::move(services));
    if (wizard.exec() != QDialog::Accepted) {
        qCInfo(lcApp) << "first run: the assistant was closed before the end";
        return FirstRunOutcome::Quit;
    }
    return wizard.restoredFromBackup() ? FirstRunOutcome::Restored : FirstRunOutcome::SetUp;
}

} // namespace comptoir
