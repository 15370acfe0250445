// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, item 0: the marketplace client against a fake server that misbehaves over real HTTP
// on loopback (tests/support/misbehavingserver.h). A body trickling in a byte at a time is cut at
// the whole exchange's deadline (not only between bytes), as is a server that says nothing; a
// gzip bomb is cut by its inflated size at once, without Qt's warnings; an honest gzip answer is
// read; an unknown encoding is refused; Retry-After is kept as asked and waited at most 300 s;
// every limit of §9 and §13 is checked on what comes down (a product name of 1 MB refuses the
// page, naming its JSON path). The deadlines are shortened for speed; one test proves the
// defaults are the documented ones. The figures (how long a cut takes) go to the test log.
#include "misbehavingserver.h"
#include "responsebodies.h"
#include "sync/client/entitystates.h"
#include "sync/client/marketplacechanges.h"
#include "sync/client/marketplaceclient.h"
#include "sync/client/marketplaceresponses.h"
#include "sync/engine/syncengine.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

using namespace comptoir;
using namespace comptoir::testing;
namespace b = comptoir::bodies;

namespace {

// Qt's own warnings (category "qt.…" or none) seen while a test runs: there must be none.
QStringList g_qtWarnings;
QtMessageHandler g_previous = nullptr;

void catchQtWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString category = QString::fromLatin1(context.category ? context.category : "");
    if ((type == QtWarningMsg || type == QtCriticalMsg)
        && (category.startsWith(QLatin1String("qt.")) || category == QLatin1String("default")))
        g_qtWarnings << message;
    if (g_previous)
        g_previous(type, context, message);
}

QByteArray page(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject lastPage()
{
    QJsonObject p = b::changes();
    p.insert(QStringLiteral("has_more"), false);
    return p;
}

} // namespace

class TestClientDeadlines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { g_previous = qInstallMessageHandler(catchQtWarnings); }
    void cleanupTestCase() { qInstallMessageHandler(g_previous); }
    void init();
    void cleanup();

    void defaultsAreTheDocumentedOnes();
    void tricklingBodyIsCutAtTheDeadline();
    void longPollDeadlineIsItsWaitPlusTheMargin();
    void silenceIsCutToo();
    void gzipBombIsCutByItsInflatedSize();
    void honestGzipAnswerIsRead();
    void unknownEncodingIsRefused();
    void retryAfterIsKeptAndCapped();
    void productNameOfOneMegabyteRefusesThePage();
    void limitsOnWhatComesDown_data();
    void limitsOnWhatComesDown();

private:
    Result<ChangesPage> changes(ChangesQuery query = b::changesQuery());

    std::unique_ptr<MisbehavingServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MarketplaceClient> m_client;
};

void TestClientDeadlines::init()
{
    g_qtWarnings.clear();
    m_server = std::make_unique<MisbehavingServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    const auto endpoint = MarketplaceEndpoint::parse(m_server->url().toString());
    QVERIFY(endpoint.ok());
    m_client = std::make_unique<MarketplaceClient>(*m_network, endpoint.value());
    m_client->setCredentials(b::ShopId, b::Token);
}

void TestClientDeadlines::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

Result<ChangesPage> TestClientDeadlines::changes(ChangesQuery query)
{
    std::optional<Result<ChangesPage>> result;
    m_client->changes(query, [&result](Result<ChangesPage> r) { result = std::move(r); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 60000))
        return makeError(ErrorCode::None, QStringLiteral("no answer within 60 s"));
    return *result;
}

void TestClientDeadlines::defaultsAreTheDocumentedOnes()
{
    // docs/marketplace-api.md §15.5.
    const MarketplaceClient::Deadlines deadlines;
    QCOMPARE(deadlines.requestMs, 30000);
    QCOMPARE(deadlines.longPollMarginMs, 15000);
    QCOMPARE(deadlines.photoMs, 120000);
    QCOMPARE(m_client->deadlines().requestMs, 30000);
    QCOMPARE(MarketplaceClient::DefaultMaxResponseBytes, qint64(16 * 1024 * 1024));
    QCOMPARE(MarketplaceLimits::MaxRetryAfterSeconds, 300);
    QCOMPARE(SyncEngine::OnceMaxRetryAfterSeconds, 30);
    QCOMPARE(SyncEngine::OnceDeadlineMs, 10 * 60 * 1000);
    QCOMPARE(SyncEngine::OnceTransientRetries, 2);

    // The client asks for compression itself (so that it inflates, bounded).
    m_server->setHandler([](const SeenRequest &) { return FakeAnswer::json(page(lastPage())); });
    QVERIFY(changes().ok());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().headers.value("accept-encoding"), QByteArray("gzip, deflate"));
}

void TestClientDeadlines::tricklingBodyIsCutAtTheDeadline()
{
    m_client->setDeadlines({1500, 500, 3000});
    // A byte every 50 ms: never idle long enough for a timeout between bytes (the old cut), and
    // 1 KiB of it would take 50 s.
    m_server->setHandler([](const SeenRequest &) { return FakeAnswer::trickle(page(lastPage()), 1, 50); });
    QElapsedTimer clock;
    clock.start();
    const auto result = changes();
    const qint64 took = clock.elapsed();
    qInfo("trickling body: cut after %lld ms (deadline 1500 ms)", took);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::MarketplaceStalled);
    QCOMPARE(result.error().subject, QStringLiteral("changes"));
    QCOMPARE(result.error().detail, QStringLiteral("1.5"));
    QVERIFY2(took >= 1400 && took < 15000, qPrintable(QString::number(took)));
    QTRY_COMPARE(m_server->cutConnections(), 1);
}

void TestClientDeadlines::longPollDeadlineIsItsWaitPlusTheMargin()
{
    m_client->setDeadlines({30000, 500, 3000});
    m_server->setHandler([](const SeenRequest &) { return FakeAnswer::trickle(page(lastPage()), 1, 50); });
    ChangesQuery query = b::changesQuery();
    query.waitSeconds = 1;
    QElapsedTimer clock;
    clock.start();
    const auto result = changes(query);
    const qint64 took = clock.elapsed();
    qInfo("trickling long-poll (wait 1 s + margin 0.5 s): cut after %lld ms", took);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::MarketplaceStalled);
    QVERIFY2(took >= 1400 && took < 15000, qPrintable(QString::number(took)));
}

void TestClientDeadlines::silenceIsCutToo()
{
    m_client->setDeadlines({800, 500, 3000});
    for (const auto mode : {FakeAnswer::Mode::Silent, FakeAnswer::Mode::HeadersThenSilence}) {
        m_server->setHandler([mode](const SeenRequest &) {
            FakeAnswer a = FakeAnswer::json(page(lastPage()));
            a.mode = mode;
            return a;
        });
        QElapsedTimer clock;
        clock.start();
        const auto result = changes();
        qInfo("silent server (mode %d): cut after %lld ms (deadline 800 ms)", int(mode), clock.elapsed());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::MarketplaceStalled);
        QCOMPARE(result.error().subject, QStringLiteral("changes"));
    }
}

void TestClientDeadlines::gzipBombIsCutByItsInflatedSize()
{
    // 64 MiB of spaces (valid JSON whitespace) in about 64 KiB: four times the cap once inflated.
    const QByteArray bomb = gzip(QByteArray(64 * 1024 * 1024, ' '));
    QVERIFY(!bomb.isEmpty());
    QVERIFY(bomb.size() < 1024 * 1024);
    m_server->setHandler([bomb](const SeenRequest &) {
        FakeAnswer a = FakeAnswer::json(bomb);
        a.headers.append(QPair<QByteArray, QByteArray>("Content-Encoding", "gzip"));
        return a;
    });
    QElapsedTimer clock;
    clock.start();
    const auto result = changes();
    const qint64 took = clock.elapsed();
    qInfo("gzip bomb of %lld bytes: cut after %lld ms", qint64(bomb.size()), took);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::MarketplaceResponseTooLarge);
    QVERIFY2(result.error().detail.contains(QLatin1String("decompressed")),
             qPrintable(result.error().detail));
    QVERIFY2(took < 20000, qPrintable(QString::number(took))); // not a stall to the deadline
    QVERIFY2(g_qtWarnings.isEmpty(), qPrintable(g_qtWarnings.join(QLatin1Char('\n'))));
}

void TestClientDeadlines::honestGzipAnswerIsRead()
{
    const QByteArray body = page(lastPage());
    for (const QByteArray &encoding : {QByteArray("gzip"), QByteArray("x-gzip")}) {
        m_server->setHandler([body, encoding](const SeenRequest &) {
            FakeAnswer a = FakeAnswer::json(gzip(body));
            a.headers.append(QPair<QByteArray, QByteArray>("Content-Encoding", encoding));
            return a;
        });
        const auto result = changes();
        QVERIFY2(result.ok(),
                 qPrintable(result.ok() ? QString() : result.error().subject + result.error().detail));
        QCOMPARE(result->changes.size(), 5);
    }
    // Cut short: refused as malformed, not taken as a whole answer.
    m_server->setHandler([body](const SeenRequest &) {
        FakeAnswer a = FakeAnswer::json(gzip(body).chopped(10));
        a.headers.append(QPair<QByteArray, QByteArray>("Content-Encoding", "gzip"));
        return a;
    });
    const auto truncated = changes();
    QVERIFY(!truncated.ok());
    QCOMPARE(truncated.error().code, ErrorCode::MarketplaceResponseInvalid);
}

void TestClientDeadlines::unknownEncodingIsRefused()
{
    m_server->setHandler([](const SeenRequest &) {
        FakeAnswer a = FakeAnswer::json(page(lastPage()));
        a.headers.append(QPair<QByteArray, QByteArray>("Content-Encoding", "br"));
        return a;
    });
    const auto result = changes();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::MarketplaceResponseInvalid);
    QCOMPARE(result.error().subject, QStringLiteral("Content-Encoding"));
}

void TestClientDeadlines::retryAfterIsKeptAndCapped()
{
    const QByteArray date
        = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::RFC2822Date).toLatin1();
    for (const auto &[header, asked] : {std::pair<QByteArray, qint64>("86400", 86400),
                                        std::pair<QByteArray, qint64>("99999999999999", 1000000000),
                                        std::pair<QByteArray, qint64>("12", 12)}) {
        m_server->setHandler([header](const SeenRequest &) {
            FakeAnswer a = FakeAnswer::json(page(b::error(QStringLiteral("unavailable"))), 503);
            a.headers.append(QPair<QByteArray, QByteArray>("Retry-After", header));
            return a;
        });
        const auto result = changes();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::MarketplaceUnavailable);
        QCOMPARE(retryAfterAskedSeconds(result.error()), std::optional<qint64>(asked));
        QCOMPARE(retryAfterMs(result.error()), std::optional<qint64>(std::min<qint64>(asked, 300) * 1000));
    }
    m_server->setHandler([date](const SeenRequest &) {
        FakeAnswer a = FakeAnswer::json(page(b::error(QStringLiteral("rate_limited"))), 429);
        a.headers.append(QPair<QByteArray, QByteArray>("Retry-After", date));
        return a;
    });
    const auto dated = changes();
    QVERIFY(!dated.ok());
    const auto seconds = retryAfterAskedSeconds(dated.error());
    QVERIFY(seconds.has_value());
    QVERIFY2(*seconds > 3500 && *seconds <= 3600, qPrintable(QString::number(*seconds)));
    QCOMPARE(retryAfterMs(dated.error()), std::optional<qint64>(300000));
}

void TestClientDeadlines::productNameOfOneMegabyteRefusesThePage()
{
    const QJsonObject p = b::withValue(lastPage(), QStringLiteral("changes[0].data.name"),
                                       QString(1024 * 1024, QLatin1Char('a')));
    m_server->setHandler([p](const SeenRequest &) { return FakeAnswer::json(page(p)); });
    const auto result = changes();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::MarketplaceResponseInvalid);
    QCOMPARE(result.error().subject, QStringLiteral("changes[0].data.name"));
}

void TestClientDeadlines::limitsOnWhatComesDown_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("accepted");
    const auto text = [](int n) {
        return QJsonValue(QString(n, QLatin1Char('x')));
    };
    const auto list = [](int n, const QString &item) {
        QJsonArray a;
        for (int i = 0; i < n; ++i)
            a.append(n == 1 ? item : item.left(item.size() - 3) + QString::number(100 + i));
        return QJsonValue(a);
    };
    const QString product = QStringLiteral("changes[0].data.");
    const QString variant = QStringLiteral("changes[0].data.variants[0].");
    const QString order = QStringLiteral("changes[2].data.");
    QTest::newRow("name 200") << product + QStringLiteral("name") << text(200) << true;
    QTest::newRow("name 201") << product + QStringLiteral("name") << text(201) << false;
    QTest::newRow("name empty") << product + QStringLiteral("name") << text(0) << false;
    QTest::newRow("brand 201") << product + QStringLiteral("brand") << text(201) << false;
    QTest::newRow("category 101") << product + QStringLiteral("category") << text(101) << false;
    QTest::newRow("description 10000") << product + QStringLiteral("description") << text(10000) << true;
    QTest::newRow("description 10001") << product + QStringLiteral("description") << text(10001) << false;
    QTest::newRow("online_title 201") << product + QStringLiteral("online_title") << text(201) << false;
    QTest::newRow("online_description 10001")
        << product + QStringLiteral("online_description") << text(10001) << false;
    QTest::newRow("marketplace_category 101")
        << product + QStringLiteral("marketplace_category") << text(101) << false;
    QTest::newRow("photos 21") << product + QStringLiteral("photos")
                               << list(21, QString(64, QLatin1Char('a'))) << false;
    QTest::newRow("label 101") << variant + QStringLiteral("label") << text(101) << false;
    QTest::newRow("reference 64") << variant + QStringLiteral("reference") << text(64) << true;
    QTest::newRow("reference 65") << variant + QStringLiteral("reference") << text(65) << false;
    QTest::newRow("reference empty") << variant + QStringLiteral("reference") << text(0) << false;
    QTest::newRow("barcodes 11") << variant + QStringLiteral("barcodes")
                                 << list(11, QStringLiteral("3760000000012")) << false;
    QTest::newRow("barcode 65") << variant + QStringLiteral("barcodes") << QJsonValue(QJsonArray {text(65)})
                                << false;
    QTest::newRow("order reason 500") << order + QStringLiteral("reason") << text(500) << true;
    QTest::newRow("order reason 501") << order + QStringLiteral("reason") << text(501) << false;
    QTest::newRow("customer name 1 MB")
        << order + QStringLiteral("customer.name") << text(1024 * 1024) << false;
    QTest::newRow("customer phone 51") << order + QStringLiteral("customer.phone") << text(51) << false;
    QTest::newRow("conflict field 101") << QStringLiteral("changes[4].data.field") << text(101) << false;
}

void TestClientDeadlines::limitsOnWhatComesDown()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(bool, accepted);
    const QJsonObject p = b::withValue(lastPage(), path, value);
    const auto parsed = parseChangesPage(page(p), b::ShopId, b::changesQuery());
    if (accepted) {
        QVERIFY2(parsed.ok(),
                 qPrintable(parsed.ok() ? QString()
                                        : parsed.error().subject + QLatin1Char(' ') + parsed.error().detail));
        return;
    }
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::MarketplaceResponseInvalid);
    QVERIFY2(parsed.error().subject.startsWith(path), qPrintable(parsed.error().subject));
}

QTEST_GUILESS_MAIN(TestClientDeadlines)
#include "tst_clientdeadlines.moc"
