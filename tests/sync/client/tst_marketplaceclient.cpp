// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakenetwork.h"
#include "queuedevents.h"
#include "responsebodies.h"
#include "sync/client/marketplaceclient.h"
#include "sync/client/marketplaceresponses.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace comptoir;
namespace b = comptoir::bodies;

namespace {

QStringList *g_messages = nullptr;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (g_messages)
        g_messages->append(message);
}

// Runs one client call and waits for its callback.
template<typename T, typename Call> Result<T> await(Call call)
{
    // The harness's own failures use NotFound, which no client call returns.
    auto got = std::make_shared<std::optional<Result<T>>>();
    call([got](Result<T> r) { got->emplace(std::move(r)); });
    if (got->has_value())
        return makeError(ErrorCode::NotFound, QStringLiteral("callback called synchronously"));
    if (!QTest::qWaitFor([got] { return got->has_value(); }, 10000))
        return makeError(ErrorCode::NotFound, QStringLiteral("no callback"));
    return std::move(**got);
}

} // namespace

class TestMarketplaceClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pushSendsTheBatchWithTheToken();
    void changesAsksWithCursorEpochAndLongPoll();
    void snapshotPages();
    void errorStatuses_data();
    void errorStatuses();
    void retryAfterIsPassedOn();
    void unauthorizedIsNeverRetried();
    void connectionFailuresAreTransient_data();
    void connectionFailuresAreTransient();
    void answerCutShortIsANetworkError();
    void timeoutUsesTheTransferTimeout();
    void declaredOversizeIsRefusedUnread();
    void endlessBodyIsCutAtTheCap();
    void certificateErrorsAreNeverIgnored();
    void redirectsAreNotFollowed();
    void invalidAndForeignAnswersAreRefused();
    void nothingIsSentWithoutCredentials();
    void tooManyMutationsAreNotSent();
    void photoUpload();
    void photoHeadAndDownload(); // issue 15
    void destroyingTheClientAbortsSilently();
    void tokenIsNeverLogged();

private:
    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<MarketplaceClient> m_client;
};

void TestMarketplaceClient::init()
{
    m_network = std::make_unique<FakeNetwork>();
    const auto endpoint = MarketplaceEndpoint::parse(QStringLiteral("https://market.example.org/vitrines"));
    QVERIFY(endpoint.ok());
    m_client = std::make_unique<MarketplaceClient>(*m_network, *endpoint);
    m_client->setCredentials(b::ShopId, b::Token);
}

void TestMarketplaceClient::cleanup()
{
    m_client.reset();
    m_network.reset();
}

void TestMarketplaceClient::pushSendsTheBatchWithTheToken()
{
    m_network->enqueue(CannedReply::json(200, b::json(b::push())));
    const auto result = await<PushResult>([this](auto done) { m_client->push(b::batch(), done); });
    QVERIFY2(result.ok(),
             qPrintable(result.ok() ? QString() : result.error().subject + result.error().detail));
    QCOMPARE(result->lastAppliedSeq, qint64(9));
    QCOMPARE(result->results.size(), 3);

    QCOMPARE(m_network->requests().size(), 1);
    const RecordedRequest &sent = m_network->requests().at(0);
    QCOMPARE(sent.operation, QNetworkAccessManager::PostOperation);
    QCOMPARE(sent.request.url().toString(), QStringLiteral("https://market.example.org/vitrines/v1/push"));
    QCOMPARE(sent.request.rawHeader("Authorization"), QByteArrayLiteral("Bearer ") + b::Token);
    QCOMPARE(sent.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
             QByteArrayLiteral("application/json"));
    QVERIFY(sent.request.header(QNetworkRequest::UserAgentHeader).toByteArray().startsWith("Comptoir/"));
    QCOMPARE(sent.request.transferTimeout(), MarketplaceClient::DefaultTimeoutMs);
    QCOMPARE(sent.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    QCOMPARE(body.value(QStringLiteral("shop_id")).toString(), b::ShopId);
    QCOMPARE(body.value(QStringLiteral("device_id")).toString(), b::DeviceId);
    const QJsonArray mutations = body.value(QStringLiteral("mutations")).toArray();
    QCOMPARE(mutations.size(), 3);
    QCOMPARE(mutations.at(0).toObject().value(QStringLiteral("seq")).toInteger(), qint64(7));
    QCOMPARE(mutations.at(0).toObject().value(QStringLiteral("id")).toString(), b::MutationA);
    QCOMPARE(mutations.at(0).toObject().value(QStringLiteral("occurred_at")).toString(),
             QStringLiteral("2026-11-27T10:00:00.000Z"));
    QCOMPARE(mutations.at(2).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("order_transition"));
    QCOMPARE(m_client->pendingCount(), 0);
}

void TestMarketplaceClient::changesAsksWithCursorEpochAndLongPoll()
{
    m_network->enqueue(CannedReply::json(200, b::json(b::changes())));
    ChangesQuery query = b::changesQuery();
    query.waitSeconds = 25;
    const auto page = await<ChangesPage>([this, query](auto done) { m_client->changes(query, done); });
    QVERIFY(page.ok());
    QCOMPARE(page->changes.size(), 5);
    const RecordedRequest &sent = m_network->requests().at(0);
    QCOMPARE(sent.operation, QNetworkAccessManager::GetOperation);
    QCOMPARE(sent.request.url().path(), QStringLiteral("/vitrines/v1/changes"));
    const QUrlQuery q(sent.request.url());
    QCOMPARE(q.queryItemValue(QStringLiteral("since")), QStringLiteral("100"));
    QCOMPARE(q.queryItemValue(QStringLiteral("limit")), QStringLiteral("10"));
    QCOMPARE(q.queryItemValue(QStringLiteral("wait")), QStringLiteral("25"));
    QCOMPARE(q.queryItemValue(QStringLiteral("epoch")), QStringLiteral("3"));
    QCOMPARE(sent.request.transferTimeout(), 25 * 1000 + MarketplaceClient::LongPollMarginMs);
    QVERIFY(!sent.request.url().toString().contains(QString::fromLatin1(b::Token)));
}

void TestMarketplaceClient::snapshotPages()
{
    m_network->enqueue(CannedReply::json(200, b::json(b::snapshot())));
    const auto first = await<SnapshotPage>([this](auto done) { m_client->snapshot(SnapshotQuery {}, done); });
    QVERIFY(first.ok());
    QCOMPARE(first->cursor, qint64(640));
    QJsonObject last = b::snapshot();
    last.insert(QStringLiteral("next_page"), QJsonValue());
    last.insert(QStringLiteral("has_more"), false);
    m_network->enqueue(CannedReply::json(200, b::json(last)));
    const SnapshotQuery next {first->nextPage, 500, first->epoch, first->cursor};
    const auto second = await<SnapshotPage>([this, next](auto done) { m_client->snapshot(next, done); });
    QVERIFY(second.ok());
    QVERIFY(!second->hasMore);
    QCOMPARE(QUrlQuery(m_network->requests().at(1).request.url()).queryItemValue(QStringLiteral("page")),
             QStringLiteral("p2"));
}

void TestMarketplaceClient::errorStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("transient");
    QTest::newRow("401") << 401 << b::json(b::error(QStringLiteral("unauthorized")))
                         << int(ErrorCode::MarketplaceUnauthorized) << false;
    QTest::newRow("409 seq_gap") << 409
                                 << b::json(b::error(QStringLiteral("seq_gap"),
                                                     {{QStringLiteral("expected_seq"), 5}}))
                                 << int(ErrorCode::MarketplaceSeqGap) << false;
    QTest::newRow("410 epoch_changed")
        << 410
        << b::json(
               b::error(QStringLiteral("epoch_changed"), {{QStringLiteral("epoch"), qint64(1732806000000)}}))
        << int(ErrorCode::MarketplaceEpochChanged) << false;
    QTest::newRow("413") << 413 << b::json(b::error(QStringLiteral("payload_too_large")))
                         << int(ErrorCode::MarketplaceRequestTooLarge) << false;
    QTest::newRow("400") << 400 << b::json(b::error(QStringLiteral("invalid_field")))
                         << int(ErrorCode::MarketplaceRefused) << false;
    QTest::newRow("503") << 503 << b::json(b::error(QStringLiteral("unavailable")))
                         << int(ErrorCode::MarketplaceUnavailable) << true;
    QTest::newRow("502 html") << 502 << QByteArray("<html>Bad gateway</html>")
                              << int(ErrorCode::MarketplaceUnavailable) << true;
}

void TestMarketplaceClient::errorStatuses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    QFETCH(bool, transient);
    m_network->enqueue(CannedReply::json(status, body));
    const auto result = await<PushResult>([this](auto done) { m_client->push(b::batch(), done); });
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error().code), code);
    QCOMPARE(isTransient(result.error()), transient);
    if (result.error().code == ErrorCode::MarketplaceSeqGap)
        QCOMPARE(expectedSeq(result.error()), std::optional<qint64>(5));
    if (result.error().code == ErrorCode::MarketplaceEpochChanged)
        QCOMPARE(serverEpoch(result.error()), std::optional<qint64>(1732806000000));
}

void TestMarketplaceClient::retryAfterIsPassedOn()
{
    CannedReply busy = CannedReply::json(503, b::json(b::error(QStringLiteral("unavailable"))));
    busy.headers = {{"Retry-After", "7"}};
    m_network->enqueue(busy);
    const auto result = await<PushResult>([this](auto done) { m_client->push(b::batch(), done); });
    QVERIFY(!result.ok());
    QVERIFY(isTransient(result.error()));
    QCOMPARE(retryAfterMs(result.error()), std::optional<qint64>(7000));
}

void TestMarketplaceClient::unauthorizedIsNeverRetried()
{
    m_network->enqueue(CannedReply::json(401, b::json(b::error(QStringLiteral("unauthorized")))));
    m_network->enqueue(CannedReply::json(200, b::json(b::changes())));
    const auto result = await<ChangesPage>([this](auto done) { m_client->changes(b::changesQuery(), done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::MarketplaceUnauthorized);
    runQueuedEvents(); // the client retries nothing: no timer of its own, a retry would be queued
    QCOMPARE(m_network->requests().size(), 1);
    QCOMPARE(m_network->pendingCanned(), 1);
}

void TestMarketplaceClient::connectionFailuresAreTransient_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("connection reset") << int(CannedReply::Mode::Reset);
    QTest::newRow("connection refused") << int(CannedReply::Mode::Refused);
    QTest::newRow("handshake broken, no certificate error") << int(CannedReply::Mode::HandshakeReset);
}

void TestMarketplaceClient::connectionFailuresAreTransient()
{
    QFETCH(int, mode);
    m_network->enqueue(CannedReply::failure(CannedReply::Mode(mode)));
    const auto result = await<PushResult>([this](auto done) { m_client->push(b::batch(), done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::MarketplaceUnreachable);
    QCOMPARE(result.error().subject, QStringLiteral("market.example.org"));
    QVERIFY(isTransient(result.error()));
}

void TestMarketplaceClient::answerCutShortIsANetworkError()
{
    CannedReply cut = CannedReply::json(200, b::json(b::changes()));
    cut.mode = CannedReply::Mode::ResetMidBody;
    cut.chunkBytes = 100;
    m_network->enqueue(cut);
    const auto result = await<ChangesPage>([this](auto done) { m_client->changes(b::changesQuery(), done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::MarketplaceUnreachable);
    QVERIFY(isTransient(result.error()));
}

void TestMarketplaceClient::timeoutUsesTheTransferTimeout()
{
    m_client->setTimeoutMs(80);
    m_network->enqueue(CannedReply::failure(CannedReply::Mode::Hang));
    QElapsedTimer timer;
    timer.start();
    const auto result = await<PushResult>([this](auto done) { m_client->push(b::batch(), done); });
    QVERIFY(!result.ok());
    // No answer within the deadline: the exchange stalled (issue 16), named, and retried.
    QCOMPARE(result.error().code, ErrorCode::MarketplaceStalled);
    QCOMPARE(result.error().subject, QStringLiteral("push"));
    QVERIFY(isTransient(result.error()));
    QVERIFY(timer.elapsed() >= 70);
    QCOMPARE(m_network->requests().at(0).request.transferTimeout(), 80);
}

void TestMarketplaceClient::declaredOversizeIsRefusedUnread()
{
    m_client->setMaxResponseBytes(64 * 1024);
    CannedReply reply = CannedReply::json(200, QByteArray(32 * 1024, ' '));
    reply.declaredLength = qint64(100) * 1024 * 1024; // Content-Length: 100 MiB
    m_network->enqueue(reply);
    const auto result = await<ChangesPage>([this](auto done) { m_client->changes(b::changesQuery(), done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::MarketplaceResponseTooLarge);
    QVERIFY(isTransient(result.error())); // retried with a smaller page (docs §15.5)
    const auto replies = m_network->replies();
    QCOMPARE(replies.size(), 1);
    QVERIFY(replies.at(0)->aborted);
    QCOMPARE(replies.at(0)->served, qint64(0)); // refused on the headers
    QCOMPARE(replies.at(0)->read, qint64(0));
}

void TestMarketplaceClient::endlessBodyIsCutAtTheCap()
{
    const qint64 cap = 1024 * 1024;
    m_client->setMaxResponseBytes(cap);
    CannedReply reply = CannedReply::failure(CannedReply::Mode::Endless);
    reply.chunkBytes = 64 * 1024;
    m_network->enqueue(reply);
    const auto result = await<ChangesPage>([this](auto done) { m_client->changes(b::changesQuery(), done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::MarketplaceResponseTooLarge);
    const auto replies = m_network->replies();
    QVERIFY(replies.at(0)->aborted);
    // Stopped within one chunk of the cap, and never read beyond it.
    QVERIFY2(replies.at(0)->served <= cap + reply.chunkBytes,
             qPrintable(QString::number(replies.at(0)->served)));
    QVERIFY(replies.at(0)->read <= cap);
    QVERIFY(replies.at(0)->read > 0);
}

void TestMarketplaceClient::certificateErrorsAreNeverIgnored()
{
    m_network->enqueue(CannedReply::failure(CannedReply::Mode::CertificateError));
    const auto result = await<PushResult>([this](auto done) { m_client->push(b::batch(), done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::MarketplaceTlsFailed);
    QCOMPARE(result.error().subject, QStringLiteral("market.example.org"));
    QVERIFY(!result.error().detail.isEmpty());
    QVERIFY(!isTransient(result.error()));
    const auto replies = m_network->replies();
    QCOMPARE(replies.at(0)->ignoreSslErrorsCalls, 0);
}

void TestMarketplaceClient::redirectsAreNotFollowed()
{
    CannedReply redirect = CannedReply::json(302, QByteArray());
    redirect.headers = {{"Location", "http://evil.example/v1/push"}};
    m_network->enqueue(redirect);
    const auto result = await<PushResult>([this](auto done) { m_client->push(b::batch(), done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::MarketplaceRefused);
    runQueuedEvents();
    QCOMPARE(m_network->requests().size(), 1);
}

void TestMarketplaceClient::invalidAndForeignAnswersAreRefused()
{
    const QByteArray full = b::json(b::changes());
    m_network->enqueue(CannedReply::json(200, full.left(full.size() - 10)));
    auto truncated = await<ChangesPage>([this](auto done) { m_client->changes(b::changesQuery(), done); });
    QVERIFY(!truncated.ok());
    QCOMPARE(truncated.error().code, ErrorCode::MarketplaceResponseInvalid);
    QCOMPARE(truncated.error().subject, QStringLiteral("body"));

    m_network->enqueue(CannedReply::json(
        200, b::json(b::withValue(b::changes(), QStringLiteral("shop_id"), b::OtherShopId))));
    auto foreign = await<ChangesPage>([this](auto done) { m_client->changes(b::changesQuery(), done); });
    QVERIFY(!foreign.ok());
    QCOMPARE(foreign.error().code, ErrorCode::MarketplaceWrongShop);

    m_network->enqueue(CannedReply::json(204, QByteArray()));
    auto noContent = await<ChangesPage>([this](auto done) { m_client->changes(b::changesQuery(), done); });
    QVERIFY(!noContent.ok());
    QCOMPARE(noContent.error().code, ErrorCode::MarketplaceResponseInvalid);
}

void TestMarketplaceClient::nothingIsSentWithoutCredentials()
{
    m_client->setCredentials(b::ShopId, QByteArray());
    const auto result = await<PushResult>([this](auto done) { m_client->push(b::batch(), done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::NotEnrolled);
    QCOMPARE(m_network->requests().size(), 0);
}

void TestMarketplaceClient::tooManyMutationsAreNotSent()
{
    PushBatch big = b::batch();
    for (int i = 0; i < MarketplaceLimits::MaxPushMutations; ++i)
        big.mutations.append(big.mutations.at(0));
    const auto result = await<PushResult>([this, big](auto done) { m_client->push(big, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::MarketplaceRequestTooLarge);
    QCOMPARE(m_network->requests().size(), 0);
}

void TestMarketplaceClient::photoUpload()
{
    const QByteArray jpeg("\xff\xd8\xff\xe0 not really a jpeg");
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex());
    const QJsonObject answer {{QStringLiteral("shop_id"), b::ShopId},
                              {QStringLiteral("sha256"), sha},
                              {QStringLiteral("size"), jpeg.size()},
                              {QStringLiteral("content_type"), QStringLiteral("image/jpeg")}};
    m_network->enqueue(CannedReply::json(201, b::json(answer)));
    const auto created
        = await<PhotoResult>([&](auto done) { m_client->putPhoto(sha, jpeg, "image/jpeg", done); });
    QVERIFY(created.ok());
    QVERIFY(created->created);
    const RecordedRequest &sent = m_network->requests().at(0);
    QCOMPARE(sent.operation, QNetworkAccessManager::PutOperation);
    QCOMPARE(sent.request.url().path(), QStringLiteral("/vitrines/v1/photos/") + sha);
    QCOMPARE(sent.body, jpeg);
    QCOMPARE(sent.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
             QByteArrayLiteral("image/jpeg"));

    // Bytes that do not hash to the name are not sent.
    const auto mismatch
        = await<PhotoResult>([&](auto done) { m_client->putPhoto(b::Photo, jpeg, "image/jpeg", done); });
    QVERIFY(!mismatch.ok());
    QCOMPARE(m_network->requests().size(), 1);
}

void TestMarketplaceClient::photoHeadAndDownload()
{
    const QByteArray jpeg("\xff\xd8\xff\xe0 a photo that came down");
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex());
    // HEAD: 200 → present, 404 (no body, as HEAD answers) → absent, 503 → an error.
    m_network->enqueue(CannedReply::json(200, {}));
    m_network->enqueue(CannedReply::json(404, {}));
    m_network->enqueue(CannedReply::json(503, {}));
    const auto present = await<bool>([&](auto done) { m_client->headPhoto(sha, done); });
    QVERIFY(present.ok() && *present);
    QCOMPARE(m_network->requests().at(0).operation, QNetworkAccessManager::HeadOperation);
    QCOMPARE(m_network->requests().at(0).request.url().path(), QStringLiteral("/vitrines/v1/photos/") + sha);
    const auto absent = await<bool>([&](auto done) { m_client->headPhoto(sha, done); });
    QVERIFY(absent.ok() && !*absent);
    const auto unavailable = await<bool>([&](auto done) { m_client->headPhoto(sha, done); });
    QVERIFY(!unavailable.ok());
    QCOMPARE(unavailable.error().code, ErrorCode::MarketplaceUnavailable);

    // GET: the bytes, checked against the name.
    CannedReply photo = CannedReply::json(200, jpeg);
    photo.headers = {{"Content-Type", "image/jpeg"}};
    m_network->enqueue(photo);
    const auto fetched = await<QByteArray>([&](auto done) { m_client->getPhoto(sha, done); });
    QVERIFY(fetched.ok());
    QCOMPARE(*fetched, jpeg);
    CannedReply damaged = CannedReply::json(200, jpeg + "x");
    m_network->enqueue(damaged);
    const auto refused = await<QByteArray>([&](auto done) { m_client->getPhoto(sha, done); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::MarketplaceResponseInvalid);
    QCOMPARE(refused.error().subject, QStringLiteral("photo"));
    QVERIFY(isTransient(refused.error())); // retried at the next pass
    // Not a photo name: nothing sent.
    const int sent = int(m_network->requests().size());
    QVERIFY(!await<bool>([&](auto done) { m_client->headPhoto(QStringLiteral("xyz"), done); }).ok());
    QCOMPARE(int(m_network->requests().size()), sent);
}

void TestMarketplaceClient::destroyingTheClientAbortsSilently()
{
    m_network->enqueue(CannedReply::failure(CannedReply::Mode::Hang));
    bool called = false;
    m_client->push(b::batch(), [&called](Result<PushResult>) { called = true; });
    QCOMPARE(m_client->pendingCount(), 1);
    m_client.reset();
    runQueuedEvents();
    QVERIFY(!called);
    const auto replies = m_network->replies();
    QCOMPARE(replies.size(), 1);
    QVERIFY(replies.at(0)->aborted);
}

void TestMarketplaceClient::tokenIsNeverLogged()
{
    QStringList messages;
    g_messages = &messages;
    QLoggingCategory::setFilterRules(QStringLiteral("comptoir.*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);

    m_network->enqueue(CannedReply::json(200, b::json(b::push())));
    m_network->enqueue(CannedReply::json(401, b::json(b::error(QStringLiteral("unauthorized")))));
    m_network->enqueue(CannedReply::failure(CannedReply::Mode::CertificateError));
    for (int i = 0; i < 3; ++i) {
        const auto r = await<PushResult>([this](auto done) { m_client->push(b::batch(), done); });
        Q_UNUSED(r);
    }

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    g_messages = nullptr;
    QVERIFY(!messages.isEmpty()); // the client did log (so the check below means something)
    for (const QString &message : std::as_const(messages)) {
        QVERIFY2(!message.contains(QString::fromLatin1(b::Token)), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("Authorization"), Qt::CaseInsensitive),
                 qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("Bearer")), qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(TestMarketplaceClient)
#include "tst_marketplaceclient.moc"
