// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The envelope of a sealed archive, read strictly (archiveformat.h).
#include "models/archive/archiveformat.h"

#include "models/archive/archiveseal.h"
#include "models/fiscal/ed25519.h"
#include "models/fiscal/fiscalchain.h"

#include <QDate>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QVariant>

namespace comptoir::ArchiveFormat {

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble() || value.toVariant().typeId() != QMetaType::LongLong)
        return false;
    const qint64 n = value.toInteger();
    return n >= -MaxInteger && n <= MaxInteger;
}

bool integersOnly(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return isInteger(value);
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        return std::all_of(array.begin(), array.end(), [](const QJsonValue &v) { return integersOnly(v); });
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        return std::all_of(object.begin(), object.end(), [](const QJsonValue &v) { return integersOnly(v); });
    }
    default:
        return true;
    }
}

namespace {

RuleFailure badFormat(const QString &record, const QString &detail)
{
    return RuleFailure {record, QStringLiteral("bad-format"), detail};
}

// A strict reader of one JSON object's fields: the first missing or mistyped one is kept.
class Fields
{
public:
    explicit Fields(const QJsonObject &object) : m_object(object) { }

    qint64 integer(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!isInteger(value))
            miss(key);
        return value.toInteger();
    }
    std::optional<qint64> optionalInteger(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isNull())
            return std::nullopt;
        return integer(key);
    }
    QString text(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isString())
            miss(key);
        return value.toString();
    }
    // Lower-case hex of 32 bytes.
    QString hex(const char *key)
    {
        static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
        const QString value = text(key);
        if (!pattern.match(value).hasMatch())
            miss(key);
        return value;
    }
    QByteArray base64(const char *key, qsizetype size)
    {
        const auto decoded
            = QByteArray::fromBase64Encoding(text(key).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != size)
            miss(key);
        return decoded.decoded;
    }
    // A YYYY-MM-DD day or null (empty).
    QString day(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isNull())
            return {};
        const QString text = value.toString();
        if (!value.isString() || text.size() != 10 || !QDate::fromString(text, Qt::ISODate).isValid())
            miss(key);
        return text;
    }
    QJsonObject object(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isObject())
            miss(key);
        return value.toObject();
    }
    void miss(const char *key)
    {
        if (m_missing.isEmpty())
            m_missing = QLatin1String(key);
    }
    void nested(const QString &prefix, const Fields &inner)
    {
        if (m_missing.isEmpty() && !inner.m_missing.isEmpty())
            m_missing = prefix + QLatin1Char('.') + inner.m_missing;
    }
    std::optional<RuleFailure> failure(const QString &record) const
    {
        if (m_missing.isEmpty())
            return std::nullopt;
        return badFormat(
            record, QStringLiteral("the field ") + m_missing + QStringLiteral(" is missing or mistyped"));
    }

private:
    QJsonObject m_object;
    QString m_missing;
};

SeriesNumbers numbers(Fields &parent, const char *key)
{
    Fields fields(parent.object(key));
    SeriesNumbers n;
    n.ticket = fields.integer("ticket_number");
    n.closure = fields.integer("closure_number");
    n.monthClosure = fields.integer("month_closure_number");
    n.yearClosure = fields.integer("year_closure_number");
    n.grandTotal = fields.integer("grand_total_cents");
    n.lastClosedDay = fields.day("last_closed_day");
    parent.nested(QLatin1String(key), fields);
    return n;
}

bool isPeriod(const QString &period)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}(-(0[1-9]|1[0-2]))?$"));
    return pattern.match(period).hasMatch();
}

std::optional<RuleFailure> readHeader(const QJsonObject &json, ArchiveHeader &h)
{
    h.json = json;
    Fields f(json);
    if (f.text("record") != QLatin1String("archive-header"))
        f.miss("record");
    if (f.integer("version") != ArchiveFormatVersion)
        f.miss("version");
    h.period = f.text("period");
    if (!isPeriod(h.period))
        f.miss("period");
    h.registerId = f.text("register_id");
    f.object("shop");
    h.timeZone = f.text("time_zone");
    if (!QTimeZone(h.timeZone.toLatin1()).isValid())
        f.miss("time_zone");
    f.text("generated_at");
    h.publicKey = f.base64("public_key", Ed25519Key::PublicKeySize);
    h.sealKey = f.base64("seal_public_key", Ed25519Key::PublicKeySize);
    Fields previous(f.object("previous_link"));
    h.previousSeq = previous.integer("seq");
    h.previousHash = QByteArray::fromHex(previous.hex("hash").toLatin1());
    f.nested(QStringLiteral("previous_link"), previous);
    h.opening = numbers(f, "opening");
    const QJsonValue archive = json.value(QLatin1String("previous_archive"));
    if (!archive.isNull()) {
        Fields a(f.object("previous_archive"));
        h.hasPreviousArchive = true;
        h.previousPeriod = a.text("period");
        h.previousSha256 = a.hex("sha256");
        h.previousFooterSha256 = a.hex("footer_sha256");
        f.nested(QStringLiteral("previous_archive"), a);
    }
    return f.failure(QStringLiteral("header"));
}

std::optional<RuleFailure> readFooter(const QJsonObject &json, ArchiveFooter &t)
{
    t.json = json;
    Fields f(json);
    if (f.text("record") != QLatin1String("archive-footer"))
        f.miss("record");
    t.version = f.integer("version");
    t.period = f.text("period");
    t.registerId = f.text("register_id");
    t.headerSha256 = f.hex("header_sha256");
    t.firstSeq = f.optionalInteger("first_seq");
    t.lastSeq = f.integer("last_seq");
    t.linkCount = f.integer("link_count");
    t.lastHash = f.hex("last_hash");
    t.linksSha256 = f.hex("links_sha256");
    t.periodClosureCount = f.integer("period_closure_count");
    t.periodClosuresSha256 = f.hex("period_closures_sha256");
    t.keyChangeCount = f.integer("key_change_count");
    t.keyChangesSha256 = f.hex("key_changes_sha256");
    t.carriedCount = f.integer("carried_count");
    t.carriedSha256 = f.hex("carried_sha256");
    t.closing = numbers(f, "closing");
    t.publicKey = f.base64("public_key", Ed25519Key::PublicKeySize);
    return f.failure(QStringLiteral("footer"));
}

} // namespace

std::optional<RuleFailure> read(const QByteArray &bytes, ArchiveFile &file)
{
    const QString archive = QStringLiteral("archive");
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return badFormat(archive,
                         QStringLiteral("not JSON: ") + error.errorString() + QStringLiteral(" at offset ")
                             + QString::number(error.offset));
    if (!document.isObject())
        return badFormat(archive, QStringLiteral("not a JSON object"));
    if (!integersOnly(document.object()))
        return badFormat(archive,
                         QStringLiteral("a number that is not an integer, or above 2^53 - 1 in magnitude"));
    const QJsonObject top = document.object();
    if (top.value(QLatin1String("format")).toString() != QLatin1String(ArchiveFormatName))
        return badFormat(archive, QStringLiteral("not a comptoir-fiscal-archive"));
    const QJsonValue version = top.value(QLatin1String("version"));
    if (!isInteger(version) || version.toInteger() != ArchiveFormatVersion)
        return badFormat(archive,
                         QStringLiteral("unknown format version ")
                             + (isInteger(version) ? QString::number(version.toInteger())
                                                   : QStringLiteral("(not an integer)")));
    Fields f(top);
    const QJsonObject header = f.object("header");
    file.headerSignature = f.base64("header_signature", Ed25519Key::SignatureSize);
    const QJsonObject footer = f.object("footer");
    file.footerSignature = f.base64("footer_signature", Ed25519Key::SignatureSize);
    for (const char *key : {"links", "carried", "period_closures", "key_changes"}) {
        if (!top.value(QLatin1String(key)).isArray())
            f.miss(key);
    }
    if (auto failed = f.failure(archive))
        return failed;
    file.links = top.value(QLatin1String("links")).toArray();
    file.periodClosures = top.value(QLatin1String("period_closures")).toArray();
    file.keyChanges = top.value(QLatin1String("key_changes")).toArray();
    file.carried = top.value(QLatin1String("carried")).toArray();
    // Step 1 of the order: every failure of the envelope names the file ("archive").
    auto failed = readHeader(header, file.header);
    if (!failed)
        failed = readFooter(footer, file.footer);
    if (failed)
        failed->record = archive;
    return failed;
}

std::optional<RuleFailure> readLink(const QJsonValue &value, ChainLinkInput &link)
{
    if (!value.isObject())
        return badFormat(QStringLiteral("archive"), QStringLiteral("a link is not a JSON object"));
    Fields f(value.toObject());
    link.seq = f.integer("seq");
    link.recordType = f.text("record_type");
    link.recordId = f.integer("record_id");
    link.previousHash = QByteArray::fromHex(f.hex("previous_hash").toLatin1());
    link.hash = QByteArray::fromHex(f.hex("hash").toLatin1());
    link.signature = f.base64("signature", Ed25519Key::SignatureSize);
    link.canonical = f.text("canonical").toUtf8();
    const bool known = fiscalRecordTypeFromKey(link.recordType).has_value();
    if (!known)
        f.miss("record_type");
    if (link.seq < 1 || link.recordId < 1)
        f.miss(link.seq < 1 ? "seq" : "record_id");
    // The record a failure names: "ticket 12" when the link says which, else the file.
    const QJsonValue id = value.toObject().value(QLatin1String("record_id"));
    if (auto failed = f.failure(known && isInteger(id) ? link.name() : QStringLiteral("archive")))
        return RuleFailure {failed->record, failed->problem,
                            link.at() + QStringLiteral(": ") + failed->detail};
    return std::nullopt;
}

bool within(const QString &period, const QString &archivePeriod)
{
    return period == archivePeriod
        || (archivePeriod.size() == 4 && period.startsWith(archivePeriod + QLatin1Char('-')));
}

QString previousPeriod(const QString &period)
{
    if (!isPeriod(period))
        return {};
    if (period.size() == 4)
        return QString::number(period.toInt() - 1);
    const QDate month = QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate).addMonths(-1);
    return month.toString(QStringLiteral("yyyy-MM"));
}

QDate lastDay(const QString &period)
{
    if (!isPeriod(period))
        return {};
    if (period.size() == 4)
        return QDate(period.toInt(), 12, 31);
    return QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate).addMonths(1).addDays(-1);
}

bool follows(const QString &period, const QString &previous)
{
    if (!isPeriod(period))
        return false;
    const int year = period.left(4).toInt();
    const QString yearBefore = QString::number(year - 1);
    if (period.size() == 4)
        return previous == yearBefore || previous == yearBefore + QStringLiteral("-12");
    return previous == previousPeriod(period) || previous == yearBefore;
}

} // namespace comptoir::ArchiveFormat
