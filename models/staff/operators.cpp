// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staff/operators.h"

#include "models/clock.h"
#include "models/fiscal/eventjournal.h"
#include "models/logging.h"
#include "models/storage/database.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace comptoir {

namespace {

OperatorInfo readInfo(const QSqlQuery &q)
{
    OperatorInfo info;
    info.id = q.value(0).toLongLong();
    info.name = q.value(1).toString();
    info.role = operatorRoleFromKey(q.value(2).toString()).value_or(OperatorRole::Cashier);
    info.active = q.value(3).toInt() != 0;
    return info;
}

const QLatin1String InfoColumns("id, name, role, active");
// The manager PIN prompt's own lockout, in the meta table (no single operator to charge it to).
const QString OverrideFailuresKey = QStringLiteral("manager_pin_failed_attempts");
const QString OverrideLockedUntilKey = QStringLiteral("manager_pin_locked_until");

// The detail of a FailedLogin event: why, and how many wrong PINs in a row so far. Never the PIN.
QJsonObject failureDetail(bool locked, int attempt, bool managerPrompt)
{
    QJsonObject detail;
    detail.insert(QStringLiteral("reason"), locked ? QStringLiteral("locked") : QStringLiteral("wrong-pin"));
    detail.insert(QStringLiteral("attempt"), attempt);
    if (managerPrompt)
        detail.insert(QStringLiteral("prompt"), QStringLiteral("manager-override"));
    return detail;
}

} // namespace

QString operatorRoleKey(OperatorRole role)
{
    switch (role) {
    case OperatorRole::Cashier:
        return QStringLiteral("cashier");
    case OperatorRole::Manager:
        return QStringLiteral("manager");
    }
    return QStringLiteral("cashier");
}

std::optional<OperatorRole> operatorRoleFromKey(const QString &key)
{
    if (key == QLatin1String("cashier"))
        return OperatorRole::Cashier;
    if (key == QLatin1String("manager"))
        return OperatorRole::Manager;
    return std::nullopt;
}

Operators::Operators(Database &db, const Clock &clock, EventJournal &events, int iterations)
    : m_db(db),
      m_clock(clock),
      m_events(events),
      m_iterations(iterations > 0 ? iterations : PinHash::DefaultIterations)
{ }

bool Operators::isValidPin(const QString &pin)
{
    if (pin.size() < MinPinLength || pin.size() > MaxPinLength)
        return false;
    for (const QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Compared in code: SQLite's NOCASE folds ASCII only, and "Élodie" is "élodie".
Result<bool> Operators::nameTaken(const QString &name) const
{
    auto q = m_db.query(QStringLiteral("SELECT name FROM operators"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        if (q.value().value(0).toString().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Status Operators::checkActor(std::optional<qint64> actorId) const
{
    if (!actorId)
        return {};
    auto actor = find(*actorId);
    if (!actor)
        return actor.error().code == ErrorCode::NotFound ? makeError(ErrorCode::NotAManager) : actor.error();
    if (!actor->active || !actor->isManager())
        return makeError(ErrorCode::NotAManager);
    return {};
}

Status Operators::recordChange(const QString &action, qint64 operatorId, Role role,
                               std::optional<qint64> actorId)
{
    QJsonObject detail;
    detail.insert(QStringLiteral("action"), action);
    detail.insert(QStringLiteral("operator_id"), operatorId);
    detail.insert(QStringLiteral("role"), operatorRoleKey(role));
    detail.insert(QStringLiteral("by"), actorId ? QJsonValue(*actorId) : QJsonValue(QJsonValue::Null));
    if (auto recorded = m_events.record(EventKind::StaffChanged, actorId, detail); !recorded)
        return recorded.error();
    return {};
}

Result<qint64> Operators::add(const QString &name, Role role, const QString &pin,
                              std::optional<qint64> actorId)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::EmptyName);
    if (!isValidPin(pin))
        return makeError(ErrorCode::InvalidPin);
    // Hashed before the transaction opens: the slow hash must not hold the write lock.
    const QString pinHash = PinHash::hash(pin, m_iterations);

    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto taken = nameTaken(trimmed);
    if (!taken)
        return taken.error();
    if (*taken)
        return makeError(ErrorCode::DuplicateOperator, trimmed);
    if (Status s = checkActor(actorId); !s)
        return s.error();
    auto inserted = m_db.insert(
        QStringLiteral(
            "INSERT INTO operators (name, role, pin_hash, active, created_at) VALUES (?, ?, ?, 1, ?)"),
        {trimmed, operatorRoleKey(role), pinHash, m_clock.now().toUTC().toString(Qt::ISODateWithMs)});
    if (!inserted)
        return inserted.error();
    if (Status s = recordChange(QStringLiteral("added"), *inserted, role, actorId); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcModels) << "added operator" << *inserted << operatorRoleKey(role);
    return *inserted;
}

Status Operators::changePin(qint64 operatorId, const QString &newPin, std::optional<qint64> actorId)
{
    if (!isValidPin(newPin))
        return makeError(ErrorCode::InvalidPin);
    const QString pinHash = PinHash::hash(newPin, m_iterations);

    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto found = find(operatorId);
    if (!found)
        return found.error();
    const bool own = !actorId || *actorId == operatorId;
    if (!own) {
        if (Status s = checkActor(actorId); !s)
            return s;
    }
    if (Status s = m_db.exec(QStringLiteral("UPDATE operators SET pin_hash = ?, failed_attempts = 0, "
                                            "locked_until = NULL WHERE id = ?"),
                             {pinHash, operatorId});
        !s)
        return s;
    if (Status s = recordChange(own ? QStringLiteral("pin_changed") : QStringLiteral("pin_reset"), operatorId,
                                found->role, actorId);
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcModels) << "changed the PIN of operator" << operatorId;
    return {};
}

Status Operators::setActive(qint64 operatorId, bool active, std::optional<qint64> actorId)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto found = find(operatorId);
    if (!found)
        return found.error();
    if (found->active == active)
        return {};
    if (Status s = checkActor(actorId); !s)
        return s;
    if (!active && found->isManager()) {
        auto q = m_db.query(
            QStringLiteral(
                "SELECT count(*) FROM operators WHERE role = 'manager' AND active = 1 AND id <> ?"),
            {operatorId});
        if (!q)
            return q.error();
        if (!q.value().next() || q.value().value(0).toLongLong() == 0)
            return makeError(ErrorCode::LastManager, found->name);
    }
    if (Status s = m_db.exec(QStringLiteral("UPDATE operators SET active = ? WHERE id = ?"),
                             {active ? 1 : 0, operatorId});
        !s)
        return s;
    if (Status s = recordChange(active ? QStringLiteral("reactivated") : QStringLiteral("deactivated"),
                                operatorId, found->role, actorId);
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcModels) << (active ? "activated operator" : "deactivated operator") << operatorId;
    return {};
}

Result<QList<OperatorInfo>> Operators::select(bool activeOnly) const
{
    const QString sql = QStringLiteral("SELECT ") + InfoColumns + QStringLiteral(" FROM operators")
        + (activeOnly ? QStringLiteral(" WHERE active = 1") : QString())
        + QStringLiteral(" ORDER BY name COLLATE NOCASE, id");
    auto q = m_db.query(sql);
    if (!q)
        return q.error();
    QList<OperatorInfo> result;
    while (q.value().next())
        result.append(readInfo(q.value()));
    return result;
}

Result<QList<OperatorInfo>> Operators::list() const
{
    return select(false);
}

Result<QList<OperatorInfo>> Operators::activeOperators() const
{
    return select(true);
}

Result<OperatorInfo> Operators::find(qint64 operatorId) const
{
    auto q
        = m_db.query(QStringLiteral("SELECT ") + InfoColumns + QStringLiteral(" FROM operators WHERE id = ?"),
                     {operatorId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, QString::number(operatorId));
    return readInfo(q.value());
}

// ---- lockout ---------------------------------------------------------------------------

bool Operators::isLocked(const QString &lockedUntil) const
{
    if (lockedUntil.isEmpty())
        return false;
    const QDateTime until = QDateTime::fromString(lockedUntil, Qt::ISODateWithMs);
    if (!until.isValid())
        return false;
    const qint64 remaining = m_clock.now().msecsTo(until);
    return remaining > 0 && remaining <= qint64(MaxLockoutSeconds) * 1000;
}

QString Operators::lockEnd(int failures) const
{
    if (failures < MaxFailedAttempts)
        return QStringLiteral(""); // not NULL: the meta table's values are NOT NULL
    const int doublings = qMin(failures - MaxFailedAttempts, 4);
    return m_clock.now().toUTC().addSecs(qint64(LockoutSeconds) << doublings).toString(Qt::ISODateWithMs);
}

Status Operators::recordFailure(qint64 operatorId, int failures)
{
    const QString until = lockEnd(failures);
    return m_db.exec(
        QStringLiteral("UPDATE operators SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
        {failures, until.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(until), operatorId});
}

Status Operators::clearFailures(qint64 operatorId)
{
    return m_db.exec(
        QStringLiteral("UPDATE operators SET failed_attempts = 0, locked_until = NULL WHERE id = ? AND "
                       "(failed_attempts <> 0 OR locked_until IS NOT NULL)"),
        {operatorId});
}

Result<int> Operators::recordOverrideFailure()
{
    auto stored = m_db.meta(OverrideFailuresKey);
    if (!stored)
        return stored.error();
    const int failures = stored->toInt() + 1;
    if (Status s = m_db.setMeta(OverrideFailuresKey, QString::number(failures)); !s)
        return s.error();
    if (Status s = m_db.setMeta(OverrideLockedUntilKey, lockEnd(failures)); !s)
        return s.error();
    return failures;
}

// ---- verification ----------------------------------------------------------------------

Result<OperatorInfo> Operators::verify(qint64 operatorId, const QString &pin)
{
    auto q = m_db.query(QStringLiteral("SELECT ") + InfoColumns
                            + QStringLiteral(", pin_hash, failed_attempts, locked_until FROM operators "
                                             "WHERE id = ?"),
                        {operatorId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, QString::number(operatorId));
    const OperatorInfo info = readInfo(q.value());
    const QString pinHash = q.value().value(4).toString();
    const int failures = q.value().value(5).toInt();
    const QString lockedUntil = q.value().value(6).toString();
    q.value().finish();
    if (!info.active)
        return makeError(ErrorCode::OperatorInactive, info.name);
    if (isLocked(lockedUntil)) {
        if (auto recorded
            = m_events.record(EventKind::FailedLogin, operatorId, failureDetail(true, failures, false));
            !recorded)
            return recorded.error();
        return makeError(ErrorCode::OperatorLocked, info.name);
    }
    // A malformed PIN is checked like any other (same cost) so that the answer says nothing more.
    if (!PinHash::verify(pin, pinHash) || !isValidPin(pin)) {
        qCInfo(lcModels) << "wrong PIN for operator" << operatorId;
        // The counter and its event together (the slow hash is done: the lock is held briefly).
        Transaction tx(m_db);
        if (!tx.status())
            return tx.status().error();
        if (Status s = recordFailure(operatorId, failures + 1); !s)
            return s.error();
        if (auto recorded
            = m_events.record(EventKind::FailedLogin, operatorId, failureDetail(false, failures + 1, false));
            !recorded)
            return recorded.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        if (failures + 1 >= MaxFailedAttempts) {
            qCWarning(lcModels) << "operator" << operatorId << "locked out after" << failures + 1
                                << "wrong PINs";
            return makeError(ErrorCode::OperatorLocked, info.name);
        }
        return makeError(ErrorCode::WrongPin);
    }
    if (failures != 0 || !lockedUntil.isEmpty()) {
        if (Status s = clearFailures(operatorId); !s)
            return s.error();
    }
    return info;
}

Result<OperatorInfo> Operators::verifyManager(const QString &pin)
{
    auto lockedUntil = m_db.meta(OverrideLockedUntilKey);
    if (!lockedUntil)
        return lockedUntil.error();
    if (isLocked(*lockedUntil)) {
        auto failures = m_db.meta(OverrideFailuresKey);
        if (!failures)
            return failures.error();
        if (auto recorded = m_events.record(EventKind::FailedLogin, std::nullopt,
                                            failureDetail(true, failures->toInt(), true));
            !recorded)
            return recorded.error();
        return makeError(ErrorCode::OperatorLocked);
    }

    auto q = m_db.query(QStringLiteral("SELECT ") + InfoColumns
                        + QStringLiteral(", pin_hash FROM operators WHERE role = 'manager' AND active = 1 "
                                         "ORDER BY id"));
    if (!q)
        return q.error();
    std::optional<OperatorInfo> match;
    // Every manager's hash is checked, even after a match: the time taken does not tell
    // which manager (or whether any) the PIN belongs to.
    while (q.value().next()) {
        const OperatorInfo info = readInfo(q.value());
        if (PinHash::verify(pin, q.value().value(4).toString()) && !match)
            match = info;
    }
    q.value().finish();
    if (!match || !isValidPin(pin)) {
        qCInfo(lcModels) << "manager override refused";
        Transaction tx(m_db);
        if (!tx.status())
            return tx.status().error();
        auto attempt = recordOverrideFailure();
        if (!attempt)
            return attempt.error();
        if (auto recorded
            = m_events.record(EventKind::FailedLogin, std::nullopt, failureDetail(false, *attempt, true));
            !recorded)
            return recorded.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        auto locked = m_db.meta(OverrideLockedUntilKey);
        if (locked && isLocked(*locked)) {
            qCWarning(lcModels) << "manager overrides locked out after repeated wrong PINs";
            return makeError(ErrorCode::OperatorLocked);
        }
        return makeError(ErrorCode::NotAManager);
    }
    auto failures = m_db.meta(OverrideFailuresKey);
    if (!failures)
        return failures.error();
    if (!failures->isEmpty() && failures->toInt() != 0) {
        if (Status s = m_db.setMeta(OverrideFailuresKey, QStringLiteral("0")); !s)
            return s.error();
        if (Status s = m_db.setMeta(OverrideLockedUntilKey, QStringLiteral("")); !s)
            return s.error();
    }
    return *match;
}

} // namespace comptoir
