// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A product's photo strip (issue 15), driven as a merchant does: three files dropped from a file
// manager at once, one of them not a photo: the two photos are prepared off the window's thread
// (a busy mark meanwhile) and added in the order dropped, the third is refused in words; then
// the keyboard: Ctrl+Left/Right moves a photo, Ctrl+Home makes it the main one, Delete removes
// it; each change is what the product's photo list holds in the database. A photo too small to
// sell from is added with a warning.
#include "cataloguepagefixture.h"
#include "models/photos/photopreparer.h"
#include "models/photos/photostore.h"
#include "models/photos/productphotos.h"
#include "ui/errortext.h"
#include "ui/photos/photostrip.h"
#include "ui/photos/thumbnailloader.h"

#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace comptoir;

class TestPhotoStrip : public QObject, protected CataloguePageFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dropThreeFilesOneBroken();
    void keyboardReordersMakesMainAndRemoves();
    void smallPhotoIsAddedWithAWarning();

private:
    QString writeImage(const QString &name, QSize size, QColor colour);
    void drop(const QStringList &paths);
    QStringList savedPhotos();
    // The photo_link mutations queued for the marketplace (ProductPhotos: one per change).
    qint64 links() { return count(QStringLiteral("sync_outbox"), QStringLiteral("kind = 'photo_link'")); }
    QListWidget *list() const { return m_strip->findChild<QListWidget *>(QStringLiteral("photoList")); }

    QTemporaryDir m_files;
    PhotoPreparer m_preparer;
    std::unique_ptr<PhotoStore> m_store;
    std::unique_ptr<ProductPhotos> m_photos;
    std::unique_ptr<ThumbnailLoader> m_thumbnails;
    std::unique_ptr<PhotoStrip> m_strip;
    qint64 m_productId = 0;
};

void TestPhotoStrip::init()
{
    setUpShop();
    m_store = std::make_unique<PhotoStore>(m_temp->dir());
    m_photos = std::make_unique<ProductPhotos>(m_temp->db(), *m_clock, *m_store);
    m_thumbnails = std::make_unique<ThumbnailLoader>(*m_store);
    const qint64 variantId = addProduct(QStringLiteral("Carnet ligné"), 450);
    QVERIFY(variantId > 0);
    m_productId
        = scalar(QStringLiteral("SELECT product_id FROM variants WHERE id = ?"), {variantId}).toLongLong();
    m_strip = std::make_unique<PhotoStrip>(*m_photos, m_preparer, *m_thumbnails, m_productId);
    m_strip->resize(700, 220);
    m_strip->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_strip.get()));
}

void TestPhotoStrip::cleanup()
{
    m_strip.reset();
    m_thumbnails.reset();
    m_photos.reset();
    m_store.reset();
    tearDownShop();
}

QString TestPhotoStrip::writeImage(const QString &name, QSize size, QColor colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    const QString path = m_files.filePath(name);
    return image.save(path) ? path : QString();
}

// What a file manager sends when files are dropped on the strip.
void TestPhotoStrip::drop(const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime.setUrls(urls);
    QWidget *viewport = list()->viewport();
    const QPoint where = viewport->rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(QPointF(where), Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton,
                       Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &dropped);
    QVERIFY(dropped.isAccepted());
}

QStringList TestPhotoStrip::savedPhotos()
{
    const QString json
        = scalar(QStringLiteral("SELECT photos FROM products WHERE id = ?"), {m_productId}).toString();
    QStringList photos;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &value : array)
        photos.append(value.toString());
    return photos;
}

void TestPhotoStrip::dropThreeFilesOneBroken()
{
    const QString red = writeImage(QStringLiteral("rouge.jpg"), QSize(1200, 900), Qt::red);
    const QString blue = writeImage(QStringLiteral("bleu.png"), QSize(900, 1200), Qt::blue);
    const QString broken = m_files.filePath(QStringLiteral("pas-une-photo.jpg"));
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Ceci n'est pas une photo.\n");
    }
    QVERIFY(!red.isEmpty() && !blue.isEmpty());
    const auto redPhoto = m_preparer.prepareFile(red);
    const auto bluePhoto = m_preparer.prepareFile(blue);
    const auto refusal = m_preparer.prepareFile(broken);
    QVERIFY(redPhoto && bluePhoto && !refusal);

    QSignalSpy finished(m_strip.get(), &PhotoStrip::preparationFinished);
    drop({red, broken, blue});
    // Prepared off the window's thread: the strip says it is busy meanwhile.
    QVERIFY(m_strip->isBusy());
    QVERIFY(m_strip->findChild<QProgressBar *>()->isVisible());
    QVERIFY(finished.wait(20000));
    QVERIFY(!m_strip->isBusy());
    QVERIFY(!m_strip->findChild<QProgressBar *>()->isVisible());

    const QStringList expected {redPhoto->sha256, bluePhoto->sha256};
    QCOMPARE(savedPhotos(), expected);
    QCOMPARE(m_strip->shownPhotos(), expected);
    QCOMPARE(links(), 2); // one per photo added, none for the refusal
    QVERIFY(m_store->contains(redPhoto->sha256));
    QVERIFY(m_store->contains(bluePhoto->sha256));
    QCOMPARE(m_strip->message(), errorText(refusal.error()));
    QVERIFY(m_strip->message().contains(QStringLiteral("pas-une-photo.jpg")));
    auto *message = m_strip->findChild<QLabel *>(QStringLiteral("photoMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), errorText(refusal.error()));
}

void TestPhotoStrip::keyboardReordersMakesMainAndRemoves()
{
    const QString a = writeImage(QStringLiteral("a.jpg"), QSize(800, 800), Qt::red);
    const QString b = writeImage(QStringLiteral("b.jpg"), QSize(800, 800), Qt::green);
    const QString c = writeImage(QStringLiteral("c.jpg"), QSize(800, 800), Qt::blue);
    QSignalSpy finished(m_strip.get(), &PhotoStrip::preparationFinished);
    m_strip->addFiles({a, b, c});
    QVERIFY(finished.wait(20000));
    const QStringList abc = savedPhotos();
    QCOMPARE(abc.size(), 3);
    QCOMPARE(m_strip->message(), QString());
    QCOMPARE(links(), 3);

    QListWidget *photos = list();
    photos->setFocus();
    photos->setCurrentRow(0);
    QTest::keyClick(photos, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(savedPhotos(), (QStringList {abc[1], abc[0], abc[2]}));
    QCOMPARE(m_strip->shownPhotos(), savedPhotos());
    QCOMPARE(photos->currentRow(), 1); // the moved photo stays selected
    QCOMPARE(links(), 4);
    QTest::keyClick(photos, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(savedPhotos(), (QStringList {abc[1], abc[2], abc[0]}));
    QTest::keyClick(photos, Qt::Key_Right, Qt::ControlModifier); // already last: nothing changes
    QCOMPARE(savedPhotos(), (QStringList {abc[1], abc[2], abc[0]}));
    QCOMPARE(links(), 5);
    QTest::keyClick(photos, Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(savedPhotos(), (QStringList {abc[1], abc[0], abc[2]}));

    // The last one becomes the main one.
    photos->setCurrentRow(2);
    QTest::keyClick(photos, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(savedPhotos(), (QStringList {abc[2], abc[1], abc[0]}));
    QCOMPARE(m_photos->mainPhotoOf(m_productId).value(), abc[2]);
    QCOMPARE(photos->currentRow(), 0);

    // Delete removes the selected one; the next one is then selected.
    QTest::keyClick(photos, Qt::Key_Delete);
    QCOMPARE(savedPhotos(), (QStringList {abc[1], abc[0]}));
    QCOMPARE(m_strip->shownPhotos(), savedPhotos());
    QCOMPARE(photos->currentRow(), 0);
    auto *removeButton = m_strip->findChild<QPushButton *>(QStringLiteral("removePhoto"));
    QTest::mouseClick(removeButton, Qt::LeftButton);
    QCOMPARE(savedPhotos(), (QStringList {abc[0]}));
    QCOMPARE(m_strip->message(), QString());
    QCOMPARE(links(), 9); // one per change made
}

void TestPhotoStrip::smallPhotoIsAddedWithAWarning()
{
    const QString small = writeImage(QStringLiteral("vignette.png"), QSize(300, 200), Qt::red);
    QSignalSpy finished(m_strip.get(), &PhotoStrip::preparationFinished);
    drop({small});
    QVERIFY(finished.wait(20000));
    QCOMPARE(savedPhotos().size(), 1);
    QVERIFY(m_strip->message().contains(QStringLiteral("vignette.png")));
    QVERIFY(m_strip->message().contains(QStringLiteral("300 × 200")));
}

QTEST_MAIN(TestPhotoStrip)
#include "tst_photostrip.moc"
