// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The stock room's photo session (issue 15's acceptance), driven with QTest as a person with a
// scanner would, with a fake camera: scan → the product comes up → Space → the photo is prepared
// and added to it → the next scan → …; an unknown code said in words; Esc ends the session. And
// the photo inbox: scanning a product gives it the photo shown; Delete throws one away.
#include "fakecamerasource.h"
#include "models/photos/photoinbox.h"
#include "models/photos/photostore.h"
#include "models/photos/productphotos.h"
#include "models/settings/shopsettings.h"
#include "models/staff/operatorsession.h"
#include "shopfixture.h"
#include "ui/camera/photosessiondialog.h"
#include "ui/camera/qtcamerasource.h"
#include "ui/photos/photoinboxdialog.h"
#include "ui/settings/photosettingssection.h"

#include <QBuffer>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMediaDevices>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace comptoir;
using namespace comptoir::test;

namespace {

QImage frame(int seed)
{
    QImage image(1200, 900, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = qRgb((x / 4 + seed * 40) % 256, (y / 4 + seed * 70) % 256, seed * 50 % 256);
    }
    return image;
}

// What a USB scanner does: the code's characters, then Enter.
void scan(QWidget *field, const QString &code)
{
    QTest::keyClicks(field, code);
    QTest::keyClick(field, Qt::Key_Return);
}

} // namespace

class TestPhotoSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<Shop> m_shop;
    std::unique_ptr<PhotoStore> m_store;
    std::unique_ptr<ProductPhotos> m_photos;
    qint64 m_spices = 0; // barcode 4006381333931
    qint64 m_notebook = 0; // reference C000123

    QStringList photosOf(qint64 productId) const
    {
        auto photos = m_photos->photosOf(productId);
        return photos ? *photos : QStringList {QStringLiteral("error")};
    }
    qint64 links() const
    {
        return scalar(m_shop->db(),
                      QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'photo_link'"))
            .toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        m_shop = std::make_unique<Shop>();
        QVERIFY(m_shop->temp.isValid());
        auto spices = m_shop->catalogue.createProduct(comptoir::test::spices(), grams250());
        QVERIFY(spices);
        m_spices = spices->productId;
        ProductFields notebook = comptoir::test::spices();
        notebook.name = QStringLiteral("Carnet ligné");
        VariantFields a5 = grams250();
        a5.reference = QStringLiteral("C000123");
        a5.barcodes = {};
        auto created = m_shop->catalogue.createProduct(notebook, a5);
        QVERIFY(created);
        m_notebook = created->productId;
        m_store = std::make_unique<PhotoStore>(m_shop->temp.dir());
        m_photos = std::make_unique<ProductPhotos>(m_shop->db(), m_shop->clock, *m_store);
    }

    void cleanup()
    {
        m_photos.reset();
        m_store.reset();
        m_shop.reset();
    }

    void scanSpaceScanSpace()
    {
        FakeCameraSource camera(frame(1));
        PhotoSessionDialog dialog(m_shop->db(), *m_photos, *m_store, camera);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *code = dialog.findChild<QLineEdit *>(QStringLiteral("photoSessionCode"));
        auto *product = dialog.findChild<QLabel *>(QStringLiteral("photoSessionProduct"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("photoSessionStatus"));
        auto *strip = dialog.findChild<QListWidget *>(QStringLiteral("photoSessionPhotos"));
        QVERIFY(code && product && status && strip);
        QVERIFY(code->hasFocus());
        QSignalSpy added(&dialog, &PhotoSessionDialog::photoAdded);

        // Space before any scan: nothing taken, said why.
        QTest::keyClick(code, Qt::Key_Space);
        QCOMPARE(camera.captures(), 0);
        QVERIFY(status->text().contains(QStringLiteral("Scan a product first")));
        QVERIFY(code->text().isEmpty());

        // An unknown code: said in words, no product up.
        scan(code, QStringLiteral("9999999999994"));
        QVERIFY2(status->text().contains(QStringLiteral("No product has the code 9999999999994")),
                 qPrintable(status->text()));
        QCOMPARE(dialog.currentProduct(), 0);

        // Scan the spices: they come up with the camera live; Space twice: two photos, in order.
        scan(code, QStringLiteral("4006381333931"));
        QCOMPARE(dialog.currentProduct(), m_spices);
        QCOMPARE(product->text(), QStringLiteral("Épices Rouges"));
        QVERIFY(camera.isActive());
        QCOMPARE(strip->count(), 0);
        QTest::keyClick(code, Qt::Key_Space);
        QVERIFY(added.wait(20000));
        camera.setFrame(frame(2));
        QTest::keyClick(code, Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 2, 20000);
        QCOMPARE(added.at(0).at(0).toLongLong(), m_spices);
        QCOMPARE(photosOf(m_spices),
                 (QStringList {added.at(0).at(1).toString(), added.at(1).at(1).toString()}));
        QCOMPARE(strip->count(), 2);
        QVERIFY(code->text().isEmpty()); // Space never reaches the field
        for (const QString &sha : photosOf(m_spices))
            QVERIFY(m_store->contains(sha));

        // The next scan (a reference, typed in another case): the notebook, one photo.
        camera.setFrame(frame(3));
        scan(code, QStringLiteral("c000123"));
        QCOMPARE(dialog.currentProduct(), m_notebook);
        QCOMPARE(product->text(), QStringLiteral("Carnet ligné"));
        QCOMPARE(strip->count(), 0);
        QTest::keyClick(code, Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 3, 20000);
        QCOMPARE(photosOf(m_notebook), QStringList {added.at(2).at(1).toString()});
        QCOMPARE(photosOf(m_spices).size(), 2);
        QCOMPARE(links(), 3);
        QCOMPARE(dialog.pending(), 0);

        // Esc ends the session and the camera.
        QTest::keyClick(code, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!camera.isActive());
    }

    void aPictureGoesToTheProductScannedWhenTaken()
    {
        FakeCameraSource camera(frame(4));
        PhotoSessionDialog dialog(m_shop->db(), *m_photos, *m_store, camera);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *code = dialog.findChild<QLineEdit *>(QStringLiteral("photoSessionCode"));
        QSignalSpy added(&dialog, &PhotoSessionDialog::photoAdded);
        scan(code, QStringLiteral("4006381333931"));
        QTest::keyClick(code, Qt::Key_Space);
        scan(code, QStringLiteral("C000123")); // at once, before the picture is ready
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 20000);
        QCOMPARE(photosOf(m_spices).size(), 1);
        QCOMPARE(photosOf(m_notebook).size(), 0);
    }

    void anUnpluggedCameraIsSaid()
    {
        FakeCameraSource camera(frame(5));
        PhotoSessionDialog dialog(m_shop->db(), *m_photos, *m_store, camera);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *code = dialog.findChild<QLineEdit *>(QStringLiteral("photoSessionCode"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("photoSessionStatus"));
        scan(code, QStringLiteral("4006381333931"));
        camera.unplug();
        QTest::keyClick(code, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Fake camera")), 5000);
        QCOMPARE(dialog.pending(), 0);
        QCOMPARE(photosOf(m_spices).size(), 0);
        QCOMPARE(links(), 0);
    }

    // The real camera (Qt Multimedia) on a computer without one: the session says so in words, and
    // nothing is added.
    void noCameraIsSaidInWords()
    {
        if (!QMediaDevices::videoInputs().isEmpty())
            QSKIP("this computer has a camera");
        QtCameraSource camera(QStringLiteral("/dev/video-gone"));
        QSignalSpy failed(&camera, &CameraSource::failed);
        PhotoSessionDialog dialog(m_shop->db(), *m_photos, *m_store, camera);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *code = dialog.findChild<QLineEdit *>(QStringLiteral("photoSessionCode"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("photoSessionStatus"));
        scan(code, QStringLiteral("4006381333931"));
        QCOMPARE(dialog.currentProduct(), m_spices);
        QTest::keyClick(code, Qt::Key_Space);
        QTRY_VERIFY(!failed.isEmpty());
        QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::CameraUnavailable);
        QVERIFY2(status->text().contains(QStringLiteral("camera")), qPrintable(status->text()));
        QCOMPARE(dialog.pending(), 0);
        QCOMPARE(photosOf(m_spices).size(), 0);
    }

    void theInboxIsAssignedByScanning()
    {
        PhotoInbox inbox(m_shop->db(), m_shop->clock, *m_photos);
        PhotoPreparer preparer;
        QByteArray jpeg;
        for (int seed : {6, 7}) {
            QBuffer buffer(&jpeg);
            jpeg.clear();
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(frame(seed).save(&buffer, "JPG"));
            auto prepared = preparer.prepareBytes(jpeg, QStringLiteral("IMG_000%1.jpg").arg(seed));
            QVERIFY(prepared);
            QVERIFY(inbox.put(*prepared));
        }
        PhotoInboxDialog dialog(inbox, *m_store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *code = dialog.findChild<QLineEdit *>(QStringLiteral("photoInboxCode"));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("photoInboxList"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("photoInboxStatus"));
        QVERIFY(code && list && status);
        QCOMPARE(list->count(), 2);
        const QString first = dialog.currentPhoto();

        scan(code, QStringLiteral("1234567890128"));
        QVERIFY(status->text().contains(QStringLiteral("No product has the code 1234567890128")));
        QCOMPARE(list->count(), 2);

        scan(code, QStringLiteral("4006381333931"));
        QCOMPARE(photosOf(m_spices), QStringList {first});
        QCOMPARE(list->count(), 1);
        QCOMPARE(links(), 1);

        const QString second = dialog.currentPhoto();
        QVERIFY(second != first);
        QTest::keyClick(code, Qt::Key_Delete);
        QCOMPARE(list->count(), 0);
        QCOMPARE(*inbox.count(), 0);
        QCOMPARE(photosOf(m_notebook), QStringList());
        QCOMPARE(links(), 1);
    }

    void theSettingsKeepTheCameraAndTheWatchedFolder()
    {
        ShopSettings settings(m_shop->db());
        OperatorSession operators;
        PhotoSettingsSection section(settings, operators);
        auto *camera = section.findChild<QComboBox *>(QStringLiteral("photoCameraCombo"));
        auto *folder = section.findChild<QLineEdit *>(QStringLiteral("photoWatchedFolderEdit"));
        auto *save = section.findChild<QPushButton *>(QStringLiteral("photoSettingsSave"));
        QVERIFY(camera && folder && save);
        QVERIFY(camera->count() >= 1); // the system's default, then this computer's cameras
        QCOMPARE(camera->currentData().toString(), QString());
        QVERIFY(!save->isEnabled()); // a manager changes them
        operators.signIn(OperatorInfo {42, QStringLiteral("Nadia"), OperatorRole::Manager, true});
        QVERIFY(save->isEnabled());
        QSignalSpy saved(&section, &PhotoSettingsSection::listingSaved);
        folder->setText(QStringLiteral("/home/shop/Photos/Phone/"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        auto listing = settings.listing();
        QVERIFY(listing);
        QCOMPARE(listing->watchedFolder, QStringLiteral("/home/shop/Photos/Phone"));
        QCOMPARE(listing->cameraId, QString());
        QVERIFY(listing->newProductsVisibleOnline); // the other listing settings are left as they were

        // A camera chosen once and unplugged since is kept, and said so.
        ListingSettings unplugged = *listing;
        unplugged.cameraId = QStringLiteral("/dev/video-gone");
        QVERIFY(settings.setListing(unplugged));
        section.reload();
        QCOMPARE(camera->currentData().toString(), QStringLiteral("/dev/video-gone"));
        QVERIFY(camera->currentText().contains(QStringLiteral("not connected")));
        folder->clear();
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(settings.listing()->watchedFolder, QString());
        QCOMPARE(settings.listing()->cameraId, QStringLiteral("/dev/video-gone"));
    }
};

QTEST_MAIN(TestPhotoSession)
#include "tst_photosession.moc"
