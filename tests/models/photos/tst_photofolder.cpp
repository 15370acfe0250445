// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The watched folder and the photo inbox (issue 15), on a real shop database and real files: a
// file's name matched to a variant's barcode or reference (case-insensitive, "-2" for a further
// photo), matched photos attached to that product with their photo_link, the others put in the
// inbox and assigned there by a scan, refusals reported and nothing changed, a photo the shop has
// skipped; the watcher taking each stable file once.
#include "models/photos/photofolder.h"
#include "models/photos/photofolderwatcher.h"
#include "models/photos/photoinbox.h"
#include "models/photos/photopreparer.h"
#include "models/photos/photostore.h"
#include "models/photos/productphotos.h"
#include "shopfixture.h"

#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;
using namespace comptoir::test;

namespace {

// A picture no other test picture equals (seed), big enough to sell from.
bool writePhoto(const QString &path, int seed, QSize size = QSize(900, 700))
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x)
            line[x] = qRgb((x + seed * 37) % 256, (y + seed * 91) % 256, (x * y + seed) % 256);
    }
    return image.save(path, "JPG", 90);
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestPhotoFolder : public QObject
{
    Q_OBJECT

    std::unique_ptr<Shop> m_shop;
    std::unique_ptr<PhotoStore> m_store;
    std::unique_ptr<ProductPhotos> m_photos;
    std::unique_ptr<PhotoInbox> m_inbox;
    std::unique_ptr<PhotoFolder> m_folder;
    std::unique_ptr<QTemporaryDir> m_files;
    qint64 m_spices = 0; // barcode 4006381333931, references EPI-250 and EPI-500
    qint64 m_notebook = 0; // reference C000123, no barcode

    qint64 linksFor(qint64 productId) const
    {
        return scalar(m_shop->db(),
                      QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'photo_link' AND "
                                     "entity_id = (SELECT uuid FROM products WHERE id = ?)"),
                      {productId})
            .toLongLong();
    }
    QStringList photosOf(qint64 productId) const
    {
        auto photos = m_photos->photosOf(productId);
        return photos ? *photos : QStringList {QStringLiteral("error")};
    }
    QString file(const QString &name) const { return m_files->filePath(name); }

private Q_SLOTS:
    void init()
    {
        m_shop = std::make_unique<Shop>();
        QVERIFY(m_shop->temp.isValid());
        auto spices = m_shop->catalogue.createProduct(comptoir::test::spices(), grams250());
        QVERIFY(spices);
        m_spices = spices->productId;
        VariantFields big = grams250();
        big.label = QStringLiteral("500 g");
        big.reference = QStringLiteral("EPI-500");
        big.barcodes = {};
        QVERIFY(m_shop->catalogue.addVariant(m_spices, big));
        ProductFields notebook = comptoir::test::spices();
        notebook.name = QStringLiteral("Carnet ligné");
        VariantFields a5 = grams250();
        a5.label = QStringLiteral("A5");
        a5.reference = QStringLiteral("C000123");
        a5.barcodes = {};
        auto created = m_shop->catalogue.createProduct(notebook, a5);
        QVERIFY(created);
        m_notebook = created->productId;
        m_store = std::make_unique<PhotoStore>(m_shop->temp.dir());
        m_photos = std::make_unique<ProductPhotos>(m_shop->db(), m_shop->clock, *m_store);
        m_inbox = std::make_unique<PhotoInbox>(m_shop->db(), m_shop->clock, *m_photos);
        m_folder = std::make_unique<PhotoFolder>(m_shop->db(), *m_photos, *m_inbox);
        m_files = std::make_unique<QTemporaryDir>();
    }

    void cleanup()
    {
        m_folder.reset();
        m_inbox.reset();
        m_photos.reset();
        m_store.reset();
        m_shop.reset();
    }

    void namesArePhotos_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("photo");
        QTest::newRow("jpg") << QStringLiteral("3329680123456.jpg") << true;
        QTest::newRow("JPEG") << QStringLiteral("A.JPEG") << true;
        QTest::newRow("heic") << QStringLiteral("C000123.HEIC") << true;
        QTest::newRow("png") << QStringLiteral("x.png") << true;
        QTest::newRow("webp") << QStringLiteral("x.webp") << true;
        QTest::newRow("text") << QStringLiteral("notes.txt") << false;
        QTest::newRow("partial download") << QStringLiteral("x.jpg.part") << false;
        QTest::newRow("hidden") << QStringLiteral(".x.jpg") << false;
        QTest::newRow("no stem") << QStringLiteral(".jpg") << false;
    }
    void namesArePhotos()
    {
        QFETCH(QString, name);
        QFETCH(bool, photo);
        QCOMPARE(PhotoFolder::isPhotoFile(name), photo);
    }

    void codesOfNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("barcode") << QStringLiteral("3329680123456.jpg")
                                 << QStringList {QStringLiteral("3329680123456")};
        QTest::newRow("second photo")
            << QStringLiteral("3329680123456-2.jpg")
            << QStringList {QStringLiteral("3329680123456-2"), QStringLiteral("3329680123456")};
        QTest::newRow("underscore") << QStringLiteral("C000123_3.heic")
                                    << QStringList {QStringLiteral("C000123_3"), QStringLiteral("C000123")};
        QTest::newRow("copy number") << QStringLiteral(
            "C000123 (2).jpg") << QStringList {QStringLiteral("C000123 (2)"), QStringLiteral("C000123")};
        // "-250" is no photo number (one or two digits): the reference stays whole.
        QTest::newRow("reference with a dash")
            << QStringLiteral("EPI-250.jpg") << QStringList {QStringLiteral("EPI-250")};
        QTest::newRow("folder") << QStringLiteral("/tmp/a/C000123.HEIC")
                                << QStringList {QStringLiteral("C000123")};
    }
    void codesOfNames()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, codes);
        QCOMPARE(PhotoFolder::codesOf(name), codes);
    }

    void namesMatchProducts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("which"); // 0 none, 1 spices, 2 notebook
        QTest::newRow("barcode") << QStringLiteral("4006381333931.jpg") << 1;
        QTest::newRow("barcode, second photo") << QStringLiteral("4006381333931-2.jpg") << 1;
        QTest::newRow("reference") << QStringLiteral("C000123.HEIC") << 2;
        QTest::newRow("reference, lower case") << QStringLiteral("c000123.jpg") << 2;
        QTest::newRow("another variant's reference") << QStringLiteral("epi-500_2.jpg") << 1;
        QTest::newRow("reference with a dash") << QStringLiteral("EPI-250.jpg") << 1;
        QTest::newRow("unknown") << QStringLiteral("IMG_0001.jpg") << 0;
        QTest::newRow("a longer barcode") << QStringLiteral("40063813339310.jpg") << 0;
    }
    void namesMatchProducts()
    {
        QFETCH(QString, name);
        QFETCH(int, which);
        auto product = m_folder->productFor(name);
        QVERIFY(product);
        const std::optional<qint64> expected
            = which == 0 ? std::nullopt : std::optional<qint64>(which == 1 ? m_spices : m_notebook);
        QCOMPARE(*product, expected);
    }

    void photoFilesComeByCodeThenNumber()
    {
        for (const char *name :
             {"B-2.jpg", "B.jpg", "a-10.jpg", "a (3).png", "a.JPG", "notes.txt", "a-2.heic"})
            QVERIFY(writeBytes(file(QString::fromLatin1(name)), "x"));
        QCOMPARE(
            PhotoFolder::photoFiles(m_files->path()),
            (QStringList {QStringLiteral("a.JPG"), QStringLiteral("a-2.heic"), QStringLiteral("a (3).png"),
                          QStringLiteral("a-10.jpg"), QStringLiteral("B.jpg"), QStringLiteral("B-2.jpg")}));
    }

    void matchedPhotosAreAttached()
    {
        QVERIFY(writePhoto(file(QStringLiteral("4006381333931.jpg")), 1));
        QVERIFY(writePhoto(file(QStringLiteral("4006381333931-2.jpg")), 2));
        QVERIFY(writePhoto(file(QStringLiteral("c000123.jpg")), 3));
        const QList<FolderPhoto> taken = m_folder->takeAll(m_files->path(), PhotoPreparer());
        QCOMPARE(taken.size(), 3);
        for (const FolderPhoto &photo : taken) {
            QCOMPARE(photo.outcome, FolderPhoto::Outcome::Attached);
            QVERIFY(!photo.tooSmall);
            QVERIFY(m_store->contains(photo.sha256));
        }
        // By code, the main photo ("CODE.jpg") before "CODE-2.jpg".
        QCOMPARE(taken.at(0).fileName, QStringLiteral("4006381333931.jpg"));
        QCOMPARE(taken.at(1).fileName, QStringLiteral("4006381333931-2.jpg"));
        QCOMPARE(taken.at(0).productName, QStringLiteral("Épices Rouges"));
        QCOMPARE(taken.at(2).productName, QStringLiteral("Carnet ligné"));
        QCOMPARE(photosOf(m_spices), (QStringList {taken.at(0).sha256, taken.at(1).sha256}));
        QCOMPARE(photosOf(m_notebook), QStringList {taken.at(2).sha256});
        QCOMPARE(linksFor(m_spices), 2);
        QCOMPARE(linksFor(m_notebook), 1);

        // A second pass over the same folder changes nothing.
        const QList<FolderPhoto> again = m_folder->takeAll(m_files->path(), PhotoPreparer());
        QCOMPARE(again.size(), 3);
        for (const FolderPhoto &photo : again)
            QCOMPARE(photo.outcome, FolderPhoto::Outcome::Skipped);
        QCOMPARE(linksFor(m_spices), 2);
        QCOMPARE(linksFor(m_notebook), 1);
    }

    void unmatchedPhotosWaitInTheInboxUntilScanned()
    {
        QSignalSpy changed(m_inbox.get(), &PhotoInbox::inboxChanged);
        QVERIFY(writePhoto(file(QStringLiteral("IMG_0001.jpg")), 4));
        QVERIFY(writePhoto(file(QStringLiteral("IMG_0002.jpg")), 5));
        const QList<FolderPhoto> taken = m_folder->takeAll(m_files->path(), PhotoPreparer());
        QCOMPARE(taken.size(), 2);
        QCOMPARE(taken.at(0).outcome, FolderPhoto::Outcome::Inbox);
        QCOMPARE(taken.at(1).outcome, FolderPhoto::Outcome::Inbox);
        QCOMPARE(changed.size(), 2);
        auto inbox = m_inbox->list();
        QVERIFY(inbox);
        QCOMPARE(inbox->size(), 2);
        QCOMPARE(inbox->at(0).sourceName, QStringLiteral("IMG_0001.jpg"));
        QVERIFY(m_store->contains(inbox->at(0).sha256));
        QCOMPARE(scalar(m_shop->db(), QStringLiteral("SELECT count(*) FROM photo_files")).toInt(), 2);
        QCOMPARE(linksFor(m_spices) + linksFor(m_notebook), 0);

        // Scanning an unknown code assigns nothing.
        auto unknown = m_inbox->assignByCode(inbox->at(0).sha256, QStringLiteral("0000000000000"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QCOMPARE(*m_inbox->count(), 2);

        // Scanning the spices' barcode gives it the first photo: one photo_link, out of the inbox.
        auto assigned = m_inbox->assignByCode(inbox->at(0).sha256, QStringLiteral(" 4006381333931 "));
        QVERIFY2(assigned, qPrintable(assigned ? QString() : assigned.error().detail));
        QCOMPARE(*assigned, m_spices);
        QCOMPARE(photosOf(m_spices), QStringList {inbox->at(0).sha256});
        QCOMPARE(linksFor(m_spices), 1);
        QCOMPARE(*m_inbox->count(), 1);
        QVERIFY(!*m_inbox->contains(inbox->at(0).sha256));

        // The second is thrown away: out of the inbox, no product changed.
        QVERIFY(m_inbox->discard(inbox->at(1).sha256));
        QCOMPARE(*m_inbox->count(), 0);
        QCOMPARE(photosOf(m_notebook), QStringList());
        QCOMPARE(m_inbox->assign(inbox->at(1).sha256, m_notebook).error().code, ErrorCode::PhotoUnknown);

        // The same picture again in the folder: the shop has it, skipped.
        const QList<FolderPhoto> again = m_folder->takeAll(m_files->path(), PhotoPreparer());
        QCOMPARE(again.at(0).outcome, FolderPhoto::Outcome::Skipped);
        QCOMPARE(*m_inbox->count(), 0);
    }

    void aPhotoFromTheInboxNamedLaterIsMoved()
    {
        // IMG_0003 waits in the inbox; later the same picture comes named after the notebook.
        QVERIFY(writePhoto(file(QStringLiteral("IMG_0003.jpg")), 6));
        QCOMPARE(m_folder->takeAll(m_files->path(), PhotoPreparer()).at(0).outcome,
                 FolderPhoto::Outcome::Inbox);
        QVERIFY(QFile::rename(file(QStringLiteral("IMG_0003.jpg")), file(QStringLiteral("C000123.jpg"))));
        const QList<FolderPhoto> taken = m_folder->takeAll(m_files->path(), PhotoPreparer());
        QCOMPARE(taken.at(0).outcome, FolderPhoto::Outcome::Attached);
        QCOMPARE(photosOf(m_notebook).size(), 1);
        QCOMPARE(*m_inbox->count(), 0);
    }

    void refusalsChangeNothing()
    {
        QVERIFY(writeBytes(file(QStringLiteral("4006381333931.jpg")), "not a picture at all"));
        QByteArray truncated;
        {
            QVERIFY(writePhoto(file(QStringLiteral("whole.jpg")), 7));
            QFile whole(file(QStringLiteral("whole.jpg")));
            QVERIFY(whole.open(QIODevice::ReadOnly));
            truncated = whole.readAll().left(2000);
            whole.close();
            QVERIFY(whole.remove());
        }
        QVERIFY(writeBytes(file(QStringLiteral("C000123.jpg")), truncated));
        QVERIFY(writePhoto(file(QStringLiteral("EPI-500.jpg")), 8, QSize(400, 300)));
        const QList<FolderPhoto> taken = m_folder->takeAll(m_files->path(), PhotoPreparer());
        QCOMPARE(taken.size(), 3);
        QCOMPARE(taken.at(0).fileName, QStringLiteral("4006381333931.jpg"));
        QCOMPARE(taken.at(0).outcome, FolderPhoto::Outcome::Refused);
        QCOMPARE(taken.at(0).error.code, ErrorCode::PhotoUnreadable);
        QCOMPARE(taken.at(1).fileName, QStringLiteral("C000123.jpg"));
        QCOMPARE(taken.at(1).outcome, FolderPhoto::Outcome::Refused);
        QVERIFY(taken.at(1).error.code == ErrorCode::PhotoDamaged
                || taken.at(1).error.code == ErrorCode::PhotoUnreadable);
        // Small, but accepted: the caller says so.
        QCOMPARE(taken.at(2).outcome, FolderPhoto::Outcome::Attached);
        QVERIFY(taken.at(2).tooSmall);
        QCOMPARE(photosOf(m_notebook), QStringList());
        QCOMPARE(photosOf(m_spices).size(), 1);
        QCOMPARE(scalar(m_shop->db(), QStringLiteral("SELECT count(*) FROM photo_files")).toInt(), 1);
        QCOMPARE(linksFor(m_notebook), 0);
    }

    void theWatcherTakesEachStableFileOnce()
    {
        PhotoFolderWatcher watcher(*m_folder);
        watcher.setStableMs(150);
        watcher.setRescanMs(100);
        QSignalSpy taken(&watcher, &PhotoFolderWatcher::photoTaken);
        watcher.watch(m_files->path());
        QVERIFY(writePhoto(file(QStringLiteral("4006381333931.jpg")), 9));
        QVERIFY(writePhoto(file(QStringLiteral("IMG_0009.jpg")), 10));
        QTRY_COMPARE_WITH_TIMEOUT(taken.size(), 2, 20000);
        const auto first = taken.at(0).at(0).value<FolderPhoto>();
        const auto second = taken.at(1).at(0).value<FolderPhoto>();
        QCOMPARE(first.fileName, QStringLiteral("4006381333931.jpg"));
        QCOMPARE(first.outcome, FolderPhoto::Outcome::Attached);
        QCOMPARE(second.outcome, FolderPhoto::Outcome::Inbox);
        QCOMPARE(photosOf(m_spices).size(), 1);

        // Rescans find nothing new: the files taken are remembered.
        for (int i = 0; i < 5; ++i) {
            watcher.rescan();
            QTest::qWait(60);
        }
        QCOMPARE(taken.size(), 2);
        QCOMPARE(watcher.pending(), 0);
        QCOMPARE(linksFor(m_spices), 1);

        // A new photo of the same product is taken in its turn.
        QVERIFY(writePhoto(file(QStringLiteral("4006381333931-2.jpg")), 11));
        QTRY_COMPARE_WITH_TIMEOUT(taken.size(), 3, 20000);
        QCOMPARE(photosOf(m_spices).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPhotoFolder)
#include "tst_photofolder.moc"
