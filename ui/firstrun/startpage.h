// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/uuidv7.h"
#include "sync/syncstatus.h"

#include <QWizardPage>

#include <memory>

class QLabel;
class QProgressBar;
class QRadioButton;

namespace comptoir {

class FirstRunWizard;
class SyncEngine;

// The last step: how the shop starts.
// - "restoreRadio" (only when app/ gives a restore function): restores a backup over this shop;
//   the assistant then ends and the restored shop opens (FirstRunWizard::restoredFromBackup).
// - "catalogueRadio" (enrolled tills only; the default then): "start from the marketplace's
//   catalogue" means downloading the shop's products now — one sync pass (SyncEngine::runOnce,
//   a full snapshot on a first enrolment) before the till opens, so the first sale finds them;
//   the page says how many products arrived, or why the download stopped (then it can be tried
//   again, or the shop started empty).
// - "emptyRadio": products are added in Catalogue. An enrolled till still receives the
//   marketplace's products at its first synchronisation: the page says so.
// Finish writes setup_completed_at, the assistant's last write.
class StartPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit StartPage(FirstRunWizard &wizard);
    ~StartPage() override;

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;
    QString statusText() const;
    bool isDownloading() const { return m_downloading; }

private:
    void download();
    void downloaded(const SyncReport &report);
    void setStatus(const QString &text, bool ok);

    FirstRunWizard &m_wizard;
    UuidV7Generator m_uuids;
    QRadioButton *m_restore = nullptr;
    QRadioButton *m_catalogue = nullptr;
    QRadioButton *m_empty = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    SyncEngine *m_engine = nullptr;
    bool m_downloading = false;
    bool m_catalogueDone = false;
};

} // namespace comptoir
