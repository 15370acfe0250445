// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/doctor/doctoritem.h"

#include <algorithm>

namespace comptoir {

QString doctorLevelKey(DoctorLevel level)
{
    switch (level) {
    case DoctorLevel::Ok:
        return QStringLiteral("ok");
    case DoctorLevel::Warn:
        return QStringLiteral("warn");
    case DoctorLevel::Fail:
        return QStringLiteral("fail");
    }
    return QStringLiteral("fail");
}

bool hasFailure(const QList<DoctorItem> &items)
{
    return std::any_of(items.cbegin(), items.cend(),
                       [](const DoctorItem &item) { return item.level == DoctorLevel::Fail; });
}

DoctorItem doctorItem(const QString &id, DoctorLevel level, const QString &state, QVariantMap facts)
{
    facts.insert(QStringLiteral("state"), state);
    return DoctorItem {id, level, std::move(facts)};
}

} // namespace comptoir
