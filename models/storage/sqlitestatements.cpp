// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/sqlitestatements.h"

#include "models/logging.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QUuid>

#include <sqlite3.h>

namespace comptoir {

namespace {

// What Qt's SQLite driver binds as NULL (QSqlResultPrivate::isVariantNull, Qt 6.4).
bool isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDateTime: {
        const auto *dateTime = static_cast<const QDateTime *>(value.constData());
        return dateTime->date().isNull() && dateTime->time().isNull();
    }
    case QMetaType::QDate:
        return static_cast<const QDate *>(value.constData())->isNull();
    case QMetaType::QTime:
        return static_cast<const QTime *>(value.constData())->isNull();
    case QMetaType::QUuid:
        return static_cast<const QUuid *>(value.constData())->isNull();
    default:
        return false;
    }
}

// UTF-8, the database's encoding: Qt converts faster than SQLite would from UTF-16. The bytes are
// kept (in `kept`) until the statement has run, so SQLite need not copy them.
int bindText(sqlite3_stmt *statement, int index, const QString &text, Buffers &kept)
{
    kept.append(text.toUtf8());
    const QByteArray &utf8 = kept.last();
    return sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

// As QSQLiteResult::exec binds (Qt 6.4).
int bind(sqlite3_stmt *statement, int index, const QVariant &value, Buffers &kept)
{
    if (isNullValue(value))
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        kept.append(*bytes);
        return sqlite3_bind_blob(statement, index, kept.last().constData(), int(bytes->size()),
                                 SQLITE_STATIC);
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        return sqlite3_bind_int(statement, index, value.toInt());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::QDateTime:
        return bindText(statement, index, value.toDateTime().toString(Qt::ISODateWithMs), kept);
    case QMetaType::QTime:
        return bindText(statement, index, value.toTime().toString(QStringLiteral("hh:mm:ss.zzz")), kept);
    case QMetaType::QString:
        return bindText(statement, index, *static_cast<const QString *>(value.constData()), kept);
    default:
        return bindText(statement, index, value.toString(), kept);
    }
}

QVariant column(sqlite3_stmt *statement, int index)
{
    switch (sqlite3_column_type(statement, index)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(statement, index));
    case SQLITE_FLOAT:
        return sqlite3_column_double(statement, index);
    case SQLITE_NULL:
        return {};
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, index)),
                          sqlite3_column_bytes(statement, index));
    default:
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, index)),
                                 sqlite3_column_bytes(statement, index));
    }
}

} // namespace

void SqliteStatements::clear()
{
    for (auto &[sql, statement] : m_statements)
        sqlite3_finalize(statement);
    m_statements.clear();
}

Error SqliteStatements::failure(const QString &sql, sqlite3_stmt *statement) const
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
    if (statement) {
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
    }
    qCWarning(lcDatabase) << "statement failed:" << message;
    return makeError(ErrorCode::DatabaseQueryFailed, sql, message);
}

Result<sqlite3_stmt *> SqliteStatements::prepared(const QString &sql, const QVariantList &bindings,
                                                  Buffers &kept)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        const QByteArray text = sql.toUtf8();
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v3(m_handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                               &statement, nullptr)
            != SQLITE_OK) {
            sqlite3_finalize(statement);
            return failure(sql, nullptr);
        }
        it = m_statements.emplace(sql, statement).first;
    }
    sqlite3_stmt *statement = it->second;
    if (bindings.size() != sqlite3_bind_parameter_count(statement))
        return makeError(ErrorCode::DatabaseQueryFailed, sql,
                         QStringLiteral("%1 values for %2 parameters")
                             .arg(bindings.size())
                             .arg(sqlite3_bind_parameter_count(statement)));
    for (int i = 0; i < bindings.size(); ++i) {
        if (bind(statement, i + 1, bindings.at(i), kept) != SQLITE_OK)
            return failure(sql, statement);
    }
    return statement;
}

Status SqliteStatements::exec(const QString &sql, const QVariantList &bindings)
{
    Buffers kept; // outlives the statement's run: sqlite3_clear_bindings comes first
    auto statement = prepared(sql, bindings, kept);
    if (!statement)
        return statement.error();
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(*statement);
    if (rc != SQLITE_DONE)
        return failure(sql, *statement);
    sqlite3_reset(*statement);
    sqlite3_clear_bindings(*statement);
    return {};
}

Result<qint64> SqliteStatements::insert(const QString &sql, const QVariantList &bindings)
{
    if (Status s = exec(sql, bindings); !s)
        return s.error();
    return qint64(sqlite3_last_insert_rowid(m_handle));
}

Result<QList<QVariantList>> SqliteStatements::rows(const QString &sql, const QVariantList &bindings)
{
    Buffers kept; // outlives the statement's run: sqlite3_clear_bindings comes first
    auto statement = prepared(sql, bindings, kept);
    if (!statement)
        return statement.error();
    QList<QVariantList> result;
    const int columns = sqlite3_column_count(*statement);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(*statement)) == SQLITE_ROW) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row << column(*statement, c);
        result << row;
    }
    if (rc != SQLITE_DONE)
        return failure(sql, *statement);
    sqlite3_reset(*statement);
    sqlite3_clear_bindings(*statement);
    return result;
}

} // namespace comptoir
