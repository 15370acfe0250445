// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15's trial as a new user would make it, in the demo: a freshly seeded demo shop with its
// reference marketplace over loopback (the real comptoir-marketplace) and the real window
// (ShopWindow, app/ compiled in). A demo product is opened from the Catalogue page; a photo taken
// by a phone (4032 × 3024, with GPS in its EXIF) is added in the dialog's Photos tab; the Online tab
// lists it (visible, a category of the marketplace's taxonomy, which came down in the feed); OK.
// The marketplace's admin state then shows the product visible, with that photo (stripped of its
// GPS) and that category, with no other action. The time it took is printed (not asserted).

#include "app/demomarketplace.h"
#include "app/shopsession.h"
#include "app/shopwindow.h"
#include "models/fiscal/registersigner.h"
#include "models/photos/photostore.h"
#include "models/storage/database.h"
#include "sync/enrolment/enrollment.h"
#include "ui/catalogue/catalogueactions.h"
#include "ui/catalogue/cataloguepage.h"
#include "ui/catalogue/productdialog.h"
#include "ui/listing/onlinesection.h"
#include "ui/photos/photostrip.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;

namespace {

// The marketplace's admin state of the shop (its own command line, on its own file).
QJsonObject marketState(const QString &dataDir, const QString &shopId)
{
    QProcess state;
    state.start(QStringLiteral(COMPTOIR_MARKETPLACE),
                {QStringLiteral("state"), QStringLiteral("--db"), DemoMarketplace::databaseFile(dataDir),
                 QStringLiteral("--shop"), shopId});
    if (!state.waitForFinished(20000) || state.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(state.readAllStandardOutput()).object();
}

QJsonObject productIn(const QJsonObject &state, const QString &productId)
{
    const QJsonArray products = state.value(QStringLiteral("products")).toArray();
    for (const QJsonValue &product : products) {
        if (product.toObject().value(QStringLiteral("product_id")).toString() == productId)
            return product.toObject();
    }
    return {};
}

// A phone's photo: 4032 × 3024, with a GPS position in its EXIF (set by exiftool).
QString phonePhoto(const QString &folder)
{
    QImage image(4032, 3024, QImage::Format_RGB32);
    image.fill(QColor(200, 120, 40));
    QPainter painter(&image);
    painter.fillRect(0, 0, 2016, 1512, QColor(30, 60, 160));
    painter.end();
    const QString path = folder + QStringLiteral("/IMG_2041.jpg");
    if (!image.save(path, "JPEG", 90))
        return {};
    QProcess exiftool;
    exiftool.start(QStringLiteral("exiftool"),
                   {QStringLiteral("-overwrite_original"), QStringLiteral("-GPSLatitude=47.9029"),
                    QStringLiteral("-GPSLatitudeRef=N"), QStringLiteral("-GPSLongitude=1.9093"),
                    QStringLiteral("-GPSLongitudeRef=E"), QStringLiteral("-Make=Apple"), path});
    if (!exiftool.waitForFinished(30000) || exiftool.exitCode() != 0)
        return {};
    return path;
}

} // namespace

class TestListingDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aDemoProductGetsAPhotoAndIsListedOnline();
};

void TestListingDemo::initTestCase()
{
    qputenv("COMPTOIR_MARKETPLACE_BIN", QByteArrayLiteral(COMPTOIR_MARKETPLACE));
    if (QStandardPaths::findExecutable(QStringLiteral("exiftool")).isEmpty())
        QFAIL("exiftool is needed (libimage-exiftool-perl, installed by cmake/install-deps.sh)");
}

void TestListingDemo::aDemoProductGetsAPhotoAndIsListedOnline()
{
    QTemporaryDir data;
    QTemporaryDir phone;
    QVERIFY(data.isValid() && phone.isValid());
    const QString photoFile = phonePhoto(phone.path());
    QVERIFY(!photoFile.isEmpty());

    ShopSession session;
    QVERIFY(session.open(data.path(), true, true).ok());
    QVERIFY(QTest::qWaitFor([&session] { return session.signer().state() == RegisterSigner::State::Ready; },
                            15000));
    QVERIFY(session.seedDemo().ok());
    DemoMarketplace market;
    QVERIFY2(market.start(session.dataDirectory(), session.database(), session.secrets()),
             qPrintable(market.statusText()));
    const auto enrolled = Enrollment::current(session.database());
    QVERIFY(enrolled.ok() && enrolled->has_value());
    const QString shopId = (*enrolled)->shopId;

    ShopWindow window(session);
    window.window().resize(1366, 768);
    window.window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&window.window()));

    // The marketplace's taxonomy comes down with the first pull.
    Database &db = session.database();
    const auto categories = [&db] {
        QSqlQuery q = db.query(QStringLiteral("SELECT count(*) FROM marketplace_categories")).value();
        const int count = q.next() ? q.value(0).toInt() : 0;
        q.finish();
        return count;
    };
    QVERIFY2(QTest::qWaitFor([&] { return categories() > 100; }, 30000), "the taxonomy did not come down");

    // A demo product that is not online yet.
    QSqlQuery q = db.query(QStringLiteral("SELECT p.id, p.uuid, min(v.id) FROM products p "
                                          "JOIN variants v ON v.product_id = p.id "
                                          "WHERE p.archived = 0 AND p.visible_online = 0 AND v.archived = 0 "
                                          "GROUP BY p.id ORDER BY p.id LIMIT 1"))
                      .value();
    QVERIFY(q.next());
    const QString productUuid = q.value(1).toString();
    const qint64 variantId = q.value(2).toLongLong();
    q.finish();
    q = db.query(QStringLiteral("SELECT id, path FROM marketplace_categories "
                                "WHERE parent_id IS NOT NULL ORDER BY position LIMIT 1"))
            .value();
    QVERIFY(q.next());
    const QString categoryId = q.value(0).toString();
    q.finish(); // no read left open on the window's connection (the sync writes meanwhile)

    QElapsedTimer elapsed;
    elapsed.start();
    auto *page = window.window().findChild<CataloguePage *>();
    QVERIFY(page);
    QVERIFY(page->selectVariant(variantId));
    page->actions()->editSelected();
    ProductDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto dialogs = window.window().findChildren<ProductDialog *>();
            dialog = dialogs.isEmpty() ? nullptr : dialogs.constFirst();
            return dialog && dialog->isVisible();
        },
        5000));

    // Photos tab: the phone's photo, given as a file (as the file dialog or a drop gives it).
    auto *strip = dialog->findChild<PhotoStrip *>();
    QVERIFY2(strip, "the product dialog has no Photos tab");
    QSignalSpy prepared(strip, &PhotoStrip::preparationFinished);
    strip->addFiles({photoFile});
    QVERIFY(prepared.wait(30000));
    auto *message = strip->findChild<QLabel *>(QStringLiteral("photoMessage"));
    QVERIFY2(strip->shownPhotos().size() == 1, message ? qPrintable(message->text()) : "no photo shown");
    const QString sha = strip->shownPhotos().constFirst();

    // Online tab: visible, and a category chosen from the marketplace's own list.
    auto *online = dialog->findChild<OnlineSection *>();
    QVERIFY(online);
    auto *visible = online->findChild<QCheckBox *>(QStringLiteral("visibleOnlineCheck"));
    QVERIFY(visible);
    visible->setChecked(true);
    online->setChooseCategory([categoryId](const QString &) { return std::optional<QString>(categoryId); });
    online->chooseCategory();
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY2(QTest::qWaitFor([&] { return !dialog->isVisible(); }, 5000),
             error ? qPrintable(error->text()) : "the dialog stayed open");

    // Nothing else to do: the sync sends the photo (HEAD, PUT), its link and the listing.
    QJsonObject product;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     product = productIn(marketState(data.path(), shopId), productUuid);
                     return product.value(QStringLiteral("visible_online")).toBool()
                         && product.value(QStringLiteral("photos")).toArray().contains(sha)
                         && product.value(QStringLiteral("marketplace_category")).toString() == categoryId;
                 },
                 60000),
             qPrintable(QString::fromUtf8(QJsonDocument(product).toJson(QJsonDocument::Compact))));
    qInfo("listed online with its photo and category in %lld ms after opening the product",
          static_cast<long long>(elapsed.elapsed()));

    // The photo the marketplace holds is the stored one: no GPS, no EXIF.
    const QString stored = PhotoStore(session.dataDirectory()).pathOf(sha);
    QProcess exiftool;
    exiftool.start(QStringLiteral("exiftool"), {QStringLiteral("-j"), QStringLiteral("-G"), stored});
    QVERIFY(exiftool.waitForFinished(30000));
    const QByteArray tags = exiftool.readAllStandardOutput();
    QVERIFY2(!tags.contains("GPS") && !tags.contains("EXIF:") && !tags.contains("Apple"), tags.constData());
}

QTEST_MAIN(TestListingDemo)
#include "tst_listingdemo.moc"
