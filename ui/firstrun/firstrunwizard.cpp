// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/firstrun/firstrunwizard.h"

#include "models/storage/database.h"
#include "ui/firstrun/identitypage.h"
#include "ui/firstrun/managerpage.h"
#include "ui/firstrun/printerpage.h"
#include "ui/firstrun/provisioningpage.h"
#include "ui/firstrun/startpage.h"
#include "ui/logging.h"

namespace comptoir {

FirstRunWizard::FirstRunWizard(FirstRunServices services, QWidget *parent)
    : QWizard(parent),
      m_services(std::move(services)),
      m_progress(m_services.db, m_services.operators, m_services.clock)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Comptoir: setting up the shop"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setMinimumSize(640, 480);
    setPage(EnrolmentId, new ProvisioningPage(*this));
    setPage(IdentityId, new IdentityPage(*this));
    setPage(ManagerId, new ManagerPage(*this));
    setPage(PrinterId, new PrinterPage(*this));
    setPage(StartId, new StartPage(*this));

    // The assistant starts at the first step not done; a step done is never shown again.
    const auto started = m_services.db.meta(QString::fromLatin1(FirstRunProgress::StartedKey));
    if (started && started->isEmpty()) {
        if (Status s = m_progress.mark(FirstRunProgress::StartedKey); !s)
            qCWarning(lcUi) << "the assistant's start was not recorded: error" << int(s.error().code);
    }
    auto first = m_progress.firstStepToDo();
    setStartId(pageFor(first ? *first : FirstRunProgress::Step::Enrolment));
}

int FirstRunWizard::pageFor(FirstRunProgress::Step step)
{
    switch (step) {
    case FirstRunProgress::Step::Enrolment:
        return EnrolmentId;
    case FirstRunProgress::Step::Identity:
        return IdentityId;
    case FirstRunProgress::Step::Manager:
        return ManagerId;
    case FirstRunProgress::Step::Printer:
        return PrinterId;
    case FirstRunProgress::Step::Start:
    case FirstRunProgress::Step::Done:
        break;
    }
    return StartId;
}

int FirstRunWizard::nextId() const
{
    if (currentId() == StartId)
        return -1;
    auto next = m_progress.firstStepToDo();
    if (!next)
        return currentId() + 1;
    const int page = pageFor(*next);
    return page > currentId() ? page : currentId() + 1;
}

} // namespace comptoir
