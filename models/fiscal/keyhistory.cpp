// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The register keys of a chain and their changes (keyhistory.h).
#include "models/fiscal/keyhistory.h"

#include "models/fiscal/ed25519.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace comptoir {

namespace {

std::optional<QByteArray> decoded(const QJsonValue &value, qsizetype size)
{
    if (!value.isString())
        return std::nullopt;
    const auto result = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!result || result.decoded.size() != size)
        return std::nullopt;
    return result.decoded;
}

} // namespace

bool KeyChange::endorsed() const
{
    return !endorsement.isEmpty()
        && Ed25519Key::verify(previousKey, keyChangeEndorsementMessage(previousKey, newKey), endorsement);
}

QByteArray keyChangeEndorsementMessage(const QByteArray &previousKey, const QByteArray &newKey)
{
    return QByteArrayLiteral("comptoir-key-change:") + previousKey + newKey;
}

Result<std::optional<KeyChange>> keyChangeFromRecord(const QJsonObject &record, qint64 seq)
{
    if (record.value(QLatin1String("record")).toString() != QLatin1String("event")
        || record.value(QLatin1String("kind")).toString() != QLatin1String("key_changed"))
        return std::optional<KeyChange>();
    const QJsonObject detail
        = QJsonDocument::fromJson(record.value(QLatin1String("detail")).toString().toUtf8()).object();
    KeyChange change;
    change.seq = seq;
    const auto previous
        = decoded(detail.value(QLatin1String("previous_public_key")), Ed25519Key::PublicKeySize);
    const auto next = decoded(detail.value(QLatin1String("public_key")), Ed25519Key::PublicKeySize);
    if (!previous || !next)
        return makeError(ErrorCode::JournalBroken, QString(),
                         QStringLiteral("key_changed: the keys are not 32-byte base64 values"));
    change.previousKey = *previous;
    change.newKey = *next;
    const QJsonValue endorsement = detail.value(QLatin1String("endorsement"));
    if (!endorsement.isNull()) {
        const auto signature = decoded(endorsement, Ed25519Key::SignatureSize);
        if (!signature)
            return makeError(ErrorCode::JournalBroken, QString(),
                             QStringLiteral("key_changed: the endorsement is neither null nor a 64-byte "
                                            "base64 signature"));
        change.endorsement = *signature;
    }
    change.reason = detail.value(QLatin1String("reason")).toString();
    return std::optional<KeyChange>(change);
}

KeyHistory::KeyHistory(QByteArray firstKey) : m_firstKey(std::move(firstKey)) { }

KeyHistory KeyHistory::fromChanges(const QList<KeyChange> &changes, const QByteArray &singleKey)
{
    KeyHistory history(changes.isEmpty() ? singleKey : changes.constFirst().previousKey);
    for (const KeyChange &change : changes)
        history.add(change);
    return history;
}

bool KeyHistory::add(const KeyChange &change)
{
    if (change.previousKey != lastKey())
        return false;
    m_changes.append(change);
    return true;
}

QByteArray KeyHistory::keyAt(qint64 seq) const
{
    QByteArray key = m_firstKey;
    for (const KeyChange &change : m_changes) {
        if (change.seq > seq)
            break;
        key = change.newKey;
    }
    return key;
}

QByteArray KeyHistory::lastKey() const
{
    return m_changes.isEmpty() ? m_firstKey : m_changes.constLast().newKey;
}

QList<QByteArray> KeyHistory::keys() const
{
    QList<QByteArray> keys {m_firstKey};
    for (const KeyChange &change : m_changes)
        keys << change.newKey;
    return keys;
}

bool KeyHistory::contains(const QByteArray &key) const
{
    return keys().contains(key);
}

QList<QByteArray> KeyHistory::confirmedBy(const QList<QByteArray> &pinned) const
{
    const QList<QByteArray> all = keys();
    QList<bool> confirmed(all.size(), false);
    for (qsizetype i = 0; i < all.size(); ++i)
        confirmed[i] = pinned.contains(all.at(i));
    // Backward: a confirmed key vouches for the one it replaced.
    for (qsizetype i = all.size() - 1; i > 0; --i) {
        if (confirmed.at(i))
            confirmed[i - 1] = true;
    }
    // Forward: a confirmed key vouches for the successor it endorsed.
    for (qsizetype i = 1; i < all.size(); ++i) {
        if (confirmed.at(i - 1) && m_changes.at(i - 1).endorsed())
            confirmed[i] = true;
    }
    QList<QByteArray> result;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (confirmed.at(i) && !result.contains(all.at(i)))
            result << all.at(i);
    }
    return result;
}

} // namespace comptoir
