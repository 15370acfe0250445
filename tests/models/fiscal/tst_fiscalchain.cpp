// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FiscalChain and the canonical serialisations: every ticket and closure is linked, in its own
// transaction, to the one before by SHA-256 and signed; the hashes can be recomputed from the
// stored rows; a failed signature stores nothing of the sale.
#include "journalfixture.h"
#include "models/fiscal/ed25519.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace comptoir;
using namespace comptoir::fiscaltest;

namespace {

struct Row
{
    qint64 seq = 0;
    QString type;
    qint64 recordId = 0;
    QString previousHash;
    QString hash;
    QString signature;
    QString storedAt;
};

QList<Row> chainRows(const Database &db)
{
    QList<Row> rows;
    auto q = db.query(QStringLiteral("SELECT seq, record_type, record_id, previous_hash, hash, signature, "
                                     "stored_at FROM fiscal_chain ORDER BY seq"));
    while (q && q.value().next()) {
        const QSqlQuery &r = q.value();
        rows.append(Row {r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toLongLong(),
                         r.value(3).toString(), r.value(4).toString(), r.value(5).toString(),
                         r.value(6).toString()});
    }
    return rows;
}

} // namespace

class TestFiscalChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalJson_data();
    void canonicalJson();
    void canonicalTicketIsTheStoredRows();
    void everyRecordIsLinked();
    void hashesAreRecomputableAndSigned();
    void linkAndLast();
    void failedSignatureStoresNothing();
    void failedSignatureStoresNoClosure();
    void appendOutsideATransaction();
};

void TestFiscalChain::canonicalJson_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QByteArray>("expected");

    QJsonObject sorted;
    sorted.insert(QStringLiteral("b"), 1);
    sorted.insert(QStringLiteral("a"), QStringLiteral("x"));
    sorted.insert(QStringLiteral("B"), QJsonValue::Null);
    QTest::newRow("keys sorted, compact") << QJsonValue(sorted) << QByteArray(R"({"B":null,"a":"x","b":1})");
    QTest::newRow("big integer exact")
        << QJsonValue(qint64(9007199254740993)) << QByteArray("9007199254740993");
    QTest::newRow("negative") << QJsonValue(qint64(-1290)) << QByteArray("-1290");
    QTest::newRow("float refused") << QJsonValue(0.5) << QByteArray("null");
    QTest::newRow("escapes") << QJsonValue(QStringLiteral("a\"b\\c\nd\te\x01"))
                             << QByteArray(R"("a\"b\\c\nd\te\u0001")");
    QTest::newRow("UTF-8 as is") << QJsonValue(QStringLiteral("Thé € /"))
                                 << QByteArray("\"Th\xc3\xa9 \xe2\x82\xac /\"");
    QJsonArray nested {QJsonObject {{QStringLiteral("z"), 2}, {QStringLiteral("y"), true}}, QJsonArray {}};
    QTest::newRow("nested") << QJsonValue(nested) << QByteArray(R"([{"y":true,"z":2},[]])");
}

void TestFiscalChain::canonicalJson()
{
    QFETCH(QJsonValue, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(comptoir::canonicalJson(value), expected);
}

void TestFiscalChain::canonicalTicketIsTheStoredRows()
{
    ClosingShop s;
    QVERIFY(buildJournal(s));
    const Database &db = s.shop.db();
    auto bytes = canonicalTicket(db, 3); // the refund of ticket 1's mug
    QVERIFY(bytes.ok());
    const QByteArray canonical = bytes.value();
    QVERIFY(!canonical.contains("\": ") && !canonical.contains(", \"") && !canonical.contains('\n'));
    QVERIFY(canonical.startsWith(R"({"business_day":"2026-11-26","change_cents":0,"closed_at":)"));
    const QJsonObject json = QJsonDocument::fromJson(canonical).object();
    QCOMPARE(comptoir::canonicalJson(json), canonical); // already canonical
    QCOMPARE(json.value(QStringLiteral("record")).toString(), QStringLiteral("ticket"));
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("refund"));
    QCOMPARE(json.value(QStringLiteral("number")).toInteger(), 3);
    QCOMPARE(json.value(QStringLiteral("original_number")).toInteger(), 1);
    QCOMPARE(json.value(QStringLiteral("total_cents")).toInteger(),
             scalar(db, QStringLiteral("SELECT total_cents FROM tickets WHERE id = 3")).toLongLong());
    QCOMPARE(json.value(QStringLiteral("closed_at")).toString(), QStringLiteral("2026-11-26T11:00:00.000Z"));
    const QJsonArray lines = json.value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0)[QStringLiteral("quantity")].toInteger(), -1);
    QCOMPARE(lines.at(0)[QStringLiteral("unit_price_cents")].toInteger(), 1290);
    QCOMPARE(lines.at(0)[QStringLiteral("original_line_position")].toInteger(), 2);
    QCOMPARE(lines.at(0)[QStringLiteral("variant_id")].toInteger(), s.mug);
    QCOMPARE(json.value(QStringLiteral("payments")).toArray().at(0)[QStringLiteral("method")].toString(),
             QStringLiteral("cash"));
    QCOMPARE(json.value(QStringLiteral("vat")).toArray().at(0)[QStringLiteral("vat_rate_bp")].toInteger(),
             2000);
    // A sale: no original; its free-price line has no variant.
    const QJsonObject sale = QJsonDocument::fromJson(canonicalTicket(db, 1).value()).object();
    QVERIFY(sale.value(QStringLiteral("original_number")).isNull());
    QVERIFY(sale.value(QStringLiteral("lines")).toArray().at(2)[QStringLiteral("variant_id")].isNull());
    QCOMPARE(canonicalTicket(db, 99).error().code, ErrorCode::NotFound);
    // The closure and the event carry their stored values too.
    const QJsonObject closure = QJsonDocument::fromJson(canonicalClosure(db, 1).value()).object();
    QCOMPARE(closure.value(QStringLiteral("business_day")).toString(), day(26));
    QCOMPARE(
        closure.value(QStringLiteral("total_cents")).toInteger(),
        scalar(db, QStringLiteral("SELECT sum(total_cents) FROM tickets WHERE business_day = ?"), {day(26)})
            .toLongLong());
    QVERIFY(!closure.value(QStringLiteral("payments")).toArray().isEmpty());
    const QJsonObject event = QJsonDocument::fromJson(canonicalEvent(db, 1).value()).object();
    QCOMPARE(event.value(QStringLiteral("kind")).toString(), QStringLiteral("day_closed"));
    QCOMPARE(event.value(QStringLiteral("detail")).toString(),
             QStringLiteral("{\"business_day\":\"2026-11-26\",\"closure_number\":1,\"total_cents\":%1}")
                 .arg(closure.value(QStringLiteral("total_cents")).toInteger()));
}

void TestFiscalChain::everyRecordIsLinked()
{
    ClosingShop s;
    QVERIFY(buildJournal(s));
    const QList<Row> rows = chainRows(s.shop.db());
    QStringList order;
    for (const Row &row : rows)
        order << row.type + QLatin1Char(' ') + QString::number(row.recordId);
    QCOMPARE(
        order,
        QStringList({QStringLiteral("ticket 1"), QStringLiteral("ticket 2"), QStringLiteral("ticket 3"),
                     QStringLiteral("closure 1"), QStringLiteral("event 1"), QStringLiteral("ticket 4"),
                     QStringLiteral("ticket 5"), QStringLiteral("closure 2"), QStringLiteral("event 2")}));
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).seq, i + 1);
    QCOMPARE(rows.at(0).storedAt, QStringLiteral("2026-11-26T09:00:00.000Z"));
    QCOMPARE(rows.at(7).storedAt, QStringLiteral("2026-11-27T18:00:00.000Z"));
    for (const Row &row : rows)
        QCOMPARE(scalar(s.shop.db(), QStringLiteral("SELECT register_id FROM fiscal_chain WHERE seq = ?"),
                        {row.seq})
                     .toString(),
                 s.shop.db().deviceId());
}

void TestFiscalChain::hashesAreRecomputableAndSigned()
{
    ClosingShop s;
    QVERIFY(buildJournal(s));
    const Database &db = s.shop.db();
    const QByteArray publicKey = testSigningKey().publicKey();
    QString previous(64, QLatin1Char('0'));
    for (const Row &row : chainRows(db)) {
        QCOMPARE(row.previousHash, previous);
        const FiscalRecordType type = row.type == QLatin1String("ticket")
            ? FiscalRecordType::Ticket
            : (row.type == QLatin1String("closure") ? FiscalRecordType::Closure : FiscalRecordType::Event);
        auto canonical = canonicalRecord(db, type, row.recordId);
        QVERIFY(canonical.ok());
        const QByteArray hashed = QByteArray::fromHex(row.previousHash.toLatin1()) + canonical.value();
        const QByteArray hash = QCryptographicHash::hash(hashed, QCryptographicHash::Sha256);
        QCOMPARE(row.hash, QString::fromLatin1(hash.toHex()));
        const QByteArray signature = QByteArray::fromBase64(row.signature.toLatin1());
        QCOMPARE(signature.size(), 64);
        QVERIFY(Ed25519Key::verify(publicKey, hash, signature));
        QVERIFY(!Ed25519Key::verify(publicKey, FiscalChain::sha256(canonical.value()), signature));
        previous = row.hash;
    }
}

void TestFiscalChain::linkAndLast()
{
    ClosingShop s;
    QVERIFY(s.setUpClosing());
    auto empty = s.shop.chain.last();
    QVERIFY(empty.ok());
    QVERIFY(!empty.value().has_value());
    auto sale = s.journal.commitSale(s.threeLines());
    QVERIFY(sale.ok());
    auto link = s.shop.chain.link(FiscalRecordType::Ticket, sale->id);
    QVERIFY(link.ok());
    QCOMPARE(link->seq, 1);
    QCOMPARE(link->previousHash, QByteArray(32, '\0'));
    QCOMPARE(link->hash.size(), 32);
    QCOMPARE(link->storedAt, s.shop.clock.now());
    QVERIFY(Ed25519Key::verify(s.shop.signer.publicKey(), link->hash, link->signature));
    QCOMPARE(FiscalChain::excerpt(link->signature), QString::fromLatin1(link->signature.toBase64().left(8)));
    QCOMPARE(FiscalChain::excerpt(link->signature).size(), 8);

    auto second = s.journal.commitSale(s.threeLines());
    QVERIFY(second.ok());
    auto last = s.shop.chain.last();
    QVERIFY(last.ok() && last.value().has_value());
    QCOMPARE(last.value()->seq, 2);
    QCOMPARE(last.value()->recordId, second->id);
    QCOMPARE(last.value()->previousHash, link->hash);
    QCOMPARE(s.shop.chain.link(FiscalRecordType::Closure, 1).error().code, ErrorCode::NotFound);
}

void TestFiscalChain::failedSignatureStoresNothing()
{
    ClosingShop s;
    QVERIFY(s.setUpClosing());
    FailingSigner failing;
    FiscalChain brokenChain(s.shop.db(), failing, s.shop.clock);
    SaleJournal journal(s.shop.db(), s.shop.clock, s.shop.uuids, s.shop.ledger, brokenChain);
    const QStringList before = snapshot(s.shop.db());

    auto sale = journal.commitSale(s.threeLines());
    QVERIFY(!sale.ok());
    QCOMPARE(sale.error().code, ErrorCode::CryptoFailed);
    QCOMPARE(snapshot(s.shop.db()), before); // no ticket, line, payment, VAT, movement, outbox row
    QCOMPARE(count(s.shop.db(), QStringLiteral("fiscal_chain")), 0);
    QCOMPARE(s.shop.db().transactionDepth(), 0);

    // A refund fails the same way; the next good sale still gets number 1.
    auto good = s.journal.commitSale(s.threeLines());
    QVERIFY(good.ok());
    QCOMPARE(good->number, 1);
    const QStringList afterSale = snapshot(s.shop.db());
    RefundDraft refund;
    refund.originalTicketId = good->id;
    refund.operatorId = s.operatorId;
    refund.lines = {RefundLine {good->lines.at(0).id, 1}};
    refund.payments = {pay(PaymentMethod::Cash, 0)};
    QCOMPARE(journal.commitRefund(refund).error().code, ErrorCode::CryptoFailed);
    QCOMPARE(snapshot(s.shop.db()), afterSale);
    QCOMPARE(count(s.shop.db(), QStringLiteral("fiscal_chain")), 1);
}

void TestFiscalChain::failedSignatureStoresNoClosure()
{
    ClosingShop s;
    QVERIFY(s.setUpClosing());
    QVERIFY(s.journal.commitSale(s.threeLines()).ok());
    FailingSigner failing;
    FiscalChain brokenChain(s.shop.db(), failing, s.shop.clock);
    DayClosing closing(s.shop.db(), s.shop.clock, s.shop.uuids, brokenChain);
    const QStringList before = s.closureCounts();
    auto closed = closing.close(day(27), s.operatorId, 0, 0);
    QVERIFY(!closed.ok());
    QCOMPARE(closed.error().code, ErrorCode::CryptoFailed);
    QCOMPARE(s.closureCounts(), before);
    QCOMPARE(count(s.shop.db(), QStringLiteral("fiscal_chain")), 1);
    // With the register's key it closes, linked after the sale.
    auto good = s.closing->close(day(27), s.operatorId, 0, 0);
    QVERIFY(good.ok());
    auto link = s.shop.chain.link(FiscalRecordType::Closure, good->id);
    QVERIFY(link.ok());
    QCOMPARE(link->seq, 2);
}

void TestFiscalChain::appendOutsideATransaction()
{
    // Alone, append() holds a transaction of its own: the link is stored all the same.
    ClosingShop s;
    QVERIFY(s.setUpClosing());
    auto link = s.shop.chain.append(FiscalRecordType::Event, 42, QByteArray("{}"));
    QVERIFY(link.ok());
    QCOMPARE(s.shop.db().transactionDepth(), 0);
    QCOMPARE(
        scalar(s.shop.db(), QStringLiteral("SELECT record_id FROM fiscal_chain WHERE seq = 1")).toLongLong(),
        42);
    QCOMPARE(link->hash, FiscalChain::sha256(QByteArray(32, '\0') + QByteArray("{}")));
}

COMPTOIR_CLOSING_TEST_MAIN(TestFiscalChain)
#include "tst_fiscalchain.moc"
