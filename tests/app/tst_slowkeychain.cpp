// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18, item 5: a keychain that takes 10 s to answer (a locked one, waiting for its user)
// freezes nothing. The shop is opened with a secret store whose answers come from a timer; the
// window shows at once and says the keychain is pending, the till takes a scanned article, a
// payment waits with a message instead of recording an unsigned ticket, and once the key has
// come the same cart is sold. All along, a heartbeat timer keeps ticking and no event loop runs
// inside another (QThread::loopLevel() stays 0: the test waits with QTRY, which only processes
// events).
#include "app/shopsession.h"
#include "app/shopwindow.h"
#include "memorysecretstore.h"
#include "models/catalogue/catalogue.h"
#include "models/fiscal/registersigner.h"
#include "models/sales/cartmodel.h"
#include "models/staff/operators.h"
#include "models/staff/operatorsession.h"
#include "models/stock/stockledger.h"
#include "models/storage/database.h"
#include "ui/errortext.h"
#include "ui/till/tillpage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace comptoir;

namespace {

const QString ScarfCode = QStringLiteral("4006381333931");

// A secret store that answers after delayMs (from a timer of the caller's context), with what
// a MemorySecretStore holds: the same contents across two runs of the shop.
class SlowSecretStore final : public SecretStore
{
public:
    SlowSecretStore(MemorySecretStore &contents, int delayMs) : m_contents(contents), m_delayMs(delayMs) { }

    void read(const QString &key, QObject *context, ReadDone done) override
    {
        QTimer::singleShot(m_delayMs, context, [this, key, done = std::move(done)] {
            ++m_answers;
            done(m_contents.readNow(key));
        });
    }
    void write(const QString &key, const QByteArray &secret, QObject *context, Done done) override
    {
        QTimer::singleShot(m_delayMs, context, [this, key, secret, done = std::move(done)] {
            ++m_answers;
            done(m_contents.writeNow(key, secret));
        });
    }
    void remove(const QString &key, QObject *context, Done done) override
    {
        QTimer::singleShot(m_delayMs, context, [this, key, done = std::move(done)] {
            ++m_answers;
            done(m_contents.removeNow(key));
        });
    }
    int answers() const { return m_answers; }

private:
    MemorySecretStore &m_contents;
    int m_delayMs;
    int m_answers = 0;
};

qint64 ticketCount(const Database &db)
{
    auto q = db.query(QStringLiteral("SELECT count(*) FROM tickets"));
    return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

} // namespace

class TestSlowKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tillStaysResponsiveWhileTheKeychainTakesTenSeconds();
};

void TestSlowKeychain::tillStaysResponsiveWhileTheKeychainTakesTenSeconds()
{
    constexpr int KeychainDelayMs = 10000;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MemorySecretStore keychain;
    qint64 managerId = 0;
    {
        // First start, with a keychain that answers at once: the key is made, a manager and a
        // scarf are created.
        ShopSession first;
        first.setSecretStore(std::make_unique<SlowSecretStore>(keychain, 0));
        QVERIFY(first.open(dir.path(), false, true).ok());
        QTRY_VERIFY(first.signer().state() == RegisterSigner::State::Ready);
        auto manager
            = first.operators().add(QStringLiteral("Nadia"), OperatorRole::Manager, QStringLiteral("2468"));
        QVERIFY(manager.ok());
        managerId = *manager;
        ProductFields p;
        p.name = QStringLiteral("Écharpe");
        p.vatRateBp = 2000;
        VariantFields v;
        v.label = QStringLiteral("Rouge");
        v.priceCents = 1250;
        v.barcodes = {ScarfCode};
        auto created = first.catalogue().createProduct(p, v);
        QVERIFY(created.ok());
        QVERIFY(first.ledger().record(created->variantId, 4, MovementReason::Receipt).ok());
    }

    // The next start: the keychain takes ten seconds.
    auto *slow = new SlowSecretStore(keychain, KeychainDelayMs);
    ShopSession session;
    session.setSecretStore(std::unique_ptr<SecretStore>(slow));
    QElapsedTimer sinceStart;
    sinceStart.start();
    QVERIFY(session.open(dir.path(), false, true).ok());
    session.recordStart(); // journalled once the key is there
    QCOMPARE(session.signer().state(), RegisterSigner::State::Loading);

    int ticks = 0;
    int deepestLoop = 0;
    QTimer heartbeat;
    heartbeat.setInterval(50);
    connect(&heartbeat, &QTimer::timeout, this, [&ticks, &deepestLoop] {
        ++ticks;
        deepestLoop = std::max(deepestLoop, int(QThread::currentThread()->loopLevel()));
    });
    heartbeat.start();

    ShopWindow window(session);
    window.window().resize(1366, 768);
    window.window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&window.window()));
    auto *status = window.window().findChild<QLabel *>(QStringLiteral("keychainStatusLabel"));
    QVERIFY(status);
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), QStringLiteral("Keychain pending…"));

    session.operatorSession().signIn(
        OperatorInfo {managerId, QStringLiteral("Nadia"), OperatorRole::Manager, true});
    auto *till = window.window().findChild<TillPage *>();
    QVERIFY(till);
    QTRY_VERIFY(till->isVisible());
    auto *search = till->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    search->setFocus();
    QTest::keyClicks(search, ScarfCode);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(till->cart()->rowCount(), 1); // processed at once, the keychain still silent
    QCOMPARE(slow->answers(), 0);

    // Paying needs the signature: the sale waits, with the words for it; the cart stays.
    auto *cash = till->findChild<QPushButton *>(QStringLiteral("cashButton"));
    QVERIFY(cash && cash->isEnabled());
    cash->click();
    QCOMPARE(ticketCount(session.database()), 0);
    QCOMPARE(till->cart()->rowCount(), 1);
    QCOMPARE(till->message(), errorText(makeError(ErrorCode::SigningKeyPending)));
    QVERIFY2(sinceStart.elapsed() < KeychainDelayMs,
             qPrintable(QStringLiteral("%1 ms before the till answered").arg(sinceStart.elapsed())));

    // The window keeps turning until the keychain answers; then the status goes.
    QTRY_VERIFY_WITH_TIMEOUT(session.signer().state() == RegisterSigner::State::Ready,
                             KeychainDelayMs + 10000);
    QVERIFY(sinceStart.elapsed() >= KeychainDelayMs * 9 / 10); // a coarse timer may fire 5 % early
    QVERIFY(!status->isVisible());
    QVERIFY2(ticks >= (KeychainDelayMs / 50) / 2, qPrintable(QStringLiteral("%1 heartbeats").arg(ticks)));
    QCOMPARE(deepestLoop, 0);

    // The same cart is sold now.
    cash->click();
    QCOMPARE(ticketCount(session.database()), 1);
    QVERIFY(till->cart()->isEmpty());
    QCOMPARE(deepestLoop, 0);
}

QTEST_MAIN(TestSlowKeychain)
#include "tst_slowkeychain.moc"
