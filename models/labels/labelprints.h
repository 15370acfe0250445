// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/labels/labelcontent.h"
#include "models/result.h"

#include <QList>

namespace comptoir {

class Clock;
class Database;

// The labels printed (table label_prints): for each variant, the price its last label showed.
// The variants whose price today differs from it, whoever changed it (the shop, an import, or
// the marketplace's feed writing the replica), are the labels to print again.
class LabelPrints
{
public:
    LabelPrints(Database &db, const Clock &clock);

    // Records that these labels were printed (the price each showed); one transaction.
    Status record(const QList<LabelContent> &printed);
    // The variants (not archived) whose price differs from their last label's, in catalogue
    // order. Error NothingToLabel when there is none.
    Result<QList<qint64>> changedSinceLastLabel() const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
