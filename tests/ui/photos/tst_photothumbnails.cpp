// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The products' main photos in the window's lists (issue 15): the catalogue's list has the main
// photo as a role (json_extract of products.photos) and paints its thumbnail beside the name once
// loaded; the till's search results and cart lines show the variant's product's main photo. Read
// from the screen: the view is grabbed and the thumbnail's pixels are the photo's colour.
#include "cataloguepagefixture.h"
#include "models/catalogue/cataloguemodel.h"
#include "models/photos/photopreparer.h"
#include "models/photos/photostore.h"
#include "models/photos/productphotos.h"
#include "models/sales/cartmodel.h"
#include "tillpagefixture.h"
#include "ui/photos/thumbnailloader.h"

#include <QImage>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace comptoir;

namespace {

// The colour at the centre of the thumbnail painted at the start of a cell.
QColor thumbnailColour(QTableView *view, const QModelIndex &index)
{
    const QRect cell = view->visualRect(index);
    const int side = std::max(16, cell.height() - 4);
    const QImage shot = view->viewport()->grab().toImage();
    return shot.pixelColor(cell.left() + 3 + side / 2, cell.center().y());
}

// Red, possibly under the selection's tint (30 % of the highlight colour).
bool isRed(QColor colour)
{
    return colour.red() > 150 && colour.red() > colour.green() + 60 && colour.red() > colour.blue() + 60;
}

// A red photo, prepared as the window prepares them.
PreparedPhoto redPhoto(const QString &folder)
{
    QImage image(900, 700, QImage::Format_RGB32);
    image.fill(Qt::red);
    const QString path = folder + QStringLiteral("/rouge.jpg");
    image.save(path);
    auto prepared = PhotoPreparer().prepareFile(path);
    return prepared ? prepared.value() : PreparedPhoto {};
}

int rowOf(QAbstractItemModel *model, qint64 variantId)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(CatalogueModel::VariantIdRole).toLongLong() == variantId)
            return row;
    }
    return -1;
}

} // namespace

class TestPhotoThumbnails : public QObject, protected CataloguePageFixture
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { tearDownShop(); }
    void catalogueListShowsTheMainPhoto();
    void tillSearchAndCartShowTheMainPhoto();
};

void TestPhotoThumbnails::catalogueListShowsTheMainPhoto()
{
    setUpShop();
    QTemporaryDir files;
    PhotoStore store(m_temp->dir());
    ProductPhotos photos(m_temp->db(), *m_clock, store);
    ThumbnailLoader thumbnails(store);
    const qint64 plain = addProduct(QStringLiteral("Agenda"), 1200);
    const qint64 pictured = addProduct(QStringLiteral("Carnet ligné"), 450);
    const qint64 productId
        = scalar(QStringLiteral("SELECT product_id FROM variants WHERE id = ?"), {pictured}).toLongLong();
    const PreparedPhoto photo = redPhoto(files.path());
    QVERIFY(!photo.sha256.isEmpty());
    QVERIFY(photos.add(productId, photo));

    QSignalSpy ready(&thumbnails, &ThumbnailLoader::thumbnailReady);
    showPage();
    m_page->showThumbnails(thumbnails);
    QTableView *view = table();
    const int row = rowOf(view->model(), pictured);
    const int plainRow = rowOf(view->model(), plain);
    QVERIFY(row >= 0 && plainRow >= 0);
    const QModelIndex name = view->model()->index(row, CatalogueModel::NameColumn);
    QCOMPARE(name.data(CatalogueModel::MainPhotoRole).toString(), photo.sha256);
    QCOMPARE(view->model()->index(plainRow, 0).data(CatalogueModel::MainPhotoRole).toString(), QString());

    view->viewport()->update();
    QVERIFY(ready.size() > 0 || ready.wait(5000)); // asked for by the paint, read off the thread
    QVERIFY(thumbnails.isCached(photo.sha256, ThumbnailLoader::SmallSize));
    QTRY_VERIFY(isRed(thumbnailColour(view, name)));
    QVERIFY(!isRed(thumbnailColour(view, view->model()->index(plainRow, CatalogueModel::NameColumn))));
    QCOMPARE(thumbnails.readsStarted(), 1); // repainting reads nothing again
    m_page.reset();
}

void TestPhotoThumbnails::tillSearchAndCartShowTheMainPhoto()
{
    tilltest::TillPageFixture till;
    QVERIFY(till.setUp());
    QTemporaryDir dataDir;
    PhotoStore store(dataDir.path());
    ProductPhotos photos(till.till.shop.db(), till.till.shop.clock, store);
    ThumbnailLoader thumbnails(store);
    auto query = till.till.shop.db().query(QStringLiteral("SELECT product_id FROM variants WHERE id = ?"),
                                           {till.scarf});
    QVERIFY(query && query.value().next());
    const qint64 scarfProduct = query.value().value(0).toLongLong();
    const PreparedPhoto photo = redPhoto(dataDir.path());
    QVERIFY(photos.add(scarfProduct, photo));
    till.page->showThumbnails(thumbnails, photos);

    // The search's results.
    QSignalSpy ready(&thumbnails, &ThumbnailLoader::thumbnailReady);
    QLineEdit *search = till.edit("searchEdit");
    search->setText(QStringLiteral("Echarpe"));
    auto *results = till.page->findChild<QTableView *>(QStringLiteral("searchResults"));
    QVERIFY(results->isVisible());
    QCOMPARE(results->model()->rowCount(), 1);
    const QModelIndex result = results->model()->index(0, CatalogueModel::NameColumn);
    QCOMPARE(result.data(CatalogueModel::MainPhotoRole).toString(), photo.sha256);
    results->viewport()->update();
    QVERIFY(ready.size() > 0 || ready.wait(5000));
    QTRY_VERIFY(isRed(thumbnailColour(results, result)));

    // The cart: the scarf scanned, then the jam (no photo).
    QTest::keyClick(search, Qt::Key_Escape);
    till.scan(tilltest::ScarfCode);
    search->setText(QStringLiteral("Confiture"));
    QTest::keyClick(search, Qt::Key_Return);
    auto *cart = till.page->findChild<QTableView *>(QStringLiteral("cartView"));
    QCOMPARE(cart->model()->rowCount(), 2);
    const QModelIndex scarfLine = cart->model()->index(0, CartModel::LabelColumn);
    QCOMPARE(scarfLine.data(CartModel::VariantIdRole).toLongLong(), till.scarf);
    QTRY_VERIFY(isRed(thumbnailColour(cart, scarfLine)));
    QVERIFY(!isRed(thumbnailColour(cart, cart->model()->index(1, CartModel::LabelColumn))));
    QCOMPARE(thumbnails.readsStarted(), 1); // one photo, one size: read once for both lists
    till.page.reset();
}

QTEST_MAIN(TestPhotoThumbnails)
#include "tst_photothumbnails.moc"
