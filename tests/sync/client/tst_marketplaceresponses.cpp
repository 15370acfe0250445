// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsebodies.h"
#include "sync/client/marketplacechanges.h"
#include "sync/client/marketplaceresponses.h"

#include <QTest>

using namespace comptoir;
namespace b = comptoir::bodies;

namespace {

const QJsonValue Removed = QJsonValue(QJsonValue::Undefined);

// Parses body as the answer of the given endpoint; the error, or None.
Error parseAs(const QString &endpoint, const QByteArray &body)
{
    if (endpoint == QLatin1String("enroll")) {
        const auto r = parseEnrollResult(body, b::DeviceId);
        return r.ok() ? Error {} : r.error();
    }
    if (endpoint == QLatin1String("push")) {
        const auto r = parsePushResult(body, b::batch());
        return r.ok() ? Error {} : r.error();
    }
    if (endpoint == QLatin1String("snapshot")) {
        const auto r = parseSnapshotPage(body, b::ShopId, SnapshotQuery {});
        return r.ok() ? Error {} : r.error();
    }
    const auto r = parseChangesPage(body, b::ShopId, b::changesQuery());
    return r.ok() ? Error {} : r.error();
}

QJsonObject good(const QString &endpoint)
{
    if (endpoint == QLatin1String("enroll"))
        return b::enroll();
    if (endpoint == QLatin1String("push"))
        return b::push();
    if (endpoint == QLatin1String("snapshot"))
        return b::snapshot();
    return b::changes();
}

} // namespace

class TestMarketplaceResponses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodBodiesAreAccepted_data();
    void goodBodiesAreAccepted();
    void badBodiesAreRefusedWhole_data();
    void badBodiesAreRefusedWhole();
    void emptyPageAtTheHead();
    void snapshotContinuationStaysOnItsCursor();
};

void TestMarketplaceResponses::goodBodiesAreAccepted_data()
{
    QTest::addColumn<QString>("endpoint");
    for (const char *e : {"enroll", "push", "changes", "snapshot"})
        QTest::newRow(e) << QString::fromLatin1(e);
}

void TestMarketplaceResponses::goodBodiesAreAccepted()
{
    QFETCH(QString, endpoint);
    const Error error = parseAs(endpoint, b::json(good(endpoint)));
    QVERIFY2(error.code == ErrorCode::None, qPrintable(error.subject + QStringLiteral(": ") + error.detail));
}

void TestMarketplaceResponses::badBodiesAreRefusedWhole_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("subject");

    const int invalid = int(ErrorCode::MarketplaceResponseInvalid);
    auto spoil = [&](const char *name, const QString &endpoint, const QString &path, const QJsonValue &value,
                     const QString &subject, int code) {
        QTest::newRow(name) << endpoint << b::json(b::withValue(good(endpoint), path, value)) << code
                            << subject;
    };
    auto raw
        = [&](const char *name, const QString &endpoint, const QByteArray &body, const QString &subject) {
              QTest::newRow(name) << endpoint << body << invalid << subject;
          };
    auto replaced = [&](const char *name, const QString &endpoint, const char *from, const char *to,
                        const QString &subject) {
        QByteArray body = b::json(good(endpoint));
        QVERIFY2(body.contains(from), from);
        body.replace(from, to);
        raw(name, endpoint, body, subject);
    };
    const QString changes = QStringLiteral("changes");
    const QString push = QStringLiteral("push");
    const QString enroll = QStringLiteral("enroll");
    const QString snapshot = QStringLiteral("snapshot");
    const QByteArray full = b::json(b::changes());

    // Not JSON at all, truncated, not an object.
    raw("empty body", changes, QByteArray(), QStringLiteral("body"));
    raw("html error page", changes, "<html><body>Bad gateway</body></html>", QStringLiteral("body"));
    raw("truncated half", changes, full.left(full.size() / 2), QStringLiteral("body"));
    raw("truncated last byte", changes, full.left(full.size() - 1), QStringLiteral("body"));
    raw("array", changes, "[1,2,3]", QStringLiteral("body"));
    raw("trailing garbage", changes, full + "}", QStringLiteral("body"));

    // Missing and mistyped top-level fields.
    spoil("no shop_id", changes, QStringLiteral("shop_id"), Removed, QStringLiteral("shop_id"), invalid);
    spoil("shop_id not a uuid", changes, QStringLiteral("shop_id"), QStringLiteral("shop-1"),
          QStringLiteral("shop_id"), invalid);
    spoil("epoch as string", changes, QStringLiteral("epoch"), QStringLiteral("3"), QStringLiteral("epoch"),
          invalid);
    spoil("next_cursor missing", changes, QStringLiteral("next_cursor"), Removed,
          QStringLiteral("next_cursor"), invalid);
    spoil("next_cursor as string", changes, QStringLiteral("next_cursor"), QStringLiteral("107"),
          QStringLiteral("next_cursor"), invalid);
    spoil("next_cursor negative", changes, QStringLiteral("next_cursor"), -1, QStringLiteral("next_cursor"),
          invalid);
    spoil("has_more as int", changes, QStringLiteral("has_more"), 1, QStringLiteral("has_more"), invalid);
    spoil("has_more null", changes, QStringLiteral("has_more"), QJsonValue(), QStringLiteral("has_more"),
          invalid);
    spoil("changes an object", changes, QStringLiteral("changes"), QJsonObject(), QStringLiteral("changes"),
          invalid);
    spoil("last_applied_seq missing", changes, QStringLiteral("last_applied_seq"), Removed,
          QStringLiteral("last_applied_seq"), invalid);
    spoil("last_applied_seq float", changes, QStringLiteral("last_applied_seq"), 8.5,
          QStringLiteral("last_applied_seq"), invalid);
    replaced("last_applied_seq written 8.25", changes, "\"last_applied_seq\":8", "\"last_applied_seq\":8.25",
             QStringLiteral("last_applied_seq"));
    replaced("last_applied_seq written 8e-1", changes, "\"last_applied_seq\":8", "\"last_applied_seq\":8e-1",
             QStringLiteral("last_applied_seq"));
    replaced("huge integer", changes, "\"next_cursor\":107", "\"next_cursor\":123456789012345678901234",
             QStringLiteral("next_cursor"));

    // Another shop; another epoch than asked.
    spoil("another shop", changes, QStringLiteral("shop_id"), b::OtherShopId, b::OtherShopId,
          int(ErrorCode::MarketplaceWrongShop));
    spoil("another epoch", changes, QStringLiteral("epoch"), 4, QStringLiteral("4"),
          int(ErrorCode::MarketplaceEpochChanged));

    // Cursors that go backwards or stand still.
    spoil("first cursor at since", changes, QStringLiteral("changes[0].cursor"), 100,
          QStringLiteral("changes[0].cursor"), invalid);
    spoil("first cursor before since", changes, QStringLiteral("changes[0].cursor"), 99,
          QStringLiteral("changes[0].cursor"), invalid);
    spoil("cursor going back", changes, QStringLiteral("changes[2].cursor"), 101,
          QStringLiteral("changes[2].cursor"), invalid);
    spoil("cursor repeated", changes, QStringLiteral("changes[1].cursor"), 101,
          QStringLiteral("changes[1].cursor"), invalid);
    spoil("next_cursor behind the page", changes, QStringLiteral("next_cursor"), 105,
          QStringLiteral("next_cursor"), invalid);
    spoil("cursor as string", changes, QStringLiteral("changes[1].cursor"), QStringLiteral("102"),
          QStringLiteral("changes[1].cursor"), invalid);

    // Change items.
    spoil("unknown kind", changes, QStringLiteral("changes[1].kind"), QStringLiteral("coupon"),
          QStringLiteral("changes[1].kind"), invalid);
    spoil("kind missing", changes, QStringLiteral("changes[1].kind"), Removed,
          QStringLiteral("changes[1].kind"), invalid);
    spoil("id not a uuid", changes, QStringLiteral("changes[3].id"), QStringLiteral("42"),
          QStringLiteral("changes[3].id"), invalid);
    spoil("data missing", changes, QStringLiteral("changes[0].data"), Removed,
          QStringLiteral("changes[0].data"), invalid);
    spoil("change not an object", changes, QStringLiteral("changes[2]"), 12, QStringLiteral("changes[2]"),
          invalid);
    spoil("stock on_hand as string", changes, QStringLiteral("changes[1].data.on_hand"), QStringLiteral("5"),
          QStringLiteral("changes[1].data.on_hand"), invalid);
    spoil("stock reserved negative", changes, QStringLiteral("changes[1].data.reserved"), -2,
          QStringLiteral("changes[1].data.reserved"), invalid);
    spoil("stock available inconsistent", changes, QStringLiteral("changes[1].data.available"), 3,
          QStringLiteral("changes[1].data.available"), invalid);
    spoil("stock about another variant", changes, QStringLiteral("changes[1].data.variant_id"), b::ProductId,
          QStringLiteral("changes[1].data.variant_id"), invalid);
    spoil("product version zero", changes, QStringLiteral("changes[0].data.version"), 0,
          QStringLiteral("changes[0].data.version"), invalid);
    spoil("product archived as string", changes, QStringLiteral("changes[0].data.archived"),
          QStringLiteral("false"), QStringLiteral("changes[0].data.archived"), invalid);
    spoil("product vat rate unknown", changes, QStringLiteral("changes[0].data.vat_rate_bp"), 1960,
          QStringLiteral("changes[0].data.vat_rate_bp"), invalid);
    spoil("product name as number", changes, QStringLiteral("changes[0].data.name"), 12,
          QStringLiteral("changes[0].data.name"), invalid);
    spoil("product photo not a hash", changes, QStringLiteral("changes[0].data.photos"),
          QJsonArray {QStringLiteral("photo.jpg")}, QStringLiteral("changes[0].data.photos[0]"), invalid);
    spoil("product id contradicted", changes, QStringLiteral("changes[0].data.product_id"), b::OrderId,
          QStringLiteral("changes[0].data.product_id"), invalid);
    spoil("variant price as float", changes, QStringLiteral("changes[0].data.variants[0].price_cents"), 12.5,
          QStringLiteral("changes[0].data.variants[0].price_cents"), invalid);
    spoil("variant price as string", changes, QStringLiteral("changes[0].data.variants[0].price_cents"),
          QStringLiteral("12.50"), QStringLiteral("changes[0].data.variants[0].price_cents"), invalid);
    spoil("variant price negative", changes, QStringLiteral("changes[0].data.variants[0].price_cents"), -5,
          QStringLiteral("changes[0].data.variants[0].price_cents"), invalid);
    replaced("variant price written 1250.5", changes, "\"price_cents\":1250", "\"price_cents\":1250.5",
             QStringLiteral("changes[0].data.variants[0].price_cents"));
    spoil("variant id missing", changes, QStringLiteral("changes[0].data.variants[0].variant_id"), Removed,
          QStringLiteral("changes[0].data.variants[0].variant_id"), invalid);
    spoil("barcodes not a list", changes, QStringLiteral("changes[0].data.variants[0].barcodes"),
          QStringLiteral("3760000000012"), QStringLiteral("changes[0].data.variants[0].barcodes"), invalid);
    spoil("order status unknown", changes, QStringLiteral("changes[2].data.status"),
          QStringLiteral("shipped"), QStringLiteral("changes[2].data.status"), invalid);
    spoil("order quantity zero", changes, QStringLiteral("changes[2].data.lines[0].quantity"), 0,
          QStringLiteral("changes[2].data.lines[0].quantity"), invalid);
    spoil("order without lines", changes, QStringLiteral("changes[2].data.lines"), QJsonArray(),
          QStringLiteral("changes[2].data.lines"), invalid);
    spoil("order placed_at not a time", changes, QStringLiteral("changes[2].data.placed_at"),
          QStringLiteral("yesterday"), QStringLiteral("changes[2].data.placed_at"), invalid);
    spoil("order placed_at local time", changes, QStringLiteral("changes[2].data.placed_at"),
          QStringLiteral("2026-11-27T10:05:00.123"), QStringLiteral("changes[2].data.placed_at"), invalid);
    spoil("oversell resolved missing", changes, QStringLiteral("changes[3].data.resolved"), Removed,
          QStringLiteral("changes[3].data.resolved"), invalid);
    spoil("conflict rule missing", changes, QStringLiteral("changes[4].data.rule"), Removed,
          QStringLiteral("changes[4].data.rule"), invalid);

    // Push.
    spoil("push another shop", push, QStringLiteral("shop_id"), b::OtherShopId, b::OtherShopId,
          int(ErrorCode::MarketplaceWrongShop));
    spoil("push result missing", push, QStringLiteral("results[1]"), Removed, QStringLiteral("results"),
          invalid);
    spoil("push result of another mutation", push, QStringLiteral("results[0].id"), b::OrderId,
          QStringLiteral("results[0].id"), invalid);
    spoil("push result seq mismatch", push, QStringLiteral("results[1].seq"), 9,
          QStringLiteral("results[1].seq"), invalid);
    spoil("push status unknown", push, QStringLiteral("results[0].status"), QStringLiteral("ok"),
          QStringLiteral("results[0].status"), invalid);
    spoil("push rejected without code", push, QStringLiteral("results[2].code"), Removed,
          QStringLiteral("results[2].code"), invalid);
    spoil("push last_applied_seq behind the batch", push, QStringLiteral("last_applied_seq"), 8,
          QStringLiteral("last_applied_seq"), invalid);
    spoil("push server_cursor as string", push, QStringLiteral("server_cursor"), QStringLiteral("120"),
          QStringLiteral("server_cursor"), invalid);
    spoil("push duplicate without original_status", push, QStringLiteral("results[0].original_status"),
          Removed, QStringLiteral("results[0].original_status"), invalid);
    spoil("push duplicate of a duplicate", push, QStringLiteral("results[0].original_status"),
          QStringLiteral("duplicate"), QStringLiteral("results[0].original_status"), invalid);
    spoil("push another device", push, QStringLiteral("device_id"), b::OrderId, QStringLiteral("device_id"),
          invalid);
    spoil("push version zero", push, QStringLiteral("results[1].version"), 0,
          QStringLiteral("results[1].version"), invalid);
    spoil("push conflict without field", push, QStringLiteral("results[1].conflicts[0].field"), Removed,
          QStringLiteral("results[1].conflicts[0].field"), invalid);

    // Enrollment.
    spoil("enroll token missing", enroll, QStringLiteral("token"), Removed, QStringLiteral("token"), invalid);
    spoil("enroll token as number", enroll, QStringLiteral("token"), 1234, QStringLiteral("token"), invalid);
    spoil("enroll token with a newline", enroll, QStringLiteral("token"), QStringLiteral("abc\r\nX-Evil: 1"),
          QStringLiteral("token"), invalid);
    spoil("enroll another device", enroll, QStringLiteral("device_id"), b::OrderId,
          QStringLiteral("device_id"), invalid);
    spoil("enroll epoch as string", enroll, QStringLiteral("epoch"), QStringLiteral("3"),
          QStringLiteral("epoch"), invalid);

    // Snapshot.
    spoil("snapshot another shop", snapshot, QStringLiteral("shop_id"), b::OtherShopId, b::OtherShopId,
          int(ErrorCode::MarketplaceWrongShop));
    spoil("snapshot has_more without next_page", snapshot, QStringLiteral("next_page"), Removed,
          QStringLiteral("next_page"), invalid);
    spoil("snapshot cursor negative", snapshot, QStringLiteral("cursor"), -4, QStringLiteral("cursor"),
          invalid);
    spoil("snapshot item kind unknown", snapshot, QStringLiteral("items[0].kind"), QStringLiteral("shop"),
          QStringLiteral("items[0].kind"), invalid);
    spoil("snapshot price as string", snapshot, QStringLiteral("items[0].data.variants[0].price_cents"),
          QStringLiteral("12"), QStringLiteral("items[0].data.variants[0].price_cents"), invalid);
    spoil("snapshot item without cursor", snapshot, QStringLiteral("items[1].cursor"), Removed,
          QStringLiteral("items[1].cursor"), invalid);
    spoil("snapshot last_applied_seq missing", snapshot, QStringLiteral("last_applied_seq"), Removed,
          QStringLiteral("last_applied_seq"), invalid);
    spoil("order customer without name", changes, QStringLiteral("changes[2].data.customer.name"), Removed,
          QStringLiteral("changes[2].data.customer.name"), invalid);
    spoil("order customer as string", changes, QStringLiteral("changes[2].data.customer"),
          QStringLiteral("Camille"), QStringLiteral("changes[2].data.customer"), invalid);
    spoil("moderation status unknown", changes, QStringLiteral("changes[0].data.moderation_status"),
          QStringLiteral("maybe"), QStringLiteral("changes[0].data.moderation_status"), invalid);
    spoil("stock without product_id", changes, QStringLiteral("changes[1].data.product_id"), Removed,
          QStringLiteral("changes[1].data.product_id"), invalid);
    spoil("conflict base_version as string", changes, QStringLiteral("changes[4].data.base_version"),
          QStringLiteral("2"), QStringLiteral("changes[4].data.base_version"), invalid);
    spoil("variant archived missing", changes, QStringLiteral("changes[0].data.variants[0].archived"),
          Removed, QStringLiteral("changes[0].data.variants[0].archived"), invalid);
}

void TestMarketplaceResponses::badBodiesAreRefusedWhole()
{
    QFETCH(QString, endpoint);
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    QFETCH(QString, subject);
    const Error error = parseAs(endpoint, body);
    QCOMPARE(int(error.code), code);
    QCOMPARE(error.subject, subject);
    QVERIFY(!error.detail.isEmpty());
    // An answer that cannot be accepted is retried with backoff; another shop or epoch is not.
    QCOMPARE(isTransient(error), error.code == ErrorCode::MarketplaceResponseInvalid);
    QVERIFY2(!error.detail.contains(QString::fromLatin1(b::Token)), "a token never goes into an error");
}

void TestMarketplaceResponses::emptyPageAtTheHead()
{
    QJsonObject body = b::changes();
    body.insert(QStringLiteral("changes"), QJsonArray());
    body.insert(QStringLiteral("next_cursor"), 100);
    body.insert(QStringLiteral("has_more"), false);
    const auto page = parseChangesPage(b::json(body), b::ShopId, b::changesQuery());
    QVERIFY(page.ok());
    QVERIFY(page->changes.isEmpty());
    QCOMPARE(page->nextCursor, qint64(100));
    // "More to come" with a cursor standing still would loop for ever.
    body.insert(QStringLiteral("has_more"), true);
    const auto looping = parseChangesPage(b::json(body), b::ShopId, b::changesQuery());
    QVERIFY(!looping.ok());
    QCOMPARE(looping.error().subject, QStringLiteral("has_more"));
    // A next_cursor behind since.
    body.insert(QStringLiteral("has_more"), false);
    body.insert(QStringLiteral("next_cursor"), 99);
    const auto behind = parseChangesPage(b::json(body), b::ShopId, b::changesQuery());
    QVERIFY(!behind.ok());
    QCOMPARE(behind.error().subject, QStringLiteral("next_cursor"));
    // More changes than the limit asked for.
    ChangesQuery small = b::changesQuery();
    small.limit = 2;
    const auto tooMany = parseChangesPage(b::json(b::changes()), b::ShopId, small);
    QVERIFY(!tooMany.ok());
    QCOMPARE(tooMany.error().subject, QStringLiteral("changes"));
}

void TestMarketplaceResponses::snapshotContinuationStaysOnItsCursor()
{
    const SnapshotQuery next {QStringLiteral("p2"), 500, 3, 640};
    QJsonObject body = b::snapshot();
    body.insert(QStringLiteral("next_page"), QJsonValue());
    body.insert(QStringLiteral("has_more"), false);
    QVERIFY(parseSnapshotPage(b::json(body), b::ShopId, next).ok());
    body.insert(QStringLiteral("cursor"), 700);
    const auto moved = parseSnapshotPage(b::json(body), b::ShopId, next);
    QVERIFY(!moved.ok());
    QCOMPARE(moved.error().subject, QStringLiteral("cursor"));
    body.insert(QStringLiteral("cursor"), 640);
    body.insert(QStringLiteral("epoch"), 4);
    const auto otherEpoch = parseSnapshotPage(b::json(body), b::ShopId, next);
    QVERIFY(!otherEpoch.ok());
    QCOMPARE(otherEpoch.error().code, ErrorCode::MarketplaceEpochChanged);
    QCOMPARE(serverEpoch(otherEpoch.error()), std::optional<qint64>(4));
}

QTEST_GUILESS_MAIN(TestMarketplaceResponses)
#include "tst_marketplaceresponses.moc"
