// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace comptoir {

// One line of `comptoir doctor` and of the Settings page's "Check this till" section: what was
// checked (id), how it went (level) and the facts found (facts: numbers, states, paths, versions,
// never a secret — no token, no key, no PIN). The words are ui/doctor's (doctortext.h).
enum class DoctorLevel { Ok, Warn, Fail };

struct DoctorItem
{
    // "database", "journal", "keychain", "marketplace", "clock", "disk", "printer", "backup",
    // "versions" (the order of the report).
    QString id;
    DoctorLevel level = DoctorLevel::Ok;
    // Each item's "state" names what was found (docs/doctor facts in doctor.h); other keys give
    // the figures.
    QVariantMap facts;

    QString state() const { return facts.value(QStringLiteral("state")).toString(); }
};

QString doctorLevelKey(DoctorLevel level); // "ok", "warn", "fail"
bool hasFailure(const QList<DoctorItem> &items);
DoctorItem doctorItem(const QString &id, DoctorLevel level, const QString &state, QVariantMap facts = {});

} // namespace comptoir

Q_DECLARE_METATYPE(comptoir::DoctorItem)
