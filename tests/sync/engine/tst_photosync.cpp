// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, the listing over the sync engine against the real comptoir-marketplace (loopback
// HTTP): a photo added offline goes up exactly once (HEAD and PUT counted by the server) and then
// its link; an upload confirmed before a crash is not sent again; a refused upload parks the link
// with the marketplace's reason; a photo linked online comes down into the photo store; the
// online fields go up as patches and come down, marketplace_category by the server-wins rule;
// the marketplace's taxonomy comes down into marketplace_categories.
#include "models/photos/photostore.h"
#include "syncenginefixture.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>

using namespace comptoir;
using namespace comptoir::synctest;

namespace {

QByteArray encoded(const QColor &color, const char *format = "JPG")
{
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(color);
    QPainter(&image).fillRect(0, 0, 100, 80, Qt::white);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 85);
    return bytes;
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString text(const Database &db, const QString &sql, const QVariantList &bindings = {})
{
    auto q = db.query(sql, bindings);
    if (!q || !q.value().next())
        return QStringLiteral("<none>");
    return q.value().value(0).toString();
}

QJsonObject productOf(const QJsonObject &state, const QString &productId)
{
    for (const QJsonValue &p : state.value(QStringLiteral("products")).toArray()) {
        if (p.toObject().value(QStringLiteral("product_id")).toString() == productId)
            return p.toObject();
    }
    return {};
}

// {heads, puts} the server counted for one photo of the shop ({0, 0}: never asked about).
QPair<qint64, qint64> requestsFor(MarketClient &market, const QString &shopId, const QString &sha)
{
    const HttpResult r = market.admin("GET", QStringLiteral("/admin/v1/shops/%1/photos").arg(shopId));
    for (const QJsonValue &v : r.json.value(QStringLiteral("photo_requests")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("sha256")).toString() == sha)
            return {o.value(QStringLiteral("heads")).toInteger(),
                    o.value(QStringLiteral("puts")).toInteger()};
    }
    return {0, 0};
}

QString describe(const SyncReport &report)
{
    return report.error ? QStringLiteral("%1 %2 %3")
                              .arg(int(report.error->code))
                              .arg(report.error->subject, report.error->detail)
                        : QString();
}

} // namespace

class TestPhotoSync : public QObject
{
    Q_OBJECT

    struct Till
    {
        EnrolledShop e;
        QTemporaryDir dataDir;
        std::unique_ptr<PhotoStore> photos;
        QNetworkAccessManager net;
        std::unique_ptr<SyncEngine> engine;
        QString productId;
        QString variantId;

        bool begin()
        {
            if (!e.begin() || !dataDir.isValid())
                return false;
            photos = std::make_unique<PhotoStore>(dataDir.path());
            restart();
            const auto made = e.market->createProduct(e.setup, QStringLiteral("Carnet de croquis A5"), 5);
            productId = made.first;
            variantId = made.second;
            return !runOnce(*engine).error;
        }

        // A new engine on the same database and photo folder (a restarted till).
        void restart()
        {
            engine.reset();
            engine = std::make_unique<SyncEngine>(e.shop.db(), e.shop.clock, e.shop.uuids, net, *e.device,
                                                  e.token, photos.get());
            engine->setBackoff(Backoff([] { return 0.5; }, 20, 200));
            engine->setLongPollSeconds(1);
        }

        qint64 serverVersion()
        {
            return scalar(e.shop.db(), QStringLiteral("SELECT server_version FROM products WHERE uuid = ?"),
                          {productId});
        }

        // What ProductPhotos does (models/photos): the file stored, indexed, the product's list
        // changed and a photo_link queued with the whole list, in one transaction.
        bool addPhoto(const QByteArray &bytes)
        {
            const QString sha = sha256Of(bytes);
            if (!photos->put(sha, bytes))
                return false;
            const QString at = e.shop.clock.now().toString(Qt::ISODateWithMs);
            Database &db = e.shop.db();
            const QJsonObject payload {{QStringLiteral("product_id"), productId},
                                       {QStringLiteral("base_version"), serverVersion()},
                                       {QStringLiteral("photos"), QJsonArray {sha}}};
            return db.exec(
                         QStringLiteral("INSERT INTO photo_files (sha256, bytes, width, height, source_name,"
                                        " added_at) VALUES (?, ?, 640, 480, 'photo.jpg', ?)"),
                         {sha, qint64(bytes.size()), at})
                       .ok()
                && db.exec(QStringLiteral("UPDATE products SET photos = json_array(?) WHERE uuid = ?"),
                           {sha, productId})
                       .ok()
                && db.exec(QStringLiteral("INSERT INTO sync_outbox (kind, entity_id, payload, created_at)"
                                          " VALUES ('photo_link', ?, ?, ?)"),
                           {productId,
                            QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), at})
                       .ok();
        }

        bool queueUpsert(const QJsonObject &fields, const QJsonArray &variants = {}, qint64 baseVersion = -1)
        {
            const QString at = e.shop.clock.now().toString(Qt::ISODateWithMs);
            QJsonObject payload {
                {QStringLiteral("product_id"), productId},
                {QStringLiteral("base_version"), baseVersion < 0 ? serverVersion() : baseVersion},
                {QStringLiteral("fields"), fields}};
            if (!variants.isEmpty())
                payload.insert(QStringLiteral("variants"), variants);
            return e.shop.db()
                .exec(
                    QStringLiteral("INSERT INTO sync_outbox (kind, entity_id, payload, created_at)"
                                   " VALUES ('product_upsert', ?, ?, ?)"),
                    {productId, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), at})
                .ok();
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SyncStatus>();
        qRegisterMetaType<SyncReport>();
        qRegisterMetaType<SyncChanges>();
    }

    void photoAddedOfflineReachesTheMarketplaceOnce()
    {
        Till t;
        QVERIFY(t.begin());
        const QByteArray jpeg = encoded(Qt::darkGreen);
        const QString sha = sha256Of(jpeg);

        // Offline: the marketplace answers 503 to everything.
        t.e.setFaults({{QStringLiteral("error_5xx"), 1.0}});
        QVERIFY(t.addPhoto(jpeg));
        const SyncReport offline = runOnce(*t.engine);
        QVERIFY(offline.error);
        QCOMPARE(requestsFor(*t.e.market, t.e.shopId, sha), qMakePair(qint64(0), qint64(0)));
        QCOMPARE(text(t.e.shop.db(), QStringLiteral("SELECT uploaded_at IS NULL FROM photo_files")),
                 QStringLiteral("1"));
        QCOMPARE(t.e.pending(), qint64(1));

        // The network returns: HEAD (404), PUT once, then the link.
        t.e.setFaults({{QStringLiteral("error_5xx"), 0.0}});
        const SyncReport online = runOnce(*t.engine);
        QVERIFY2(!online.error, qPrintable(describe(online)));
        QCOMPARE(online.photosUploaded, 1);
        QCOMPARE(online.rejected, 0);
        QCOMPARE(requestsFor(*t.e.market, t.e.shopId, sha), qMakePair(qint64(1), qint64(1)));
        const QJsonObject product = productOf(t.e.market->state(t.e.shopId), t.productId);
        QCOMPARE(product.value(QStringLiteral("photos")).toArray(), QJsonArray {sha});
        QCOMPARE(t.e.pending(), qint64(0));
        QCOMPARE(text(t.e.shop.db(), QStringLiteral("SELECT uploaded_at IS NOT NULL FROM photo_files")),
                 QStringLiteral("1"));

        // Again: nothing asked, nothing sent.
        QVERIFY(!runOnce(*t.engine).error);
        QCOMPARE(requestsFor(*t.e.market, t.e.shopId, sha), qMakePair(qint64(1), qint64(1)));
    }

    void uploadConfirmedBeforeACrashIsNotSentAgain()
    {
        Till t;
        QVERIFY(t.begin());
        const QByteArray jpeg = encoded(Qt::darkBlue);
        const QString sha = sha256Of(jpeg);
        QVERIFY(t.addPhoto(jpeg));
        // The till PUT the photo and was killed before it could note it or push the link: the
        // marketplace has the photo, the till's index does not say so, the link is still queued.
        const HttpResult put
            = t.e.market->request("PUT", QStringLiteral("/v1/photos/") + sha, jpeg, t.e.token, "image/jpeg");
        QCOMPARE(put.status, 201);
        t.restart();
        const SyncReport report = runOnce(*t.engine);
        QVERIFY2(!report.error, qPrintable(describe(report)));
        QCOMPARE(report.photosUploaded, 0);
        QCOMPARE(requestsFor(*t.e.market, t.e.shopId, sha), qMakePair(qint64(1), qint64(1)));
        QCOMPARE(
            productOf(t.e.market->state(t.e.shopId), t.productId).value(QStringLiteral("photos")).toArray(),
            QJsonArray {sha});
        QCOMPARE(t.e.pending(), qint64(0));
        QCOMPARE(scalar(t.e.shop.db(), QStringLiteral("SELECT count(*) FROM sync_exceptions")), qint64(0));
    }

    void tillKilledBetweenUploadAndLinkDoesNotUploadAgain()
    {
        Till t;
        QVERIFY(t.begin());
        const QByteArray jpeg = encoded(Qt::darkMagenta);
        const QString sha = sha256Of(jpeg);
        QVERIFY(t.addPhoto(jpeg));
        // A real till process uploads the photo (HEAD 404, PUT 201) and is SIGKILLed before its push.
        QProcess child;
        child.start(QStringLiteral(COMPTOIR_PHOTO_UPLOAD_CHILD),
                    {t.e.shop.temp.filePath(), t.dataDir.path()});
        QVERIFY(child.waitForStarted(10000));
        child.write(t.e.token + '\n');
        child.closeWriteChannel();
        QVERIFY(QTest::qWaitFor(
            [&child] { return child.canReadLine() || child.state() == QProcess::NotRunning; }, 30000));
        const QByteArray said = child.readLine().trimmed();
        QCOMPARE(said, QByteArray("confirmed"));
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QCOMPARE(requestsFor(*t.e.market, t.e.shopId, sha), qMakePair(qint64(1), qint64(1)));
        QCOMPARE(
            productOf(t.e.market->state(t.e.shopId), t.productId).value(QStringLiteral("photos")).toArray(),
            QJsonArray());
        QCOMPARE(t.e.pending(), qint64(1)); // the link is still queued

        // Restarted: the link goes up, the photo is not sent again.
        t.restart();
        const SyncReport report = runOnce(*t.engine);
        QVERIFY2(!report.error, qPrintable(describe(report)));
        QCOMPARE(report.photosUploaded, 0);
        QCOMPARE(report.applied, 1);
        QCOMPARE(requestsFor(*t.e.market, t.e.shopId, sha).second, qint64(1));
        QCOMPARE(
            productOf(t.e.market->state(t.e.shopId), t.productId).value(QStringLiteral("photos")).toArray(),
            QJsonArray {sha});
        QCOMPARE(t.e.pending(), qint64(0));
    }

    void refusedUploadParksTheLinkWithTheReason()
    {
        Till t;
        QVERIFY(t.begin());
        // Bytes that are not a JPEG although sent as one: the marketplace refuses them (415).
        const QByteArray png = encoded(Qt::red, "PNG");
        const QString sha = sha256Of(png);
        QVERIFY(t.addPhoto(png));
        const SyncReport report = runOnce(*t.engine);
        QVERIFY2(!report.error, qPrintable(describe(report)));
        QCOMPARE(report.rejected, 1);
        QCOMPARE(requestsFor(*t.e.market, t.e.shopId, sha), qMakePair(qint64(1), qint64(1)));
        QCOMPARE(text(t.e.shop.db(), QStringLiteral("SELECT refused_code FROM photo_files")),
                 QStringLiteral("unsupported_media_type"));
        QCOMPARE(t.e.pending(), qint64(0));
        QCOMPARE(text(t.e.shop.db(), QStringLiteral("SELECT kind || ' ' || code FROM sync_exceptions")),
                 QStringLiteral("photo_link unsupported_media_type"));
        QVERIFY(text(t.e.shop.db(), QStringLiteral("SELECT message FROM sync_exceptions"))
                    .contains(QStringLiteral("not a image/jpeg image")));
        QCOMPARE(text(t.e.shop.db(), QStringLiteral("SELECT field FROM sync_exceptions")), sha);
        // Not tried again on the next pass.
        QVERIFY(!runOnce(*t.engine).error);
        QCOMPARE(requestsFor(*t.e.market, t.e.shopId, sha), qMakePair(qint64(1), qint64(1)));
    }

    void photoLinkedOnlineComesDownIntoThePhotoStore()
    {
        Till t;
        QVERIFY(t.begin());
        const QByteArray jpeg = encoded(Qt::darkYellow);
        const QString sha = sha256Of(jpeg);
        // Added on the marketplace's side: uploaded there (by the shop's other device) and linked
        // by an online edit.
        QCOMPARE(
            t.e.market
                ->request("PUT", QStringLiteral("/v1/photos/") + sha, jpeg, t.e.setup.token, "image/jpeg")
                .status,
            201);
        const HttpResult edit = t.e.market->admin(
            "PATCH", QStringLiteral("/admin/v1/shops/%1/products/%2").arg(t.e.shopId, t.productId),
            {{QStringLiteral("fields"), QJsonObject {{QStringLiteral("photos"), QJsonArray {sha}}}}});
        QCOMPARE(edit.status, 200);
        QVERIFY(!t.photos->contains(sha));
        const SyncReport report = runOnce(*t.engine);
        QVERIFY2(!report.error, qPrintable(describe(report)));
        QCOMPARE(report.photosDownloaded, 1);
        QVERIFY(t.photos->contains(sha));
        QCOMPARE(t.photos->read(sha).value(), jpeg);
        QCOMPARE(text(t.e.shop.db(),
                      QStringLiteral("SELECT json_extract(photos, '$[0]') FROM products WHERE uuid = ?"),
                      {t.productId}),
                 sha);
        QCOMPARE(text(t.e.shop.db(),
                      QStringLiteral(
                          "SELECT origin || ' ' || width || 'x' || height || ' ' || (uploaded_at IS NOT NULL)"
                          " FROM photo_files WHERE sha256 = ?"),
                      {sha}),
                 QStringLiteral("marketplace 640x480 1"));
        // Held now: not fetched again.
        const SyncReport again = runOnce(*t.engine);
        QVERIFY(!again.error);
        QCOMPARE(again.photosDownloaded, 0);
    }

    void onlineFieldsGoUpAndComeDownWithTheConflictRule()
    {
        Till t;
        QVERIFY(t.begin());
        const qint64 base = t.serverVersion();
        QVERIFY(t.queueUpsert(
            {{QStringLiteral("online_title"), QStringLiteral("Carnet A5, papier 160 g")},
             {QStringLiteral("online_description"), QStringLiteral("Cousu main.\n\nÀ Orléans.")},
             {QStringLiteral("visible_online"), true},
             {QStringLiteral("marketplace_category"), QStringLiteral("papeterie/carnets")}},
            {QJsonObject {{QStringLiteral("variant_id"), t.variantId},
                          {QStringLiteral("fields"), QJsonObject {{QStringLiteral("safety_stock"), 2}}}}}));
        const SyncReport up = runOnce(*t.engine);
        QVERIFY2(!up.error, qPrintable(describe(up)));
        QCOMPARE(up.rejected, 0);
        QJsonObject product = productOf(t.e.market->state(t.e.shopId), t.productId);
        QCOMPARE(product.value(QStringLiteral("online_title")).toString(),
                 QStringLiteral("Carnet A5, papier 160 g"));
        QCOMPARE(product.value(QStringLiteral("online_description")).toString(),
                 QStringLiteral("Cousu main.\n\nÀ Orléans."));
        QCOMPARE(product.value(QStringLiteral("visible_online")).toBool(), true);
        QCOMPARE(product.value(QStringLiteral("marketplace_category")).toString(),
                 QStringLiteral("papeterie/carnets"));
        QCOMPARE(t.e.market->variantState(t.e.shopId, t.variantId)
                     .value(QStringLiteral("safety_stock"))
                     .toInteger(),
                 qint64(2));
        QVERIFY(t.serverVersion() > base);

        // Edited on the marketplace: comes down.
        const HttpResult edit = t.e.market->admin(
            "PATCH", QStringLiteral("/admin/v1/shops/%1/products/%2").arg(t.e.shopId, t.productId),
            {{QStringLiteral("fields"),
              QJsonObject {
                  {QStringLiteral("online_title"), QStringLiteral("Carnet de croquis — édition Loire")},
                  {QStringLiteral("marketplace_category"),
                   QStringLiteral("papeterie/carnets/carnets-de-croquis")},
                  {QStringLiteral("visible_online"), false}}}});
        QCOMPARE(edit.status, 200);
        const qint64 beforeEdit = t.serverVersion();
        QVERIFY(!runOnce(*t.engine).error);
        const QString local = QStringLiteral("SELECT online_title || '|' || marketplace_category || '|' ||"
                                             " visible_online FROM products WHERE uuid = ?");
        QCOMPARE(text(t.e.shop.db(), local, {t.productId}),
                 QStringLiteral("Carnet de croquis — édition Loire|papeterie/carnets/carnets-de-croquis|0"));

        // The till changes the category from the version it had before the online edit: the
        // marketplace's field, the server wins and logs the till's value.
        QVERIFY(t.queueUpsert(
            {{QStringLiteral("marketplace_category"), QStringLiteral("papeterie/carnets/agendas")}}, {},
            beforeEdit));
        const SyncReport conflicting = runOnce(*t.engine);
        QVERIFY2(!conflicting.error, qPrintable(describe(conflicting)));
        product = productOf(t.e.market->state(t.e.shopId), t.productId);
        QCOMPARE(product.value(QStringLiteral("marketplace_category")).toString(),
                 QStringLiteral("papeterie/carnets/carnets-de-croquis"));
        bool logged = false;
        for (const QJsonValue &c :
             t.e.market->state(t.e.shopId).value(QStringLiteral("conflict_log")).toArray()) {
            const QJsonObject entry = c.toObject();
            logged = logged
                || (entry.value(QStringLiteral("field")).toString() == QLatin1String("marketplace_category")
                    && entry.value(QStringLiteral("rule")).toString()
                        == QLatin1String("marketplace_owned_server_wins")
                    && entry.value(QStringLiteral("lost")).toString()
                        == QLatin1String("papeterie/carnets/agendas"));
        }
        QVERIFY(logged);
        QCOMPARE(text(t.e.shop.db(),
                      QStringLiteral("SELECT marketplace_category FROM products WHERE uuid = ?"),
                      {t.productId}),
                 QStringLiteral("papeterie/carnets/carnets-de-croquis"));
    }

    void taxonomyComesDown()
    {
        Till t;
        QVERIFY(t.begin());
        Database &db = t.e.shop.db();
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM marketplace_categories")) >= 300);
        QCOMPARE(
            text(db,
                 QStringLiteral("SELECT path FROM marketplace_categories WHERE id = 'papeterie/carnets'")),
            QStringLiteral("Papeterie > Carnets"));
        QCOMPARE(text(db,
                      QStringLiteral("SELECT parent_id || ' ' || path FROM marketplace_categories"
                                     " WHERE id = 'epicerie-fine/condiments/moutardes'")),
                 QStringLiteral("epicerie-fine/condiments Épicerie fine > Condiments > Moutardes"));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM marketplace_categories WHERE parent_id IS NULL")),
            scalar(db,
                   QStringLiteral("SELECT count(*) FROM marketplace_categories WHERE id NOT LIKE '%/%'")));

        // The marketplace replaces its tree: the next pass brings the new one whole.
        const QJsonArray nodes {QJsonObject {{QStringLiteral("id"), QStringLiteral("cave")},
                                             {QStringLiteral("parent"), QJsonValue()},
                                             {QStringLiteral("name"), QStringLiteral("Cave")}},
                                QJsonObject {{QStringLiteral("id"), QStringLiteral("cave/vins")},
                                             {QStringLiteral("parent"), QStringLiteral("cave")},
                                             {QStringLiteral("name"), QStringLiteral("Vins")}},
                                QJsonObject {{QStringLiteral("id"), QStringLiteral("cave/bieres")},
                                             {QStringLiteral("parent"), QStringLiteral("cave")},
                                             {QStringLiteral("name"), QStringLiteral("Bières")}}};
        const HttpResult replaced = t.e.market->admin("PUT", QStringLiteral("/admin/v1/taxonomy"),
                                                      {{QStringLiteral("nodes"), nodes}});
        QCOMPARE(replaced.status, 200);
        QCOMPARE(replaced.json.value(QStringLiteral("version")).toInteger(), qint64(2));
        const HttpResult bad
            = t.e.market->admin("PUT", QStringLiteral("/admin/v1/taxonomy"),
                                {{QStringLiteral("nodes"),
                                  QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("x/y")},
                                                           {QStringLiteral("parent"), QStringLiteral("x")},
                                                           {QStringLiteral("name"), QStringLiteral("Y")}}}}});
        QCOMPARE(bad.status, 400);
        QVERIFY(!runOnce(*t.engine).error);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM marketplace_categories")), qint64(3));
        QCOMPARE(
            text(db,
                 QStringLiteral(
                     "SELECT path || ' ' || position FROM marketplace_categories WHERE id = 'cave/bieres'")),
            QStringLiteral("Cave > Bières 1"));
    }
};

QTEST_GUILESS_MAIN(TestPhotoSync)
#include "tst_photosync.moc"
