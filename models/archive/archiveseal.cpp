// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The digests of a period archive's seal (archiveseal.h).
#include "models/archive/archiveseal.h"

#include "models/fiscal/canonical.h"

#include <QCryptographicHash>

namespace comptoir::ArchiveSeal {

QByteArray digest(const QJsonObject &object)
{
    return QCryptographicHash::hash(canonicalJson(object), QCryptographicHash::Sha256);
}

QByteArray linksIndex(const QJsonArray &links)
{
    QJsonArray index;
    for (const QJsonValue &value : links) {
        const QJsonObject link = value.toObject();
        index.append(QJsonArray {link.value(QLatin1String("seq")), link.value(QLatin1String("record_type")),
                                 link.value(QLatin1String("record_id")), link.value(QLatin1String("hash"))});
    }
    return QCryptographicHash::hash(canonicalJson(index), QCryptographicHash::Sha256).toHex();
}

} // namespace comptoir::ArchiveSeal
