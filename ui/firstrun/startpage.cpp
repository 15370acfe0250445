// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/firstrun/startpage.h"

#include "models/storage/database.h"
#include "sync/engine/syncengine.h"
#include "sync/enrolment/enrollment.h"
#include "ui/errortext.h"
#include "ui/firstrun/firstrunwizard.h"
#include "ui/logging.h"

#include <QLabel>
#include <QProgressBar>
#include <QRadioButton>
#include <QVBoxLayout>

namespace comptoir {

StartPage::StartPage(FirstRunWizard &wizard) : m_wizard(wizard), m_uuids(wizard.services().clock)
{
    setObjectName(QStringLiteral("startPage"));
    setTitle(tr("Start selling"));
    setSubTitle(tr("Last step: how does the shop start?"));
    setFinalPage(true);
    m_restore = new QRadioButton(tr("&Restore a backup of this shop (a replaced PC)"), this);
    m_restore->setObjectName(QStringLiteral("restoreRadio"));
    m_catalogue = new QRadioButton(tr("Start from the &marketplace's catalogue: download the shop's "
                                      "products now"),
                                   this);
    m_catalogue->setObjectName(QStringLiteral("catalogueRadio"));
    m_empty = new QRadioButton(tr("Start with an &empty catalogue: add the products in Catalogue"), this);
    m_empty->setObjectName(QStringLiteral("emptyRadio"));
    auto *emptyNote = new QLabel(tr("A till enrolled with the marketplace still receives the shop's products "
                                    "at its first synchronisation."),
                                 this);
    emptyNote->setWordWrap(true);
    emptyNote->setIndent(24);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("catalogueProgress"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("startStatusLabel"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_restore);
    layout->addWidget(m_catalogue);
    layout->addWidget(m_empty);
    layout->addWidget(emptyNote);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
}

StartPage::~StartPage()
{
    delete m_engine; // abandons a download in flight; its callback is not called
}

void StartPage::initializePage()
{
    const auto enrolled = Enrollment::current(m_wizard.services().db);
    const bool online = enrolled && enrolled->has_value();
    m_restore->setVisible(bool(m_wizard.services().restoreFromBackup));
    m_catalogue->setEnabled(online);
    (online ? m_catalogue : m_empty)->setChecked(true);
}

bool StartPage::isComplete() const
{
    return !isDownloading();
}

bool StartPage::validatePage()
{
    if (isDownloading())
        return false;
    if (m_restore->isChecked() && m_wizard.services().restoreFromBackup) {
        if (!m_wizard.services().restoreFromBackup(this))
            return false; // the restore said why, or was cancelled: the choice stays open
        qCInfo(lcUi) << "first run: a backup was restored";
        m_wizard.setRestoredFromBackup();
        return true; // the restored shop is what opens; nothing more is written here
    }
    if (m_catalogue->isChecked() && !m_catalogueDone) {
        download();
        return false; // Finish again (done by downloaded()) once the products are in
    }
    if (Status s = m_wizard.progress().mark(FirstRunProgress::CompletedKey); !s) {
        setStatus(comptoir::errorText(s.error()), false);
        return false;
    }
    qCInfo(lcUi) << "first run: the shop is set up";
    return true;
}

void StartPage::download()
{
    const auto enrolled = Enrollment::current(m_wizard.services().db);
    if (!enrolled || !enrolled->has_value())
        return setStatus(comptoir::errorText(enrolled ? makeError(ErrorCode::NotEnrolled) : enrolled.error()),
                         false);
    const EnrolledDevice device = **enrolled;
    m_progress->setVisible(true);
    setStatus(tr("Downloading the shop's products from the marketplace…"), true);
    m_downloading = true;
    Q_EMIT completeChanged();
    Enrollment::token(
        m_wizard.services().secrets, device.deviceId, this, [this, device](Result<QByteArray> token) {
            if (!token) {
                SyncReport failed;
                failed.error = token.error();
                return downloaded(failed);
            }
            m_engine = new SyncEngine(m_wizard.services().db, m_wizard.services().clock, m_uuids,
                                      m_wizard.services().network, device, *token, this);
            m_engine->runOnce([this](SyncReport report) { downloaded(report); });
        });
}

void StartPage::downloaded(const SyncReport &report)
{
    m_progress->setVisible(false);
    if (m_engine)
        m_engine->deleteLater();
    m_engine = nullptr;
    m_downloading = false;
    Q_EMIT completeChanged();
    if (report.error) {
        qCInfo(lcUi) << "first run: the catalogue download stopped, error" << int(report.error->code);
        return setStatus(tr("The download stopped: %1 Try again, or start with an empty catalogue.")
                             .arg(comptoir::errorText(*report.error)),
                         false);
    }
    auto products = m_wizard.services().db.query(QStringLiteral("SELECT count(*) FROM products"));
    const qint64 count = products && products.value().next() ? products.value().value(0).toLongLong() : 0;
    qCInfo(lcUi) << "first run: catalogue downloaded," << count << "products";
    setStatus(tr("Products from the marketplace now in the catalogue: %1.").arg(count), true);
    m_catalogueDone = true;
    m_wizard.accept(); // Finish, now that the products are in
}

void StartPage::setStatus(const QString &text, bool ok)
{
    m_status->setText(text);
    m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
}

QString StartPage::statusText() const
{
    return m_status->text();
}

} // namespace comptoir
