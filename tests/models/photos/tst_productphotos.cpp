// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PhotoStore and ProductPhotos (models/photos) on a real database and a real data folder: each
// change of a product's photos (add, attach, reorder, make main, remove) queues exactly one
// photo_link with the whole ordered list and the product's server_version; nothing is queued when
// nothing changed, nor for an archived product; the limit of 20; a photo folder that refuses the
// write changes nothing in the database; the clean-up keeps every photo something still names.
#include "fixtures.h"
#include "models/catalogue/catalogue.h"
#include "models/photos/photopreparer.h"
#include "models/photos/photostore.h"
#include "models/photos/productphotos.h"
#include "models/storage/database.h"
#include "outboxrows.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QJsonArray>
#include <QPainter>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

using namespace comptoir;
using namespace comptoir::outboxtest;

namespace {

// A distinct prepared photo for each seed.
PreparedPhoto photo(int seed)
{
    QImage image(700 + seed, 500, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((seed * 37) % 360, 200, 200));
    QPainter(&image).fillRect(0, 0, 100 + seed * 3, 80, Qt::white);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, "jpeg").write(image);
    auto prepared = PhotoPreparer().prepareBytes(jpeg, QStringLiteral("photo-%1.jpg").arg(seed));
    return prepared.ok() ? prepared.value() : PreparedPhoto {};
}

QStringList shas(std::initializer_list<PreparedPhoto> photos)
{
    QStringList list;
    for (const PreparedPhoto &p : photos)
        list.append(p.sha256);
    return list;
}

// A folder nothing can be written into, even by root (chattr +i); undone on destruction.
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(QString path) : m_path(std::move(path))
    {
        if (::geteuid() != 0) {
            m_ok = QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ExeOwner);
            return;
        }
        m_immutable = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), m_path}) == 0;
        m_ok = m_immutable;
    }
    ~ReadOnlyFolder()
    {
        if (m_immutable)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), m_path});
        else
            QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    ReadOnlyFolder(const ReadOnlyFolder &) = delete;
    ReadOnlyFolder &operator=(const ReadOnlyFolder &) = delete;
    bool ok() const { return m_ok; }

private:
    QString m_path;
    bool m_ok = false;
    bool m_immutable = false;
};

} // namespace

class TestProductPhotos : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void storeWritesOnceByHash();
    void eachChangeQueuesOnePhotoLink();
    void nothingChangedQueuesNothing();
    void wrongRequestsChangeNothing();
    void limitOfTwenty();
    void archivedProductStaysLocal();
    void attachFromTheStore();
    void refusedWriteChangesNothing();
    void refusedWriteWhenTheFolderIsInTheWay();
    void cleanUpKeepsWhatIsNamed();

private:
    qint64 newProduct(const QString &name);
    QStringList listOf(qint64 productId);
    QString uuidOf(qint64 productId)
    {
        return outboxtest::uuidOf(m_shop->db(), QStringLiteral("products"), productId);
    }
    void checkLink(const OutboxRow &row, qint64 productId, qint64 baseVersion, const QStringList &photos);

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<PhotoStore> m_store;
    std::unique_ptr<ProductPhotos> m_photos;
};

void TestProductPhotos::init()
{
    m_shop = std::make_unique<TestShop>();
    QVERIFY(m_shop->temp.isValid());
    m_store = std::make_unique<PhotoStore>(m_shop->temp.dir());
    m_photos = std::make_unique<ProductPhotos>(m_shop->db(), m_shop->clock, *m_store);
}

void TestProductPhotos::cleanup()
{
    m_photos.reset();
    m_store.reset();
    m_shop.reset();
}

qint64 TestProductPhotos::newProduct(const QString &name)
{
    ProductFields p;
    p.name = name;
    p.vatRateBp = 2000;
    VariantFields v;
    v.priceCents = 1290;
    auto created = m_shop->catalogue.createProduct(p, v);
    return created ? created->productId : 0;
}

QStringList TestProductPhotos::listOf(qint64 productId)
{
    auto list = m_photos->photosOf(productId);
    return list ? *list : QStringList {QStringLiteral("error")};
}

void TestProductPhotos::checkLink(const OutboxRow &row, qint64 productId, qint64 baseVersion,
                                  const QStringList &photos)
{
    QCOMPARE(row.kind, QStringLiteral("photo_link"));
    QCOMPARE(row.entityId, uuidOf(productId));
    QCOMPARE(row.payload.value(QStringLiteral("product_id")).toString(), uuidOf(productId));
    QCOMPARE(row.payload.value(QStringLiteral("base_version")).toInteger(), baseVersion);
    QCOMPARE(row.payload.value(QStringLiteral("photos")).toArray(), QJsonArray::fromStringList(photos));
    QCOMPARE(row.payload.size(), 3);
}

void TestProductPhotos::storeWritesOnceByHash()
{
    const PreparedPhoto a = photo(1);
    QVERIFY(!a.sha256.isEmpty());
    QVERIFY(!m_store->contains(a.sha256));
    QVERIFY(m_store->put(a.sha256, a.jpeg).ok());
    const QString path = m_store->pathOf(a.sha256);
    QCOMPARE(path,
             m_shop->temp.dir() + QStringLiteral("/photos/") + a.sha256.left(2) + QLatin1Char('/') + a.sha256
                 + QStringLiteral(".jpg"));
    QVERIFY(m_store->contains(a.sha256));
    QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
    const QDateTime written = QFileInfo(path).lastModified();
    QTest::qWait(20);
    QVERIFY(m_store->put(a.sha256, a.jpeg).ok()); // already there: not written again
    QCOMPARE(QFileInfo(path).lastModified(), written);
    auto read = m_store->read(a.sha256);
    QVERIFY(read.ok());
    QCOMPARE(*read, a.jpeg);
    QCOMPARE(m_store->all(), QSet<QString>({a.sha256}));

    // Bytes that do not hash to the name (a damaged download) are refused.
    const PreparedPhoto b = photo(2);
    Status wrong = m_store->put(b.sha256, a.jpeg);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, ErrorCode::PhotoDamaged);
    QVERIFY(!m_store->contains(b.sha256));
    auto absent = m_store->read(b.sha256);
    QVERIFY(!absent.ok());
    QCOMPARE(absent.error().code, ErrorCode::PhotoUnknown);

    // Stray files are not photos.
    QFile stray(m_store->folder() + QStringLiteral("/notes.jpg"));
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.close();
    QCOMPARE(m_store->all().size(), 1);
    QVERIFY(m_store->remove(a.sha256).ok());
    QVERIFY(!m_store->contains(a.sha256));
    QVERIFY(m_store->remove(a.sha256).ok()); // absent: nothing to do
}

void TestProductPhotos::eachChangeQueuesOnePhotoLink()
{
    const qint64 product = newProduct(QStringLiteral("Carnet A5"));
    QVERIFY(product > 0);
    // The marketplace knows the product at version 7.
    QVERIFY(m_shop->db()
                .exec(QStringLiteral("UPDATE products SET server_version = 7 WHERE id = ?"), {product})
                .ok());
    const PreparedPhoto a = photo(1), b = photo(2), c = photo(3);
    QSignalSpy changed(m_photos.get(), &ProductPhotos::productPhotosChanged);
    qint64 seq = lastSeq(m_shop->db());

    const auto step = [&](const Status &status, const QStringList &expected) {
        QVERIFY2(status.ok(), qPrintable(status.error().subject));
        const QList<OutboxRow> rows = rowsAfter(m_shop->db(), seq);
        QCOMPARE(rows.size(), 1);
        checkLink(rows.at(0), product, 7, expected);
        QCOMPARE(listOf(product), expected);
        seq = rows.at(0).seq;
    };
    step(m_photos->add(product, a), shas({a}));
    step(m_photos->add(product, b), shas({a, b}));
    step(m_photos->add(product, c, true), shas({c, a, b})); // as the main one
    step(m_photos->makeMain(product, b.sha256), shas({b, c, a}));
    step(m_photos->reorder(product, shas({a, b, c})), shas({a, b, c}));
    step(m_photos->remove(product, b.sha256), shas({a, c}));
    QCOMPARE(changed.count(), 6);
    QCOMPARE(changed.last().at(0).toLongLong(), product);

    QCOMPARE(*m_photos->mainPhotoOf(product), a.sha256);
    const qint64 variant
        = m_shop->db()
              .rows(QStringLiteral("SELECT id FROM variants WHERE product_id = ?"), {product})
              ->first()
              .value(0)
              .toLongLong();
    QCOMPARE(*m_photos->mainPhotoOfVariant(variant), a.sha256);

    // Indexed once each, with its size and source.
    auto indexed = m_shop->db().rows(QStringLiteral("SELECT bytes, width, height, source_name, origin, "
                                                    "uploaded_at FROM photo_files WHERE sha256 = ?"),
                                     {a.sha256});
    QVERIFY(indexed.ok());
    QCOMPARE(indexed->size(), 1);
    QCOMPARE(indexed->first().value(0).toLongLong(), qint64(a.jpeg.size()));
    QCOMPARE(indexed->first().value(1).toInt(), a.size.width());
    QCOMPARE(indexed->first().value(2).toInt(), a.size.height());
    QCOMPARE(indexed->first().value(3).toString(), QStringLiteral("photo-1.jpg"));
    QCOMPARE(indexed->first().value(4).toString(), QStringLiteral("shop"));
    QVERIFY(indexed->first().value(5).isNull());
    QVERIFY(m_store->contains(b.sha256)); // removed from the product, still on disk until cleanUp

    // What reaches the disk: the list and the links, after a reopen.
    QVERIFY(m_shop->temp.reopen());
    QCOMPARE(ProductPhotos(m_shop->db(), m_shop->clock, *m_store).photosOf(product).value(), shas({a, c}));
    QCOMPARE(rowsAfter(m_shop->db(), 0).size(), 1 + 6); // the product's creation, then six links
}

void TestProductPhotos::nothingChangedQueuesNothing()
{
    const qint64 product = newProduct(QStringLiteral("Mug"));
    const PreparedPhoto a = photo(1), b = photo(2);
    QVERIFY(m_photos->add(product, a).ok());
    QVERIFY(m_photos->add(product, b).ok());
    const qint64 seq = lastSeq(m_shop->db());
    QSignalSpy changed(m_photos.get(), &ProductPhotos::productPhotosChanged);
    QVERIFY(m_photos->add(product, b).ok()); // the same photo twice: not added again
    QVERIFY(m_photos->makeMain(product, a.sha256).ok()); // already the main one
    QVERIFY(m_photos->reorder(product, shas({a, b})).ok()); // the same order
    QVERIFY(m_photos->attach(product, a.sha256).ok());
    QCOMPARE(lastSeq(m_shop->db()), seq);
    QCOMPARE(listOf(product), shas({a, b}));
    QCOMPARE(changed.count(), 0);
    // The same photo again as the main one moves it first.
    QVERIFY(m_photos->add(product, b, true).ok());
    QCOMPARE(listOf(product), shas({b, a}));
    QCOMPARE(rowsAfter(m_shop->db(), seq).size(), 1);
}

void TestProductPhotos::wrongRequestsChangeNothing()
{
    const qint64 product = newProduct(QStringLiteral("Confiture"));
    const PreparedPhoto a = photo(1), b = photo(2), c = photo(3);
    QVERIFY(m_photos->add(product, a).ok());
    QVERIFY(m_photos->add(product, b).ok());
    const qint64 seq = lastSeq(m_shop->db());
    const auto refused = [](const Status &status, ErrorCode code) {
        return !status.ok() && status.error().code == code;
    };
    QVERIFY(refused(m_photos->reorder(product, shas({a})), ErrorCode::PhotoUnknown)); // one missing
    QVERIFY(refused(m_photos->reorder(product, shas({a, b, c})), ErrorCode::PhotoUnknown)); // one too many
    QVERIFY(refused(m_photos->reorder(product, shas({a, a})), ErrorCode::PhotoUnknown)); // twice
    QVERIFY(refused(m_photos->remove(product, c.sha256), ErrorCode::PhotoUnknown));
    QVERIFY(refused(m_photos->makeMain(product, c.sha256), ErrorCode::PhotoUnknown));
    QVERIFY(refused(m_photos->attach(product, c.sha256), ErrorCode::PhotoUnknown)); // not in the store
    QVERIFY(refused(m_photos->add(987654, c), ErrorCode::NotFound));
    QVERIFY(refused(m_photos->photosOf(987654).ok() ? Status() : Status(m_photos->photosOf(987654).error()),
                    ErrorCode::NotFound));
    QCOMPARE(lastSeq(m_shop->db()), seq);
    QCOMPARE(listOf(product), shas({a, b}));
}

void TestProductPhotos::limitOfTwenty()
{
    const qint64 product = newProduct(QStringLiteral("Puzzle"));
    QList<PreparedPhoto> photos;
    for (int i = 0; i < ProductPhotos::MaxPhotos + 1; ++i)
        photos.append(photo(i));
    for (int i = 0; i < ProductPhotos::MaxPhotos; ++i)
        QVERIFY(m_photos->add(product, photos.at(i)).ok());
    const qint64 seq = lastSeq(m_shop->db());
    Status full = m_photos->add(product, photos.last());
    QVERIFY(!full.ok());
    QCOMPARE(full.error().code, ErrorCode::PhotoLimitReached);
    QVERIFY(!m_store->contains(photos.last().sha256)); // refused before the file was written
    QCOMPARE(lastSeq(m_shop->db()), seq);
    QCOMPARE(listOf(product).size(), 20);
    // Through the store and attach: the same limit.
    QVERIFY(m_photos->store(photos.last()).ok());
    Status attach = m_photos->attach(product, photos.last().sha256);
    QVERIFY(!attach.ok());
    QCOMPARE(attach.error().code, ErrorCode::PhotoLimitReached);
    // A photo already there can still be made the main one.
    QVERIFY(m_photos->add(product, photos.at(5), true).ok());
    QCOMPARE(listOf(product).first(), photos.at(5).sha256);
    QCOMPARE(listOf(product).size(), 20);
}

void TestProductPhotos::archivedProductStaysLocal()
{
    const qint64 product = newProduct(QStringLiteral("Ancien modèle"));
    QVERIFY(m_shop->catalogue.setProductArchived(product, true).ok());
    const qint64 seq = lastSeq(m_shop->db());
    const PreparedPhoto a = photo(1);
    QVERIFY(m_photos->add(product, a).ok());
    QCOMPARE(listOf(product), shas({a}));
    QCOMPARE(lastSeq(m_shop->db()), seq); // the marketplace refuses patches on a tombstone
}

void TestProductPhotos::attachFromTheStore()
{
    const qint64 product = newProduct(QStringLiteral("Savon"));
    const PreparedPhoto a = photo(1), b = photo(2);
    QVERIFY(m_photos->add(product, a).ok());
    QVERIFY(m_photos->store(b).ok()); // the inbox's way: stored, indexed, no product
    QVERIFY(m_store->contains(b.sha256));
    QCOMPARE(m_shop->db().rows(QStringLiteral("SELECT count(*) FROM photo_files"))->first().value(0).toInt(),
             2);
    const qint64 seq = lastSeq(m_shop->db());
    QVERIFY(m_photos->attach(product, b.sha256, true).ok());
    const QList<OutboxRow> rows = rowsAfter(m_shop->db(), seq);
    QCOMPARE(rows.size(), 1);
    checkLink(rows.at(0), product, 0, shas({b, a}));

    // A file in the store that the index lost is indexed from the file.
    const PreparedPhoto c = photo(3);
    QVERIFY(m_store->put(c.sha256, c.jpeg).ok());
    QVERIFY(m_photos->attach(product, c.sha256).ok());
    auto indexed = m_shop->db().rows(QStringLiteral("SELECT width, height FROM photo_files WHERE sha256 = ?"),
                                     {c.sha256});
    QCOMPARE(indexed->size(), 1);
    QCOMPARE(indexed->first().value(0).toInt(), c.size.width());
    QCOMPARE(listOf(product), shas({b, a, c}));
}

// A read-only photo folder: PhotoStoreFailed naming the path, and the database as it was.
void TestProductPhotos::refusedWriteChangesNothing()
{
    const qint64 product = newProduct(QStringLiteral("Thé vert"));
    const PreparedPhoto a = photo(1);
    QVERIFY(QDir().mkpath(m_store->folder()));
    const qint64 seq = lastSeq(m_shop->db());
    ReadOnlyFolder readOnly(m_store->folder());
    if (!readOnly.ok())
        QSKIP("this file system cannot make a folder read-only for root (chattr)");
    Status refused = m_photos->add(product, a);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::PhotoStoreFailed);
    QVERIFY(refused.error().subject.startsWith(m_store->folder()));
    Status refusedStore = m_photos->store(a);
    QVERIFY(!refusedStore.ok());
    QCOMPARE(refusedStore.error().code, ErrorCode::PhotoStoreFailed);
    QCOMPARE(lastSeq(m_shop->db()), seq);
    QCOMPARE(listOf(product), QStringList());
    QCOMPARE(m_shop->db().rows(QStringLiteral("SELECT count(*) FROM photo_files"))->first().value(0).toInt(),
             0);
    QVERIFY(
        QDir(m_store->folder()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

// The same with a file where the photo's folder should be (works whoever runs the test).
void TestProductPhotos::refusedWriteWhenTheFolderIsInTheWay()
{
    const qint64 product = newProduct(QStringLiteral("Bougie"));
    const PreparedPhoto a = photo(1);
    QVERIFY(QDir().mkpath(m_store->folder()));
    QFile inTheWay(m_store->folder() + QLatin1Char('/') + a.sha256.left(2));
    QVERIFY(inTheWay.open(QIODevice::WriteOnly));
    inTheWay.close();
    const qint64 seq = lastSeq(m_shop->db());
    Status refused = m_photos->add(product, a);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::PhotoStoreFailed);
    QCOMPARE(lastSeq(m_shop->db()), seq);
    QCOMPARE(listOf(product), QStringList());
    QCOMPARE(m_shop->db().rows(QStringLiteral("SELECT count(*) FROM photo_files"))->first().value(0).toInt(),
             0);
}

void TestProductPhotos::cleanUpKeepsWhatIsNamed()
{
    const qint64 one = newProduct(QStringLiteral("Carnet"));
    const qint64 two = newProduct(QStringLiteral("Stylo"));
    const PreparedPhoto onProduct = photo(1), inInbox = photo(2), pendingLink = photo(3),
                        parkedLink = photo(4), orphan = photo(5), unindexed = photo(6),
                        removedAndSent = photo(7);
    QVERIFY(m_photos->add(one, onProduct).ok());
    QVERIFY(m_photos->store(inInbox).ok());
    QVERIFY(m_shop->db()
                .exec(QStringLiteral(
                          "INSERT INTO photo_inbox (sha256, source_name, added_at) VALUES (?, 'x.jpg', "
                          "'2026-11-27T09:00:00.000Z')"),
                      {inInbox.sha256})
                .ok());
    // Added then removed while offline: the first link still waits in the outbox, naming it.
    QVERIFY(m_photos->add(two, pendingLink).ok());
    QVERIFY(m_photos->remove(two, pendingLink.sha256).ok());
    // A link the marketplace refused, parked and open (it can be retried).
    QVERIFY(m_photos->store(parkedLink).ok());
    QVERIFY(m_shop->db()
                .exec(QStringLiteral(
                          "INSERT INTO sync_exceptions (mutation_id, seq, kind, entity_id, payload, code, "
                          "parked_at) VALUES ('m-1', 99, 'photo_link', 'p', ?, 'photo_missing', "
                          "'2026-11-27T09:00:00.000Z')"),
                      {QStringLiteral("{\"product_id\":\"p\",\"base_version\":1,\"photos\":[\"%1\"]}")
                           .arg(parkedLink.sha256)})
                .ok());
    QVERIFY(m_photos->store(orphan).ok());
    QVERIFY(m_store->put(unindexed.sha256, unindexed.jpeg).ok());
    // Removed, and its links already acknowledged (gone from the outbox).
    QVERIFY(m_photos->add(two, removedAndSent).ok());
    QVERIFY(m_photos->remove(two, removedAndSent.sha256).ok());
    QVERIFY(m_shop->db()
                .exec(QStringLiteral("DELETE FROM sync_outbox WHERE kind = 'photo_link' AND payload LIKE ?"),
                      {QString(QStringLiteral("%") + removedAndSent.sha256 + QStringLiteral("%"))})
                .ok());

    auto removed = m_photos->cleanUp();
    QVERIFY(removed.ok());
    QCOMPARE(*removed, 3); // orphan, unindexed, removedAndSent
    QCOMPARE(m_store->all(),
             QSet<QString>({onProduct.sha256, inInbox.sha256, pendingLink.sha256, parkedLink.sha256}));
    auto indexed = m_shop->db().rows(QStringLiteral("SELECT sha256 FROM photo_files ORDER BY sha256"));
    QSet<QString> indexedSet;
    for (const QVariantList &row : *indexed)
        indexedSet.insert(row.value(0).toString());
    QCOMPARE(indexedSet,
             QSet<QString>({onProduct.sha256, inInbox.sha256, pendingLink.sha256, parkedLink.sha256}));

    // Once the pending link is acknowledged and the parked one discarded, they go too.
    QVERIFY(m_shop->db().exec(QStringLiteral("DELETE FROM sync_outbox WHERE kind = 'photo_link'")).ok());
    QVERIFY(m_shop->db().exec(QStringLiteral("UPDATE sync_exceptions SET state = 'discarded'")).ok());
    QCOMPARE(*m_photos->cleanUp(), 2);
    QCOMPARE(m_store->all(), QSet<QString>({onProduct.sha256, inInbox.sha256}));
    QCOMPARE(*m_photos->cleanUp(), 0);
    // A photo removed by the clean-up and added again is written again.
    QVERIFY(m_photos->add(one, orphan).ok());
    QVERIFY(m_store->contains(orphan.sha256));
}

QTEST_MAIN(TestProductPhotos)
#include "tst_productphotos.moc"
