// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/fiscal/ed25519.h"

#include <QTest>

using namespace comptoir;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

} // namespace

class TestEd25519 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc8032Vectors_data();
    void rfc8032Vectors();
    void generatedKeysRoundTrip();
    void tamperingFailsVerify_data();
    void tamperingFailsVerify();
    void wrongSizesFailVerify();
    void fromSeedWrongLengthFails_data();
    void fromSeedWrongLengthFails();
    void copiesSignAlike();
};

// RFC 8032 section 7.1, TEST 1 and TEST 2.
void TestEd25519::rfc8032Vectors_data()
{
    QTest::addColumn<QByteArray>("secretKey");
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("signature");

    QTest::newRow("TEST 1 (empty message)")
        << hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
        << hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a") << QByteArray()
        << hex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bac"
               "c61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    QTest::newRow("TEST 2 (one byte)")
        << hex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
        << hex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c") << hex("72")
        << hex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e"
               "458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
}

void TestEd25519::rfc8032Vectors()
{
    QFETCH(QByteArray, secretKey);
    QFETCH(QByteArray, publicKey);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, signature);
    QCOMPARE(secretKey.size(), 32);
    QCOMPARE(signature.size(), 64);

    const Result<Ed25519Key> key = Ed25519Key::fromSeed(secretKey);
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().detail));
    QCOMPARE(key->seed(), secretKey);
    QCOMPARE(key->publicKey().toHex(), publicKey.toHex());

    const Result<QByteArray> signed_ = key->sign(message);
    QVERIFY(signed_.ok());
    QCOMPARE(signed_->toHex(), signature.toHex()); // Ed25519 is deterministic
    QVERIFY(Ed25519Key::verify(publicKey, message, signature));
}

void TestEd25519::generatedKeysRoundTrip()
{
    const Result<Ed25519Key> first = Ed25519Key::generate();
    const Result<Ed25519Key> second = Ed25519Key::generate();
    QVERIFY(first.ok());
    QVERIFY(second.ok());
    QCOMPARE(first->seed().size(), 32);
    QCOMPARE(first->publicKey().size(), 32);
    QVERIFY(first->seed() != second->seed());
    QVERIFY(first->publicKey() != second->publicKey());

    const QByteArray message("ticket 42\0with a zero byte", 26);
    const Result<QByteArray> signature = first->sign(message);
    QVERIFY(signature.ok());
    QCOMPARE(signature->size(), 64);
    QVERIFY(Ed25519Key::verify(first->publicKey(), message, *signature));
    QVERIFY(!Ed25519Key::verify(second->publicKey(), message, *signature));

    // The seed alone gives back the same key.
    const Result<Ed25519Key> again = Ed25519Key::fromSeed(first->seed());
    QVERIFY(again.ok());
    QCOMPARE(again->publicKey(), first->publicKey());
    QCOMPARE(*again->sign(message), *signature);
}

void TestEd25519::tamperingFailsVerify_data()
{
    QTest::addColumn<int>("part"); // 0 message, 1 signature, 2 public key
    QTest::addColumn<int>("byteIndex");
    QTest::addColumn<int>("bit");

    QTest::newRow("message first bit") << 0 << 0 << 0;
    QTest::newRow("message last bit") << 0 << 10 << 7;
    QTest::newRow("signature R") << 1 << 0 << 0;
    QTest::newRow("signature S") << 1 << 40 << 3;
    QTest::newRow("signature last bit") << 1 << 63 << 7;
    QTest::newRow("public key first bit") << 2 << 0 << 0;
    QTest::newRow("public key middle") << 2 << 17 << 5;
}

void TestEd25519::tamperingFailsVerify()
{
    QFETCH(int, part);
    QFETCH(int, byteIndex);
    QFETCH(int, bit);

    const Result<Ed25519Key> key = Ed25519Key::generate();
    QVERIFY(key.ok());
    QByteArray message("hello, Orléans");
    QCOMPARE(message.size(), 15);
    const Result<QByteArray> signed_ = key->sign(message);
    QVERIFY(signed_.ok());
    QByteArray signature = *signed_;
    QByteArray publicKey = key->publicKey();
    QVERIFY(Ed25519Key::verify(publicKey, message, signature));

    QByteArray &target = part == 0 ? message : part == 1 ? signature : publicKey;
    target[byteIndex] = static_cast<char>(target.at(byteIndex) ^ (1 << bit));
    QVERIFY(!Ed25519Key::verify(publicKey, message, signature));
}

void TestEd25519::wrongSizesFailVerify()
{
    const Result<Ed25519Key> key = Ed25519Key::generate();
    QVERIFY(key.ok());
    const QByteArray message("m");
    const QByteArray signature = *key->sign(message);
    QVERIFY(Ed25519Key::verify(key->publicKey(), message, signature));
    QVERIFY(!Ed25519Key::verify(key->publicKey(), message, signature.left(63)));
    QVERIFY(!Ed25519Key::verify(key->publicKey(), message, signature + '\0'));
    QVERIFY(!Ed25519Key::verify(key->publicKey().left(31), message, signature));
    QVERIFY(!Ed25519Key::verify(QByteArray(), message, signature));
}

void TestEd25519::fromSeedWrongLengthFails_data()
{
    QTest::addColumn<int>("length");
    QTest::newRow("empty") << 0;
    QTest::newRow("31") << 31;
    QTest::newRow("33") << 33;
    QTest::newRow("64 (seed and public key)") << 64;
}

void TestEd25519::fromSeedWrongLengthFails()
{
    QFETCH(int, length);
    const Result<Ed25519Key> key = Ed25519Key::fromSeed(QByteArray(length, 'x'));
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, ErrorCode::CryptoFailed);
    QVERIFY(!key.error().detail.isEmpty());
}

void TestEd25519::copiesSignAlike()
{
    const Result<Ed25519Key> key = Ed25519Key::generate();
    QVERIFY(key.ok());
    Ed25519Key copy = *key;
    Ed25519Key moved = std::move(copy);
    const Signer &signer = moved;
    const QByteArray message("closure 2026-11-27");
    QCOMPARE(signer.publicKey(), key->publicKey());
    QCOMPARE(*signer.sign(message), *key->sign(message));
}

QTEST_GUILESS_MAIN(TestEd25519)
#include "tst_ed25519.moc"
