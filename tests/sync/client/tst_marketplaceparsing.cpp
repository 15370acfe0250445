// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The marketplace's good answers parsed exactly, its error statuses mapped, and what is retried.
#include "responsebodies.h"
#include "sync/client/marketplacechanges.h"
#include "sync/client/marketplaceresponses.h"

#include <QTest>

using namespace comptoir;
namespace b = comptoir::bodies;

class TestMarketplaceParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changesAreParsedExactly();
    void pushIsParsedExactly();
    void enrollIsParsedExactly();
    void snapshotIsParsedExactly();
    void statusesAreMapped_data();
    void statusesAreMapped();
    void transientClassification();
};

void TestMarketplaceParsing::changesAreParsedExactly()
{
    const auto page = parseChangesPage(b::json(b::changes()), b::ShopId.toUpper(), b::changesQuery());
    QVERIFY(page.ok());
    QCOMPARE(page->shopId, b::ShopId);
    QCOMPARE(page->epoch, qint64(3));
    QCOMPARE(page->nextCursor, qint64(107));
    QVERIFY(page->hasMore);
    QCOMPARE(page->lastAppliedSeq, qint64(8));
    QCOMPARE(page->changes.size(), 5);

    const Change &product = page->changes.at(0);
    QCOMPARE(product.cursor, qint64(101));
    QCOMPARE(product.kind, ChangeKind::Product);
    const auto &p = std::get<ProductState>(product.data);
    QCOMPARE(p.productId, b::ProductId);
    QCOMPARE(p.version, qint64(4));
    QVERIFY(!p.archived);
    QCOMPARE(p.fields.value(QStringLiteral("vat_rate_bp")).toInteger(), qint64(550));
    QCOMPARE(p.fields.value(QStringLiteral("name")).toString(), QStringLiteral("Confiture de coings"));
    QVERIFY(!p.fields.contains(QStringLiteral("variants")));
    QVERIFY(!p.fields.contains(QStringLiteral("version")));
    QCOMPARE(p.variants.size(), 1);
    QCOMPARE(p.variants.at(0).variantId, b::VariantId);
    QVERIFY(!p.variants.at(0).archived);
    QCOMPARE(p.variants.at(0).fields.value(QStringLiteral("price_cents")).toInteger(), qint64(1250));
    QCOMPARE(p.variants.at(0).fields.value(QStringLiteral("reference")).toString(),
             QStringLiteral("CONF-250"));

    const auto &s = std::get<StockState>(page->changes.at(1).data);
    QCOMPARE(s.variantId, b::VariantId);
    QCOMPARE(s.productId, b::ProductId);
    QCOMPARE(s.onHand, qint64(5));
    QCOMPARE(s.reserved, qint64(2));
    QCOMPARE(s.safetyStock, qint64(1));
    QCOMPARE(s.available, qint64(2));

    const auto &o = std::get<OrderState>(page->changes.at(2).data);
    QCOMPARE(o.orderId, b::OrderId);
    QCOMPARE(o.number, qint64(118));
    QCOMPARE(o.status, OrderStatus::Placed);
    QVERIFY(o.reason.isEmpty());
    QCOMPARE(o.customer.value(QStringLiteral("name")).toString(), QStringLiteral("Camille D."));
    QCOMPARE(o.placedAt,
             QDateTime::fromString(QStringLiteral("2026-11-27T10:05:00.123Z"), Qt::ISODateWithMs));
    QCOMPARE(o.lines.size(), 1);
    QCOMPARE(o.lines.at(0).lineNo, qint64(1));
    QCOMPARE(o.lines.at(0).quantity, qint64(2));
    QCOMPARE(o.lines.at(0).unitPriceCents, qint64(1250));
    QCOMPARE(o.totalCents, qint64(2500));

    const auto &c = std::get<OversellCase>(page->changes.at(3).data);
    QCOMPARE(c.caseId, b::CaseId);
    QCOMPARE(c.variantId, b::VariantId);
    QCOMPARE(c.available, qint64(-1));
    QVERIFY(!c.resolved);
    QVERIFY(!c.resolvedAt.isValid());

    const auto &k = std::get<ConflictEntry>(page->changes.at(4).data);
    QCOMPARE(k.conflictId, b::ConflictId);
    QCOMPARE(k.productId, b::ProductId);
    QVERIFY(k.variantId.isEmpty());
    QCOMPARE(k.field, QStringLiteral("online_title"));
    QCOMPARE(k.kept.toString(), QStringLiteral("Confiture de coings"));
    QCOMPARE(k.lost.toString(), QStringLiteral("Confiture de coings bio"));
    QCOMPARE(k.lostOrigin, QStringLiteral("marketplace"));
    QCOMPARE(k.rule, QStringLiteral("shop_owned_last_write_wins"));
    QCOMPARE(k.baseVersion, qint64(2));
    QCOMPARE(k.version, qint64(5));
    QCOMPARE(k.mutationId, b::MutationB);
}

void TestMarketplaceParsing::pushIsParsedExactly()
{
    const auto result = parsePushResult(b::json(b::push()), b::batch());
    QVERIFY(result.ok());
    QCOMPARE(result->deviceId, b::DeviceId);
    QCOMPARE(result->lastAppliedSeq, qint64(9));
    QCOMPARE(result->serverCursor, qint64(120));
    QCOMPARE(result->results.size(), 3);
    const MutationResult &duplicate = result->results.at(0);
    QCOMPARE(duplicate.status, MutationStatus::Duplicate);
    QCOMPARE(duplicate.originalStatus, std::optional<MutationStatus>(MutationStatus::Applied));
    QVERIFY(!duplicate.rejected());
    const MutationResult &applied = result->results.at(1);
    QCOMPARE(applied.status, MutationStatus::Applied);
    QCOMPARE(applied.version, std::optional<qint64>(5));
    QCOMPARE(applied.conflicts.size(), 1);
    QCOMPARE(applied.conflicts.at(0).lost.toString(), QStringLiteral("Confiture de coings bio"));
    const MutationResult &rejected = result->results.at(2);
    QVERIFY(rejected.rejected());
    QCOMPARE(rejected.code, QStringLiteral("illegal_transition"));
    QCOMPARE(rejected.message, QStringLiteral("Order 118 is collected; it cannot become ready."));

    // A duplicate of a rejection is still a rejection (its first answer was lost), with its code.
    QJsonObject body
        = b::withValue(b::push(), QStringLiteral("results[0].original_status"), QStringLiteral("rejected"));
    QVERIFY(!parsePushResult(b::json(body), b::batch()).ok());
    body = b::withValue(body, QStringLiteral("results[0].code"), QStringLiteral("variant_unknown"));
    const auto again = parsePushResult(b::json(body), b::batch());
    QVERIFY(again.ok());
    QVERIFY(again->results.at(0).rejected());
    QCOMPARE(again->results.at(0).code, QStringLiteral("variant_unknown"));
}

void TestMarketplaceParsing::enrollIsParsedExactly()
{
    const auto result = parseEnrollResult(b::json(b::enroll()), b::DeviceId);
    QVERIFY(result.ok());
    QCOMPARE(result->shopId, b::ShopId);
    QCOMPARE(result->shopName, QStringLiteral("Au Bon Pain"));
    QCOMPARE(result->token, b::Token);
    QCOMPARE(result->epoch, qint64(3));
    // A till enrolled with one shop refuses a token for another.
    const auto other = parseEnrollResult(b::json(b::enroll()), b::DeviceId, b::OtherShopId);
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, ErrorCode::MarketplaceWrongShop);
}

void TestMarketplaceParsing::snapshotIsParsedExactly()
{
    const auto page = parseSnapshotPage(b::json(b::snapshot()), b::ShopId, SnapshotQuery {});
    QVERIFY(page.ok());
    QCOMPARE(page->epoch, qint64(3));
    QCOMPARE(page->cursor, qint64(640));
    QCOMPARE(page->lastAppliedSeq, qint64(8));
    QCOMPARE(page->nextPage, QStringLiteral("p2"));
    QVERIFY(page->hasMore);
    QCOMPARE(page->items.size(), 2);
    QCOMPARE(page->items.at(0).kind, ChangeKind::Product);
    QCOMPARE(page->items.at(1).kind, ChangeKind::Stock);
    QCOMPARE(page->items.at(1).cursor, qint64(651)); // newer than the snapshot: allowed
    QCOMPARE(std::get<StockState>(page->items.at(1).data).onHand, qint64(5));
}

void TestMarketplaceParsing::statusesAreMapped_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<bool>("transient");

    QTest::newRow("401") << 401 << b::json(b::error(QStringLiteral("unauthorized")))
                         << int(ErrorCode::MarketplaceUnauthorized) << QString() << false;
    QTest::newRow("401 without body")
        << 401 << QByteArray() << int(ErrorCode::MarketplaceUnauthorized) << QString() << false;
    QTest::newRow("409 seq_gap") << 409
                                 << b::json(b::error(QStringLiteral("seq_gap"),
                                                     {{QStringLiteral("expected_seq"), 42}}))
                                 << int(ErrorCode::MarketplaceSeqGap) << QStringLiteral("42") << false;
    QTest::newRow("409 seq_gap without expected_seq")
        << 409 << b::json(b::error(QStringLiteral("seq_gap"))) << int(ErrorCode::MarketplaceResponseInvalid)
        << QStringLiteral("error.details.expected_seq") << true; // an answer that cannot be read is retried
    QTest::newRow("409 seq_gap with a string")
        << 409
        << b::json(
               b::error(QStringLiteral("seq_gap"), {{QStringLiteral("expected_seq"), QStringLiteral("42")}}))
        << int(ErrorCode::MarketplaceResponseInvalid) << QStringLiteral("error.details.expected_seq")
        << true; // an answer that cannot be read is retried
    QTest::newRow("409 seq_conflict")
        << 409 << b::json(b::error(QStringLiteral("seq_conflict"))) << int(ErrorCode::MarketplaceRefused)
        << QStringLiteral("seq_conflict") << false;
    QTest::newRow("410 epoch_changed")
        << 410 << b::json(b::error(QStringLiteral("epoch_changed"), {{QStringLiteral("epoch"), 5}}))
        << int(ErrorCode::MarketplaceEpochChanged) << QStringLiteral("5") << false;
    QTest::newRow("410 cursor_ahead")
        << 410
        << b::json(b::error(QStringLiteral("cursor_ahead"),
                            {{QStringLiteral("epoch"), 5}, {QStringLiteral("head"), 90}}))
        << int(ErrorCode::MarketplaceEpochChanged) << QStringLiteral("5") << false;
    QTest::newRow("403 shop_mismatch")
        << 403 << b::json(b::error(QStringLiteral("shop_mismatch"))) << int(ErrorCode::MarketplaceRefused)
        << QStringLiteral("shop_mismatch") << false;
    QTest::newRow("413") << 413 << QByteArray() << int(ErrorCode::MarketplaceRequestTooLarge) << QString()
                         << false;
    QTest::newRow("404 code unknown") << 404 << b::json(b::error(QStringLiteral("enrollment_code_unknown")))
                                      << int(ErrorCode::EnrollmentCodeUnknown) << QString() << false;
    QTest::newRow("409 code used") << 409 << b::json(b::error(QStringLiteral("enrollment_code_used")))
                                   << int(ErrorCode::EnrollmentCodeUsed) << QString() << false;
    QTest::newRow("410 code expired") << 410 << b::json(b::error(QStringLiteral("enrollment_code_expired")))
                                      << int(ErrorCode::EnrollmentCodeExpired) << QString() << false;
    QTest::newRow("400 invalid_field")
        << 400 << b::json(b::error(QStringLiteral("invalid_field"))) << int(ErrorCode::MarketplaceRefused)
        << QStringLiteral("invalid_field") << false;
    QTest::newRow("418 without body")
        << 418 << QByteArray() << int(ErrorCode::MarketplaceRefused) << QStringLiteral("http 418") << false;
    QTest::newRow("302") << 302 << QByteArray() << int(ErrorCode::MarketplaceRefused)
                         << QStringLiteral("http 302") << false;
    QTest::newRow("429") << 429 << QByteArray() << int(ErrorCode::MarketplaceUnavailable)
                         << QStringLiteral("429") << true;
    QTest::newRow("500") << 500 << QByteArray("oops") << int(ErrorCode::MarketplaceUnavailable)
                         << QStringLiteral("500") << true;
    QTest::newRow("503") << 503 << b::json(b::error(QStringLiteral("unavailable")))
                         << int(ErrorCode::MarketplaceUnavailable) << QStringLiteral("503") << true;
}

void TestMarketplaceParsing::statusesAreMapped()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    QFETCH(QString, subject);
    QFETCH(bool, transient);
    const Error error = errorForStatus(parseServerError(status, body));
    QCOMPARE(int(error.code), code);
    QCOMPARE(error.subject, subject);
    QCOMPARE(isTransient(error), transient);
    if (error.code == ErrorCode::MarketplaceSeqGap)
        QCOMPARE(expectedSeq(error), std::optional<qint64>(42));
    if (error.code == ErrorCode::MarketplaceEpochChanged)
        QCOMPARE(serverEpoch(error), std::optional<qint64>(5));
}

void TestMarketplaceParsing::transientClassification()
{
    for (const ErrorCode code : {ErrorCode::MarketplaceUnreachable, ErrorCode::MarketplaceUnavailable,
                                 ErrorCode::MarketplaceResponseInvalid,
                                 ErrorCode::MarketplaceResponseTooLarge, ErrorCode::MarketplaceStalled})
        QVERIFY(isTransient(makeError(code)));
    for (const ErrorCode code :
         {ErrorCode::MarketplaceUnauthorized, ErrorCode::MarketplaceTlsFailed,
          ErrorCode::MarketplaceWrongShop, ErrorCode::MarketplaceRefused, ErrorCode::MarketplaceSeqGap,
          ErrorCode::MarketplaceEpochChanged, ErrorCode::MarketplaceRequestTooLarge,
          ErrorCode::MarketplaceInsecure, ErrorCode::NotEnrolled, ErrorCode::EnrollmentCodeUsed,
          ErrorCode::KeychainUnavailable, ErrorCode::MarketplaceBusy})
        QVERIFY(!isTransient(makeError(code)));
    QCOMPARE(expectedSeq(makeError(ErrorCode::MarketplaceRefused, QStringLiteral("42"))), std::nullopt);
    // Retry-After travels with a 429/503.
    ServerError busy = parseServerError(503, QByteArray());
    busy.retryAfterSeconds = 20;
    QCOMPARE(retryAfterMs(errorForStatus(busy)), std::optional<qint64>(20000));
    QCOMPARE(retryAfterMs(errorForStatus(parseServerError(503, QByteArray()))), std::nullopt);
    QCOMPARE(retryAfterMs(makeError(ErrorCode::MarketplaceRefused, {}, QStringLiteral("retry-after=5;"))),
             std::nullopt);
}

QTEST_GUILESS_MAIN(TestMarketplaceParsing)
#include "tst_marketplaceparsing.moc"
