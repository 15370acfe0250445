// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalogue/barcode.h"
#include "models/catalogue/instorebarcodegiver.h"
#include "models/catalogue/instorebarcodes.h"
#include "models/catalogue/scalebarcode.h"
#include "models/closing/dayclosing.h"
#include "models/money.h"
#include "models/sales/cartmodel.h"
#include "models/sales/ticketsession.h"
#include "models/settings/shopsettings.h"
#include "models/staff/operatorsession.h"
#include "tillfixture.h"
#include "ui/errortext.h"
#include "ui/settings/scalelayoutsection.h"
#include "ui/till/tillpage.h"
#include "ui/widgets/scancatcher.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTest>

#include <memory>
#include <tuple>

using namespace comptoir;
using namespace comptoir::tilltest;

// Issue 14 at the real till page on a real database: a label of each offered scale layout,
// scanned, adds the weighed pack at its price; an unknown item code says so; an in-store EAN-13
// given to an unbarcoded item scans. And the Settings section of the layouts: what a manager
// ticks and types is what the till reads; its "try a label" field.
class TestTillScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void scanEveryOfferedLayout_data();
    void scanEveryOfferedLayout();
    void unknownScaleItemIsSaid();
    void inStoreBarcodeScans();
    void sectionSavesWhatTheTillReads();
    void sectionTriesALabel();

private:
    void scan(const QString &code);

    std::unique_ptr<TillShop> m_till;
    std::unique_ptr<Operators> m_operators;
    std::unique_ptr<ShopSettings> m_settings;
    std::unique_ptr<OperatorSession> m_session;
    std::unique_ptr<DayClosing> m_closing;
    std::unique_ptr<TicketSession> m_ticket;
    std::unique_ptr<TillPage> m_page;
    qint64 m_comte = 0; // reference 123, 24,90 €/kg
    qint64 m_saucisson = 0; // reference 812345, 19,90 €/kg
    qint64 m_now = 1000;
};

namespace {

ScaleLayout offered(const QString &key)
{
    const auto all = ScaleBarcodes::offeredLayouts();
    for (const auto &o : all) {
        if (o.key == key)
            return o.layout;
    }
    return {};
}

} // namespace

void TestTillScale::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

void TestTillScale::init()
{
    m_till = std::make_unique<TillShop>();
    QVERIFY(m_till->setUp());
    for (const auto &[name, reference, perKg] :
         {std::tuple {QStringLiteral("Comté"), QStringLiteral("123"), qint64(2490)},
          std::tuple {QStringLiteral("Saucisson"), QStringLiteral("812345"), qint64(1990)}}) {
        ProductFields p;
        p.name = name;
        p.vatRateBp = 550;
        VariantFields v;
        v.reference = reference;
        v.priceCents = perKg;
        auto created = m_till->shop.catalogue.createProduct(p, v);
        QVERIFY(created.ok());
        QVERIFY(m_till->shop.ledger.record(created->variantId, 10, MovementReason::Receipt).ok());
        (reference == QStringLiteral("123") ? m_comte : m_saucisson) = created->variantId;
    }

    m_session = std::make_unique<OperatorSession>();
    m_session->signIn(
        OperatorInfo {m_till->operatorId, QStringLiteral("Camille"), OperatorRole::Cashier, true});
    m_operators = std::make_unique<Operators>(m_till->shop.db(), m_till->shop.clock, m_till->shop.events, 64);
    m_settings = std::make_unique<ShopSettings>(m_till->shop.db());
    m_closing = std::make_unique<DayClosing>(m_till->shop.db(), m_till->shop.clock, m_till->shop.uuids,
                                             m_till->shop.chain);
    ShopSettings *settings = m_settings.get();
    SalePolicy policy(m_till->shop.db(), m_till->shop.clock, *m_operators, [settings]() -> Result<int> {
        auto rules = settings->till();
        if (!rules)
            return rules.error();
        return rules->discountThresholdBp;
    });
    policy.setScaleLayouts([settings] { return settings->scaleLayouts(); }); // as app/ wires it
    m_ticket = std::make_unique<TicketSession>(m_till->shop.catalogue, m_till->journal, m_till->drafts,
                                               *m_session, std::move(policy));
    m_page = std::make_unique<TillPage>(m_till->shop.db(), m_till->shop.catalogue, m_till->shop.ledger,
                                        *m_ticket, *m_closing, *m_operators, *m_session, *m_settings);
    m_page->scanCatcher()->setTimeSource([this] { return m_now; });
    m_page->resize(1000, 700);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setFocus();
}

void TestTillScale::cleanup()
{
    m_page.reset();
    m_ticket.reset();
    m_closing.reset();
    m_session.reset();
    m_settings.reset();
    m_operators.reset();
    m_till.reset();
}

// A scanner: every key at the same instant, then Enter, into whatever has the focus.
void TestTillScale::scan(const QString &code)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_page.get();
    QTest::keyClicks(target, code);
    QTest::keyClick(target, Qt::Key_Return);
    m_now += 1000;
}

void TestTillScale::scanEveryOfferedLayout_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("isComte");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<bool>("weighed");
    QTest::newRow("price, 5-digit item") << "price-i5-p5"
                                         << "2800123008765" << true << qint64(876) << false;
    QTest::newRow("price, check digit") << "price-i4-k-p5"
                                        << "2801231008760" << true << qint64(876) << false;
    QTest::newRow("price, 6-digit item") << "price-i6-p5"
                                         << "2812345008768" << false << qint64(876) << false;
    QTest::newRow("weight, 5-digit item") << "weight-i5-w5"
                                          << "2900123003521" << true << qint64(876) << true;
    QTest::newRow("weight, check digit") << "weight-i4-k-w5"
                                         << "2901231003526" << true << qint64(876) << true;
    QTest::newRow("weight, 6-digit item") << "weight-i6-w5"
                                          << "2812345003527" << false << qint64(700) << true;
}

void TestTillScale::scanEveryOfferedLayout()
{
    QFETCH(QString, key);
    QFETCH(QString, code);
    QFETCH(bool, isComte);
    QFETCH(qint64, price);
    QFETCH(bool, weighed);
    QVERIFY(m_settings->setScaleLayouts({offered(key)}).ok());
    scan(code);
    const CartModel *cart = m_page->cart();
    QCOMPARE(cart->rowCount(), 1);
    QCOMPARE(cart->index(0, 0).data(CartModel::VariantIdRole).toLongLong(), isComte ? m_comte : m_saucisson);
    QCOMPARE(cart->index(0, 0).data(CartModel::QuantityRole).toLongLong(), 1);
    QCOMPARE(cart->totalCents(), price);
    const QString label = cart->index(0, CartModel::LabelColumn).data().toString();
    QVERIFY(label.startsWith(isComte ? QStringLiteral("Comté") : QStringLiteral("Saucisson")));
    if (weighed) {
        QVERIFY2(label.contains(QStringLiteral("0,352 kg × ")), qPrintable(label));
        QVERIFY(label.endsWith(Money::format(isComte ? 2490 : 1990) + QStringLiteral("/kg")));
    }
    // A second pack of another weight: a line of its own.
    scan(code);
    QCOMPARE(cart->rowCount(), 2);
    QCOMPARE(cart->totalCents(), 2 * price);
}

void TestTillScale::unknownScaleItemIsSaid()
{
    QVERIFY(m_settings->setScaleLayouts({offered(QStringLiteral("price-i5-p5"))}).ok());
    const QString code = *ScaleBarcodes::encode(offered(QStringLiteral("price-i5-p5")), 777, 450);
    scan(code);
    QVERIFY(m_page->cart()->isEmpty());
    QCOMPARE(m_page->message(), errorText(makeError(ErrorCode::ScaleItemUnknown, QStringLiteral("00777"))));
    // Without the layout, the same code is an unknown barcode (offered as a free-price line).
    QVERIFY(m_settings->setScaleLayouts({}).ok());
    scan(code);
    QVERIFY(m_page->cart()->isEmpty());
    QVERIFY2(m_page->message().contains(code), qPrintable(m_page->message()));
}

void TestTillScale::inStoreBarcodeScans()
{
    QVERIFY(m_settings->setScaleLayouts({offered(QStringLiteral("price-i6-p5"))}).ok());
    InStoreBarcodeGiver giver(m_till->shop.db(), m_till->shop.catalogue);
    QCOMPARE(*giver.giveToVariantsWithout({m_till->jam}), 1);
    const QString code = m_till->shop.catalogue.variant(m_till->jam)->fields.barcodes.value(0);
    QCOMPARE(Barcode::classify(code), Barcode::Kind::Ean13);
    QVERIFY(InStoreBarcodes::isInStore(code));
    scan(code);
    QCOMPARE(m_page->cart()->rowCount(), 1);
    QCOMPARE(m_page->cart()->index(0, 0).data(CartModel::VariantIdRole).toLongLong(), m_till->jam);
    QCOMPARE(m_page->cart()->totalCents(), 589);
}

void TestTillScale::sectionSavesWhatTheTillReads()
{
    OperatorSession manager;
    ScaleLayoutSection section(*m_settings, m_till->shop.catalogue, manager);
    auto *save = section.findChild<QPushButton *>(QStringLiteral("scaleSaveButton"));
    QVERIFY(!save->isEnabled()); // nobody signed in: read only
    manager.signIn(OperatorInfo {42, QStringLiteral("Nadia"), OperatorRole::Manager, true});
    QVERIFY(save->isEnabled());

    auto *list = section.findChild<QListWidget *>(QStringLiteral("scaleOfferedLayouts"));
    QCOMPARE(list->count(), int(ScaleBarcodes::offeredLayouts().size()));
    const auto all = ScaleBarcodes::offeredLayouts();
    for (int row = 0; row < all.size(); ++row) {
        if (all.at(row).key == QStringLiteral("weight-i5-w5"))
            list->item(row)->setCheckState(Qt::Checked);
    }
    auto *custom = section.findChild<QLineEdit *>(QStringLiteral("scaleCustomLayouts"));
    custom->setText(QStringLiteral("20-I5-P5")); // the in-store range: refused
    save->click();
    QCOMPARE(m_settings->scaleLayouts()->size(), 0);
    QVERIFY(!section.findChild<QLabel *>(QStringLiteral("scaleStatus"))->text().isEmpty());
    custom->setText(QStringLiteral("27-I5-P5"));
    save->click();
    auto stored = m_settings->scaleLayouts();
    QCOMPARE(stored->size(), 2);
    QCOMPARE(stored->at(0), offered(QStringLiteral("weight-i5-w5")));
    QCOMPARE(ScaleBarcodes::toText(stored->at(1)), QStringLiteral("27-I5-P5"));

    // The till reads them at once.
    scan(*ScaleBarcodes::encode(stored->at(1), 123, 1234));
    QCOMPARE(m_page->cart()->totalCents(), 1234);
    scan(QStringLiteral("2900123003521"));
    QCOMPARE(m_page->cart()->totalCents(), 1234 + 876);

    // Shown again as saved.
    ScaleLayoutSection again(*m_settings, m_till->shop.catalogue, manager);
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("scaleCustomLayouts"))->text(),
             QStringLiteral("27-I5-P5"));
    QCOMPARE(*again.chosenLayouts(), *stored);
}

void TestTillScale::sectionTriesALabel()
{
    OperatorSession manager;
    manager.signIn(OperatorInfo {42, QStringLiteral("Nadia"), OperatorRole::Manager, true});
    ScaleLayoutSection section(*m_settings, m_till->shop.catalogue, manager);
    section.findChild<QLineEdit *>(QStringLiteral("scaleCustomLayouts"))->setText(QStringLiteral("29-I5-W5"));
    auto *tryEdit = section.findChild<QLineEdit *>(QStringLiteral("scaleTryEdit"));
    auto *result = section.findChild<QLabel *>(QStringLiteral("scaleTryResult"));
    tryEdit->setText(QStringLiteral("2900123003521"));
    QTest::keyClick(tryEdit, Qt::Key_Return);
    QVERIFY2(result->text().contains(QStringLiteral("Comté")), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QStringLiteral("0,352")), qPrintable(result->text()));
    tryEdit->setText(QStringLiteral("2800123008765"));
    QTest::keyClick(tryEdit, Qt::Key_Return);
    QVERIFY2(result->text().contains(QStringLiteral("2800123008765")), qPrintable(result->text()));
    QVERIFY(!result->text().contains(QStringLiteral("Comté")));
    QCOMPARE(m_settings->scaleLayouts()->size(), 0); // trying saves nothing
}

QTEST_MAIN(TestTillScale)
#include "tst_tillscale.moc"
