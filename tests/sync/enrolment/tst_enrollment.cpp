// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeclock.h"
#include "fakenetwork.h"
#include "memorysecretstore.h"
#include "models/storage/database.h"
#include "responsebodies.h"
#include "sync/enrolment/enrollment.h"
#include "sync/enrolment/provisioningfile.h"
#include "tempdatabase.h"
#include "tokenwait.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTest>

#include <memory>
#include <optional>

using namespace comptoir;
namespace b = comptoir::bodies;

namespace {

const QString MarketUrl = QStringLiteral("https://market.example.org");
const QString Code = QStringLiteral("VITR-7Q2K-99XB");

QStringList *g_messages = nullptr;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (g_messages)
        g_messages->append(message);
}

struct SyncStateRow
{
    QVariant epoch;
    qint64 cursor = -1;
    int needsSnapshot = -1;
};

SyncStateRow syncState(Database &db)
{
    SyncStateRow row;
    auto q = db.query(QStringLiteral("SELECT epoch, cursor, needs_snapshot FROM sync_state WHERE id = 1"));
    if (q && q.value().next()) {
        row.epoch = q.value().value(0);
        row.cursor = q.value().value(1).toLongLong();
        row.needsSnapshot = q.value().value(2).toInt();
    }
    return row;
}

} // namespace

class TestEnrollment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tokenGoesOnlyIntoTheSecretStore();
    void enrollFromProvisioningFile();
    void formatOneIsReadWhole();
    void fileForAnotherShopIsRefused();
    void answerForAnotherShopThanTheFileIsRefused();
    void badProvisioningFileChangesNothing_data();
    void badProvisioningFileChangesNothing();
    void refusedCodesChangeNothing_data();
    void refusedCodesChangeNothing();
    void noKeychainChangesNothing();
    void reEnrollingKeepsTheSyncState();
    void anotherShopIsRefused();
    void tokenHelpers();

private:
    QJsonObject enrollAnswer(const QByteArray &token = b::Token, const QString &shopId = b::ShopId) const;
    Result<EnrolledDevice> run(const std::function<void(Enrollment::Callback)> &call);
    bool nothingStored();
    static QByteArray formatOne(const QString &shopId = b::ShopId);

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<Enrollment> m_enrollment;
};

void TestEnrollment::init()
{
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(m_temp->isValid());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_network = std::make_unique<FakeNetwork>();
    m_enrollment = std::make_unique<Enrollment>(m_temp->db(), *m_secrets, *m_network);
}

void TestEnrollment::cleanup()
{
    m_enrollment.reset();
    m_network.reset();
    m_secrets.reset();
    m_temp.reset();
}

QJsonObject TestEnrollment::enrollAnswer(const QByteArray &token, const QString &shopId) const
{
    QJsonObject answer = b::enroll();
    answer.insert(QStringLiteral("device_id"), m_temp->db().deviceId());
    answer.insert(QStringLiteral("token"), QString::fromLatin1(token));
    answer.insert(QStringLiteral("shop_id"), shopId);
    return answer;
}

Result<EnrolledDevice> TestEnrollment::run(const std::function<void(Enrollment::Callback)> &call)
{
    auto got = std::make_shared<std::optional<Result<EnrolledDevice>>>();
    call([got](Result<EnrolledDevice> r) { got->emplace(std::move(r)); });
    if (got->has_value())
        return makeError(ErrorCode::NotFound, QStringLiteral("callback called synchronously"));
    if (!QTest::qWaitFor([got] { return got->has_value(); }, 10000))
        return makeError(ErrorCode::NotFound, QStringLiteral("no callback"));
    return std::move(**got);
}

bool TestEnrollment::nothingStored()
{
    const auto current = Enrollment::current(m_temp->db());
    const SyncStateRow state = syncState(m_temp->db());
    return m_secrets->writeCount() == 0 && m_secrets->size() == 0 && current.ok() && !current->has_value()
        && state.epoch.isNull() && state.cursor == 0 && state.needsSnapshot == 1;
}

void TestEnrollment::tokenGoesOnlyIntoTheSecretStore()
{
    QStringList messages;
    g_messages = &messages;
    QLoggingCategory::setFilterRules(QStringLiteral("comptoir.*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);

    m_network->enqueue(CannedReply::json(201, b::json(enrollAnswer())));
    const QString deviceId = m_temp->db().deviceId();
    const auto enrolled = run([&](auto done) {
        m_enrollment->enroll(MarketUrl, QStringLiteral("  ") + Code + QStringLiteral(" \n"),
                             QStringLiteral("Caisse 1"), done);
    });

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    g_messages = nullptr;

    QVERIFY2(enrolled.ok(),
             qPrintable(enrolled.ok() ? QString() : enrolled.error().subject + enrolled.error().detail));
    QCOMPARE(enrolled->shopId, b::ShopId);
    QCOMPARE(enrolled->shopName, QStringLiteral("Au Bon Pain"));
    QCOMPARE(enrolled->deviceId, deviceId);

    // What was sent: the trimmed code, this device, no Authorization header.
    QCOMPARE(m_network->requests().size(), 1);
    const RecordedRequest &sent = m_network->requests().at(0);
    QCOMPARE(sent.request.url().toString(), MarketUrl + QStringLiteral("/v1/enroll"));
    QVERIFY(!sent.request.hasRawHeader("Authorization"));
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    QCOMPARE(body.value(QStringLiteral("code")).toString(), Code);
    QCOMPARE(body.value(QStringLiteral("device_id")).toString(), deviceId);
    QCOMPARE(body.value(QStringLiteral("device_name")).toString(), QStringLiteral("Caisse 1"));
    // The token is in the store, under the device's key …
    QCOMPARE(Enrollment::tokenKey(deviceId), QStringLiteral("marketplace-token/") + deviceId);
    const auto token = tokenOf(*m_secrets, deviceId);
    QVERIFY(token.ok());
    QCOMPARE(*token, b::Token);
    QCOMPARE(m_secrets->size(), 1);
    // … the rest in meta and sync_state …
    const auto current = Enrollment::current(m_temp->db());
    QVERIFY(current.ok() && current->has_value());
    QCOMPARE((*current)->endpoint.toString(), MarketUrl);
    QCOMPARE((*current)->shopId, b::ShopId);
    QCOMPARE((*current)->deviceId, deviceId);
    const SyncStateRow state = syncState(m_temp->db());
    QCOMPARE(state.epoch.toLongLong(), qint64(3));
    QCOMPARE(state.needsSnapshot, 1);
    // … and nowhere in the SQLite files (database, WAL, shm), before and after closing it.
    m_enrollment.reset();
    for (int pass = 0; pass < 2; ++pass) {
        int files = 0;
        QDirIterator it(m_temp->dir(), QDir::Files | QDir::Hidden);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(b::Token), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains(b::Token.toBase64()), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains(Code.toUtf8()), qPrintable(file.fileName()));
            if (bytes.contains(b::ShopId.toUtf8()))
                ++files; // the meta did reach this file: the search looked at the right bytes
        }
        QVERIFY(files >= 1);
        QVERIFY(m_temp->reopen()); // checkpoints the WAL into the database file
    }

    // Nor in the log lines, though the enrollment did log.
    QVERIFY(!messages.isEmpty());
    for (const QString &message : std::as_const(messages)) {
        QVERIFY2(!message.contains(QString::fromLatin1(b::Token)), qPrintable(message));
        QVERIFY2(!message.contains(Code), qPrintable(message));
    }
}

void TestEnrollment::enrollFromProvisioningFile()
{
    const QString path = QDir(m_temp->dir()).filePath(QStringLiteral("provisioning.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"marketplace_url": "http://127.0.0.1:8765/", "enrollment_code": "VITR-7Q2K-99XB", "shop_name": "Au Bon Pain"})");
    file.close();
    m_network->enqueue(CannedReply::json(201, b::json(enrollAnswer())));
    const auto enrolled
        = run([&](auto done) { m_enrollment->enrollFromFile(path, QStringLiteral("Caisse 1"), done); });
    QVERIFY(enrolled.ok());
    QCOMPARE(m_network->requests().at(0).request.url().toString(),
             QStringLiteral("http://127.0.0.1:8765/v1/enroll"));
    QCOMPARE(QJsonDocument::fromJson(m_network->requests().at(0).body)
                 .object()
                 .value(QStringLiteral("code"))
                 .toString(),
             Code);
    QCOMPARE(m_temp->db().meta(QString::fromLatin1(Enrollment::MetaUrl)).value(),
             QStringLiteral("http://127.0.0.1:8765"));
    QVERIFY(m_secrets->contains(Enrollment::tokenKey(m_temp->db().deviceId())));
    QVERIFY2(!QFile::exists(path), "the used code goes with its file");
}

QByteArray TestEnrollment::formatOne(const QString &shopId)
{
    const Provisioning p {*MarketplaceEndpoint::parse(QStringLiteral("http://127.0.0.1:8765")),
                          Code,
                          QStringLiteral("Au Bon Pain"),
                          1,
                          QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC),
                          ProvisionedShop {shopId, QStringLiteral("Au Bon Pain"),
                                           QStringLiteral("3 rue de Bourgogne\n45000 Orléans"),
                                           QStringLiteral("12345678900015"),
                                           QStringLiteral("FR32123456789")}};
    return ProvisioningFile::toJson(p);
}

void TestEnrollment::formatOneIsReadWhole()
{
    const auto read = ProvisioningFile::parse(formatOne());
    QVERIFY(read.ok());
    QCOMPARE(read->enrollmentCode + QString::number(read->format), Code + QStringLiteral("1"));
    QCOMPARE(read->endpoint.toString(), QStringLiteral("http://127.0.0.1:8765"));
    QCOMPARE(read->expiresAt, QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(read->shop.id, b::ShopId);
    QCOMPARE(read->shopName, QStringLiteral("Au Bon Pain"));
    QCOMPARE(read->shop.address, QStringLiteral("3 rue de Bourgogne\n45000 Orléans"));
    QCOMPARE(read->shop.siret + read->shop.vatNumber, QStringLiteral("12345678900015FR32123456789"));
    // Expired against the clock given, before any network.
    FakeClock clock(QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(int(ProvisioningFile::check(*read, m_temp->db(), clock).error().code),
             int(ErrorCode::ProvisioningFileExpired));
    clock.advance(-1);
    QVERIFY(ProvisioningFile::check(*read, m_temp->db(), clock).ok());
}

void TestEnrollment::fileForAnotherShopIsRefused()
{
    // Enrolled with b::ShopId; a file for another shop is refused before any request.
    m_network->enqueue(CannedReply::json(201, b::json(enrollAnswer())));
    QVERIFY(run([&](auto done) {
                m_enrollment->enroll(MarketUrl, Code, QStringLiteral("Caisse 1"), done);
            }).ok());
    const QString path = QDir(m_temp->dir()).filePath(QStringLiteral("other.comptoir"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(formatOne(QStringLiteral("0b9b7c1e-0000-4000-8000-000000000000")));
    file.close();
    const auto refused
        = run([&](auto done) { m_enrollment->enrollFromFile(path, QStringLiteral("Caisse 1"), done); });
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().code), int(ErrorCode::ProvisioningFileForeign));
    QCOMPARE(refused.error().subject, QStringLiteral("shop"));
    QCOMPARE(m_network->requests().size(), 1);
    QVERIFY(QFile::exists(path)); // left for a person to see
}

void TestEnrollment::answerForAnotherShopThanTheFileIsRefused()
{
    const QString path = QDir(m_temp->dir()).filePath(QStringLiteral("shop.comptoir"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(formatOne(QStringLiteral("0b9b7c1e-0000-4000-8000-000000000000")));
    file.close();
    m_network->enqueue(CannedReply::json(201, b::json(enrollAnswer())));
    const auto refused
        = run([&](auto done) { m_enrollment->enrollFromFile(path, QStringLiteral("Caisse 1"), done); });
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().code), int(ErrorCode::MarketplaceWrongShop));
    QVERIFY(nothingStored());
}

void TestEnrollment::badProvisioningFileChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content"); // "<missing>": no file at all
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("subject");
    const int invalid = int(ErrorCode::ProvisioningFileInvalid);
    QTest::newRow("missing file") << QByteArray("<missing>") << invalid << QStringLiteral("file");
    const int damaged = int(ErrorCode::ProvisioningFileDamaged);
    const int foreign = int(ErrorCode::ProvisioningFileForeign);
    QTest::newRow("empty file") << QByteArray() << damaged << QStringLiteral("file");
    QTest::newRow("not JSON") << QByteArray("marketplace_url=https://x") << damaged << QStringLiteral("file");
    QTest::newRow("truncated") << QByteArray(
        R"({"marketplace_url": "https://market.example.org", "enrollment_co)")
                               << damaged << QStringLiteral("file");
    QTest::newRow("array") << QByteArray(R"(["https://market.example.org", "CODE"])") << foreign
                           << QStringLiteral("format");
    QTest::newRow("another JSON file")
        << QByteArray(R"({"name": "Comptoir", "version": "0.1"})") << foreign << QStringLiteral("format");
    // Format 1 (docs/marketplace-api.md, "Provisioning files").
    const QByteArray v1 = formatOne();
    QTest::newRow("v1 truncated") << v1.left(v1.size() / 2) << damaged << QStringLiteral("file");
    QTest::newRow("v1 another format")
        << QByteArray(v1).replace("comptoir-provisioning/1", "comptoir-provisioning/2") << foreign
        << QStringLiteral("format");
    QTest::newRow("v1 expired") << QByteArray(v1).replace("2099-01-01T00:00:00.000Z",
                                                          "2020-01-01T00:00:00.000Z")
                                << int(ErrorCode::ProvisioningFileExpired)
                                << QStringLiteral("2020-01-01 00:00 UTC");
    QTest::newRow("v1 expiry not UTC")
        << QByteArray(v1).replace("2099-01-01T00:00:00.000Z", "2099-01-01T00:00:00") << invalid
        << QStringLiteral("expires_at");
    QTest::newRow("v1 no expiry") << QByteArray(v1).replace("expires_at", "expires") << invalid
                                  << QStringLiteral("expires_at");
    QTest::newRow("v1 bad SIRET") << QByteArray(v1).replace("12345678900015", "12345678900016") << invalid
                                  << QStringLiteral("shop.siret");
    QTest::newRow("v1 bad VAT number") << QByteArray(v1).replace("FR32123456789", "FR33123456789") << invalid
                                       << QStringLiteral("shop.vat_number");
    QTest::newRow("v1 no shop id") << QByteArray(v1).replace(R"("id")", R"("ident")") << invalid
                                   << QStringLiteral("shop.id");
    QTest::newRow("no url") << QByteArray(R"({"enrollment_code": "CODE"})") << invalid
                            << QStringLiteral("marketplace_url");
    QTest::newRow("no code") << QByteArray(R"({"marketplace_url": "https://market.example.org"})") << invalid
                             << QStringLiteral("enrollment_code");
    QTest::newRow("empty code") << QByteArray(
        R"({"marketplace_url": "https://market.example.org", "enrollment_code": "  "})")
                                << invalid << QStringLiteral("enrollment_code");
    QTest::newRow("code as number") << QByteArray(
        R"({"marketplace_url": "https://market.example.org", "enrollment_code": 1234})")
                                    << invalid << QStringLiteral("enrollment_code");
    QTest::newRow("url as object") << QByteArray(
        R"({"marketplace_url": {"host": "x"}, "enrollment_code": "CODE"})")
                                   << invalid << QStringLiteral("marketplace_url");
    QTest::newRow("shop name as number") << QByteArray(
        R"({"marketplace_url": "https://market.example.org", "enrollment_code": "CODE", "shop_name": 7})")
                                         << invalid << QStringLiteral("shop_name");
    QTest::newRow("http to a public host")
        << QByteArray(R"({"marketplace_url": "http://market.example.org", "enrollment_code": "CODE"})")
        << int(ErrorCode::MarketplaceInsecure) << QStringLiteral("market.example.org");
    QTest::newRow("ftp url") << QByteArray(
        R"({"marketplace_url": "ftp://market.example.org", "enrollment_code": "CODE"})")
                             << int(ErrorCode::MarketplaceUrlInvalid)
                             << QStringLiteral("ftp://market.example.org");
    QTest::newRow("too large") << QByteArray(ProvisioningFile::MaxBytes + 10, ' ') << invalid
                               << QStringLiteral("file");
}

void TestEnrollment::badProvisioningFileChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(int, code);
    QFETCH(QString, subject);
    const QString path = QDir(m_temp->dir()).filePath(QStringLiteral("provisioning.json"));
    if (content != "<missing>") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    m_network->enqueue(CannedReply::json(201, b::json(enrollAnswer())));
    const auto enrolled
        = run([&](auto done) { m_enrollment->enrollFromFile(path, QStringLiteral("Caisse 1"), done); });
    QVERIFY(!enrolled.ok());
    QCOMPARE(int(enrolled.error().code), code);
    QCOMPARE(enrolled.error().subject, subject);
    QCOMPARE(m_network->requests().size(), 0);
    QVERIFY(nothingStored());
    QCOMPARE(QFile::exists(path), content != "<missing>"); // a bad file is left for a person to see
}

void TestEnrollment::refusedCodesChangeNothing_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown") << 404 << b::json(b::error(QStringLiteral("enrollment_code_unknown")))
                             << int(ErrorCode::EnrollmentCodeUnknown);
    QTest::newRow("used") << 409 << b::json(b::error(QStringLiteral("enrollment_code_used")))
                          << int(ErrorCode::EnrollmentCodeUsed);
    QTest::newRow("expired") << 410 << b::json(b::error(QStringLiteral("enrollment_code_expired")))
                             << int(ErrorCode::EnrollmentCodeExpired);
    QTest::newRow("device of another shop")
        << 409 << b::json(b::error(QStringLiteral("device_conflict"))) << int(ErrorCode::MarketplaceRefused);
    QTest::newRow("server down") << 503 << QByteArray() << int(ErrorCode::MarketplaceUnavailable);
    QTest::newRow("answer without token")
        << 201
        << b::json(b::withValue(b::enroll(), QStringLiteral("token"), QJsonValue(QJsonValue::Undefined)))
        << int(ErrorCode::MarketplaceResponseInvalid);
    QTest::newRow("truncated answer")
        << 201 << b::json(b::enroll()).left(40) << int(ErrorCode::MarketplaceResponseInvalid);
}

void TestEnrollment::refusedCodesChangeNothing()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    m_network->enqueue(CannedReply::json(status, body));
    const auto enrolled
        = run([&](auto done) { m_enrollment->enroll(MarketUrl, Code, QStringLiteral("Caisse 1"), done); });
    QVERIFY(!enrolled.ok());
    QCOMPARE(int(enrolled.error().code), code);
    QVERIFY(nothingStored());
}

void TestEnrollment::noKeychainChangesNothing()
{
    m_secrets->setUnavailable(true);
    m_network->enqueue(CannedReply::json(201, b::json(enrollAnswer())));
    const auto enrolled
        = run([&](auto done) { m_enrollment->enroll(MarketUrl, Code, QStringLiteral("Caisse 1"), done); });
    QVERIFY(!enrolled.ok());
    QCOMPARE(enrolled.error().code, ErrorCode::KeychainUnavailable);
    m_secrets->setUnavailable(false);
    QVERIFY(nothingStored());
}

void TestEnrollment::reEnrollingKeepsTheSyncState()
{
    m_network->enqueue(CannedReply::json(201, b::json(enrollAnswer())));
    QVERIFY(run([&](auto done) {
                m_enrollment->enroll(MarketUrl, Code, QStringLiteral("Caisse 1"), done);
            }).ok());
    QVERIFY(m_temp->db()
                .exec(QStringLiteral("UPDATE sync_state SET cursor = 500, needs_snapshot = 0 WHERE id = 1"))
                .ok());

    // After a 401: a new code, a new token; the sync state stays.
    const QByteArray newToken = QByteArrayLiteral("tok_second_token_after_revocation_0001");
    m_network->enqueue(CannedReply::json(201, b::json(enrollAnswer(newToken))));
    QVERIFY(run([&](auto done) {
                m_enrollment->enroll(MarketUrl, QStringLiteral("NEW-CODE"), QStringLiteral("Caisse 1"), done);
            }).ok());
    QCOMPARE(tokenOf(*m_secrets, m_temp->db().deviceId()).value(), newToken);
    const SyncStateRow state = syncState(m_temp->db());
    QCOMPARE(state.cursor, qint64(500));
    QCOMPARE(state.needsSnapshot, 0);
}

void TestEnrollment::anotherShopIsRefused()
{
    m_network->enqueue(CannedReply::json(201, b::json(enrollAnswer())));
    QVERIFY(run([&](auto done) {
                m_enrollment->enroll(MarketUrl, Code, QStringLiteral("Caisse 1"), done);
            }).ok());
    const int writes = m_secrets->writeCount();

    m_network->enqueue(CannedReply::json(
        201, b::json(enrollAnswer(QByteArrayLiteral("tok_other_shop_token_000000000001"), b::OtherShopId))));
    const auto other = run([&](auto done) {
        m_enrollment->enroll(MarketUrl, QStringLiteral("OTHER"), QStringLiteral("Caisse 1"), done);
    });
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, ErrorCode::MarketplaceWrongShop);
    QCOMPARE(m_secrets->writeCount(), writes);
    QCOMPARE(tokenOf(*m_secrets, m_temp->db().deviceId()).value(), b::Token);
    QCOMPARE((*Enrollment::current(m_temp->db()))->shopId, b::ShopId);
}

void TestEnrollment::tokenHelpers()
{
    const QString deviceId = m_temp->db().deviceId();
    const auto none = tokenOf(*m_secrets, deviceId);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, ErrorCode::NotEnrolled);
    QVERIFY(writeSecret(*m_secrets, Enrollment::tokenKey(deviceId), b::Token).ok());
    QCOMPARE(tokenOf(*m_secrets, deviceId).value(), b::Token);
    QVERIFY(forgetTokenOf(*m_secrets, deviceId).ok());
    QCOMPARE(tokenOf(*m_secrets, deviceId).error().code, ErrorCode::NotEnrolled);
    m_secrets->setUnavailable(true);
    QCOMPARE(tokenOf(*m_secrets, deviceId).error().code, ErrorCode::KeychainUnavailable);
}

QTEST_GUILESS_MAIN(TestEnrollment)
#include "tst_enrollment.moc"
