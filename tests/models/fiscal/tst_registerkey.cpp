// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorysecretstore.h"
#include "models/demo/demosecretstore.h"
#include "models/fiscal/ed25519.h"
#include "models/fiscal/registerkey.h"
#include "models/storage/database.h"
#include "secretwait.h"
#include "tempdatabase.h"

#include <QTest>

using namespace comptoir;

namespace {

QString storedMeta(Database &db)
{
    const Result<QString> value = db.meta(QString::fromLatin1(RegisterPublicKeyMeta));
    return value.ok() ? *value : QStringLiteral("<error>");
}

} // namespace

class TestRegisterKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstStartCreatesSecretThenMeta();
    void secondStartLoadsTheSameKey();
    void secretWithoutMetaWritesMeta();
    void metaWithoutSecretIsRefused();
    void replacedSecretIsRefused();
    void unavailableStoreWritesNothing();
    void publicKeyAbsentIsNotFound();
    void demoStoreGivesTheSameKeyEverywhere();
    void demoStoreKeepsOtherSecretsInMemory();
};

void TestRegisterKey::firstStartCreatesSecretThenMeta()
{
    TempDatabase temp;
    QVERIFY(temp.isValid());
    MemorySecretStore store;
    const QString secretName = QStringLiteral("register-signing-key/") + temp.db().deviceId();
    QVERIFY(!temp.db().deviceId().isEmpty());
    QCOMPARE(registerKeySecretName(temp.db().deviceId()), secretName);

    const Result<Ed25519Key> key = registerKey(store, temp.db());
    QVERIFY(key.ok());
    QCOMPARE(store.size(), 1);
    QVERIFY(store.contains(secretName));
    QCOMPARE(**readSecret(store, secretName), key->seed());

    // What reached the disk: the public key, base64, and never the seed.
    QVERIFY(temp.reopen());
    QCOMPARE(storedMeta(temp.db()), QString::fromLatin1(key->publicKey().toBase64()));
    const Result<QByteArray> publicKey = registerPublicKey(temp.db());
    QVERIFY(publicKey.ok());
    QCOMPARE(*publicKey, key->publicKey());
    auto everything = temp.db().query(QStringLiteral("SELECT group_concat(value, '|') FROM meta"));
    QVERIFY(everything.ok());
    QVERIFY(everything.value().next());
    const QString allMeta = everything.value().value(0).toString();
    QVERIFY(!allMeta.contains(QString::fromLatin1(key->seed().toBase64())));
    QVERIFY(!allMeta.contains(QString::fromLatin1(key->seed().toHex())));
}

void TestRegisterKey::secondStartLoadsTheSameKey()
{
    TempDatabase temp;
    MemorySecretStore store;
    const Result<Ed25519Key> first = registerKey(store, temp.db());
    QVERIFY(first.ok());
    const int writes = store.writeCount();

    QVERIFY(temp.reopen());
    const Result<Ed25519Key> second = registerKey(store, temp.db());
    QVERIFY(second.ok());
    QCOMPARE(store.writeCount(), writes); // nothing new written
    QCOMPARE(second->seed(), first->seed());

    const QByteArray message("ticket 1");
    const Result<QByteArray> signature = second->sign(message);
    QVERIFY(signature.ok());
    const Result<QByteArray> recorded = registerPublicKey(temp.db());
    QVERIFY(recorded.ok());
    QVERIFY(Ed25519Key::verify(*recorded, message, *signature));
}

void TestRegisterKey::secretWithoutMetaWritesMeta()
{
    TempDatabase temp;
    MemorySecretStore store;
    const Result<Ed25519Key> existing = Ed25519Key::generate();
    QVERIFY(existing.ok());
    QVERIFY(writeSecret(store, registerKeySecretName(temp.db().deviceId()), existing->seed()).ok());

    const Result<Ed25519Key> key = registerKey(store, temp.db());
    QVERIFY(key.ok());
    QCOMPARE(key->publicKey(), existing->publicKey());
    QCOMPARE(store.writeCount(), 1);
    QVERIFY(temp.reopen());
    QCOMPARE(*registerPublicKey(temp.db()), existing->publicKey());
}

void TestRegisterKey::metaWithoutSecretIsRefused()
{
    TempDatabase temp;
    MemorySecretStore store;
    QVERIFY(registerKey(store, temp.db()).ok());
    const QString before = storedMeta(temp.db());

    MemorySecretStore emptied; // the keychain lost the key (new session, wiped profile…)
    const Result<Ed25519Key> key = registerKey(emptied, temp.db());
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, ErrorCode::SigningKeyMissing);
    QCOMPARE(key.error().subject, QStringLiteral("missing"));
    QCOMPARE(emptied.size(), 0);
    QCOMPARE(emptied.writeCount(), 0);
    QVERIFY(temp.reopen());
    QCOMPARE(storedMeta(temp.db()), before);
}

void TestRegisterKey::replacedSecretIsRefused()
{
    TempDatabase temp;
    MemorySecretStore store;
    const Result<Ed25519Key> original = registerKey(store, temp.db());
    QVERIFY(original.ok());
    const QString before = storedMeta(temp.db());
    const QString secretName = registerKeySecretName(temp.db().deviceId());
    const Result<Ed25519Key> other = Ed25519Key::generate();
    QVERIFY(other.ok());
    QVERIFY(writeSecret(store, secretName, other->seed()).ok());
    const int writes = store.writeCount();

    const Result<Ed25519Key> key = registerKey(store, temp.db());
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, ErrorCode::SigningKeyMissing);
    QCOMPARE(key.error().subject, QStringLiteral("replaced"));
    QCOMPARE(store.writeCount(), writes);
    QCOMPARE(**readSecret(store, secretName), other->seed()); // left as found
    QVERIFY(temp.reopen());
    QCOMPARE(storedMeta(temp.db()), before);
}

void TestRegisterKey::unavailableStoreWritesNothing()
{
    TempDatabase temp;
    MemorySecretStore store;
    store.setUnavailable(true);

    const Result<Ed25519Key> key = registerKey(store, temp.db());
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, ErrorCode::KeychainUnavailable);
    QVERIFY(!key.error().subject.isEmpty());
    QCOMPARE(store.writeCount(), 0);
    QVERIFY(temp.reopen());
    QCOMPARE(storedMeta(temp.db()), QString());

    // Once the keychain is back, the first start happens normally.
    store.setUnavailable(false);
    const Result<Ed25519Key> later = registerKey(store, temp.db());
    QVERIFY(later.ok());
    QCOMPARE(*registerPublicKey(temp.db()), later->publicKey());
}

void TestRegisterKey::publicKeyAbsentIsNotFound()
{
    TempDatabase temp;
    const Result<QByteArray> absent = registerPublicKey(temp.db());
    QVERIFY(!absent.ok());
    QCOMPARE(absent.error().code, ErrorCode::NotFound);

    QVERIFY(temp.db().setMeta(QString::fromLatin1(RegisterPublicKeyMeta), QStringLiteral("AAAA")).ok());
    const Result<QByteArray> tooShort = registerPublicKey(temp.db());
    QVERIFY(!tooShort.ok());
    QCOMPARE(tooShort.error().code, ErrorCode::CryptoFailed);
}

void TestRegisterKey::demoStoreGivesTheSameKeyEverywhere()
{
    TempDatabase first;
    TempDatabase second;
    QVERIFY(first.db().deviceId() != second.db().deviceId());
    DemoSecretStore storeA;
    DemoSecretStore storeB;

    const Result<Ed25519Key> keyA = registerKey(storeA, first.db());
    const Result<Ed25519Key> keyB = registerKey(storeB, second.db());
    QVERIFY(keyA.ok());
    QVERIFY(keyB.ok());
    QCOMPARE(keyA->publicKey(), keyB->publicKey());
    QCOMPARE(keyA->seed(), DemoSecretStore::demoRegisterSeed());
    QCOMPARE(*registerPublicKey(first.db()), keyA->publicKey());
    QCOMPARE(*registerPublicKey(second.db()), keyA->publicKey());

    // The published seed, so the demo's public key is known in advance.
    QCOMPARE(DemoSecretStore::demoRegisterSeed().toHex(),
             QByteArray("436f6d70746f69722064656d6f3a204e4f542066697363616c20646174612121"));

    // The demo key cannot be replaced.
    const Result<Ed25519Key> other = Ed25519Key::generate();
    QVERIFY(other.ok());
    const QString secretName = registerKeySecretName(first.db().deviceId());
    QCOMPARE(writeSecret(storeA, secretName, other->seed()).error().code, ErrorCode::KeychainFailed);
    QCOMPARE(removeSecret(storeA, secretName).error().code, ErrorCode::KeychainFailed);
    QCOMPARE(**readSecret(storeA, secretName), DemoSecretStore::demoRegisterSeed());
}

void TestRegisterKey::demoStoreKeepsOtherSecretsInMemory()
{
    DemoSecretStore store;
    const QString name = QStringLiteral("marketplace-token/demo");
    QVERIFY(!readSecret(store, name)->has_value());
    QVERIFY(writeSecret(store, name, QByteArray("tok\0en", 6)).ok());
    QCOMPARE(**readSecret(store, name), QByteArray("tok\0en", 6));
    QVERIFY(removeSecret(store, name).ok());
    QVERIFY(!readSecret(store, name)->has_value());
    QVERIFY(!DemoSecretStore().readNow(name)->has_value());
}

QTEST_GUILESS_MAIN(TestRegisterKey)
#include "tst_registerkey.moc"
