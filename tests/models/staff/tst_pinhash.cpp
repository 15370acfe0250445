// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staff/pinhash.h"

#include <QElapsedTimer>
#include <QSet>
#include <QStringList>
#include <QTest>

using namespace comptoir;

// PBKDF2-HMAC-SHA256 against published vectors, and the encoded PIN hashes built on it.
class TestPinHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pbkdf2Vectors_data();
    void pbkdf2Vectors();
    void roundTrip();
    void wrongPinIsRefused_data();
    void wrongPinIsRefused();
    void encodedFormat();
    void saltsDiffer();
    void malformedEncodingsAreRefused_data();
    void malformedEncodingsAreRefused();
    void constantTimeEquals();
    void defaultCostIsMeasured();
};

void TestPinHash::pbkdf2Vectors_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<int>("keyLength");
    QTest::addColumn<QByteArray>("expectedHex");

    // RFC 6070's inputs with SHA-256 (as published alongside RFC 7914 and in many test suites).
    QTest::newRow("c=1") << QByteArray("password") << QByteArray("salt") << 1 << 32
                         << QByteArray("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    QTest::newRow("c=2") << QByteArray("password") << QByteArray("salt") << 2 << 32
                         << QByteArray("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
    QTest::newRow("c=4096") << QByteArray("password") << QByteArray("salt") << 4096 << 32
                            << QByteArray("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
    // Two output blocks, a longer password and salt.
    QTest::newRow("c=4096, 40 bytes")
        << QByteArray("passwordPASSWORDpassword") << QByteArray("saltSALTsaltSALTsaltSALTsaltSALTsalt")
        << 4096 << 40
        << QByteArray("348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9");
    // An embedded NUL in both inputs.
    QTest::newRow("NUL bytes") << QByteArray("pass\0word", 9) << QByteArray("sa\0lt", 5) << 4096 << 16
                               << QByteArray("89b69d0516f829893c696226650a8687");
    // RFC 7914 §11: P="passwd", S="salt", c=1, dkLen=64.
    QTest::newRow("RFC 7914 c=1, 64 bytes")
        << QByteArray("passwd") << QByteArray("salt") << 1 << 64
        << QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                      "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
}

void TestPinHash::pbkdf2Vectors()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(int, iterations);
    QFETCH(int, keyLength);
    QFETCH(QByteArray, expectedHex);
    QCOMPARE(PinHash::pbkdf2Sha256(password, salt, iterations, keyLength).toHex(), expectedHex);
}

void TestPinHash::roundTrip()
{
    const QString encoded = PinHash::hash(QStringLiteral("2580"), 1000);
    QVERIFY(PinHash::verify(QStringLiteral("2580"), encoded));
    const QString longer = PinHash::hash(QStringLiteral("12345678"), 1000);
    QVERIFY(PinHash::verify(QStringLiteral("12345678"), longer));
    QVERIFY(!encoded.contains(QStringLiteral("2580")));
}

void TestPinHash::wrongPinIsRefused_data()
{
    QTest::addColumn<QString>("candidate");
    QTest::newRow("one digit off") << QStringLiteral("2581");
    QTest::newRow("prefix") << QStringLiteral("258");
    QTest::newRow("longer") << QStringLiteral("25800");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral(" 2580");
}

void TestPinHash::wrongPinIsRefused()
{
    QFETCH(QString, candidate);
    const QString encoded = PinHash::hash(QStringLiteral("2580"), 1000);
    QVERIFY(!PinHash::verify(candidate, encoded));
}

void TestPinHash::encodedFormat()
{
    const QByteArray salt = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
    const QString encoded = PinHash::hashWithSalt(QStringLiteral("password"), salt, 1);
    const QStringList parts = encoded.split(QLatin1Char('$'));
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts.at(0), QStringLiteral("pbkdf2-sha256"));
    QCOMPARE(parts.at(1), QStringLiteral("1"));
    QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()), salt);
    QCOMPARE(QByteArray::fromBase64(parts.at(3).toLatin1()),
             PinHash::pbkdf2Sha256("password", salt, 1, PinHash::KeyBytes));
    QVERIFY(PinHash::isWellFormed(encoded));

    const QString fresh = PinHash::hash(QStringLiteral("1234"), 777);
    const QStringList freshParts = fresh.split(QLatin1Char('$'));
    QCOMPARE(freshParts.size(), 4);
    QCOMPARE(freshParts.at(1), QStringLiteral("777"));
    QCOMPARE(QByteArray::fromBase64(freshParts.at(2).toLatin1()).size(), PinHash::SaltBytes);
    QCOMPARE(QByteArray::fromBase64(freshParts.at(3).toLatin1()).size(), PinHash::KeyBytes);
    QCOMPARE(PinHash::hash(QStringLiteral("1234")).split(QLatin1Char('$')).at(1),
             QString::number(PinHash::DefaultIterations));
}

void TestPinHash::saltsDiffer()
{
    QSet<QString> salts;
    QSet<QString> hashes;
    for (int i = 0; i < 8; ++i) {
        const QString encoded = PinHash::hash(QStringLiteral("0000"), 10);
        salts.insert(encoded.split(QLatin1Char('$')).at(2));
        hashes.insert(encoded);
        QVERIFY(PinHash::verify(QStringLiteral("0000"), encoded));
    }
    QCOMPARE(salts.size(), 8);
    QCOMPARE(hashes.size(), 8);
}

void TestPinHash::malformedEncodingsAreRefused_data()
{
    const QString good = PinHash::hashWithSalt(QStringLiteral("2580"), QByteArray(16, 'x'), 10);
    const QStringList parts = good.split(QLatin1Char('$'));
    QTest::addColumn<QString>("encoded");
    QTest::newRow("empty") << QString();
    QTest::newRow("other scheme") << QStringLiteral("bcrypt$") + parts.mid(1).join(QLatin1Char('$'));
    QTest::newRow("zero iterations") << QStringList {parts[0], QStringLiteral("0"), parts[2], parts[3]}.join(
        QLatin1Char('$'));
    QTest::newRow("huge iterations")
        << QStringList {parts[0], QStringLiteral("999999999999"), parts[2], parts[3]}.join(QLatin1Char('$'));
    QTest::newRow("bad base64") << QStringList {parts[0], parts[1], QStringLiteral("!!!"), parts[3]}.join(
        QLatin1Char('$'));
    QTest::newRow("short key") << QStringList {parts[0], parts[1], parts[2], QStringLiteral("AAAA")}.join(
        QLatin1Char('$'));
    QTest::newRow("extra part") << good + QStringLiteral("$x");
}

void TestPinHash::malformedEncodingsAreRefused()
{
    QFETCH(QString, encoded);
    QVERIFY(!PinHash::isWellFormed(encoded));
    QVERIFY(!PinHash::verify(QStringLiteral("2580"), encoded));
}

void TestPinHash::constantTimeEquals()
{
    QVERIFY(PinHash::constantTimeEquals("abc", "abc"));
    QVERIFY(PinHash::constantTimeEquals({}, {}));
    QVERIFY(!PinHash::constantTimeEquals("abc", "abd"));
    QVERIFY(!PinHash::constantTimeEquals("abc", "ab"));
    QVERIFY(!PinHash::constantTimeEquals(QByteArray("\x80", 1), QByteArray("\x00", 1)));
}

// Prints the time of one verification at the default cost (PinHash::DefaultIterations is tuned
// on a Release build so that it takes about 50–100 ms); only checks that it completes.
void TestPinHash::defaultCostIsMeasured()
{
    const QString encoded = PinHash::hash(QStringLiteral("2580"));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(PinHash::verify(QStringLiteral("2580"), encoded));
    qInfo("one verification at %d iterations: %lld ms", PinHash::DefaultIterations,
          static_cast<long long>(timer.elapsed()));
}

QTEST_GUILESS_MAIN(TestPinHash)
#include "tst_pinhash.moc"
