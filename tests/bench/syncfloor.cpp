// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// first_sync_floor: what downloading, parsing and storing a first sync's payload costs at the
// least, to set first_sync beside it. Also the marketplace the sync figures share.

#include "models/storage/database.h"
#include "sync/engine/syncengine.h"
#include "syncbench.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>

namespace comptoir::bench {

using market::testing::MarketClient;

bool BenchMarketplace::start(int products)
{
    m_products = products;
    int exitCode = -1;
    m_shopId = m_server.cli(
        {QStringLiteral("create-shop"), QStringLiteral("--name"), QStringLiteral("Bench")}, &exitCode);
    if (exitCode != 0 || m_shopId.isEmpty()) {
        std::fprintf(stderr, "comptoir-bench: the marketplace's shop could not be created\n");
        return false;
    }
    std::fprintf(stderr, "comptoir-bench: seeding %d products in the marketplace…\n", products);
    QElapsedTimer seeding;
    seeding.start();
    const QString seeded = m_server.cli({QStringLiteral("seed-products"), QStringLiteral("--shop"), m_shopId,
                                         QStringLiteral("--count"), QString::number(products),
                                         QStringLiteral("--on-hand"), QString::number(OnHand)},
                                        &exitCode);
    if (exitCode != 0) {
        std::fprintf(stderr, "comptoir-bench: seed-products failed: %s\n", qPrintable(seeded));
        return false;
    }
    std::fprintf(stderr, "comptoir-bench: seeded in %.1f s\n", elapsedMs(seeding) / 1000);
    if (!m_server.start()) {
        std::fprintf(stderr, "comptoir-bench: comptoir-marketplace did not start\n");
        return false;
    }
    m_admin = std::make_unique<MarketClient>(m_server.url());
    return true;
}

namespace {

// One GET, waited for; the body, or nothing on any failure.
std::optional<QByteArray> get(QNetworkAccessManager &network, const QUrl &url, const QByteArray &token)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    std::optional<QByteArray> body;
    if (reply->isFinished() && reply->error() == QNetworkReply::NoError)
        body = reply->readAll();
    else
        std::fprintf(stderr, "comptoir-bench: GET %s failed: %s\n", qPrintable(url.path()),
                     qPrintable(reply->errorString()));
    reply->deleteLater();
    return body;
}

struct FloorStatements
{
    QString product = QStringLiteral("INSERT INTO floor_products (uuid, name, brand, category, vat_rate_bp,"
                                     " version, json) VALUES (?, ?, ?, ?, ?, ?, ?)");
    QString variant = QStringLiteral(
        "INSERT INTO floor_variants (uuid, product_uuid, reference, price_cents) VALUES (?, ?, ?, ?)");
    QString stock = QStringLiteral("INSERT INTO floor_stock (variant_uuid, on_hand, reserved, available, "
                                   "cursor) VALUES (?, ?, ?, ?, ?)");
};

// The bare insert of one snapshot item; false on a database error.
bool insertItem(Database &db, const FloorStatements &sql, const QJsonObject &item)
{
    const QString kind = item.value(QStringLiteral("kind")).toString();
    const QJsonObject data = item.value(QStringLiteral("data")).toObject();
    if (kind == QLatin1String("product")) {
        const QString productId = data.value(QStringLiteral("product_id")).toString();
        if (!db.exec(sql.product,
                     {productId, data.value(QStringLiteral("name")).toString(),
                      data.value(QStringLiteral("brand")).toString(),
                      data.value(QStringLiteral("category")).toString(),
                      data.value(QStringLiteral("vat_rate_bp")).toInteger(),
                      data.value(QStringLiteral("version")).toInteger(),
                      QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))}))
            return false;
        const QJsonArray variants = data.value(QStringLiteral("variants")).toArray();
        for (const QJsonValue &v : variants) {
            const QJsonObject variant = v.toObject();
            if (!db.exec(sql.variant,
                         {variant.value(QStringLiteral("variant_id")).toString(), productId,
                          variant.value(QStringLiteral("reference")).toString(),
                          variant.value(QStringLiteral("price_cents")).toInteger()}))
                return false;
        }
        return true;
    }
    if (kind == QLatin1String("stock")) {
        return bool(db.exec(sql.stock,
                            {data.value(QStringLiteral("variant_id")).toString(),
                             data.value(QStringLiteral("on_hand")).toInteger(),
                             data.value(QStringLiteral("reserved")).toInteger(),
                             data.value(QStringLiteral("available")).toInteger(),
                             item.value(QStringLiteral("cursor")).toInteger()}));
    }
    return true; // orders, oversell cases, conflicts: none in the bench shop
}

} // namespace

double measureFirstSyncFloor(BenchMarketplace &market)
{
    const market::testing::Device device = market.admin().enrol(market.shopId(), QStringLiteral("floor"));
    if (device.token.isEmpty()) {
        std::fprintf(stderr, "comptoir-bench: the floor's device could not enroll\n");
        return 0;
    }
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("floor.sqlite")));
    if (!opened)
        fail(QStringLiteral("open"), opened.error());
    Database &db = *opened.value();
    for (const char *table :
         {"CREATE TABLE floor_products (uuid TEXT PRIMARY KEY, name TEXT, brand TEXT, category TEXT,"
          " vat_rate_bp INTEGER, version INTEGER, json TEXT)",
          "CREATE TABLE floor_variants (uuid TEXT PRIMARY KEY, product_uuid TEXT, reference TEXT,"
          " price_cents INTEGER)",
          "CREATE TABLE floor_stock (variant_uuid TEXT PRIMARY KEY, on_hand INTEGER, reserved INTEGER,"
          " available INTEGER, cursor INTEGER)"}) {
        if (Status s = db.exec(QString::fromLatin1(table)); !s)
            fail(QStringLiteral("floor tables"), s.error());
    }
    const FloorStatements sql;
    QNetworkAccessManager network;
    qint64 items = 0;
    int pages = 0;
    QElapsedTimer timer;
    timer.start();
    {
        Transaction transaction(db);
        if (!transaction.status())
            fail(QStringLiteral("begin"), transaction.status().error());
        QString page;
        bool more = true;
        while (more) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("limit"), QString::number(SyncEngine::PageSize));
            if (!page.isEmpty())
                query.addQueryItem(QStringLiteral("page"), page);
            QUrl url = market.server().url().resolved(QUrl(QStringLiteral("/v1/snapshot")));
            url.setQuery(query);
            const std::optional<QByteArray> body = get(network, url, device.token);
            if (!body)
                return 0;
            QJsonParseError error;
            const QJsonObject answer = QJsonDocument::fromJson(*body, &error).object();
            if (error.error != QJsonParseError::NoError) {
                std::fprintf(stderr, "comptoir-bench: snapshot page %d: %s\n", pages,
                             qPrintable(error.errorString()));
                return 0;
            }
            const QJsonArray pageItems = answer.value(QStringLiteral("items")).toArray();
            for (const QJsonValue &item : pageItems) {
                if (!insertItem(db, sql, item.toObject()))
                    fail(QStringLiteral("floor insert"), makeError(ErrorCode::DatabaseQueryFailed));
            }
            items += pageItems.size();
            ++pages;
            more = answer.value(QStringLiteral("has_more")).toBool();
            page = answer.value(QStringLiteral("next_page")).toString();
        }
        if (Status s = transaction.commit(); !s)
            fail(QStringLiteral("commit"), s.error());
    }
    const double seconds = elapsedMs(timer) / 1000;
    auto stored = db.query(QStringLiteral("SELECT count(*) FROM floor_products"));
    const qint64 products = stored && stored.value().next() ? stored.value().value(0).toLongLong() : 0;
    std::fprintf(stderr, "comptoir-bench: floor: %d pages, %lld items, %lld products\n", pages,
                 static_cast<long long>(items), static_cast<long long>(products));
    if (products != market.products()) {
        std::fprintf(stderr, "comptoir-bench: the floor stored %lld products of %d\n",
                     static_cast<long long>(products), market.products());
        return 0;
    }
    print("first_sync_floor", "s", Figure {seconds, std::nullopt, 1});
    print("first_sync_floor_rate", "products/s", Figure {products / seconds, std::nullopt, 1});
    return seconds;
}

} // namespace comptoir::bench
