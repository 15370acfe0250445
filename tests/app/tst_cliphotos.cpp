// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `comptoir catalogue photos FOLDER` (issue 15), run as a volunteer with a folder of photos would
// (a real process on a real demo shop): photos named after a barcode or a reference attached to
// their product (one photo_link each), an unnamed one waiting in the inbox, a file that is no
// photo refused with the reason in words (exit code 1), and on a second run everything skipped
// (exit code 0 once the bad file is gone). The photos are stored once, under their SHA-256.
#include "clirunner.h"

#include <QImage>
#include <QTest>

using namespace comptoir;
using namespace comptoir::clitest;

namespace {

bool writePhoto(const QString &path, int seed)
{
    QImage image(1000, 750, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = qRgb((x + seed * 53) % 256, (y * 2 + seed * 17) % 256, (x ^ y) % 256);
    }
    return image.save(path, "JPG", 92);
}

} // namespace

class TestCliPhotos : public QObject, protected CliRunner
{
    Q_OBJECT

    QString m_shop;
    QString m_photos;
    QString m_barcode; // a demo variant's barcode, and its product
    QString m_barcodeProduct;
    QString m_reference; // another product's variant's reference
    QString m_referenceProduct;

    QStringList photos() const
    {
        return {QStringLiteral("catalogue"),
                QStringLiteral("photos"),
                m_photos,
                QStringLiteral("--data-dir"),
                m_shop,
                QStringLiteral("--lang"),
                QStringLiteral("en")};
    }
    QList<QVariantList> query(const QString &sql) const
    {
        auto db = Database::open(databasePath(m_shop));
        return db ? rows(*db.value(), sql) : QList<QVariantList> {};
    }
    qint64 count(const QString &sql) const
    {
        const auto result = query(sql);
        return result.isEmpty() ? -1 : result.first().first().toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(COMPTOIR_EXE)).isExecutable(), COMPTOIR_EXE);
        m_shop = freshDir(QStringLiteral("shop"));
        const Run seeded
            = run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--data-dir"), m_shop});
        QCOMPARE(seeded.exitCode, 0);
        const auto barcoded
            = query(QStringLiteral("SELECT b.code, p.name, p.id FROM barcodes b JOIN variants v ON v.id = "
                                   "b.variant_id JOIN products p "
                                   "ON p.id = v.product_id WHERE p.archived = 0 ORDER BY p.id LIMIT 1"));
        QCOMPARE(barcoded.size(), 1);
        m_barcode = barcoded.first().at(0).toString();
        m_barcodeProduct = barcoded.first().at(1).toString();
        const auto referenced
            = query(QStringLiteral(
                        "SELECT v.reference, p.name FROM variants v JOIN products p ON p.id = v.product_id "
                        "WHERE p.archived = 0 AND p.id <> %1 AND v.reference GLOB '*[A-Za-z]*' "
                        "ORDER BY p.id LIMIT 1")
                        .arg(barcoded.first().at(2).toLongLong()));
        QCOMPARE(referenced.size(), 1);
        m_reference = referenced.first().at(0).toString();
        m_referenceProduct = referenced.first().at(1).toString();
        m_photos = freshDir(QStringLiteral("photos"));
        QVERIFY(QDir().mkpath(m_photos));
    }

    void attachesWaitsRefusesThenSkips()
    {
        const QDir folder(m_photos);
        QVERIFY(writePhoto(folder.filePath(m_barcode + QStringLiteral(".jpg")), 1));
        QVERIFY(writePhoto(folder.filePath(m_barcode + QStringLiteral("-2.JPG")), 2));
        QVERIFY(writePhoto(folder.filePath(m_reference.toLower() + QStringLiteral(".jpeg")), 3));
        QVERIFY(writePhoto(folder.filePath(QStringLiteral("IMG_2041.jpg")), 4));
        {
            QFile notAPhoto(folder.filePath(QStringLiteral("receipt.jpg")));
            QVERIFY(notAPhoto.open(QIODevice::WriteOnly));
            notAPhoto.write("this is not a picture");
        }
        {
            QFile notes(folder.filePath(QStringLiteral("notes.txt")));
            QVERIFY(notes.open(QIODevice::WriteOnly));
            notes.write("left alone");
        }
        const qint64 linksBefore
            = count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'photo_link'"));
        const qint64 filesBefore = count(QStringLiteral("SELECT count(*) FROM photo_files"));

        const Run first = run(photos());
        QVERIFY2(!first.crashed, qPrintable(first.err));
        QCOMPARE(first.exitCode, 1); // one refused
        QVERIFY2(first.out.contains(m_barcode + QStringLiteral(".jpg: attached to ") + m_barcodeProduct),
                 qPrintable(first.out));
        QVERIFY2(first.out.contains(m_barcode + QStringLiteral("-2.JPG: attached to ") + m_barcodeProduct),
                 qPrintable(first.out));
        QVERIFY2(first.out.contains(m_reference.toLower() + QStringLiteral(".jpeg: attached to ")
                                    + m_referenceProduct),
                 qPrintable(first.out));
        QVERIFY2(first.out.contains(QStringLiteral("IMG_2041.jpg: no product has this code, waiting in the "
                                                   "photo inbox.")),
                 qPrintable(first.out));
        QVERIFY2(
            first.err.contains(QStringLiteral("receipt.jpg: refused: receipt.jpg is not a photo Comptoir "
                                              "can read")),
            qPrintable(first.err));
        QVERIFY(!first.out.contains(QStringLiteral("notes.txt")));
        QVERIFY2(
            first.out.contains(QStringLiteral("5 photos: 3 attached, 1 waiting in the inbox, 0 skipped, 1 "
                                              "refused.")),
            qPrintable(first.out));

        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'photo_link'")),
                 linksBefore + 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM photo_inbox")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM photo_files")), filesBefore + 4);
        QCOMPARE(count(QStringLiteral(
                           "SELECT json_array_length(p.photos) FROM products p JOIN variants v ON "
                           "v.product_id = p.id JOIN barcodes b ON b.variant_id = v.id WHERE b.code = '")
                       + m_barcode + QStringLiteral("'")),
                 2);
        // Each stored once, under <data>/photos/<2 hex>/<sha256>.jpg.
        const auto shas = query(QStringLiteral("SELECT sha256 FROM photo_files WHERE origin = 'shop'"));
        for (const QVariantList &row : shas) {
            const QString sha = row.first().toString();
            QVERIFY2(
                QFileInfo::exists(QDir(m_shop).filePath(QStringLiteral("photos/") + sha.left(2)
                                                        + QLatin1Char('/') + sha + QStringLiteral(".jpg"))),
                qPrintable(sha));
        }

        // Second run, the bad file gone: all skipped, nothing written, exit code 0.
        QVERIFY(QFile::remove(folder.filePath(QStringLiteral("receipt.jpg"))));
        const Run second = run(photos());
        QVERIFY2(!second.crashed, qPrintable(second.err));
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains(m_barcode + QStringLiteral(".jpg: skipped, ") + m_barcodeProduct
                                     + QStringLiteral(" already has it.")),
                 qPrintable(second.out));
        QVERIFY2(second.out.contains(QStringLiteral("IMG_2041.jpg: skipped, already in the shop's photos.")),
                 qPrintable(second.out));
        QVERIFY2(
            second.out.contains(QStringLiteral("4 photos: 0 attached, 0 waiting in the inbox, 4 skipped, 0 "
                                               "refused.")),
            qPrintable(second.out));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'photo_link'")),
                 linksBefore + 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM photo_files")), filesBefore + 4);
    }

    void usageErrors()
    {
        const Run noFolder = run({QStringLiteral("catalogue"), QStringLiteral("photos"),
                                  QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(noFolder.exitCode, 2);
        QVERIFY2(noFolder.err.contains(QStringLiteral("catalogue photos needs one folder")),
                 qPrintable(noFolder.err));
        const Run missing = run({QStringLiteral("catalogue"), QStringLiteral("photos"),
                                 m_photos + QStringLiteral("/nowhere"), QStringLiteral("--data-dir"), m_shop,
                                 QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("is not a folder")), qPrintable(missing.err));
    }
};

QTEST_GUILESS_MAIN(TestCliPhotos)
#include "tst_cliphotos.moc"
