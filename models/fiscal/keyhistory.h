// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace comptoir {

// A change of the register's signing key (a replaced PC), as its `key_changed` event records it
// (docs/fiscal-format.md, "Changement de clé"): detail {"previous_public_key", "public_key",
// "endorsement" (the previous key's signature of endorsementMessage(), or null when the previous
// private key is lost), "reason"}. The event's own link is signed by the new key, and so is
// every later link.
struct KeyChange
{
    qint64 seq = 0; // the link of the key_changed event
    QByteArray previousKey; // raw 32 bytes
    QByteArray newKey; // raw 32 bytes
    QByteArray endorsement; // raw 64 bytes, empty when null
    QString reason; // "replaced", "restored", "lost"

    // Whether the endorsement is the previous key's valid signature of the change.
    bool endorsed() const;
};

// The bytes the previous key signs to endorse its successor:
// "comptoir-key-change:" (UTF-8) ‖ previous raw key ‖ new raw key.
QByteArray keyChangeEndorsementMessage(const QByteArray &previousKey, const QByteArray &newKey);

// The key change an event record holds (its parsed canonical serialisation), nullopt when the
// record is not a key_changed event. Errors: JournalBroken (detail: what) when it is one but its
// detail is not as above (keys not 32-byte base64, endorsement not 64-byte base64 or null).
Result<std::optional<KeyChange>> keyChangeFromRecord(const QJsonObject &record, qint64 seq);

// The keys that signed a chain, in order: which key signs the link at a given seq.
class KeyHistory
{
public:
    // A chain whose first key is firstKey (before any change).
    explicit KeyHistory(QByteArray firstKey = {});
    // The history of a chain from its key changes in chain order: the first key is the first
    // change's previous key, or singleKey when there is no change.
    static KeyHistory fromChanges(const QList<KeyChange> &changes, const QByteArray &singleKey);

    // Appends a change (seq after every change known). False, and nothing changes, when its
    // previous key is not the key in effect.
    bool add(const KeyChange &change);
    // Appends a change as an archive lists it, even when its previous key is not the key in
    // effect: the rule engine names that link's failure (`key-change`) in the order of the checks.
    void append(const KeyChange &change) { m_changes.append(change); }

    QByteArray firstKey() const { return m_firstKey; }
    // The key that signs the link at seq: the new key of the last change at or before seq.
    QByteArray keyAt(qint64 seq) const;
    QByteArray lastKey() const;
    // Every key, first to last.
    QList<QByteArray> keys() const;
    const QList<KeyChange> &changes() const { return m_changes; }
    bool contains(const QByteArray &key) const;

    // The keys vouched for by the confirmed ones (pinned with --key, or the shop database's):
    // a confirmed new key confirms its previous key (it signed the record naming it); a confirmed
    // previous key confirms the new one when it endorsed it.
    QList<QByteArray> confirmedBy(const QList<QByteArray> &pinned) const;

private:
    QByteArray m_firstKey;
    QList<KeyChange> m_changes;
};

} // namespace comptoir
