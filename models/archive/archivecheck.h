// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One sealed archive checked on its own, in THE order of docs/fiscal-format.md ("Order for an
// archive", steps 1 to 5; docs/verify_archive.py follows the same): 1 the format of the file and
// of every link of carried, links, period_closures and key_changes; 2 the carried links'
// authenticity, then their records fed to their days' sums; 3 the links through the rule engine
// (chainrules.h); 4 period_closures and key_changes' authenticity, then the month and year
// totals; 5 the seal, the footer, header.public_key. The continuity with the archive before and
// the keys (steps 6 and 7) are the archive reader's (archivereader.h).
#include "models/archive/archiveformat.h"
#include "models/archive/chainrules.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace comptoir {

class ArchiveCheck
{
public:
    ArchiveFile file;
    QByteArray bytes;
    KeyHistory history;
    std::optional<ChainRules> rules; // set once the file and its lists are read (step 1 passed)

    // Steps 1 to 5 over content; the first failure, or nullopt.
    std::optional<RuleFailure> run(const QByteArray &content);

private:
    struct Copy
    {
        ChainLinkInput link;
        QJsonObject record;
        QString day; // carried: the business day it counts for
    };

    std::optional<RuleFailure> readLists();
    std::optional<RuleFailure> readCarried(Copy &copy) const;
    void startRules();
    std::optional<RuleFailure> checkList(const QList<Copy> &list, bool keyChanges);
    std::optional<RuleFailure> checkPeriodTotals() const;
    std::optional<RuleFailure> checkSeal() const;
    std::optional<RuleFailure> checkFooter() const;

    QList<Copy> m_carried;
    QList<ChainLinkInput> m_links;
    QList<Copy> m_closures; // period_closures
    QList<Copy> m_keyChanges;
};

} // namespace comptoir
