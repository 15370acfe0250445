// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/doctor/localchecks.h"

#include "models/archive/journalverifier.h"
#include "models/backup/backupstate.h"
#include "models/fiscal/registerkey.h"
#include "models/storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSslSocket>
#include <QStorageInfo>

namespace comptoir::LocalChecks {

namespace {

DoctorItem unreadable(const QString &id, const Error &error)
{
    return doctorItem(id, DoctorLevel::Fail, QStringLiteral("unreadable"),
                      {{QStringLiteral("error"), int(error.code)}, {QStringLiteral("detail"), error.detail}});
}

} // namespace

DoctorItem databaseIntegrity(const Database &db)
{
    const QString id = QStringLiteral("database");
    auto q = db.query(QStringLiteral("PRAGMA integrity_check"));
    if (!q)
        return unreadable(id, q.error());
    QStringList problems;
    while (q.value().next())
        problems << q.value().value(0).toString();
    if (problems == QStringList {QStringLiteral("ok")})
        return doctorItem(id, DoctorLevel::Ok, QStringLiteral("intact"));
    return doctorItem(
        id, DoctorLevel::Fail, QStringLiteral("damaged"),
        {{QStringLiteral("problem"), problems.value(0)}, {QStringLiteral("problems"), int(problems.size())}});
}

DoctorItem journalChain(const Database &db)
{
    const QString id = QStringLiteral("journal");
    auto key = registerPublicKey(db);
    if (!key) {
        if (key.error().code == ErrorCode::NotFound)
            return doctorItem(id, DoctorLevel::Ok, QStringLiteral("empty"));
        return unreadable(id, key.error());
    }
    auto report = verifyJournal(db, key.value());
    if (!report)
        return unreadable(id, report.error());
    const QVariantMap counts {{QStringLiteral("links"), report->links},
                              {QStringLiteral("tickets"), report->tickets},
                              {QStringLiteral("events"), report->events}};
    switch (report->state) {
    case VerifyState::Intact:
        return doctorItem(id, DoctorLevel::Ok, QStringLiteral("intact"), counts);
    case VerifyState::Unconfirmed:
        return doctorItem(id, DoctorLevel::Warn, QStringLiteral("unconfirmed"), counts);
    case VerifyState::Broken:
        break;
    }
    QVariantMap facts = counts;
    facts.insert(QStringLiteral("first_broken"), report->firstBroken);
    facts.insert(QStringLiteral("problem"), report->problem);
    return doctorItem(id, DoctorLevel::Fail, QStringLiteral("broken"), facts);
}

DoctorItem freeDisk(const QString &dataFolder)
{
    const QString id = QStringLiteral("disk");
    const QStorageInfo storage(dataFolder);
    if (!storage.isValid() || !storage.isReady())
        return doctorItem(id, DoctorLevel::Fail, QStringLiteral("unreadable"),
                          {{QStringLiteral("folder"), QDir::toNativeSeparators(dataFolder)}});
    const qint64 free = storage.bytesAvailable();
    const QVariantMap facts {{QStringLiteral("free_bytes"), free},
                             {QStringLiteral("folder"), QDir::toNativeSeparators(dataFolder)}};
    if (free < FailBelowBytes)
        return doctorItem(id, DoctorLevel::Fail, QStringLiteral("low"), facts);
    if (free < WarnBelowBytes)
        return doctorItem(id, DoctorLevel::Warn, QStringLiteral("low"), facts);
    return doctorItem(id, DoctorLevel::Ok, QStringLiteral("ok"), facts);
}

DoctorItem lastBackup(const Database &db, const QDateTime &nowUtc)
{
    const QString id = QStringLiteral("backup");
    auto state = BackupStateStore::read(db);
    if (!state)
        return unreadable(id, state.error());
    if (state->folder.isEmpty())
        return doctorItem(id, DoctorLevel::Warn, QStringLiteral("no-folder"));
    QVariantMap facts {{QStringLiteral("folder"), QDir::toNativeSeparators(state->folder)}};
    if (state->lastGoodAt) {
        facts.insert(QStringLiteral("last_good_at"), state->lastGoodAt->toUTC().toString(Qt::ISODate));
        facts.insert(QStringLiteral("age_hours"), state->lastGoodAt->secsTo(nowUtc) / 3600);
    }
    if (!QFileInfo(state->folder).isDir())
        return doctorItem(id, DoctorLevel::Fail, QStringLiteral("folder-missing"), facts);
    if (!state->lastGoodAt)
        return doctorItem(id, DoctorLevel::Warn, QStringLiteral("never"), facts);
    if (state->isStale(nowUtc))
        return doctorItem(id, DoctorLevel::Warn, QStringLiteral("stale"), facts);
    return doctorItem(id, DoctorLevel::Ok, QStringLiteral("ok"), facts);
}

DoctorItem versions(const Database &db)
{
    QString sqlite;
    if (auto q = db.query(QStringLiteral("SELECT sqlite_version()")); q && q.value().next())
        sqlite = q.value().value(0).toString();
    QString openssl = QSslSocket::sslLibraryVersionString();
    return doctorItem(QStringLiteral("versions"), DoctorLevel::Ok, QStringLiteral("ok"),
                      {{QStringLiteral("comptoir"), QCoreApplication::applicationVersion()},
                       {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                       {QStringLiteral("sqlite"), sqlite},
                       {QStringLiteral("openssl"), openssl},
                       {QStringLiteral("schema"), db.schemaVersion()}});
}

} // namespace comptoir::LocalChecks
