// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Replacing the register's key (a replaced PC, a restore): the key_changed event signed by the new
// key, with the previous key's endorsement or without it, the meta and the secret store updated
// together, later links signed by the new key, the keys' history, each Z report printing the
// fingerprint of the key that signed it, and an archive that spans the change.
#include "archivefiles.h"
#include "journalfixture.h"
#include "memorysecretstore.h"
#include "models/archive/archiveseal.h"
#include "models/archive/journalarchive.h"
#include "models/archive/journalverifier.h"
#include "models/closing/zreportlayout.h"
#include "models/fiscal/eventjournal.h"
#include "models/fiscal/keyfingerprint.h"
#include "models/fiscal/registerkeychange.h"
#include "secretwait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;
using namespace comptoir::fiscaltest;

namespace {

// Why a result failed (QVERIFY2 evaluates its message whatever the outcome).
template<typename T> QString why(const Result<T> &result)
{
    if (result.ok())
        return QString();
    const Error &e = result.error();
    return QStringLiteral("code %1 subject '%2' detail '%3'").arg(int(e.code)).arg(e.subject, e.detail);
}

Ed25519Key otherKey()
{
    return Ed25519Key::fromSeed(QByteArray(Ed25519Key::SeedSize, '\x55')).value();
}

Result<Ed25519Key> changeKey(SecretStore &store, ClosingShop &s, const std::optional<Ed25519Key> &previous,
                             KeyChangeReason reason)
{
    auto answer = waitForAnswer<Result<Ed25519Key>>([&](QObject *context, auto done) {
        changeRegisterKey(store, s.shop.db(), s.shop.clock, s.shop.uuids, previous, reason, context,
                          std::move(done));
    });
    if (!answer)
        return makeError(ErrorCode::KeychainFailed, QString(), QStringLiteral("no answer"));
    return *answer;
}

struct LastLink
{
    qint64 seq = 0;
    QString type;
    qint64 recordId = 0;
    QByteArray hash;
    QByteArray signature;
};

LastLink lastLink(const Database &db)
{
    auto q = db.query(QStringLiteral(
        "SELECT seq, record_type, record_id, hash, signature FROM fiscal_chain ORDER BY seq DESC LIMIT 1"));
    LastLink link;
    if (q && q.value().next()) {
        link.seq = q.value().value(0).toLongLong();
        link.type = q.value().value(1).toString();
        link.recordId = q.value().value(2).toLongLong();
        link.hash = QByteArray::fromHex(q.value().value(3).toString().toLatin1());
        link.signature = QByteArray::fromBase64(q.value().value(4).toString().toLatin1());
    }
    return link;
}

// The key change the event's canonical record holds.
std::optional<KeyChange> recordedChange(const Database &db, const LastLink &link)
{
    auto canonical = canonicalEvent(db, link.recordId);
    if (!canonical)
        return std::nullopt;
    auto change = keyChangeFromRecord(QJsonDocument::fromJson(*canonical).object(), link.seq);
    return change.ok() ? *change : std::nullopt;
}

QString zReportText(const Closure &closure, int columns = 48)
{
    ShopIdentity shop;
    shop.name = QStringLiteral("Épicerie");
    ReceiptOptions options;
    options.columns = columns;
    QStringList lines;
    for (const ReceiptLine &line : ZReportLayout::lines(shop, closure, options))
        lines << line.text;
    return lines.join(QLatin1Char('\n'));
}

// A sale and the Z of the 28th, signed by whatever key the shop's chain has.
bool tradeOn28th(ClosingShop &s)
{
    s.setTime(28, 9);
    if (!s.journal.commitSale(s.threeLines()))
        return false;
    s.setTime(28, 18);
    return closeDay(s, day(28)).ok();
}

} // namespace

class TestRegisterKeyChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endorsedChange();
    void restoredWithoutThePreviousKey();
    void refusedChangesLeaveEverything();
    void zReportPrintsTheKeyThatSignedIt();
    void archiveSpansTheChange();
};

void TestRegisterKeyChange::endorsedChange()
{
    ClosingShop s;
    QVERIFY(buildJournal(s));
    Database &db = s.shop.db();
    MemorySecretStore store;
    const QString secretName = registerKeySecretName(db.deviceId());
    QVERIFY(store.writeNow(secretName, testSigningKey().seed()));
    const QByteArray oldKey = testSigningKey().publicKey();
    const qint64 linksBefore = count(db, QStringLiteral("fiscal_chain"));

    auto newKey = changeKey(store, s, testSigningKey(), KeyChangeReason::Replaced);
    QVERIFY2(newKey.ok(), qPrintable(why(newKey)));
    QVERIFY(newKey->publicKey() != oldKey);
    // The secret store and the meta hold the new key; the database never its seed.
    QCOMPARE(**store.readNow(secretName), newKey->seed());
    QCOMPARE(registerPublicKey(db).value(), newKey->publicKey());
    QCOMPARE(registerKey(store, db).value().publicKey(), newKey->publicKey());

    // One link more: the key_changed event, signed by the NEW key.
    QCOMPARE(count(db, QStringLiteral("fiscal_chain")), linksBefore + 1);
    const LastLink link = lastLink(db);
    QCOMPARE(link.type, QStringLiteral("event"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT kind FROM events WHERE id = ?"), {link.recordId}).toString(),
             QStringLiteral("key_changed"));
    QVERIFY(Ed25519Key::verify(newKey->publicKey(), link.hash, link.signature));
    QVERIFY(!Ed25519Key::verify(oldKey, link.hash, link.signature));
    const auto change = recordedChange(db, link);
    QVERIFY(change);
    QCOMPARE(change->previousKey, oldKey);
    QCOMPARE(change->newKey, newKey->publicKey());
    QCOMPARE(change->reason, QStringLiteral("replaced"));
    QVERIFY(change->endorsed()); // the previous key signed "comptoir-key-change:" ‖ old ‖ new
    QVERIFY(Ed25519Key::verify(oldKey, keyChangeEndorsementMessage(oldKey, newKey->publicKey()),
                               change->endorsement));

    // The history: the old key up to the link before, the new one from the change on.
    auto history = registerKeyHistory(db);
    QVERIFY(history.ok());
    QCOMPARE(history->keys(), QList<QByteArray>({oldKey, newKey->publicKey()}));
    QCOMPARE(history->keyAt(link.seq - 1), oldKey);
    QCOMPARE(history->keyAt(link.seq), newKey->publicKey());
    QCOMPARE(history->confirmedBy({newKey->publicKey()}), QList<QByteArray>({oldKey, newKey->publicKey()}));
    QCOMPARE(history->confirmedBy({oldKey}), QList<QByteArray>({oldKey, newKey->publicKey()}));

    // The running till signs with the new key (RegisterSigner::setKey; here the shop's own key).
    s.shop.signer = *newKey;
    QVERIFY(tradeOn28th(s));
    const LastLink later = lastLink(db);
    QVERIFY(later.seq > link.seq);
    QVERIFY(Ed25519Key::verify(newKey->publicKey(), later.hash, later.signature));

    // Until the rule engine follows key changes, the verifier checks every link with one key.
    auto report = verifyJournal(db, newKey->publicKey());
    QVERIFY(report.ok());
    QVERIFY2(report->ok, qPrintable(report->firstBroken + QLatin1Char(' ') + report->problem));
}

void TestRegisterKeyChange::restoredWithoutThePreviousKey()
{
    ClosingShop s;
    QVERIFY(buildJournal(s));
    Database &db = s.shop.db();
    MemorySecretStore store; // a new PC: its keychain does not have the register's key
    auto missing = registerKey(store, db);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::SigningKeyMissing);
    QCOMPARE(missing.error().subject, QStringLiteral("missing"));

    auto newKey = changeKey(store, s, std::nullopt, KeyChangeReason::Restored);
    QVERIFY2(newKey.ok(), qPrintable(why(newKey)));
    const LastLink link = lastLink(db);
    QVERIFY(Ed25519Key::verify(newKey->publicKey(), link.hash, link.signature));
    const auto change = recordedChange(db, link);
    QVERIFY(change);
    QCOMPARE(change->previousKey, testSigningKey().publicKey());
    QVERIFY(change->endorsement.isEmpty());
    QVERIFY(!change->endorsed());
    QCOMPARE(change->reason, QStringLiteral("restored"));
    const QJsonObject detail
        = QJsonDocument::fromJson(
              scalar(db, QStringLiteral("SELECT detail FROM events WHERE id = ?"), {link.recordId})
                  .toString()
                  .toUtf8())
              .object();
    QVERIFY(detail.contains(QStringLiteral("endorsement")));
    QVERIFY(detail.value(QStringLiteral("endorsement")).isNull());
    // Without the endorsement, confirming the old key does not vouch for the new one.
    auto history = registerKeyHistory(db);
    QVERIFY(history.ok());
    QCOMPARE(history->confirmedBy({testSigningKey().publicKey()}),
             QList<QByteArray>({testSigningKey().publicKey()}));

    // The till starts again with the new key.
    auto loaded = registerKey(store, db);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->publicKey(), newKey->publicKey());
    s.shop.signer = *newKey;
    QVERIFY(tradeOn28th(s));
    QVERIFY(Ed25519Key::verify(newKey->publicKey(), lastLink(db).hash, lastLink(db).signature));

    auto report = verifyJournal(db, newKey->publicKey());
    QVERIFY(report.ok());
    QVERIFY2(report->ok, qPrintable(report->firstBroken + QLatin1Char(' ') + report->problem));
}

void TestRegisterKeyChange::refusedChangesLeaveEverything()
{
    ClosingShop s;
    QVERIFY(buildJournal(s));
    Database &db = s.shop.db();
    MemorySecretStore store;
    const QString secretName = registerKeySecretName(db.deviceId());
    QVERIFY(store.writeNow(secretName, testSigningKey().seed()));
    const qint64 links = count(db, QStringLiteral("fiscal_chain"));

    store.setUnavailable(true);
    auto unavailable = changeKey(store, s, testSigningKey(), KeyChangeReason::Replaced);
    QVERIFY(!unavailable.ok());
    QCOMPARE(unavailable.error().code, ErrorCode::KeychainUnavailable);
    store.setUnavailable(false);

    auto notTheRegisters = changeKey(store, s, otherKey(), KeyChangeReason::Replaced);
    QVERIFY(!notTheRegisters.ok());
    QCOMPARE(notTheRegisters.error().code, ErrorCode::SigningKeyMissing);
    QCOMPARE(notTheRegisters.error().subject, QStringLiteral("replaced"));

    QCOMPARE(count(db, QStringLiteral("fiscal_chain")), links);
    QCOMPARE(registerPublicKey(db).value(), testSigningKey().publicKey());
    QCOMPARE(**store.readNow(secretName), testSigningKey().seed());

    // A shop without a key has nothing to replace.
    ClosingShop fresh;
    QVERIFY(fresh.setUpClosing());
    auto none = changeKey(store, fresh, std::nullopt, KeyChangeReason::Lost);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, ErrorCode::NotFound);
    QCOMPARE(none.error().subject, QStringLiteral("register key"));
    QCOMPARE(count(fresh.shop.db(), QStringLiteral("fiscal_chain")), 0);
}

void TestRegisterKeyChange::zReportPrintsTheKeyThatSignedIt()
{
    ClosingShop s;
    QVERIFY(buildJournal(s));
    MemorySecretStore store;
    const QString oldFingerprint = KeyFingerprint::text(testSigningKey().publicKey());
    // Before the change: closure 2, signed by the register's first key.
    auto before = s.closing->closure(2);
    QVERIFY(before.ok());
    QCOMPARE(before->signingKey, testSigningKey().publicKey());
    QVERIFY2(zReportText(*before).contains(oldFingerprint), qPrintable(zReportText(*before)));

    auto newKey = changeKey(store, s, testSigningKey(), KeyChangeReason::Replaced);
    QVERIFY(newKey.ok());
    s.shop.signer = *newKey;
    QVERIFY(tradeOn28th(s));
    const QString newFingerprint = KeyFingerprint::text(newKey->publicKey());
    auto closures = s.closing->closures(10);
    QVERIFY(closures.ok());
    QCOMPARE(closures->size(), 3);
    QCOMPARE(closures->at(0).signingKey, newKey->publicKey()); // the Z of the 28th
    QCOMPARE(closures->at(1).signingKey, testSigningKey().publicKey());
    const QString after = zReportText(closures->at(0));
    QVERIFY2(after.contains(QStringLiteral("Register key fingerprint\n") + newFingerprint),
             qPrintable(after));
    QVERIFY(!after.contains(oldFingerprint));
    // A reprint of an older Z still names the key that signed it.
    QVERIFY(zReportText(closures->at(1)).contains(oldFingerprint));
    // On 58 mm paper: two lines of four groups.
    const QString narrow = zReportText(closures->at(0), 32);
    QVERIFY2(narrow.contains(newFingerprint.left(19) + QLatin1Char('\n') + newFingerprint.mid(20)),
             qPrintable(narrow));
    for (const QString &line : narrow.split(QLatin1Char('\n')))
        QVERIFY(line.size() <= 32);
}

// November's 26th and 27th signed by the first key, the key replaced on the 28th, a sale and the
// Z of the 28th signed by the new key: November's archive names the change and is sealed by the
// new key.
void TestRegisterKeyChange::archiveSpansTheChange()
{
    ClosingShop s;
    QVERIFY(buildJournal(s));
    Database &db = s.shop.db();
    MemorySecretStore store;
    s.setTime(28, 8);
    auto newKey = changeKey(store, s, testSigningKey(), KeyChangeReason::Replaced);
    QVERIFY(newKey.ok());
    const qint64 changeSeq = lastLink(db).seq;
    s.shop.signer = *newKey;
    QVERIFY(tradeOn28th(s));
    s.setTime(30, 23);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("2026-11.json"));
    auto written
        = writeArchive(db, s.shop.events, s.shop.signer, s.shop.clock, QStringLiteral("2026-11"), path);
    // writeArchive verifies the journal first, with the single-key verifier for now.
    QVERIFY2(written.ok(), qPrintable(why(written)));

    QCOMPARE(written->keyChanges, 1);
    const QJsonObject archive = readJson(path);
    const QJsonArray changes = archive.value(QStringLiteral("key_changes")).toArray();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).toObject().value(QStringLiteral("seq")).toInteger(), changeSeq);
    const QJsonObject header = archive.value(QStringLiteral("header")).toObject();
    const QJsonObject footer = archive.value(QStringLiteral("footer")).toObject();
    auto key = [](const QJsonValue &value) {
        return QByteArray::fromBase64(value.toString().toLatin1());
    };
    QCOMPARE(key(header.value(QStringLiteral("public_key"))), testSigningKey().publicKey());
    QCOMPARE(key(header.value(QStringLiteral("seal_public_key"))), newKey->publicKey());
    QCOMPARE(key(footer.value(QStringLiteral("public_key"))), newKey->publicKey());
    QVERIFY(Ed25519Key::verify(newKey->publicKey(), ArchiveSeal::digest(header),
                               key(archive.value(QStringLiteral("header_signature")))));
    QVERIFY(Ed25519Key::verify(newKey->publicKey(), ArchiveSeal::digest(footer),
                               key(archive.value(QStringLiteral("footer_signature")))));
    QCOMPARE(footer.value(QStringLiteral("key_changes_sha256")).toString().toLatin1(),
             ArchiveSeal::linksIndex(changes));
}

COMPTOIR_CLOSING_TEST_MAIN(TestRegisterKeyChange)
#include "tst_registerkeychange.moc"
