// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The thumbnails' loader (issue 15): a view asking for a photo gets a placeholder at once, the
// read happens off the window's thread and thumbnailReady says when the thumbnail is cached; a
// cached thumbnail is given without reading again; a missing photo keeps its placeholder (and is
// not read again and again) until forgotten; a big photo is decoded scaled.
#include "models/photos/photostore.h"
#include "ui/photos/thumbnailloader.h"

#include <QBuffer>
#include <QColor>
#include <QCryptographicHash>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;

namespace {

// A JPEG of one colour, stored in the photo store under its own hash; returns the hash.
QString storePhoto(PhotoStore &store, QSize size, QColor colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "JPEG", 90))
        return {};
    const QString sha256
        = QString::fromLatin1(QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex());
    if (!store.put(sha256, jpeg))
        return {};
    return sha256;
}

bool isRed(QColor colour)
{
    return colour.red() > 200 && colour.green() < 60 && colour.blue() < 60;
}

} // namespace

class TestThumbnailLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeholderAtOnceThenReady();
    void cachedThumbnailIsNotReadAgain();
    void missingPhotoKeepsItsPlaceholder();
    void bigPhotoIsDecodedScaled();
};

void TestThumbnailLoader::placeholderAtOnceThenReady()
{
    QTemporaryDir dir;
    PhotoStore store(dir.path());
    const QString sha256 = storePhoto(store, QSize(800, 600), Qt::red);
    QVERIFY(!sha256.isEmpty());
    ThumbnailLoader loader(store);
    QSignalSpy ready(&loader, &ThumbnailLoader::thumbnailReady);

    const QPixmap first = loader.thumbnail(sha256, ThumbnailLoader::SmallSize);
    QCOMPARE(first.toImage(), loader.placeholder(ThumbnailLoader::SmallSize).toImage());
    QVERIFY(!loader.isCached(sha256, ThumbnailLoader::SmallSize));
    // Asked again while it loads: the same placeholder, no second read.
    loader.thumbnail(sha256, ThumbnailLoader::SmallSize);
    QCOMPARE(loader.readsStarted(), 1);

    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.first().first().toString(), sha256);
    QVERIFY(loader.isCached(sha256, ThumbnailLoader::SmallSize));
    const QPixmap thumbnail = loader.thumbnail(sha256, ThumbnailLoader::SmallSize);
    QCOMPARE(thumbnail.size(), QSize(64, 48)); // the photo's shape, long side 64
    QVERIFY(isRed(thumbnail.toImage().pixelColor(32, 24)));
}

void TestThumbnailLoader::cachedThumbnailIsNotReadAgain()
{
    QTemporaryDir dir;
    PhotoStore store(dir.path());
    const QString sha256 = storePhoto(store, QSize(700, 700), Qt::red);
    ThumbnailLoader loader(store);
    QSignalSpy ready(&loader, &ThumbnailLoader::thumbnailReady);
    loader.thumbnail(sha256, ThumbnailLoader::SmallSize);
    QVERIFY(ready.wait(5000));
    QCOMPARE(loader.readsStarted(), 1);

    // Removing the file proves the next answers come from the cache.
    QVERIFY(store.remove(sha256));
    for (int i = 0; i < 100; ++i)
        QVERIFY(isRed(loader.thumbnail(sha256, ThumbnailLoader::SmallSize).toImage().pixelColor(10, 10)));
    QCOMPARE(loader.readsStarted(), 1);
    // Another size is another thumbnail: read on its own (and here missing: the placeholder).
    loader.thumbnail(sha256, ThumbnailLoader::LargeSize);
    QCOMPARE(loader.readsStarted(), 2);
    QVERIFY(!ready.wait(300));
    QVERIFY(!loader.isCached(sha256, ThumbnailLoader::LargeSize));
}

void TestThumbnailLoader::missingPhotoKeepsItsPlaceholder()
{
    QTemporaryDir dir;
    PhotoStore store(dir.path());
    const QString missing(64, QLatin1Char('a'));
    ThumbnailLoader loader(store);
    QSignalSpy ready(&loader, &ThumbnailLoader::thumbnailReady);
    const QImage placeholder = loader.placeholder(ThumbnailLoader::SmallSize).toImage();
    QCOMPARE(loader.thumbnail(missing, ThumbnailLoader::SmallSize).toImage(), placeholder);
    QVERIFY(!ready.wait(300));
    // The failed read is remembered: painting again does not read the disk again.
    QCOMPARE(loader.thumbnail(missing, ThumbnailLoader::SmallSize).toImage(), placeholder);
    QCOMPARE(loader.readsStarted(), 1);

    // The photo arrives (downloaded by the sync): once forgotten, it is read and shown.
    const QString sha256 = storePhoto(store, QSize(640, 480), Qt::red);
    QVERIFY(!sha256.isEmpty());
    loader.thumbnail(sha256, ThumbnailLoader::SmallSize);
    QVERIFY(ready.wait(5000));
    loader.forget(sha256);
    QVERIFY(!loader.isCached(sha256, ThumbnailLoader::SmallSize));
    loader.forget(missing);
    loader.thumbnail(missing, ThumbnailLoader::SmallSize);
    QCOMPARE(loader.readsStarted(), 3);
}

void TestThumbnailLoader::bigPhotoIsDecodedScaled()
{
    QTemporaryDir dir;
    PhotoStore store(dir.path());
    QImage image(4000, 3000, QImage::Format_RGB32);
    image.fill(Qt::red);
    const QString path = dir.filePath(QStringLiteral("big.jpg"));
    QVERIFY(image.save(path, "JPEG", 85));
    const QImage small = ThumbnailLoader::readScaled(path, ThumbnailLoader::LargeSize);
    QCOMPARE(small.size(), QSize(160, 120));
    QVERIFY(isRed(small.pixelColor(80, 60)));
    QVERIFY(ThumbnailLoader::readScaled(dir.filePath(QStringLiteral("none.jpg")), 64).isNull());
}

QTEST_MAIN(TestThumbnailLoader)
#include "tst_thumbnailloader.moc"
