// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/migrator.h"

#include "models/logging.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace comptoir {

namespace {

// version → resource path, from the embedded :/sql folder.
std::map<int, QString> embeddedMigrations()
{
    std::map<int, QString> result;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    const QDir dir(QStringLiteral(":/sql"));
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            result.emplace(match.captured(1).toInt(), dir.filePath(name));
    }
    return result;
}

} // namespace

Migrator::Migrator(QSqlDatabase db) : m_db(std::move(db)) { }

int Migrator::latestVersion()
{
    const auto migrations = embeddedMigrations();
    return migrations.empty() ? 0 : migrations.rbegin()->first;
}

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (current.isEmpty() && (line.isEmpty() || line.startsWith(QLatin1String("--"))))
            continue;
        if (current.isEmpty() && line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += rawLine + QLatin1Char('\n');
        const bool ends = inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

int Migrator::currentVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status Migrator::migrate()
{
    const auto migrations = embeddedMigrations();
    const int latest = migrations.empty() ? 0 : migrations.rbegin()->first;
    // One migration per write transaction, the version read inside it: another process that
    // migrated the same file meanwhile (it held the write lock; busy_timeout waits for it) is
    // seen, and nothing is applied twice. An up-to-date file (the usual case) takes no write lock:
    // versions only grow.
    if (currentVersion() == latest)
        return {};
    for (;;) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return makeError(ErrorCode::MigrationFailed, QString(), q.lastError().text());
        const int current = currentVersion();
        if (current < 0 || current >= latest) {
            q.exec(QStringLiteral("ROLLBACK"));
            if (current < 0)
                return makeError(ErrorCode::DatabaseQueryFailed, {},
                                 QStringLiteral("cannot read user_version"));
            if (current > latest) {
                qCWarning(lcDatabase) << "schema version" << current << "is newer than" << latest;
                return makeError(ErrorCode::SchemaTooNew, QString::number(current), QString::number(latest));
            }
            return {};
        }
        const auto next = migrations.upper_bound(current);
        const int version = next->first;
        if (Status s = apply(version, next->second); !s) {
            q.exec(QStringLiteral("ROLLBACK"));
            return s;
        }
        if (!q.exec(QStringLiteral("COMMIT"))) {
            const QString why = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return makeError(ErrorCode::MigrationFailed, QString::number(version), why);
        }
        qCInfo(lcDatabase) << "applied migration" << version;
    }
}

Status Migrator::apply(int version, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::MigrationFailed, path, file.errorString());
    const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));
    QSqlQuery q(m_db);
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            const QString why = q.lastError().text();
            qCWarning(lcDatabase) << "migration" << version << "failed:" << why;
            return makeError(ErrorCode::MigrationFailed, QString::number(version), why);
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
        return makeError(ErrorCode::MigrationFailed, QString::number(version), q.lastError().text());
    return {};
}

} // namespace comptoir
