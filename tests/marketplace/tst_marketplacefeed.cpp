// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reference marketplace's pull side over real loopback HTTP: cursor paging and replay,
// epoch and cursor_ahead, long-poll, the snapshot at a fixed cursor, and a restart on the same file.
#include "marketclient.h"

#include <QTest>
#include <QTimer>

using namespace comptoir::market::testing;

class TestMarketplaceFeed : public QObject
{
    Q_OBJECT

private:
    MarketServer m_server;
    MarketClient m_client {QUrl()};
    QString m_shop;
    Device m_till;
    QString m_variant; // of the first product

    qint64 head() { return m_client.state(m_shop).value(QStringLiteral("head")).toInteger(); }

    HttpResult placeOrder(qint64 quantity)
    {
        return m_client.admin(
            "POST", QStringLiteral("/admin/v1/shops/%1/orders").arg(m_shop),
            {{QStringLiteral("customer"), QJsonObject {{QStringLiteral("name"), QStringLiteral("Léa")}}},
             {QStringLiteral("lines"),
              QJsonArray {QJsonObject {{QStringLiteral("variant_id"), m_variant},
                                       {QStringLiteral("quantity"), quantity}}}}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_client.setBase(m_server.url());
        m_shop = m_client.createShop(QStringLiteral("Boutique"));
        m_till = m_client.enrol(m_shop);
        QVERIFY(!m_till.token.isEmpty());
        for (int i = 0; i < 5; ++i) {
            const auto created = m_client.createProduct(m_till, QStringLiteral("Produit %1").arg(i), 20);
            if (i == 0)
                m_variant = created.second;
        }
    }

    void pagesFollowTheCursorAndReplayChangesNothing()
    {
        qint64 since = 0;
        QList<qint64> cursors;
        int pages = 0;
        QJsonArray firstPage;
        for (bool more = true; more; ++pages) {
            const HttpResult page = m_client.changes(m_till, since, 3);
            QCOMPARE(page.status, 200);
            QCOMPARE(page.json.value(QStringLiteral("shop_id")).toString(), m_shop);
            const QJsonArray changes = page.json.value(QStringLiteral("changes")).toArray();
            QVERIFY(changes.size() <= 3);
            if (pages == 0)
                firstPage = changes;
            for (const QJsonValue &c : changes)
                cursors.append(c[QStringLiteral("cursor")].toInteger());
            const qint64 next = page.json.value(QStringLiteral("next_cursor")).toInteger();
            QVERIFY(next >= since);
            since = next;
            more = page.json.value(QStringLiteral("has_more")).toBool();
            QCOMPARE(page.json.value(QStringLiteral("last_applied_seq")).toInteger(), m_till.seq);
        }
        QVERIFY(pages >= 4); // the taxonomy, 5 products and 5 stocks, 3 a page
        QCOMPARE(cursors.size(), 11);
        QVERIFY(std::is_sorted(cursors.begin(), cursors.end()));
        QVERIFY(std::adjacent_find(cursors.begin(), cursors.end()) == cursors.end());
        // Replaying a page is harmless: the same full states, and the server unchanged.
        const QJsonObject before = m_client.state(m_shop);
        QCOMPARE(m_client.changes(m_till, 0, 3).json.value(QStringLiteral("changes")).toArray(), firstPage);
        QCOMPARE(m_client.state(m_shop), before);
        const HttpResult empty = m_client.changes(m_till, since);
        QVERIFY(empty.json.value(QStringLiteral("changes")).toArray().isEmpty());
        QCOMPARE(empty.json.value(QStringLiteral("next_cursor")).toInteger(), since);
    }

    void epochIsRequiredAndItsChangeIs410()
    {
        const HttpResult missing
            = m_client.request("GET", QStringLiteral("/v1/changes?since=0"), {}, m_till.token);
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.errorCode(), QStringLiteral("invalid_field"));
        const qint64 epoch = m_client.state(m_shop).value(QStringLiteral("epoch")).toInteger();
        const HttpResult ahead = m_client.changes(m_till, head() + 1000, 0, 0, epoch);
        QCOMPARE(ahead.status, 410);
        QCOMPARE(ahead.errorCode(), QStringLiteral("cursor_ahead"));
        int exitCode = -1;
        const qint64 bumped = m_server.cli({QStringLiteral("bump-epoch")}, &exitCode).toLongLong();
        QCOMPARE(exitCode, 0);
        QVERIFY(bumped > epoch);
        const HttpResult gone = m_client.changes(m_till, 0, 0, 0, epoch);
        QCOMPARE(gone.status, 410);
        QCOMPARE(gone.errorCode(), QStringLiteral("epoch_changed"));
        QCOMPARE(gone.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("epoch")]
                     .toInteger(),
                 bumped);
        QCOMPARE(m_client.changes(m_till, 0, 0, 0, bumped).status, 200);
    }

    void longPollAnswersSoonAfterAnOrder()
    {
        const qint64 since = head();
        QTimer::singleShot(400, this, [this] { placeOrder(1); });
        const HttpResult polled = m_client.changes(m_till, since, 0, 20);
        QCOMPARE(polled.status, 200);
        QVERIFY2(polled.elapsedMs < 400 + 1000, qPrintable(QString::number(polled.elapsedMs)));
        bool order = false;
        for (const QJsonValue &c : polled.json.value(QStringLiteral("changes")).toArray())
            order = order || c[QStringLiteral("kind")].toString() == QLatin1String("order");
        QVERIFY(order);
        // An order placed by the command line (another process, same file) wakes it too.
        const qint64 next = polled.json.value(QStringLiteral("next_cursor")).toInteger();
        QTimer::singleShot(300, this, [this] {
            m_server.cli({QStringLiteral("place-order"), QStringLiteral("--shop"), m_shop,
                          QStringLiteral("--variant"), m_variant, QStringLiteral("--quantity"),
                          QStringLiteral("1")});
        });
        const HttpResult external = m_client.changes(m_till, next, 0, 20);
        QCOMPARE(external.status, 200);
        QVERIFY(!external.json.value(QStringLiteral("changes")).toArray().isEmpty());
        QVERIFY2(external.elapsedMs < 3000, qPrintable(QString::number(external.elapsedMs)));
    }

    void longPollTimesOutWithAnEmptyPage()
    {
        const qint64 since = head();
        const HttpResult polled = m_client.changes(m_till, since, 0, 1);
        QCOMPARE(polled.status, 200);
        QVERIFY(polled.json.value(QStringLiteral("changes")).toArray().isEmpty());
        QCOMPARE(polled.json.value(QStringLiteral("next_cursor")).toInteger(), since);
        QVERIFY(polled.elapsedMs >= 900);
        QVERIFY(polled.elapsedMs < 3000);
    }

    void snapshotPagesShareAFixedCursor()
    {
        HttpResult page = m_client.request("GET", QStringLiteral("/v1/snapshot?limit=3"), {}, m_till.token);
        QCOMPARE(page.status, 200);
        const qint64 cursor = page.json.value(QStringLiteral("cursor")).toInteger();
        QCOMPARE(cursor, head());
        placeOrder(1); // the feed moves on while the client pages
        QStringList kinds;
        int products = 0;
        while (true) {
            QCOMPARE(page.json.value(QStringLiteral("cursor")).toInteger(), cursor);
            for (const QJsonValue &item : page.json.value(QStringLiteral("items")).toArray()) {
                kinds.append(item[QStringLiteral("kind")].toString());
                products += item[QStringLiteral("kind")].toString() == QLatin1String("product") ? 1 : 0;
            }
            if (!page.json.value(QStringLiteral("has_more")).toBool())
                break;
            page = m_client.request("GET",
                                    QStringLiteral("/v1/snapshot?limit=3&page=")
                                        + page.json.value(QStringLiteral("next_page")).toString(),
                                    {}, m_till.token);
            QCOMPARE(page.status, 200);
        }
        QCOMPARE(products, 5);
        const QStringList order
            = {QStringLiteral("product"),       QStringLiteral("stock"),    QStringLiteral("order"),
               QStringLiteral("oversell_case"), QStringLiteral("conflict"), QStringLiteral("taxonomy")};
        for (int i = 1; i < kinds.size(); ++i)
            QVERIFY(order.indexOf(kinds.at(i - 1)) <= order.indexOf(kinds.at(i)));
        QCOMPARE(m_client.request("GET", QStringLiteral("/v1/snapshot?page=bogus"), {}, m_till.token).status,
                 400);
        // After the snapshot the feed from its cursor brings the order placed meanwhile.
        bool order_ = false;
        for (const QJsonValue &c :
             m_client.changes(m_till, cursor).json.value(QStringLiteral("changes")).toArray())
            order_ = order_ || c[QStringLiteral("kind")].toString() == QLatin1String("order");
        QVERIFY(order_);
    }

    void restartOnTheSameFileKeepsEverything()
    {
        const QJsonObject before = m_client.state(m_shop);
        const quint16 port = m_server.port();
        m_server.kill();
        QVERIFY(m_server.start({}, port));
        QCOMPARE(m_client.state(m_shop), before);
        const HttpResult pushed = m_client.push(
            m_till,
            {MarketClient::mutation(QStringLiteral("stock_movement"),
                                    MarketClient::movement(m_variant, -1, QStringLiteral("sale")))});
        QCOMPARE(pushed.status, 200); // the token, the seq state and the stock survived
        QCOMPARE(pushed.json.value(QStringLiteral("last_applied_seq")).toInteger(), m_till.seq);
    }
};

QTEST_GUILESS_MAIN(TestMarketplaceFeed)
#include "tst_marketplacefeed.moc"
