// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/restoreflow.h"

#include "models/backup/backuprestore.h"
#include "models/clock.h"
#include "ui/errortext.h"
#include "ui/logging.h"

#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>

namespace comptoir {

namespace {

int ask(QWidget *parent, const QString &name, QMessageBox::Icon icon, const QString &title,
        const QString &text, const QString &details, QMessageBox::StandardButtons buttons)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(name);
    if (!details.isEmpty())
        box.setDetailedText(details);
    if (buttons.testFlag(QMessageBox::Cancel))
        box.setDefaultButton(QMessageBox::Cancel);
    return box.exec();
}

} // namespace

RestoreFlow::RestoreFlow(const QString &dataDir, const Database *current, const Clock &clock)
    : m_dataDir(dataDir), m_current(current), m_clock(clock)
{ }

QString RestoreFlow::missingText(int count, const QStringList &lines)
{
    return tr("The backup is older than the shop's last ticket: these tickets would be missing (%1):")
               .arg(count)
        + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

bool RestoreFlow::askNewRegisterKey(QWidget *parent)
{
    return ask(parent, QStringLiteral("newRegisterKeyBox"), QMessageBox::Question, tr("Register key"),
               tr("The shop was restored, but this computer's keychain does not hold its register key (a "
                  "replaced computer?), so nothing can be recorded. Start a new register key? The change is "
                  "journalled, and what the old key signed stays verifiable. Answer no to bring the old "
                  "keychain over first (docs/backups.md)."),
               QString(), QMessageBox::Yes | QMessageBox::No)
        == QMessageBox::Yes;
}

void RestoreFlow::showNewKeyFailed(QWidget *parent, const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Register key"),
                                tr("No new register key was started: %1").arg(errorText(error)),
                                QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("newRegisterKeyErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool RestoreFlow::chooseAndRun(QWidget *parent)
{
    QFileDialog dialog(parent, tr("Choose the backup to restore (a comptoir-backup-… folder)"));
    dialog.setObjectName(QStringLiteral("restoreFolderDialog"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    return run(parent, dialog.selectedFiles().constFirst());
}

bool RestoreFlow::run(QWidget *parent, const QString &backupPath)
{
    auto plan = prepareRestore(backupPath, m_dataDir, m_current, m_clock.now().toUTC());
    if (!plan) {
        qCWarning(lcUi) << "restore refused: error" << int(plan.error().code);
        ask(parent, QStringLiteral("restoreRefusedBox"), QMessageBox::Critical, tr("Restore refused"),
            errorText(plan.error()), QString(), QMessageBox::Ok);
        return false;
    }
    if (!plan->missingTickets.isEmpty()) {
        QStringList lines;
        for (const TicketMark &ticket : plan->missingTickets)
            lines << tr("Ticket number %1 of %2")
                         .arg(ticket.number)
                         .arg(QLocale().toString(ticket.closedAt.toLocalTime(), QLocale::ShortFormat));
        const int shown = 20;
        const QString text = missingText(int(lines.size()), lines.mid(0, shown))
            + (lines.size() > shown ? QStringLiteral("\n…") : QString()) + QStringLiteral("\n\n")
            + tr("Restore all the same?");
        if (ask(parent, QStringLiteral("restoreMissingBox"), QMessageBox::Warning,
                tr("Tickets would be missing"), text, lines.join(QLatin1Char('\n')),
                QMessageBox::Yes | QMessageBox::Cancel)
            != QMessageBox::Yes) {
            discardRestore(m_dataDir);
            return false;
        }
    }
    QString text = tr("The backup %1 passed its check (%2 tickets, fiscal journal intact).")
                       .arg(plan->backupName)
                       .arg(plan->check.tickets);
    if (plan->replacesShop)
        text += QLatin1Char(' ') + tr("The shop's current file is kept aside as %1.").arg(plan->asideName);
    text += QStringLiteral("\n\n") + tr("Comptoir restarts to put the backup in place. Restore now?");
    if (ask(parent, QStringLiteral("restoreConfirmBox"), QMessageBox::Question, tr("Restore the backup"),
            text, QString(), QMessageBox::Yes | QMessageBox::Cancel)
        != QMessageBox::Yes) {
        discardRestore(m_dataDir);
        return false;
    }
    if (Status s = commitRestore(plan.value()); !s) {
        discardRestore(m_dataDir);
        ask(parent, QStringLiteral("restoreRefusedBox"), QMessageBox::Critical, tr("Restore refused"),
            errorText(s.error()), QString(), QMessageBox::Ok);
        return false;
    }
    return true;
}

} // namespace comptoir
