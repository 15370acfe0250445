// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/doctor/doctor.h"

#include "models/clock.h"
#include "models/fiscal/ed25519.h"
#include "models/fiscal/registerkey.h"
#include "models/settings/shopsettings.h"
#include "models/storage/database.h"
#include "models/storage/secretstore.h"
#include "sync/doctor/localchecks.h"
#include "sync/doctor/marketplaceprobe.h"
#include "sync/doctor/printerprobe.h"
#include "sync/enrolment/enrollment.h"
#include "sync/logging.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

#include <optional>

namespace comptoir {

// What the worker thread found, and what the asynchronous checks add to it.
struct DoctorFindings
{
    bool opened = false;
    DoctorItem database, journal, disk, backup, versions;
    std::optional<EnrolledDevice> device;
    QString deviceId;
    QByteArray publicKey; // empty: the shop has no register key yet
    qint64 cursor = 0; // where this till's feed stands (sync_state)
    qint64 epoch = 0;
    std::optional<PrinterSettings> printer;
    DoctorItem keychain, marketplace, clock, printerItem;
};

namespace {

DoctorItem notChecked(const QString &id)
{
    return doctorItem(id, DoctorLevel::Warn, QStringLiteral("not-checked"));
}

// On the worker thread: a connection of its own, closed before the thread ends.
void checkDatabase(const QString &databasePath, const QDateTime &nowUtc, DoctorFindings &found)
{
    found.disk = LocalChecks::freeDisk(QFileInfo(databasePath).absolutePath());
    auto db = Database::open(databasePath);
    if (!db) {
        found.database = doctorItem(
            QStringLiteral("database"), DoctorLevel::Fail, QStringLiteral("unreadable"),
            {{QStringLiteral("error"), int(db.error().code)}, {QStringLiteral("detail"), db.error().detail}});
        return;
    }
    found.opened = true;
    found.database = LocalChecks::databaseIntegrity(**db);
    found.journal = LocalChecks::journalChain(**db);
    found.backup = LocalChecks::lastBackup(**db, nowUtc);
    found.versions = LocalChecks::versions(**db);
    found.deviceId = (*db)->deviceId();
    if (auto key = registerPublicKey(**db))
        found.publicKey = key.value();
    if (auto device = Enrollment::current(**db))
        found.device = device.value();
    if (auto q
        = (*db)->query(QStringLiteral("SELECT cursor, coalesce(epoch, 0) FROM sync_state WHERE id = 1"));
        q && q.value().next()) {
        found.cursor = q.value().value(0).toLongLong();
        found.epoch = q.value().value(1).toLongLong();
    }
    if (auto printer = ShopSettings(**db).printer())
        found.printer = printer.value();
}

} // namespace

Doctor::Doctor(const QString &databasePath, SecretStore &secrets, QNetworkAccessManager &network,
               const Clock &clock, QObject *parent)
    : QObject(parent),
      m_databasePath(databasePath),
      m_secrets(secrets),
      m_clock(clock),
      m_marketplace(new MarketplaceProbe(network, clock, this)),
      m_printer(new PrinterProbe(this))
{ }

Doctor::~Doctor()
{
    if (!m_thread)
        return;
    m_thread->disconnect(this);
    m_thread->wait();
    delete m_thread;
}

bool Doctor::start()
{
    if (m_running)
        return false;
    m_running = true;
    m_waiting = 0;
    m_findings = std::make_shared<DoctorFindings>();
    const QString path = m_databasePath;
    const QDateTime now = m_clock.now().toUTC();
    auto findings = m_findings;
    m_thread = QThread::create([path, now, findings] { checkDatabase(path, now, *findings); });
    m_thread->setObjectName(QStringLiteral("comptoir-doctor"));
    connect(m_thread, &QThread::finished, this, &Doctor::onLocalDone);
    m_thread->start(QThread::LowPriority);
    return true;
}

void Doctor::onLocalDone()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    DoctorFindings &found = *m_findings;
    if (!found.opened) {
        found.journal = notChecked(QStringLiteral("journal"));
        found.keychain = notChecked(QStringLiteral("keychain"));
        found.marketplace = notChecked(QStringLiteral("marketplace"));
        found.clock = notChecked(QStringLiteral("clock"));
        found.printerItem = notChecked(QStringLiteral("printer"));
        found.backup = notChecked(QStringLiteral("backup"));
        found.versions = notChecked(QStringLiteral("versions"));
        settle();
        return;
    }
    m_waiting = 3;
    checkKeychain();
    checkMarketplace();
    checkPrinter();
}

void Doctor::checkKeychain()
{
    DoctorFindings &found = *m_findings;
    const QString id = QStringLiteral("keychain");
    auto findings = m_findings;
    m_secrets.read(registerKeySecretName(found.deviceId), this,
                   [this, findings, id](Result<std::optional<QByteArray>> secret) {
                       DoctorFindings &f = *findings;
                       if (!secret) {
                           const bool unavailable = secret.error().code == ErrorCode::KeychainUnavailable;
                           f.keychain = doctorItem(
                               id, DoctorLevel::Fail,
                               unavailable ? QStringLiteral("unavailable") : QStringLiteral("failed"),
                               {{QStringLiteral("detail"),
                                 unavailable ? secret.error().subject : secret.error().detail}});
                       } else if (!secret->has_value()) {
                           f.keychain = f.publicKey.isEmpty()
                               ? doctorItem(id, DoctorLevel::Ok, QStringLiteral("no-key-yet"))
                               : doctorItem(id, DoctorLevel::Fail, QStringLiteral("missing"));
                       } else {
                           auto key = Ed25519Key::fromSeed(**secret);
                           if (f.publicKey.isEmpty() || (key && key->publicKey() == f.publicKey))
                               f.keychain = doctorItem(id, DoctorLevel::Ok, QStringLiteral("ok"));
                           else
                               f.keychain = doctorItem(id, DoctorLevel::Fail, QStringLiteral("replaced"));
                       }
                       --m_waiting;
                       settle();
                   });
}

void Doctor::checkMarketplace()
{
    DoctorFindings &found = *m_findings;
    auto findings = m_findings;
    auto done = [this, findings](QList<DoctorItem> items) {
        findings->marketplace = items.value(0);
        findings->clock = items.value(1);
        --m_waiting;
        settle();
    };
    if (!found.device) {
        QMetaObject::invokeMethod(
            this, [done] { done(MarketplaceProbe::notEnrolled()); }, Qt::QueuedConnection);
        return;
    }
    const EnrolledDevice device = *found.device;
    Enrollment::token(
        m_secrets, device.deviceId, this, [this, device, done, findings](Result<QByteArray> token) {
            if (!token) {
                if (token.error().code == ErrorCode::NotEnrolled) {
                    done(MarketplaceProbe::noToken(device));
                    return;
                }
                // The keychain's own item says what is wrong with it.
                done({notChecked(QStringLiteral("marketplace")), notChecked(QStringLiteral("clock"))});
                return;
            }
            m_marketplace->run(device, token.value(), findings->cursor, findings->epoch, done);
        });
}

void Doctor::checkPrinter()
{
    auto findings = m_findings;
    m_printer->run(m_findings->printer.value_or(PrinterSettings {}), [this, findings](DoctorItem item) {
        findings->printerItem = std::move(item);
        --m_waiting;
        settle();
    });
}

void Doctor::settle()
{
    if (m_waiting > 0)
        return;
    const DoctorFindings &f = *m_findings;
    const QList<DoctorItem> items {f.database, f.journal,     f.keychain, f.marketplace, f.clock,
                                   f.disk,     f.printerItem, f.backup,   f.versions};
    m_running = false;
    for (const DoctorItem &item : items)
        qCInfo(lcSync).noquote() << "doctor:" << item.id << doctorLevelKey(item.level) << item.state();
    Q_EMIT finished(items);
}

} // namespace comptoir
