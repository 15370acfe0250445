// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/firstrun/firstrunprogress.h"

#include <QStringList>
#include <QWizard>

#include <functional>

class QNetworkAccessManager;

namespace comptoir {

class Clock;
class Database;
class Operators;
class ReceiptService;
class SecretStore;
class ShopSettings;

// What the assistant works with, built in app/ (app/firstrun.cpp) and handed down.
struct FirstRunServices
{
    Database &db;
    SecretStore &secrets;
    QNetworkAccessManager &network;
    const Clock &clock;
    Operators &operators;
    ShopSettings &settings;
    ReceiptService &receipts;
    QStringList searchRoots; // where provisioning files are looked for (ProvisioningSearch)
    QString initialFile; // `comptoir FILE.comptoir` (a double-click): proposed first
    QString deviceName; // this till's name on the marketplace (the host name)
    // Restores a backup over this shop (ui/backup, wired in app/); true: restored. Empty: the
    // choice is not offered.
    std::function<bool(QWidget *parent)> restoreFromBackup;
};

// The first-run assistant (issue 13, item 3) on a shop with no setup done
// (FirstRunProgress::needed): enrol with the marketplace from a provisioning file or a typed code
// (ProvisioningPage), the shop's identity (IdentityPage), the first manager (ManagerPage), the
// receipt printer and a test print (PrinterPage), then restore a backup, start from the
// marketplace's catalogue or start empty (StartPage). Each step is written whole when its page is
// left with Next (validatePage) and the pages already done are skipped (nextId), so the
// assistant may be quit at any step and started again. Accepted: the shop is set up
// (setup_completed_at), or restoredFromBackup().
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { EnrolmentId, IdentityId, ManagerId, PrinterId, StartId };

    explicit FirstRunWizard(FirstRunServices services, QWidget *parent = nullptr);

    int nextId() const override;
    FirstRunServices &services() { return m_services; }
    FirstRunProgress &progress() { return m_progress; }
    bool restoredFromBackup() const { return m_restored; }
    void setRestoredFromBackup() { m_restored = true; }
    // The page to begin with: the first step not done.
    static int pageFor(FirstRunProgress::Step step);

private:
    FirstRunServices m_services;
    FirstRunProgress m_progress;
    bool m_restored = false;
};

} // namespace comptoir
