// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Replacing the register's key, and reading the keys a chain was signed with (registerkeychange.h).
#include "models/fiscal/registerkeychange.h"

#include "models/fiscal/event.h"
#include "models/fiscal/eventjournal.h"
#include "models/logging.h"
#include "models/storage/database.h"
#include "models/storage/secretstore.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QSqlQuery>

namespace comptoir {

namespace {

// Journals the change (signed by the new key) and records the new public key, in one transaction.
Result<qint64> journalKeyChange(Database &db, const Clock &clock, UuidV7Generator &uuids,
                                const Ed25519Key &newKey, const QJsonObject &detail)
{
    Transaction tx(db);
    if (!tx.status())
        return tx.status().error();
    FiscalChain chain(db, newKey, clock);
    EventJournal events(db, clock, uuids, chain);
    auto id = events.record(EventKind::KeyChanged, std::nullopt, detail);
    if (!id)
        return id.error();
    if (Status s = db.setMeta(QString::fromLatin1(RegisterPublicKeyMeta),
                              QString::fromLatin1(newKey.publicKey().toBase64()));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

} // namespace

QString keyChangeReasonKey(KeyChangeReason reason)
{
    switch (reason) {
    case KeyChangeReason::Replaced:
        return QStringLiteral("replaced");
    case KeyChangeReason::Restored:
        return QStringLiteral("restored");
    case KeyChangeReason::Lost:
        return QStringLiteral("lost");
    }
    return QString();
}

Result<KeyHistory> registerKeyHistory(const Database &db)
{
    auto q = db.query(QStringLiteral("SELECT c.seq, e.id, e.detail FROM fiscal_chain c JOIN events e "
                                     "ON c.record_type = 'event' AND e.id = c.record_id "
                                     "WHERE e.kind = 'key_changed' ORDER BY c.seq"));
    if (!q)
        return q.error();
    QList<KeyChange> changes;
    while (q.value().next()) {
        QJsonObject record;
        record.insert(QStringLiteral("record"), QStringLiteral("event"));
        record.insert(QStringLiteral("kind"), QStringLiteral("key_changed"));
        record.insert(QStringLiteral("detail"), q.value().value(2).toString());
        auto change = keyChangeFromRecord(record, q.value().value(0).toLongLong());
        if (!change) {
            Error error = change.error();
            error.subject = QStringLiteral("event %1").arg(q.value().value(1).toLongLong());
            return error;
        }
        changes << **change;
    }
    q.value().finish();
    if (!changes.isEmpty())
        return KeyHistory::fromChanges(changes, {});
    auto key = registerPublicKey(db);
    if (!key)
        return key.error();
    return KeyHistory(key.value());
}

Result<QByteArray> registerKeyAt(const Database &db, const KeyHistory &history, FiscalRecordType type,
                                 qint64 recordId)
{
    auto q = db.query(QStringLiteral("SELECT seq FROM fiscal_chain WHERE record_type = ? AND record_id = ?"),
                      {fiscalRecordTypeKey(type), recordId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound,
                         fiscalRecordTypeKey(type) + QLatin1Char(' ') + QString::number(recordId),
                         QStringLiteral("no link"));
    return history.keyAt(q.value().value(0).toLongLong());
}

Result<QByteArray> registerKeyAt(const Database &db, FiscalRecordType type, qint64 recordId)
{
    auto history = registerKeyHistory(db);
    if (!history)
        return history.error();
    return registerKeyAt(db, *history, type, recordId);
}

void changeRegisterKey(SecretStore &store, Database &db, const Clock &clock, UuidV7Generator &uuids,
                       const std::optional<Ed25519Key> &previous, KeyChangeReason reason, QObject *context,
                       RegisterKeyDone done)
{
    auto fail = [context, &done](Error error) {
        QMetaObject::invokeMethod(
            context, [error, done = std::move(done)] { done(error); }, Qt::QueuedConnection);
    };
    const Result<QByteArray> current = registerPublicKey(db);
    if (!current) {
        Error error = current.error();
        if (error.code == ErrorCode::NotFound)
            error.subject = QStringLiteral("register key");
        return fail(error);
    }
    if (previous && previous->publicKey() != *current)
        return fail(makeError(ErrorCode::SigningKeyMissing, QStringLiteral("replaced"),
                              QStringLiteral("the key given is not the register's")));
    Result<Ed25519Key> generated = Ed25519Key::generate();
    if (!generated)
        return fail(generated.error());
    const Ed25519Key newKey = *generated;

    QJsonObject detail;
    detail.insert(QStringLiteral("previous_public_key"), QString::fromLatin1(current->toBase64()));
    detail.insert(QStringLiteral("public_key"), QString::fromLatin1(newKey.publicKey().toBase64()));
    detail.insert(QStringLiteral("endorsement"), QJsonValue::Null);
    if (previous) {
        auto endorsement = previous->sign(keyChangeEndorsementMessage(*current, newKey.publicKey()));
        if (!endorsement)
            return fail(endorsement.error());
        detail.insert(QStringLiteral("endorsement"), QString::fromLatin1(endorsement->toBase64()));
    }
    detail.insert(QStringLiteral("reason"), keyChangeReasonKey(reason));

    const QString secretName = registerKeySecretName(db.deviceId());
    const std::optional<QByteArray> previousSeed = previous ? std::optional(previous->seed()) : std::nullopt;
    store.write(secretName, newKey.seed(), context,
                [&store, &db, &clock, &uuids, context, secretName, newKey, detail, previousSeed,
                 done = std::move(done)](Status written) mutable {
                    if (!written)
                        return done(written.error());
                    auto event = journalKeyChange(db, clock, uuids, newKey, detail);
                    if (!event) {
                        // Give the store back what it held, so that the register's key and the journal agree.
                        qCWarning(lcModels) << "key change not journalled: error" << int(event.error().code)
                                            << "; putting the previous secret back";
                        auto ignore = [](Status) {
                        };
                        if (previousSeed)
                            store.write(secretName, *previousSeed, context, ignore);
                        else
                            store.remove(secretName, context, ignore);
                        return done(event.error());
                    }
                    qCInfo(lcModels) << "register signing key replaced, event" << *event;
                    done(newKey);
                });
}

} // namespace comptoir
